"""The few buffers that reads and writes past the page cache use, on huge pages where possible.

A read or write past the page cache (``O_DIRECT``, fs/direct_read.py and fs/direct_write.py)
goes to the disk straight from the buffer's memory, one segment per stretch of physically
contiguous memory, and a disk takes only so many segments per request (``max_segments``: 254
on the two-core test machine's virtio disk). Ordinary 4 KiB pages are rarely contiguous, so a
2 MiB write became three or four requests of about 500 KiB, and there each request costs about
a millisecond whatever its size. From a transparent huge page (2 MiB, contiguous) the same
write is one request. Measured there with one request at a time (load 7.6–7.9, 1 GiB, two
runs each): reading in 2 MiB stretches took 1.0 s from ordinary pages and 0.39–0.50 s from huge
pages; writing 0.51–0.74 s and 0.46 s.

So the buffers of one reader or writer are carved from one private anonymous mapping that
starts on a 2 MiB boundary and is marked ``MADV_HUGEPAGE`` (Linux's default "madvise" mode
then backs it with huge pages when it can). Where the system gives none (another setting, no
free huge page, Windows) the same buffers are ordinary pages: only the number of requests
differs, never the bytes. Each buffer starts on a page boundary, as ``O_DIRECT`` needs.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap

PAGE = 4096  # O_DIRECT alignment of memory (a page covers every disk's block)
HUGE = 2 << 20  # a transparent huge page on x86-64 and arm64 (4 KiB base pages)
_PRIVATE = getattr(mmap, "MAP_PRIVATE", 0) | getattr(mmap, "MAP_ANONYMOUS", 0)
_MADV_HUGEPAGE = getattr(mmap, "MADV_HUGEPAGE", None)


def _address(mapping: mmap.mmap) -> int:
    """Where `mapping` starts in memory (the probe's export is released before returning)."""
    probe = ctypes.c_char.from_buffer(mapping)
    try:
        return ctypes.addressof(probe)
    finally:
        del probe


class DiskBuffers:
    """`count` writable buffers of `size` bytes each (memoryviews, page-aligned), side by side in
    one mapping that starts on a HUGE boundary, marked for huge pages where the system has them
    (unless `huge` is False: a small file read through the page cache gains nothing from them,
    and a huge page is taken whole, 2 MiB for a file of a few KiB).

    `buffers` lists them; `close()` releases them and frees the mapping (or leaves that to the
    last view still held elsewhere). The bytes start as zeros and are not zeroed at the end.
    """

    def __init__(self, count: int, size: int, *, huge: bool = True) -> None:
        slot = -(-size // PAGE) * PAGE
        used = count * slot
        if _PRIVATE:  # private: never shared with a child process, and eligible for huge pages
            self._mapping = mmap.mmap(-1, used + HUGE, flags=_PRIVATE)
        else:  # Windows: an anonymous mapping, page-aligned
            self._mapping = mmap.mmap(-1, used + HUGE)
        start = -_address(self._mapping) % HUGE
        whole_pages = used // HUGE * HUGE  # a last part page stays small: no 2 MiB for its tail
        if huge and _MADV_HUGEPAGE is not None and whole_pages:
            with contextlib.suppress(OSError):  # a kernel without THP: ordinary pages
                self._mapping.madvise(_MADV_HUGEPAGE, start, whole_pages)
        with memoryview(self._mapping) as whole:
            self.buffers = [whole[start + i * slot : start + i * slot + size]
                            for i in range(count)]

    def close(self) -> None:
        """Release the buffers and free the mapping; safe to repeat. A view of a buffer still
        held elsewhere keeps the mapping until it goes."""
        for buffer in self.buffers:
            buffer.release()
        with contextlib.suppress(BufferError):
            self._mapping.close()
