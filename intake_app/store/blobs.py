"""Encrypted attachment files (blob format 2): STREAM over ChaCha20-Poly1305, in flat memory.

A blob file is MAGIC, a 32-byte random salt, then the plaintext in chunks of CHUNK bytes, each
sealed with ChaCha20-Poly1305 (16-byte tag). As in age's STREAM, the 12-byte nonce of a chunk
is its 11-byte big-endian counter and a flag byte that is 1 only on the last chunk; the last
chunk may be short, and is empty only when the whole attachment is. The chunk key is
HKDF-SHA256(attachment key, salt, info = the draft and attachment ids), so a blob moved to
another attachment does not open, and a fresh salt means a key is never used for two streams.

Which chunk is last follows from the file size, so cutting the file (even at a chunk boundary),
dropping the last chunk, reordering chunks or adding bytes all fail authentication.

`cryptography`'s AEAD runs about twice as fast as libsodium's secretstream through PyNaCl
(format 1, before any release). Format 1 blobs are refused with a clear message.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.fs.atomic import atomic_writer
from intake_app.store.errors import AttachmentDamaged

MAGIC = b"SPBLOB2\n"
OLD_MAGICS = (b"SPBLOB1\n",)
SALT = 32
HEADER = len(MAGIC) + SALT
CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
BATCH = 16  # chunks per read and write: about 1 MiB, few system calls, flat memory
PLAIN_BLOCK = CHUNK * BATCH
SEALED_BLOCK = SEALED_CHUNK * BATCH

OLD_FORMAT_MESSAGE = (
    "This attachment was stored by a development version of Seinpost in a format that is no "
    "longer read. Nothing was changed; remove the attachment and attach the file again."
)

Progress = Callable[[int], None]


def associated_data(draft_id: str, attachment_id: str) -> bytes:
    return b"seinpost/blob\x00" + draft_id.encode("ascii") + b"\x00" + attachment_id.encode("ascii")


def _chunk_cipher(key: bytes, salt: bytes, ad: bytes) -> ChaCha20Poly1305:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"v2\x00" + ad)
    return ChaCha20Poly1305(derived.derive(key))


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _readinto_full(src: Any, target: memoryview) -> int:
    """Fill `target` from `src`, looping over short reads; fewer bytes only at end of input."""
    readinto = getattr(src, "readinto", None)
    got = 0
    while got < len(target):
        if readinto is not None:
            count = readinto(target[got:])
        else:
            part = src.read(len(target) - got)
            count = len(part)
            target[got : got + count] = part
        if not count:
            break
        got += count
    return got


def write_blob(
    target: Path, key: bytes, ad: bytes, src: BinaryIO, *, progress: Progress | None = None
) -> tuple[int, str]:
    """Encrypt all of `src` into `target` atomically; return (plaintext size, sha256 hex).

    `progress(bytes_done)` is called per block of about 1 MiB; an exception from it cancels,
    leaving no file.
    """
    salt = secrets.token_bytes(SALT)
    aead = _chunk_cipher(key, salt, ad)
    digest = hashlib.sha256()
    current, following = memoryview(bytearray(PLAIN_BLOCK)), memoryview(bytearray(PLAIN_BLOCK))
    sealed = memoryview(bytearray(SEALED_BLOCK))
    counter = done = 0
    with atomic_writer(target) as out:
        out.write(MAGIC + salt)
        have = _readinto_full(src, current)
        while True:
            # Read one block ahead: only then do we know whether this block holds the last chunk.
            ahead = _readinto_full(src, following) if have == PLAIN_BLOCK else 0
            plain = current[:have]
            digest.update(plain)
            start = written = 0
            while True:
                stop = min(start + CHUNK, have)
                last = not ahead and stop == have
                aead.encrypt_into(_nonce(counter, last), plain[start:stop], None,
                                  sealed[written : written + stop - start + TAG])
                counter += 1
                written += stop - start + TAG
                start = stop
                if start == have:
                    break
            out.write(sealed[:written])
            done += have
            if progress is not None:
                progress(done)
            if not ahead:
                break
            current, following, have = following, current, ahead
    return done, digest.hexdigest()


class BlobReader(io.RawIOBase):
    """A readable stream of a blob's plaintext; every byte it returns is authenticated.

    `readinto` with a buffer of at least PLAIN_BLOCK bytes decrypts straight into it (no copy);
    smaller reads are served from an internal block. A failure is sticky: after an
    AttachmentDamaged, every later read raises it again instead of looking like the end.
    """

    def __init__(self, path: Path, key: bytes, ad: bytes) -> None:
        super().__init__()
        self._file = open(path, "rb", buffering=0)  # closed in close()
        try:
            head = self._file.read(HEADER)
            if head[: len(MAGIC)] in OLD_MAGICS:
                raise AttachmentDamaged(OLD_FORMAT_MESSAGE)
            size = os.fstat(self._file.fileno()).st_size
            self._left = size - HEADER  # sealed bytes not yet read
            tail = self._left % SEALED_CHUNK
            if len(head) != HEADER or head[: len(MAGIC)] != MAGIC or self._left <= 0 or (
                0 < tail < TAG
            ):
                raise AttachmentDamaged()
            self._aead = _chunk_cipher(key, head[len(MAGIC) :], ad)
        except BaseException:
            self._file.close()
            raise
        if hasattr(os, "posix_fadvise"):  # ask the kernel for a large read-ahead
            os.posix_fadvise(self._file.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
        self._sealed = memoryview(bytearray(SEALED_BLOCK))
        self._plain = memoryview(bytearray(PLAIN_BLOCK))
        self._view = self._plain[:0]  # decrypted bytes not yet handed out
        self._counter = 0
        self._failure: AttachmentDamaged | None = None

    def readable(self) -> bool:
        return True

    def _next_block_size(self) -> int:
        """Plaintext bytes in the next block (0 at the end)."""
        sealed = min(SEALED_BLOCK, self._left)
        return sealed - -(-sealed // SEALED_CHUNK) * TAG

    def _open_block(self, out: memoryview) -> int:
        """Read, verify and decrypt the next block into `out`; return its plaintext length."""
        size = min(SEALED_BLOCK, self._left)
        sealed = self._sealed[:size]
        if _readinto_full(self._file, sealed) != size:
            raise AttachmentDamaged()  # the file shrank while it was read
        self._left -= size
        if not self._left and self._file.read(1):
            raise AttachmentDamaged()  # or grew
        start = written = 0
        while start < size:
            stop = min(start + SEALED_CHUNK, size)
            last = not self._left and stop == size
            plain = stop - start - TAG
            if last and not plain and self._counter:
                raise AttachmentDamaged()  # only an empty attachment has an empty last chunk
            target = out[written : written + plain]
            try:
                self._aead.decrypt_into(_nonce(self._counter, last), sealed[start:stop], None,
                                        target)
            except InvalidTag:
                target[:] = bytes(plain)  # keep no unverified plaintext around
                raise AttachmentDamaged() from None
            self._counter += 1
            written += plain
            start = stop
        return written

    def readinto(self, buffer: Any) -> int:  # type: ignore[override]
        target = memoryview(buffer).cast("B")
        if self._failure is not None:
            raise self._failure
        try:
            if not len(self._view):
                if not self._left or not len(target):
                    return 0
                if len(target) >= self._next_block_size():
                    return self._open_block(target)
                self._view = self._plain[: self._open_block(self._plain)]
        except AttachmentDamaged as exc:
            self._failure = exc
            raise
        count = min(len(target), len(self._view))
        target[:count] = self._view[:count]
        self._view = self._view[count:]
        return count

    def readall(self) -> bytes:
        parts = []
        buffer = bytearray(PLAIN_BLOCK)
        while count := self.readinto(buffer):
            parts.append(bytes(buffer[:count]))
        return b"".join(parts)

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            plain = getattr(self, "_plain", None)  # absent if __init__ failed
            if plain is not None:
                plain[:] = bytes(PLAIN_BLOCK)  # no plaintext left behind in this object
        super().close()
