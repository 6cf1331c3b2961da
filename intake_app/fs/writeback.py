"""Start writing a file to disk while it is still being written, so its final fsync is short.

Linux holds dirty pages until a tenth of memory is dirty, so a 1 GiB file written to a machine
with plenty of memory would reach the disk only at the fsync: all of the disk's work after all
of the CPU's. Asking for write-back of each finished stretch lets the two overlap. The hint is
`posix_fadvise(POSIX_FADV_DONTNEED)`: on dirty pages it starts write-back without waiting
(and, unlike a drop of clean pages, keeps them cached, so reading the file soon after is
still cheap). Durability still rests on the caller's fsync; elsewhere this does nothing.
"""

from __future__ import annotations

import os
from typing import BinaryIO

STRETCH = 16 << 20  # bytes written between two requests: big enough to be cheap


class EarlyWriteback:
    """Counts bytes written to `out` and asks the kernel to write back each new STRETCH.

    Call `wrote(n)` after each write of `n` bytes, on the thread that writes (it flushes
    `out`'s buffer first). `out` without a file descriptor (a BytesIO) is fine: nothing to do.
    """

    def __init__(self, out: BinaryIO, stretch: int = STRETCH) -> None:
        self._out = out
        self._stretch = stretch
        try:
            self._fd: int | None = out.fileno()
        except (AttributeError, OSError, ValueError):
            self._fd = None
        if not hasattr(os, "posix_fadvise"):
            self._fd = None
        self._written = self._started = 0

    def wrote(self, count: int) -> None:
        """Count `count` more bytes written; start write-back of each full stretch so far."""
        self._written += count
        if self._fd is None or self._written - self._started < self._stretch:
            return
        self._out.flush()
        try:
            os.posix_fadvise(self._fd, self._started, self._written - self._started,
                             os.POSIX_FADV_DONTNEED)
        except OSError:
            self._fd = None  # only a hint; the final fsync makes the file durable either way
        self._started = self._written

