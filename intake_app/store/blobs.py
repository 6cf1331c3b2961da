"""Encrypted attachment files: libsodium secretstream, chunked, in flat memory.

A blob file is the magic line, the 24-byte secretstream header, then chunks of exactly CHUNK
plaintext bytes (plus the 17-byte tag each) of which the last carries TAG_FINAL and may be short.
Each chunk's associated data binds it to its draft and attachment, so a blob moved to another
attachment does not open; a truncated blob fails because TAG_FINAL never arrives.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions

from intake_app.store.atomic import atomic_writer
from intake_app.store.errors import AttachmentDamaged

MAGIC = b"SPBLOB1\n"
CHUNK = 1 << 20
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL

Progress = Callable[[int], None]


def associated_data(draft_id: str, attachment_id: str) -> bytes:
    return b"seinpost/blob\x00" + draft_id.encode("ascii") + b"\x00" + attachment_id.encode("ascii")


def _read_full(src: BinaryIO, size: int) -> bytes:
    """Read up to `size` bytes, looping over short reads (pipes, raw files)."""
    parts = []
    remaining = size
    while remaining:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def write_blob(
    target: Path, key: bytes, ad: bytes, src: BinaryIO, *, progress: Progress | None = None
) -> tuple[int, str]:
    """Encrypt all of `src` into `target` atomically; return (plaintext size, sha256 hex).

    `progress(bytes_done)` is called per chunk; an exception from it cancels, leaving no file.
    """
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    digest = hashlib.sha256()
    done = 0
    with atomic_writer(target) as out:
        out.write(MAGIC)
        out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key))
        current = _read_full(src, CHUNK)
        while True:
            # Read one chunk ahead: only then do we know whether this chunk is the last.
            following = _read_full(src, CHUNK) if len(current) == CHUNK else b""
            tag = TAG_FINAL if not following else TAG_MESSAGE
            out.write(sodium.crypto_secretstream_xchacha20poly1305_push(state, current, ad, tag))
            digest.update(current)
            done += len(current)
            if progress is not None:
                progress(done)
            if tag == TAG_FINAL:
                break
            current = following
    return done, digest.hexdigest()


class BlobReader(io.RawIOBase):
    """A readable stream of a blob's plaintext; every byte it returns is authenticated."""

    def __init__(self, path: Path, key: bytes, ad: bytes) -> None:
        super().__init__()
        self._file = open(path, "rb")  # closed in close()
        self._ad = ad
        self._chunk = b""
        self._pos = 0
        self._finished = False
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        head = self._file.read(len(MAGIC) + HEADER_BYTES)
        if len(head) != len(MAGIC) + HEADER_BYTES or head[: len(MAGIC)] != MAGIC:
            self.close()
            raise AttachmentDamaged()
        try:
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(
                self._state, head[len(MAGIC) :], key
            )
        except (nacl.exceptions.CryptoError, ValueError) as exc:
            self.close()
            raise AttachmentDamaged() from exc

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        sealed = _read_full(self._file, CHUNK + ABYTES)
        if len(sealed) < ABYTES:
            raise AttachmentDamaged()
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                self._state, sealed, self._ad
            )
        except (nacl.exceptions.CryptoError, ValueError) as exc:
            raise AttachmentDamaged() from exc
        if tag == TAG_FINAL:
            if self._file.read(1):
                raise AttachmentDamaged()
            self._finished = True
        elif tag != TAG_MESSAGE or len(plain) != CHUNK:
            raise AttachmentDamaged()
        self._chunk = plain
        self._pos = 0

    def _fill(self) -> memoryview:
        while self._pos >= len(self._chunk) and not self._finished:
            self._next_chunk()
        return memoryview(self._chunk)[self._pos :]

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        available = self._fill()
        count = min(len(view), len(available))
        view[:count] = available[:count]
        self._pos += count
        return count

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return self.readall()
        available = self._fill()
        data = bytes(available[:size])
        self._pos += len(data)
        return data

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            self._chunk = b""
        super().close()
