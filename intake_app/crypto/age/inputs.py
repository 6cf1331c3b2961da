"""Where blocks of input come from: read in the caller's thread, or by one background reader.

Blocks are whole multiples of a chunk (except the last, short one at end of input), taken from
a few fixed buffers that the consumer hands back with `release`, so memory stays bounded. The
background reader overlaps `readinto` (which releases the GIL) with the cipher.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from .source import ByteSource


class DirectInput:
    """Reads each block when asked; two buffers (the block in hand and the one after it)."""

    def __init__(self, source: ByteSource, block_size: int) -> None:
        self._source = source
        self._free = [bytearray(block_size), bytearray(block_size)]

    def blocks(self) -> Iterator[memoryview]:
        while True:
            buffer = self._free.pop()
            got = self._source.readinto_full(memoryview(buffer))
            if got:
                yield memoryview(buffer)[:got]
            if got < len(buffer):
                return

    def release(self, block: memoryview) -> None:
        self._free.append(block.obj)  # type: ignore[arg-type]

    def abort(self) -> None:
        pass


class BackgroundInput:
    """Reads blocks ahead on a worker thread; a read error is raised in the consumer."""

    _DONE = object()

    def __init__(self, source: ByteSource, block_size: int, buffers: int = 4) -> None:
        self._source = source
        self._free: queue.Queue[bytearray | None] = queue.Queue()
        self._full: queue.Queue[object] = queue.Queue()
        for _ in range(buffers):
            self._free.put(bytearray(block_size))
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="age-reader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                buffer = self._free.get()
                if buffer is None or self._stopped:
                    return
                got = self._source.readinto_full(memoryview(buffer))
                if got:
                    self._full.put(memoryview(buffer)[:got])
                if got < len(buffer):
                    return
        except BaseException as exc:  # handed to the consumer's thread in blocks()
            self._full.put(exc)
        finally:
            self._full.put(self._DONE)

    def blocks(self) -> Iterator[memoryview]:
        while True:
            item = self._full.get()
            if item is self._DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def release(self, block: memoryview) -> None:
        self._free.put(block.obj)  # type: ignore[arg-type]

    def abort(self) -> None:
        # Not joined: the reader may be blocked on a slow source; it stops at its next block
        # and, being a daemon thread, never keeps the process alive.
        self._stopped = True
        self._free.put(None)
