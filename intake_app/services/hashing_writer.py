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
from typing import BinaryIO

from intake_app.crypto.age.outputs import BackgroundOutput

BUFFER = 2 << 20
BUFFERS = 4
WRITEBACK = 16 << 20  # start write-back after about this many new bytes


class HashingWriter:
    """A write-only stream that writes to `out` and SHA-256-hashes what it wrote, in a helper
    thread. `finish()` waits and returns the hex digest; `abort()` stops without waiting for
    the disk. A write error is raised in the caller's thread at a later write or at finish.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = hashlib.sha256()
        self.size = 0
        try:
            self._fd: int | None = out.fileno()
        except (AttributeError, OSError, ValueError):
            self._fd = None
        self._written = self._kicked = 0
        # The age core's buffer rotation between this thread and one writer thread.
        self._output = BackgroundOutput(self._write_and_hash, BUFFER, BUFFERS)
        self._buffer = self._output.acquire()
        self._used = 0

    def _write_and_hash(self, view: memoryview) -> None:
        """Runs in the helper thread: both calls release the GIL for large buffers."""
        self._out.write(view)
        self._digest.update(view)
        self._written += len(view)
        if self._fd is not None and self._written - self._kicked >= WRITEBACK:
            self._out.flush()
            _start_writeback(self._fd, self._kicked, self._written - self._kicked)
            self._kicked = self._written

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Copy `data` into the current buffer; hand full buffers to the helper."""
        view = memoryview(data).cast("B")
        taken = 0
        while taken < len(view):
            count = min(BUFFER - self._used, len(view) - taken)
            self._buffer[self._used : self._used + count] = view[taken : taken + count]
            self._used += count
            taken += count
            if self._used == BUFFER:
                self._submit()
                self._buffer = self._output.acquire()  # raises a write error from the helper
        self.size += taken
        return taken

    def _submit(self) -> None:
        self._output.submit(self._buffer[: self._used])
        self._used = 0

    def finish(self) -> str:
        """Write what is left, wait for the helper; return the SHA-256 hex digest."""
        if self._used:
            self._submit()
        self._output.close()
        return self._digest.hexdigest()

    def abort(self) -> None:
        """Stop: the helper skips what is queued and ends. Safe after finish()."""
        self._output.abort()


def _start_writeback(fd: int, offset: int, length: int) -> None:
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass  # only a hint; the final fsync makes the file durable either way
