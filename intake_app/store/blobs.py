"""Encrypted attachment files (blob format 3): age's STREAM under a per-blob key, AES-256-GCM.

A blob file is MAGIC, a 32-byte random salt, then the plaintext as the STREAM construction of
age's payload (crypto/age/payload.py, the one implementation): chunks of 64 KiB sealed with
AES-256-GCM, nonce = 11-byte big-endian chunk counter || a flag byte that is 1 only on the
last chunk, which may be short and is empty only when the whole attachment is. The chunk key
is HKDF-SHA256(attachment key, salt, info = "v3" 0x00 the draft and attachment ids), so a
blob moved to another attachment does not open, and a fresh salt means a key is never used
for two streams. Cutting the file (even at a chunk boundary), dropping the last chunk,
reordering chunks or adding bytes all fail authentication.

Format 2 (`SPBLOB2`, Seinpost 0.1.0) is the same with ChaCha20-Poly1305 and info "v2"; it is
still read, as it is, and never rewritten: a blob lives only until its draft is sealed or the
attachment removed, so a profile's older blobs leave with them (the golden files hold one).
Why the change: the vault's cipher is ours to choose (the sealed item's is age's), and a blob
is encrypted once at attach and decrypted once at seal; with AES-NI, OpenSSL's AES-GCM took
0.11 s of CPU per GiB here against ChaCha20-Poly1305's 0.30 s, so each of the two passes over
a 1 GiB attachment costs about 0.2 s of CPU less (docs/ARCHITECTURE.md, "Attachment blob").

Speed: writing reads the source and hashes it on one worker thread, encrypts on the caller's
and writes on another, a large blob past the page cache (fs/direct_write.py); reading takes a
large file straight from the disk (fs/direct_read.py: it is read once, then removed) and
decrypts on a worker thread, so a seal opens the blob on one core while it encrypts to age on
the other.

Format 1 (libsodium secretstream, before any release) is refused with a clear message.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.crypto.age import payload
from intake_app.crypto.age.errors import PayloadError
from intake_app.crypto.age.inputs import Background
from intake_app.crypto.age.source import ByteSource
from intake_app.fs import own
from intake_app.fs.atomic import atomic_writer
from intake_app.fs.direct_read import DirectReader
from intake_app.fs.direct_write import writer_for
from intake_app.store.errors import AttachmentDamaged

MAGIC = b"SPBLOB3\n"
MAGIC_2 = b"SPBLOB2\n"  # Seinpost 0.1.0: still read
OLD_MAGICS = (b"SPBLOB1\n",)
SALT = 32
HEADER = len(MAGIC) + SALT
CHUNK = payload.CHUNK
TAG = payload.TAG
SEALED_CHUNK = payload.SEALED_CHUNK
PLAIN_BLOCK = payload.PLAIN_BLOCK
SEALED_BLOCK = payload.SEALED_BLOCK
READ_BUFFERS = 3  # plaintext blocks (1 MiB each) the reader's worker may have ready

OLD_FORMAT_MESSAGE = (
    "This attachment was stored by a development version of Seinpost in a format that is no "
    "longer read. Nothing was changed; remove the attachment and attach the file again."
)

Progress = Callable[[int], None]


def associated_data(draft_id: str, attachment_id: str) -> bytes:
    """What binds a blob to its place: b"seinpost/blob" 0x00 draft id 0x00 attachment id."""
    return b"seinpost/blob\x00" + draft_id.encode("ascii") + b"\x00" + attachment_id.encode("ascii")


# What each format's MAGIC says: the HKDF info label and the STREAM's AEAD.
_FORMATS: dict[bytes, tuple[bytes, payload.Cipher]] = {
    MAGIC: (b"v3", AESGCM),
    MAGIC_2: (b"v2", ChaCha20Poly1305),
}


def chunk_key(key: bytes, salt: bytes, ad: bytes, label: bytes = b"v3") -> bytes:
    """The STREAM key of one blob: HKDF-SHA256(key, salt, label 0x00 + ad), 32 bytes; the label
    is b"v3" for format 3 and b"v2" for format 2."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=label + b"\x00" + ad).derive(key)


def write_blob(
    target: Path, key: bytes, ad: bytes, src: BinaryIO, *, progress: Progress | None = None
) -> tuple[int, str]:
    """Encrypt all of `src` into `target` atomically; return (plaintext size in bytes, SHA-256
    hex of the plaintext).

    `progress(bytes_done)` is called per 64 KiB chunk; an exception from it (or from reading
    or writing) cancels, leaving no file.
    """
    salt = secrets.token_bytes(SALT)
    digest = hashlib.sha256()
    with atomic_writer(target) as out:
        # Written once, read once (at sealing) and then removed: past the page cache
        # (fs/direct_write.py), so no cached copy costs CPU now or at the removal.
        file = writer_for(out)
        try:
            file.write(MAGIC + salt)
            # Sealed straight into the writer's buffers (it lends them: no copy).
            size = payload.seal_source(ByteSource(src), file, chunk_key(key, salt, ad),
                                       progress, observe=digest.update, cipher=AESGCM)
            file.finish()
        finally:
            file.abort()
    return size, digest.hexdigest()


def _check_header(file: BinaryIO) -> tuple[bytes, bytes]:
    """Read and check the magic (format 3 or 2); return it and the salt."""
    head = file.read(HEADER)
    magic = head[: len(MAGIC)]
    if magic in OLD_MAGICS:
        raise AttachmentDamaged(OLD_FORMAT_MESSAGE)
    if len(head) != HEADER or magic not in _FORMATS:
        raise AttachmentDamaged()
    return magic, head[len(MAGIC) :]


class BlobReader(io.RawIOBase):
    """A readable stream of a blob's plaintext; every byte it returns is authenticated.

    One worker thread reads the file ahead past the page cache (fs/direct_read.py), another
    decrypts up to READ_BUFFERS blocks ahead; `readinto` copies out of them. A failure is
    sticky: after an AttachmentDamaged, every later read raises it again instead of looking
    like the end. `close()` stops the worker and zeroes its buffers.
    """

    def __init__(self, path: Path, key: bytes, ad: bytes) -> None:
        super().__init__()
        # Read once, straight from the disk (fs/direct_read.py): no page cache to fill, copy
        # out of and drop again before the blob is removed. Opened as the profile's own file
        # (fs/own.py): a FIFO or device planted there is refused, never waited on.
        self._file = DirectReader(own.open_fd(path))
        try:
            magic, salt = _check_header(self._file)  # type: ignore[arg-type]
            label, cipher = _FORMATS[magic]
            derived = chunk_key(key, salt, ad, label)
        except BaseException:
            self._file.close()
            raise

        def produce(acquire: Callable[[], bytearray]) -> Iterator[memoryview]:
            return payload.open_source(ByteSource(self._file), derived, acquire, cipher=cipher)

        self._worker = Background(produce, PLAIN_BLOCK, READ_BUFFERS, name="blob-reader")
        self._blocks = self._worker.blocks()
        self._view = memoryview(b"")  # decrypted bytes not yet handed out
        self._failure: AttachmentDamaged | None = None

    def readable(self) -> bool:
        """Always True: this is a read-only file object."""
        return True

    def _next_view(self) -> bool:
        """Hand the spent block back and take the next; False at the end."""
        if self._view.obj is not None and isinstance(self._view.obj, bytearray):
            self._worker.release(self._view)
        try:
            self._view = next(self._blocks)
        except StopIteration:
            self._view = memoryview(b"")
            return False
        except PayloadError:
            self._failure = AttachmentDamaged()
            raise self._failure from None
        except AttachmentDamaged as exc:
            self._failure = exc
            raise
        return True

    def readinto(self, buffer: Any) -> int:  # type: ignore[override]
        """Copy verified plaintext into `buffer`; return the number of bytes, 0 at the end.

        A failure (AttachmentDamaged for a bad tag or truncated blob) is raised again on every
        later call.
        """
        target = memoryview(buffer).cast("B")
        if self._failure is not None:
            raise self._failure
        if not len(target):
            return 0
        while not len(self._view):
            if not self._next_view():
                return 0
        count = min(len(target), len(self._view))
        target[:count] = self._view[:count]
        self._view = self._view[count:]
        return count

    def readview(self, size: int) -> memoryview:
        """Up to `size` bytes of verified plaintext as a view into the reader's own block, not
        copied; valid until the next read. Empty at the end. Raises as `readinto` does."""
        if self._failure is not None:
            raise self._failure
        while not len(self._view):
            if not self._next_view():
                return memoryview(b"")
        view = self._view[:size]
        self._view = self._view[size:]
        return view

    def readall(self) -> bytes:
        """The rest of the plaintext as bytes. Raises as `readinto` does."""
        parts = []
        buffer = bytearray(PLAIN_BLOCK)
        while count := self.readinto(buffer):
            parts.append(bytes(buffer[:count]))
        return b"".join(parts)

    def close(self) -> None:
        """Stop the worker (zeroing its plaintext buffers), close the blob file; safe to repeat."""
        if not self.closed:
            worker = getattr(self, "_worker", None)  # absent if __init__ failed
            if worker is not None:
                self._view = memoryview(b"")
                worker.close()  # waits for the worker, zeroes the plaintext buffers
            file = getattr(self, "_file", None)  # absent if the open failed
            if file is not None:
                file.close()
        super().close()
