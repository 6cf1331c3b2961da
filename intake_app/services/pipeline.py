"""Writing and hashing the sealed file on a second core, with bounded memory.

Sealing is two cipher passes (opening the vault copy, encrypting to age) and then writing and
hashing the result. `cryptography`'s AEAD keeps the GIL, so both cipher passes stay in the
caller's thread; `write()` and `hashlib` (for large buffers) release it, so one helper thread
does those two beside the ciphers. A few fixed buffers circulate between the threads: memory
stays flat whatever the size, and no buffer is allocated per write.

The helper also asks the kernel to start writing back each written stretch at once (Linux
`POSIX_FADV_DONTNEED` starts write-back without waiting), so the final fsync, which durability
still requires, finds little left to do instead of a whole file.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from typing import BinaryIO

BUFFER = 2 << 20
BUFFERS = 4
WRITEBACK = 16 << 20  # start write-back after about this many new bytes


class HashingWriter:
    """A write-only stream that writes to `out` and SHA-256-hashes what it wrote, in a helper
    thread. `finish()` waits and returns (size, hex digest); `abort()` stops without waiting
    for the disk. A write error is raised in the caller's thread at its next write or finish.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = hashlib.sha256()
        self.size = 0
        self._free: queue.Queue[bytearray] = queue.Queue()
        self._full: queue.Queue[memoryview | None] = queue.Queue()
        for _ in range(BUFFERS):
            self._free.put(bytearray(BUFFER))
        self._buffer = memoryview(self._free.get())
        self._used = 0
        self._error: BaseException | None = None
        self._aborted = False
        self._thread = threading.Thread(target=self._run, name="seal-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            fd: int | None = self._out.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        written = kicked = 0
        while (view := self._full.get()) is not None:
            try:
                if self._error is None and not self._aborted:
                    self._out.write(view)
                    self._digest.update(view)
                    written += len(view)
                    if fd is not None and written - kicked >= WRITEBACK:
                        self._out.flush()
                        _start_writeback(fd, kicked, written - kicked)
                        kicked = written
            except BaseException as exc:  # raised in the caller's thread by _check()
                self._error = exc
            finally:
                owner = view.obj
                view.release()
                self._free.put(owner)  # type: ignore[arg-type]

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Copy `data` into the current buffer; hand full buffers to the helper."""
        self._check()
        view = memoryview(data).cast("B")
        taken = 0
        while taken < len(view):
            count = min(BUFFER - self._used, len(view) - taken)
            self._buffer[self._used : self._used + count] = view[taken : taken + count]
            self._used += count
            taken += count
            if self._used == BUFFER:
                self._submit()
                self._check()
                self._buffer = memoryview(self._free.get())
        self.size += taken
        return taken

    def _submit(self) -> None:
        self._full.put(self._buffer[: self._used])
        self._used = 0

    def finish(self) -> str:
        """Write what is left, wait for the helper; return the SHA-256 hex digest."""
        if self._used:
            self._submit()
        self._full.put(None)
        self._thread.join()
        self._check()
        return self._digest.hexdigest()

    def abort(self) -> None:
        """Stop: the helper skips what is queued and ends. Safe after finish()."""
        self._aborted = True
        if self._thread.is_alive():
            self._full.put(None)
            self._thread.join()


def _start_writeback(fd: int, offset: int, length: int) -> None:
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass  # only a hint; the final fsync makes the file durable either way
