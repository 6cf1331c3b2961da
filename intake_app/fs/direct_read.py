"""Read a large file once, straight from the disk into a few reused buffers (O_DIRECT).

A buffered read of a file that is not cached costs a page of fresh memory per 4 KiB, filled by
the disk and then copied to the reader: on the two-core test machine (a virtual machine) that
copy of freshly filled pages took 0.6–1.3 s of CPU per GiB, as much as the cipher itself, and
under load CPU is what sealing waits for. Read with ``O_DIRECT``, the disk fills the reader's
own buffers (always the same few, aligned to pages, on huge pages where the system has them:
fs/disk_buffers.py, one request per stretch): about 0.1 s of CPU per GiB. A file read
once (a vault blob being sealed and then removed, a video being attached) gains nothing from
the page cache anyway, and no longer pushes the person's other files out of it.

Only files of at least LARGE bytes are read this way. A smaller one is most likely still in
the page cache (written a moment ago, as an attachment just added), where the cache is cheaper
than a trip to the disk, and its copy costs little CPU anyway; it is read through the cache by
the same reader.

With ``O_DIRECT`` there is no read-ahead, so worker threads read the next stretches while the
consumer uses the last one (the read releases the GIL): LANES of them, each reading every
LANES-th stretch, so the disk always has that many requests to work on. One request at a time
left the disk idle between them: 1 GiB took 1.3–1.4 s in 1 MiB reads one after another and
0.8–1.2 s with two or four at once (load 8–9); the kernel's read-ahead keeps several in
flight for a buffered read.

Where the file system refuses ``O_DIRECT`` (EINVAL at open or at the first read), the same
reader reads through the page cache instead: the bytes are the same either way. Only
ciphertext or a file the person chose passes through these buffers; they are not zeroed (see
`DirectReader.close`).
"""

from __future__ import annotations

import errno
import io
import os
import queue
import threading
from typing import Any

from intake_app.fs.disk_buffers import DiskBuffers

try:
    import fcntl
except ImportError:  # Windows: no O_DIRECT either; the reader reads through the page cache
    fcntl = None  # type: ignore[assignment]

STRETCH = 1 << 20  # bytes per read: a multiple of any disk's block size, few system calls
LARGE = 32 << 20  # files from this size on are read past the page cache
LANES = 2  # reads in flight at once past the page cache (one through it: read-ahead does that)
BUFFERS = 2  # per lane: one being filled by the disk, one ready or being copied out
_O_DIRECT = getattr(os, "O_DIRECT", 0) if fcntl is not None else 0


def without_direct(fd: int) -> None:
    """Turn O_DIRECT off on `fd` (Linux allows it on an open descriptor); nothing where there
    is no O_DIRECT. It is a flag of the open file, shared by every descriptor dup()ed from it."""
    if _O_DIRECT:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~_O_DIRECT)


def _fill(fd: int, buffer: memoryview, at: int) -> int:
    """Read from offset `at` until `buffer` is full or the file ends; return the bytes read."""
    view = memoryview(buffer)
    done = 0
    try:
        while done < len(view):
            if hasattr(os, "preadv"):
                got = os.preadv(fd, [view[done:]], at + done)
            else:  # Windows: only the worker moves this descriptor's offset
                os.lseek(fd, at + done, os.SEEK_SET)
                data = os.read(fd, len(view) - done)
                got = len(data)
                view[done : done + got] = data
            if not got:
                break
            done += got
    finally:
        view.release()
    return done


class DirectReader(io.RawIOBase):
    """A read-only raw stream over `fd` from `offset` on, read ahead by a worker thread.

    Takes ownership of `fd` (closed by `close()`), which must be open for reading. For a file
    of LARGE bytes or more (or with `direct=True`) O_DIRECT is turned on for it where the file
    system allows, and off again if the first read refuses it.
    `limit` (bytes) bounds how far it reads: reading beyond raises `too_far()`'s exception (an
    outside file that grew). Errors of the worker's reads (OSError) are raised in `readinto`.
    """

    _END = object()

    def __init__(self, fd: int, *, offset: int = 0, limit: int | None = None,
                 too_far: Any = None, direct: bool | None = None) -> None:
        super().__init__()
        self._fd = fd
        self._limit = limit
        self._too_far = too_far
        self._position = offset
        if direct is None:
            direct = os.fstat(fd).st_size >= LARGE
        if direct and _O_DIRECT:
            try:
                fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | _O_DIRECT)
            except OSError:  # this file system has no O_DIRECT: read through the page cache
                direct = False
        else:
            direct = False
        # O_DIRECT reads start at a multiple of the block size: begin at the stretch before
        # `offset` and skip the bytes before it in the first buffer.
        start = offset - offset % STRETCH if direct else offset
        self._skip = offset - start
        lanes = LANES if direct else 1
        self._pool = DiskBuffers(BUFFERS * lanes, STRETCH, huge=direct)  # page-aligned
        self._buffers = self._pool.buffers
        self._lanes: list[tuple[queue.Queue[memoryview | None], queue.Queue[object]]] = []
        for lane in range(lanes):
            free: queue.Queue[memoryview | None] = queue.Queue()
            for buffer in self._buffers[lane * BUFFERS : (lane + 1) * BUFFERS]:
                free.put(buffer)
            self._lanes.append((free, queue.Queue()))
        self._turn = 0  # the lane that holds the next stretch
        self._ended = False
        self._view = memoryview(b"")
        self._held: tuple[memoryview, queue.Queue[memoryview | None]] | None = None
        self._failure: BaseException | None = None
        self._stopped = False
        self._workers = [
            threading.Thread(target=self._read_ahead, daemon=True, name="direct-reader",
                             args=(start + lane * STRETCH, lanes * STRETCH, direct,
                                   *self._lanes[lane]))
            for lane in range(lanes)]
        for worker in self._workers:
            worker.start()

    def _read_ahead(self, at: int, step: int, direct: bool,
                    free: queue.Queue[memoryview | None], full: queue.Queue[object]) -> None:
        """One lane: read the stretches at `at`, `at + step`, ... until the end of the file."""
        try:
            while True:
                buffer = free.get()
                if buffer is None or self._stopped:
                    return
                try:
                    got = _fill(self._fd, buffer, at)
                except OSError as exc:
                    if not (direct and exc.errno == errno.EINVAL):
                        raise
                    without_direct(self._fd)  # refused after all: the page cache it is
                    direct = False
                    got = _fill(self._fd, buffer, at)
                at += step
                full.put((buffer, got))
                if got < STRETCH:
                    return  # the end of the file
        except BaseException as exc:  # handed to the consumer in readinto
            full.put(exc)
        finally:
            full.put(self._END)

    def readable(self) -> bool:
        """Always True: this is a read-only stream."""
        return True

    def fileno(self) -> int:
        """The descriptor being read (for hints such as posix_fadvise)."""
        return self._fd

    def _next(self) -> bool:
        if self._held is not None:
            self._view.release()
            buffer, free = self._held
            free.put(buffer)
            self._held = None
        self._view = memoryview(b"")
        if self._ended:
            return False
        free, full = self._lanes[self._turn]
        item = full.get()
        if item is self._END:
            self._ended = True
            return False
        if isinstance(item, BaseException):
            self._failure = item
            raise item
        buffer, got = item  # type: ignore[misc]
        self._turn = (self._turn + 1) % len(self._lanes)
        self._ended = got < STRETCH  # a short stretch is the end of the file
        self._held = (buffer, free)
        self._view = memoryview(buffer)[self._skip : got] if got > self._skip else memoryview(b"")
        self._skip = max(0, self._skip - got)
        return True

    def readinto(self, target: Any) -> int:  # type: ignore[override]
        """Copy the next bytes into `target`; return how many, 0 at the end of the file.

        Raises the worker's OSError, or `too_far()` past `limit`, again on every later call.
        """
        if self._failure is not None:
            raise self._failure
        out = memoryview(target).cast("B")
        if not len(out):
            return 0
        while not len(self._view):
            if not self._next():
                return 0
        count = min(len(out), len(self._view))
        out[:count] = self._view[:count]
        self._view = self._view[count:]
        self._position += count
        if self._limit is not None and self._position > self._limit:
            self._failure = self._too_far()
            raise self._failure
        return count

    def close(self) -> None:
        """Stop the workers, wait for them and close the descriptor; safe to repeat."""
        if not self.closed:
            self._stopped = True
            for free, _ in self._lanes:
                free.put(None)
            if self._held is not None:
                self._view.release()
            self._view = memoryview(b"")
            for worker in self._workers:
                worker.join()
            os.close(self._fd)
            self._pool.close()  # a view still held elsewhere: freed with it
        super().close()
