"""Where blocks of input come from: read in the caller's thread, or by one background worker.

Blocks are whole multiples of a chunk (except the last, short one at end of input), taken from
a few fixed buffers that the consumer hands back with `release`, so memory stays bounded. A
background worker overlaps `readinto` (which releases the GIL) with the cipher; `Background`
runs any block producer that way, for example reading and decrypting a vault blob while the
caller's thread encrypts the result to age (OpenSSL's AEAD releases the GIL since cryptography
50, so the two ciphers run on two cores).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError

from .source import ByteSource

Observe = Callable[[memoryview], object]


def read_blocks(source: ByteSource, acquire: Callable[[], bytearray],
                observe: Observe | None = None) -> Iterator[memoryview]:
    """Fill buffers from `acquire()` with `source` until it ends; `observe` sees each block."""
    while True:
        buffer = acquire()
        got = source.readinto_full(memoryview(buffer))
        if got:
            block = memoryview(buffer)[:got]
            if observe is not None:
                observe(block)
            yield block
        if got < len(buffer):
            return


class DirectInput:
    """Reads each block when asked; two buffers (the block in hand and the one after it)."""

    def __init__(self, source: ByteSource, block_size: int) -> None:
        self._source = source
        self._free = [bytearray(block_size), bytearray(block_size)]

    def blocks(self) -> Iterator[memoryview]:
        """Iterate over the source's blocks as memoryviews, read in the caller's thread.

        Raises OSError from the source.
        """
        return read_blocks(self._source, self._free.pop)

    def release(self, block: memoryview) -> None:
        """Give a block back once its bytes are used, so its buffer is read into again."""
        self._free.append(block.obj)  # type: ignore[arg-type]

    def abort(self) -> None:
        """Nothing to stop: this input has no worker."""
        pass


class Background:
    """Runs `produce(acquire)` on a worker thread; the consumer iterates `blocks()`.

    `produce` yields views into buffers it got from `acquire()` (each `block_size` bytes, from
    a pool of `buffers`); the consumer hands each back with `release` once done with it. An
    error in the worker is raised in the consumer, after the blocks produced before it.
    """

    _DONE = object()

    def __init__(self, produce: Callable[[Callable[[], bytearray]], Iterator[memoryview]],
                 block_size: int, buffers: int = 4, name: str = "age-reader") -> None:
        self._produce = produce
        self._pool = [bytearray(block_size) for _ in range(buffers)]
        self._free: queue.Queue[bytearray | None] = queue.Queue()
        self._full: queue.Queue[object] = queue.Queue()
        for buffer in self._pool:
            self._free.put(buffer)
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _acquire(self) -> bytearray:
        buffer = self._free.get()
        if buffer is None or self._stopped:
            raise CancelledError  # unwinds the producer: the consumer has gone away
        return buffer

    def _run(self) -> None:
        try:
            for block in self._produce(self._acquire):
                self._full.put(block)
        except CancelledError:
            pass
        except BaseException as exc:  # handed to the consumer's thread in blocks()
            self._full.put(exc)
        finally:
            self._full.put(self._DONE)

    def blocks(self) -> Iterator[memoryview]:
        """Iterate over the blocks the worker produced, in order, as memoryviews.

        An error raised in the worker is raised here after the blocks produced before it.
        """
        while True:
            item = self._full.get()
            if item is self._DONE:
                self._full.put(item)  # stays done for any later call
                return
            if isinstance(item, BaseException):
                raise item  # the worker's DONE follows it
            yield item  # type: ignore[misc]

    def release(self, block: memoryview) -> None:
        """Give a block back to the worker once its bytes are used (its buffer is reused)."""
        self._free.put(block.obj)  # type: ignore[arg-type]

    def abort(self) -> None:
        """Stop the worker at its next buffer, without waiting: it may be blocked on a slow
        source, and being a daemon thread it never keeps the process alive."""
        self._stopped = True
        self._free.put(None)

    def close(self) -> None:
        """Stop the worker, wait for it, and zero every buffer (they may hold plaintext)."""
        self.abort()
        self._thread.join()
        for buffer in self._pool:
            buffer[:] = bytes(len(buffer))


class BackgroundInput(Background):
    """Reads blocks ahead on a worker thread; `observe` (say, a hash's update, which releases
    the GIL for large buffers) sees each block there, before the consumer does."""

    def __init__(self, source: ByteSource, block_size: int, buffers: int = 3,
                 observe: Observe | None = None) -> None:
        super().__init__(lambda acquire: read_blocks(source, acquire, observe), block_size,
                         buffers)
