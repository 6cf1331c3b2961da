"""Write a large file once, straight from a few reused buffers to the disk (O_DIRECT).

The counterpart of direct_read.py, for the files Seinpost writes once and reads once: a vault
blob while attaching, a sealed item while sealing. A buffered write copies every byte into
fresh page-cache pages (0.25–0.35 s of CPU per GiB on the two-core test machine, on the thread
that also hashes) and leaves the disk's work for the final fsync; the cached pages then cost
again when the file is read (a copy) or removed (each page dropped). Written with ``O_DIRECT``,
the disk takes the bytes from the writer's own page-aligned buffers while the next stretch is
filled, and the final fsync has only the file's metadata left to make durable.

``O_DIRECT`` needs offsets, lengths and memory aligned to the disk's block, so the bytes are
gathered in page-aligned buffers of about STRETCH bytes and a worker thread writes each full one
at its offset (the write releases the GIL). The buffers lie on huge pages where the system has
them (fs/disk_buffers.py), so each write reaches the disk as one request. A producer that can
fill a buffer itself borrows one (`acquire`/`submit`: the age writer seals straight into it,
with no copy); `write` copies.
Each buffer is handed over at a whole number of blocks and the few bytes past that (less than
ALIGN) start the next one. An `observe` callback (the sealed file's SHA-256) sees every byte in
order on a thread of its own, beside the disk's. The tail that is not a
whole block is written through the page cache at the end (``O_DIRECT`` turned off on the
descriptor), so the file is exactly the bytes given. Where the file system refuses ``O_DIRECT``
(EINVAL at the flag or at a write) the same writer writes through the page cache: the bytes are
the same either way. Durability still rests on the caller's fsync (fs/atomic.py). Only
ciphertext passes through these buffers.

A file's first LARGE bytes go through the page cache, as direct_read.py reads a file smaller
than that through it: a small blob or sealed item is likely read again soon (sealed, exported),
cheaper from the cache than from the disk.
"""

from __future__ import annotations

import errno
import os
import queue
import threading
from collections.abc import Callable
from typing import BinaryIO

from intake_app.fs.direct_read import LARGE
from intake_app.fs.disk_buffers import DiskBuffers

try:
    import fcntl
except ImportError:  # Windows: no O_DIRECT; the writer writes through the page cache
    fcntl = None  # type: ignore[assignment]

STRETCH = 2 << 20  # bytes per write: a multiple of any disk's block, few system calls
LEND = 528 << 10  # the most one `acquire` lends: a sealed age block (524,416 bytes), in pages
BUFFERS = 3  # one being filled by the caller, up to two at the disk (and the observer)
ALIGN = 4096  # O_DIRECT alignment of offset and length (a page covers every disk's block)
_O_DIRECT = getattr(os, "O_DIRECT", 0) if fcntl is not None else 0

Observe = Callable[[memoryview], object]


def _set_direct(fd: int, on: bool) -> bool:
    """Turn O_DIRECT on or off for `fd`; False where the file system refuses it."""
    if not _O_DIRECT:
        return False
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, flags | _O_DIRECT if on else flags & ~_O_DIRECT)
    except OSError:
        return False
    return on


class DirectWriter:
    """Writes bytes in order to `fd` from its current offset on, past the page cache.

    Bytes come by `write(data)` (copied) or by `acquire()` (a buffer of LEND bytes to fill)
    and `submit(view)` (its filled front); both may block while every buffer is at the disk.
    `finish()` writes the rest and waits; `abort()` stops without waiting for the disk. A
    write error (OSError, e.g. ENOSPC) or an error of `observe` is raised by the next call or
    by `finish`. `fd` is not closed or fsynced; it must be open for writing and nothing else
    may write to it meanwhile. The first `direct_from` bytes (default LARGE, as the reader's
    threshold) go through the page cache, where a small file is read again cheaply soon
    after; the rest past it (None: all through the cache). The bytes are the same either way.
    `observe(view)`, if given, sees all bytes in order, on a worker thread.
    """

    def __init__(self, fd: int, *, direct_from: int | None = LARGE,
                 observe: Observe | None = None) -> None:
        self._fd = fd
        self._at = os.lseek(fd, 0, os.SEEK_CUR)  # the file offset of the current buffer
        # Past the cache from the file offset `_seam` on (None: never); hand-overs keep `_at`
        # aligned and one ends exactly at the seam. Only the disk worker turns O_DIRECT on, at
        # the first buffer past the seam: turned on here, it would also take the buffer before
        # the seam that is still waiting for the disk, or not, as the threads happen to run.
        self._seam = (None if direct_from is None or self._at % ALIGN
                      else -(-direct_from // ALIGN) * ALIGN)
        self._direct = False
        self._went_direct = False
        self._go_direct(self._at)
        self._pool = DiskBuffers(BUFFERS, STRETCH + LEND)  # page-aligned, huge pages
        self._buffers = self._pool.buffers
        self._free: queue.Queue[memoryview] = queue.Queue()
        for buffer in self._buffers[1:]:
            self._free.put(buffer)
        self._current = self._buffers[0]
        self._view = memoryview(self._current)
        self._have = 0
        self._observe = observe
        self._busy: dict[int, int] = {}  # id(buffer) -> workers not yet done with it
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._stopped = False
        self._to_disk: queue.Queue[tuple[memoryview, int, int] | None] = queue.Queue()
        self._to_observe: queue.Queue[tuple[memoryview, int, int] | None] = queue.Queue()
        self._workers = [threading.Thread(target=self._run, args=(self._to_disk, self._pwrite),
                                          name="direct-writer", daemon=True)]
        if observe is not None:
            self._workers.append(threading.Thread(
                target=self._run, args=(self._to_observe, self._look), name="direct-observer",
                daemon=True))
        for worker in self._workers:
            worker.start()

    def _go_direct(self, at: int) -> None:
        """Turn O_DIRECT on for a write at file offset `at` at or past the seam (once)."""
        if self._seam is not None and at >= self._seam and not self._went_direct:
            self._went_direct = True
            self._direct = _set_direct(self._fd, True)

    def _pwrite(self, buffer: memoryview, size: int, at: int, start: int = 0) -> None:
        """Write buffer[start:size] at file offset `at`, all of it; through the page cache
        from then on if the file system refuses O_DIRECT after all (EINVAL)."""
        self._go_direct(at)
        with memoryview(buffer) as view:
            while start < size:
                try:
                    got = os.pwritev(self._fd, [view[start:size]], at)
                except OSError as exc:
                    if not (self._direct and exc.errno == errno.EINVAL):
                        raise
                    self._direct = _set_direct(self._fd, False)
                    continue
                if got <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                start += got
                at += got

    def _look(self, buffer: memoryview, size: int, at: int) -> None:
        with memoryview(buffer) as view:
            self._observe(view[:size])  # type: ignore[misc]

    def _run(self, work: queue.Queue[tuple[memoryview, int, int] | None],
             do: Callable[[memoryview, int, int], None]) -> None:
        """A worker: `do` each buffer handed over, in order, until None."""
        while (item := work.get()) is not None:
            buffer, size, at = item
            try:
                if self._error is None and not self._stopped:
                    do(buffer, size, at)
            except BaseException as exc:  # handed to the caller's thread in _check()
                self._error = exc
            finally:
                self._done_with(buffer)

    def _done_with(self, buffer: memoryview) -> None:
        with self._lock:
            self._busy[id(buffer)] -= 1
            if self._busy[id(buffer)]:
                return
            del self._busy[id(buffer)]
        self._free.put(buffer)

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _hand_over(self, size: int) -> None:
        """Queue the current buffer's first `size` bytes for the workers; carry the rest over
        into a free buffer (may wait for one)."""
        carry = bytes(self._view[size : self._have])  # under ALIGN, or up to STRETCH at the seam
        with self._lock:
            self._busy[id(self._current)] = len(self._workers)
        self._to_disk.put((self._current, size, self._at))
        if self._observe is not None:
            self._to_observe.put((self._current, size, self._at))
        self._at += size
        self._view.release()
        self._current = self._free.get()
        self._view = memoryview(self._current)
        self._view[: len(carry)] = carry
        self._have = len(carry)
        self._check()

    def _filled(self) -> None:
        seam = self._seam
        if seam is not None and self._at < seam <= self._at + self._have:
            # The cached head ends exactly at `direct_from` (aligned, as `_at` is), not at the
            # next stretch's end: up to STRETCH + LEND more of a large file would stay cached.
            self._hand_over(seam - self._at)
        if self._have >= STRETCH:  # a whole number of blocks goes; the rest is carried over
            self._hand_over(self._have - (self._at + self._have) % ALIGN)

    def acquire(self) -> memoryview:
        """A writable buffer of LEND bytes for the next bytes of the file; fill its front and
        `submit` that. Raises an earlier write or observe error."""
        self._check()
        return self._view[self._have : self._have + LEND]

    def submit(self, view: memoryview) -> None:
        """Take the filled front of the buffer from the last `acquire` (`view`, bytes)."""
        self._have += len(view)
        self._filled()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Take `data` (bytes, copied) to be written after what came before; return len(data).

        Raises the worker's OSError (e.g. ENOSPC) if an earlier write failed.
        """
        self._check()
        view = memoryview(data).cast("B")
        taken = 0
        while taken < len(view):
            size = min(STRETCH - self._have, len(view) - taken)
            self._view[self._have : self._have + size] = view[taken : taken + size]
            self._have += size
            taken += size
            self._filled()
        return taken

    def _stop(self) -> None:
        for work, worker in zip((self._to_disk, self._to_observe), self._workers, strict=False):
            if worker.is_alive():
                work.put(None)
                worker.join()

    def finish(self) -> int:
        """Write everything and wait; return the file offset after the last byte.

        The whole blocks of the last buffer go past the cache and the rest through it, so the
        file ends exactly there. Raises the write error (OSError) if one happened.
        """
        self._check()
        direct = self._seam is not None and self._at >= self._seam and bool(_O_DIRECT)
        tail = self._have % ALIGN if direct else 0
        whole = self._have - tail
        if whole:
            with self._lock:
                self._busy[id(self._current)] = len(self._workers)
            self._to_disk.put((self._current, whole, self._at))
            if self._observe is not None:
                self._to_observe.put((self._current, whole, self._at))
        self._stop()
        self._check()
        self._at += whole
        self._went_direct = True  # the tail goes through the cache, whatever came before
        if self._direct:
            self._direct = _set_direct(self._fd, False)
        if tail:
            self._pwrite(self._current, whole + tail, self._at, whole)
            if self._observe is not None:
                self._observe(self._view[whole : whole + tail])
            self._at += tail
        os.lseek(self._fd, self._at, os.SEEK_SET)
        self._release()
        return self._at

    def abort(self) -> None:
        """Stop without finishing: buffers still queued are not written. Raises nothing."""
        self._stopped = True
        self._stop()
        self._release()

    def _release(self) -> None:
        self._view.release()
        self._pool.close()


class _PlainWriter:
    """The same interface over a file object without a descriptor (a BytesIO): its `write`."""

    def __init__(self, out: BinaryIO, observe: Observe | None) -> None:
        self._out = out
        self._observe = observe
        self._lent = memoryview(bytearray(LEND))

    def acquire(self) -> memoryview:
        """A reused buffer of LEND bytes; its filled front is written at `submit`."""
        return self._lent

    def submit(self, view: memoryview) -> None:
        """Observe and write `view` (bytes) now."""
        self.write(view)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Observe and write `data` (bytes) to the file object now; return len(data)."""
        if self._observe is not None:
            self._observe(memoryview(data))
        self._out.write(data)
        return len(data)

    def finish(self) -> int:
        """Flush the file object; return its position."""
        self._out.flush()
        return self._out.tell()

    def abort(self) -> None:
        """Nothing to stop."""
        pass


def writer_for(out: BinaryIO, *, observe: Observe | None = None) -> DirectWriter | _PlainWriter:
    """A DirectWriter over `out`'s descriptor (its buffer flushed first: the writer goes on
    from the descriptor's offset), or `out.write` itself where it has no descriptor."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return _PlainWriter(out, observe)
    out.flush()
    return DirectWriter(fd, observe=observe)
