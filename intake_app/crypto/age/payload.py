"""The STREAM construction (age spec, "Payload"): 64 KiB chunks, ChaCha20-Poly1305, nonce =
11-byte big-endian counter || last flag. The one implementation in Seinpost: age payloads and
the vault's attachment blobs (store/blobs.py, with their own key and header) both use it. The
AEAD is a parameter (`cipher`), ChaCha20-Poly1305 unless said: age fixes it for its payload,
the vault's blobs (format 3) use AES-256-GCM, which OpenSSL runs about three times faster where
the processor has AES instructions.

The hot path uses `cryptography`'s AEAD (OpenSSL, about three times libsodium's speed here)
with `encrypt_into`/`decrypt_into` into reused buffers, a block of BATCH chunks at a time, so
memory stays flat whatever the file size. The cipher runs in the caller's thread; reading and
writing (and, for blobs, hashing) run beside it on worker threads, see inputs.py and outputs.py.
Since cryptography 50 the AEAD calls release the GIL, so a second cipher pass (the vault blob
opened while sealing) can run on the other core as well.

Decryption yields only chunks whose tag has verified. Which chunk is last is known from
look-ahead: a chunk followed by more data must verify as non-final, the one at the end of the
input must verify as final, so truncation, a dropped final flag and trailing data all fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .errors import PayloadError
from .inputs import BackgroundInput, Observe, read_blocks
from .outputs import BackgroundOutput, BlockSink, Output, SinkOutput, Write
from .source import ByteSource

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
NONCE_SIZE = 16  # the payload nonce after the header, not the per-chunk AEAD nonce
BATCH = 8  # chunks per read/write call: 512 KiB buffers, few system calls, a small peak memory
_MAX_COUNTER = 1 << 88

Progress = Callable[[int], object] | None


class Aead(Protocol):
    """What the STREAM needs of an AEAD with a 12-byte nonce and a 16-byte tag (`cryptography`'s
    ChaCha20Poly1305 and AESGCM both fit)."""

    def encrypt_into(self, nonce: bytes, data: memoryview, associated_data: None,
                     buf: memoryview) -> int:
        """Seal `data` into `buf` (len(data) + 16 bytes: ciphertext, then tag); return that
        length."""

    def decrypt_into(self, nonce: bytes, data: memoryview, associated_data: None,
                     buf: memoryview) -> int:
        """Verify and open `data` (ciphertext, then tag) into `buf`; return the plaintext
        length. Raises cryptography's InvalidTag when the tag does not verify."""


Cipher = Callable[[bytes], Aead]  # the AEAD under a 32-byte key


def _chunk_nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_COUNTER:
        raise PayloadError("payload has more chunks than STREAM allows")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class _Chunker:
    def __init__(self, key: bytes, progress: Progress,
                 cipher: Cipher = ChaCha20Poly1305) -> None:
        self._aead = cipher(key)
        self._progress = progress
        self.counter = 0
        self.done = 0  # plaintext bytes processed so far, reported to progress

    def _report(self, size: int) -> None:
        self.counter += 1
        self.done += size
        if self._progress is not None:
            self._progress(self.done)


class Sealer(_Chunker):
    """Seals plaintext into 64 KiB STREAM chunks (age spec, "Payload"), counting the chunks."""

    def seal(self, plain: memoryview, final: bool, out: memoryview) -> int:
        """Seal chunks of `plain` into `out`; with `final` the last (maybe short) one is last."""
        start = 0
        written = 0
        end = len(plain)
        while True:
            stop = min(start + CHUNK, end)
            last = final and stop == end
            if not last and stop - start < CHUNK:
                break
            size = stop - start
            self._aead.encrypt_into(
                _chunk_nonce(self.counter, last),
                plain[start:stop],
                None,
                out[written : written + size + TAG],
            )
            written += size + TAG
            self._report(size)
            start = stop
            if last or start == end:
                break
        return written


class Opener(_Chunker):
    """Verifies and decrypts 64 KiB STREAM chunks (age spec, "Payload"), counting chunks as it
    goes; raises PayloadError for a bad tag, truncation or a misplaced final chunk.
    """

    def open(self, sealed: memoryview, final: bool, out: memoryview) -> int:
        """Verify and decrypt chunks of `sealed` into `out`; return the plaintext length."""
        start = 0
        written = 0
        end = len(sealed)
        while start < end:
            stop = min(start + SEALED_CHUNK, end)
            last = final and stop == end
            size = stop - start - TAG
            if size < 0:
                raise PayloadError("payload is truncated inside a chunk")
            if last and size == 0 and self.counter > 0:
                raise PayloadError("final chunk is empty but the payload is not")
            target = out[written : written + size]
            try:
                self._aead.decrypt_into(
                    _chunk_nonce(self.counter, last), sealed[start:stop], None, target
                )
            except InvalidTag:
                target[:] = bytes(size)  # do not keep unverified plaintext around
                raise PayloadError(
                    "payload chunk failed authentication (damaged, truncated or reordered)"
                ) from None
            written += size
            self._report(size)
            start = stop
            if last:
                break
        return written


PLAIN_BLOCK = CHUNK * BATCH
SEALED_BLOCK = SEALED_CHUNK * BATCH
Release = Callable[[memoryview], object]


class BlockSealer:
    """Seals blocks of plaintext: full blocks of BATCH chunks, then one shorter (maybe empty).

    A block is held until the next one arrives, because only then is it known whether its last
    chunk is the final one: a payload whose length is a multiple of 64 KiB ends with a full
    final chunk, never an empty one after it.
    """

    def __init__(self, key: bytes, output: Output, progress: Progress,
                 cipher: Cipher = ChaCha20Poly1305) -> None:
        self._sealer = Sealer(key, progress, cipher)
        self._output = output
        self._pending: memoryview | None = None
        self._release: Release | None = None

    def _seal_pending(self, final: bool) -> None:
        block = self._pending if self._pending is not None else memoryview(b"")
        out = self._output.acquire()
        sealed = self._sealer.seal(block, final, out)
        self._output.submit(out[:sealed])
        if self._pending is not None and self._release is not None:
            self._release(self._pending)
        self._pending = None

    def add(self, block: memoryview, release: Release | None = None) -> None:
        """Add a non-empty block; every block but the last must be PLAIN_BLOCK long."""
        if self._pending is not None:
            self._seal_pending(final=False)
        self._pending, self._release = block, release

    def finish(self) -> None:
        """Seal the block still held as the last one (its last chunk carries the final flag)."""
        self._seal_pending(final=True)

    @property
    def done(self) -> int:
        """Plaintext bytes sealed so far."""
        return self._sealer.done


def seal_source(source: ByteSource, write: Write | BlockSink, key: bytes, progress: Progress,
                *, observe: Observe | None = None, cipher: Cipher = ChaCha20Poly1305) -> int:
    """Seal all of `source` as a STREAM payload under `key`; return its plaintext size (bytes).

    Three threads: a reader (which also calls `observe` on each plaintext block), the caller's
    (the cipher) and a writer calling `write` with sealed blocks in order; or, where `write` is
    a BlockSink (fs/direct_write.py lends its buffers), the cipher seals straight into the
    sink's buffers and the sink writes them. An exception (from the source, `write`, or
    `progress` cancelling) stops the workers and propagates; whatever reached `write` by then
    is not a valid payload (its last chunk is never sealed).
    """
    output: Output = (SinkOutput(write) if isinstance(write, BlockSink)
                      else BackgroundOutput(write, SEALED_BLOCK))
    reader = BackgroundInput(source, PLAIN_BLOCK, observe=observe)
    try:
        sealer = BlockSealer(key, output, progress, cipher)
        for block in reader.blocks():
            sealer.add(block, reader.release)
        sealer.finish()
    except BaseException:
        reader.abort()
        output.abort()
        raise
    output.close()
    reader.close()  # zeroes the plaintext buffers
    return sealer.done


def open_source(source: ByteSource, key: bytes, acquire: Callable[[], bytearray],
                observe: Observe | None = None,
                cipher: Cipher = ChaCha20Poly1305) -> Iterator[memoryview]:
    """Yield verified plaintext blocks of the STREAM payload that `source` holds up to its end,
    each in a PLAIN_BLOCK buffer from `acquire()`; `observe` sees each sealed block as read.

    Made to run on a worker (inputs.Background): reading, checking and decrypting all happen
    there. Raises PayloadError on any damage, before yielding the chunk it concerns.
    """
    spare = [bytearray(SEALED_BLOCK), bytearray(SEALED_BLOCK)]
    sealed = read_blocks(source, spare.pop, observe)
    return open_payload(sealed, lambda block: spare.append(block.obj),  # type: ignore[arg-type]
                        key, None, lambda: memoryview(acquire()), cipher)


class PayloadSealer:
    """Push-style encryption for stream writers: `write()` plaintext, `finish()` at the end."""

    def __init__(self, key: bytes, output: Output) -> None:
        self._blocks = BlockSealer(key, output, None)
        self._spare = memoryview(bytearray(PLAIN_BLOCK))  # filled while the other is pending
        self._filling = memoryview(bytearray(PLAIN_BLOCK))
        self._have = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Take `data` (bytes) into the current block, sealing each full block; return len(data)."""
        view = memoryview(data).cast("B")
        taken = 0
        while taken < len(view):
            size = min(PLAIN_BLOCK - self._have, len(view) - taken)
            self._filling[self._have : self._have + size] = view[taken : taken + size]
            self._have += size
            taken += size
            if self._have == PLAIN_BLOCK:
                self._blocks.add(self._filling)  # seals the previous block, which frees _spare
                self._filling, self._spare = self._spare, self._filling
                self._have = 0
        return taken

    def finish(self) -> None:
        """Seal what is left as the final block and finish the block sealer; then wipe."""
        if self._have:
            self._blocks.add(self._filling[: self._have])
        self._blocks.finish()
        self.wipe()

    def wipe(self) -> None:
        """Zero both plaintext blocks, so no plaintext is left in memory freed after them."""
        for block in (self._filling, self._spare):
            block[:] = bytes(len(block))
        self._have = 0


def open_payload(
    blocks: Iterator[memoryview],
    release: Release,
    key: bytes,
    progress: Progress,
    acquire: Callable[[], memoryview],
    cipher: Cipher = ChaCha20Poly1305,
) -> Iterator[memoryview]:
    """Yield verified plaintext per block, each in a buffer from `acquire()` (PLAIN_BLOCK long).

    `blocks` are SEALED_BLOCK long except the last. A block is opened once the next one shows
    whether it is the last: chunks followed by more data must verify as non-final, and the
    chunk at the very end must verify as final. A view stays valid until its buffer is handed
    out again by `acquire`.
    """
    opener = Opener(key, progress, cipher)
    pending: memoryview | None = None
    for block in blocks:
        if pending is not None:
            out = acquire()
            size = opener.open(pending, False, out)
            release(pending)
            yield out[:size]
        pending = block
    if pending is None:
        raise PayloadError("payload is missing (no chunks after the header)")
    out = acquire()
    size = opener.open(pending, True, out)
    release(pending)
    yield out[:size]
