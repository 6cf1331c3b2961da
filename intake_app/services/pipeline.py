"""Two helper threads that let sealing use a second core, with bounded memory.

Decrypting the vault copy, encrypting to age and hashing the result are three passes over every
byte. The C code behind each (libsodium through cffi, hashlib) releases the GIL, so reading ahead
in one thread and hashing in another lets them run beside the age encryption in the caller's
thread. Each queue holds at most DEPTH chunks, so memory stays flat for any size.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from typing import Any, BinaryIO

DEPTH = 4
_END = object()


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Worker:
    """A daemon thread fed or drained through a bounded queue; `stop()` never blocks forever."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=DEPTH)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def put(self, item: Any) -> bool:
        """Block until there is room; False once the worker is being stopped."""
        while not self.stopping.is_set():
            try:
                self.queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def stop(self) -> None:
        self.stopping.set()
        while self.thread.is_alive():
            try:  # make room for a blocked put, so the thread can see `stopping`
                self.queue.get(timeout=0.05)
            except queue.Empty:
                pass
        self.thread.join()


class ReadAhead(_Worker):
    """Reads exactly `size` bytes of `stream` in a helper thread, in pieces of `chunk`."""

    def __init__(self, stream: BinaryIO, size: int, chunk: int) -> None:
        super().__init__()
        self._stream, self._size, self._chunk = stream, size, chunk
        self.thread.start()

    def _run(self) -> None:
        try:
            remaining = self._size
            while remaining > 0:
                data = self._stream.read(min(self._chunk, remaining))
                if not data:
                    break
                remaining -= len(data)
                if not self.put(data):
                    return
            # The stream must end exactly at `size`; tell the reader if it is longer.
            self.put(_Failure(EOFError()) if remaining == 0 and self._stream.read(1) else _END)
        except BaseException as exc:  # handed to the reading thread, raised there
            self.put(_Failure(exc))

    def read(self) -> bytes:
        """The next piece; b"" at the end. Raises what the stream raised."""
        item = self.queue.get()
        if item is _END:
            self.queue.put(_END)
            return b""
        if isinstance(item, _Failure):
            self.queue.put(item)
            raise item.error
        return item


class HashingSink(_Worker):
    """Writes to `out` in the caller's thread and hashes (SHA-256) in a helper thread."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self._out = out
        self._digest = hashlib.sha256()
        self.size = 0
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                item = self.queue.get(timeout=0.05)
            except queue.Empty:
                continue
            if item is _END:
                return
            self._digest.update(item)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._out.write(data)
        # A copy: the age writer may reuse its buffer once write() returns.
        self.put(bytes(data))
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def hexdigest(self) -> str:
        self.put(_END)
        self.thread.join()
        return self._digest.hexdigest()
