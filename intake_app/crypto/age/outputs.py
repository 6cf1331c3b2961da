"""Where sealed or opened batches go: straight to `dst`, or through one background writer.

Writing a 1 GiB file costs about twice the encryption on this machine, and `write()` releases
the GIL, so a writer thread lets the disk and the cipher work at once. A few fixed buffers
circulate between the two threads, so memory stays bounded. A destination that has such
buffers of its own (a `BlockSink`, e.g. the sealing path's hashing writer) gets the sealed
blocks straight into them from `open_encrypt`, with no copy on the way.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

Write = Callable[[memoryview], object]


class Output(Protocol):
    """Where sealed or opened blocks go: a buffer is acquired, filled, submitted, and the output
    closed at the end (or aborted).
    """

    def acquire(self) -> memoryview:
        """A writable buffer for the next block."""
    def submit(self, view: memoryview) -> None:
        """Hand over `view`, the filled part of an acquired buffer, to be written."""
    def close(self) -> None:
        """Finish writing; raises the write error (for example OSError) if one happened."""
    def abort(self) -> None:
        """Stop writing without finishing; raises nothing."""


@runtime_checkable
class BlockSink(Protocol):
    """A writable destination that lends its buffers: `acquire()` gives an empty buffer of at
    least one sealed block (stream.SEALED_BLOCK bytes), `submit(view)` queues a filled part of
    it; blocks are written in the order submitted. `write` takes anything else (the header)."""

    def acquire(self) -> memoryview:
        """A writable buffer for the next block."""
    def submit(self, view: memoryview) -> None:
        """Take `view`, the filled part of an acquired buffer."""
    def write(self, data: bytes) -> object:
        """Write `data` (bytes) directly."""


class SinkOutput:
    """An Output over a BlockSink; closing is the sink owner's business."""

    def __init__(self, sink: BlockSink) -> None:
        self.acquire = sink.acquire
        self.submit = sink.submit

    def close(self) -> None:
        """Nothing to finish: the sink took every block as it came."""
        pass

    def abort(self) -> None:
        """Nothing to stop: the sink has no worker."""
        pass


class DirectOutput:
    """Writes each batch at once; one reused buffer."""

    def __init__(self, write: Write, size: int) -> None:
        self._write = write
        self._buffer = memoryview(bytearray(size))

    def acquire(self) -> memoryview:
        """The one reused buffer (`size` bytes): a block is written before the next is acquired."""
        return self._buffer

    def submit(self, view: memoryview) -> None:
        """Write `view` in the caller's thread; raises OSError from the writer."""
        self._write(view)

    def close(self) -> None:
        """Nothing to finish: every block was written on submit."""
        pass

    def abort(self) -> None:
        """Nothing to stop: this output has no worker."""
        pass


class BackgroundOutput:
    """Writes batches on a worker thread; `close()` waits and re-raises a write error."""

    def __init__(self, write: Write, size: int, buffers: int = 3, *,
                 name: str = "age-writer") -> None:
        self._write = write
        self._free: queue.Queue[bytearray] = queue.Queue()
        self._full: queue.Queue[memoryview | None] = queue.Queue()
        for _ in range(buffers):
            self._free.put(bytearray(size))
        self._error: BaseException | None = None
        self._aborted = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            view = self._full.get()
            if view is None:
                return
            try:
                if self._error is None and not self._aborted:
                    self._write(view)
            except BaseException as exc:  # handed to the caller's thread in _check()
                self._error = exc
            finally:
                owner = view.obj
                view.release()
                self._free.put(owner)  # type: ignore[arg-type]

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def acquire(self) -> memoryview:
        """A free buffer for the next block, waiting for one if all are queued.

        Raises the worker's write error (for example OSError) if one happened.
        """
        self._check()
        return memoryview(self._free.get())

    def submit(self, view: memoryview) -> None:
        """Queue `view` to be written by the worker."""
        self._full.put(view)

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._full.put(None)
            self._thread.join()

    def close(self) -> None:
        """Wait for the worker to write everything; raises its write error if one happened."""
        self._stop()
        self._check()

    def abort(self) -> None:
        """Stop the worker without finishing; blocks still queued may not be written."""
        self._aborted = True
        self._stop()
