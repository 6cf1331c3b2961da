"""The page cache as tests see it: which of a file's pages it holds (mincore), dropping them,
and a folder on a disk-backed file system (where "past the page cache" can be seen at all)."""

from __future__ import annotations

import ctypes
import mmap
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MEMORY_FILE_SYSTEMS = {"tmpfs", "ramfs"}


def file_system_type(path: Path) -> str:
    """The type of the file system holding `path`, from the longest mount point above it."""
    best, kind = "", ""
    with open("/proc/self/mountinfo", encoding="utf-8") as mounts:
        for line in mounts:
            fields = line.split()
            point = fields[4].replace("\\040", " ")
            after = fields[fields.index("-") + 1]
            resolved = str(path.resolve())
            if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(
                    point) >= len(best):
                best, kind = point, after
    return kind


@pytest.fixture
def disk_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a disk-backed file system. On tmpfs the page cache is the file itself, so
    "past the page cache" cannot be seen there; many machines (and chroots) keep /tmp on
    tmpfs, so the repository's own disk is used then."""
    if file_system_type(tmp_path) not in MEMORY_FILE_SYSTEMS:
        yield tmp_path
        return
    if file_system_type(REPO) in MEMORY_FILE_SYSTEMS:
        pytest.fail("neither the temporary folder nor the checkout is on a disk file system")
    with tempfile.TemporaryDirectory(prefix=".direct-read-", dir=REPO) as folder:
        yield Path(folder)


def cached_pages(path: Path, start: int = 0) -> int:
    """How many of the file's pages from byte `start` on (a multiple of the page size) are in
    the page cache (mincore(2) over a mapping of it, which touches none of them)."""
    size = path.stat().st_size
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                          ctypes.c_int, ctypes.c_long]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    fd = os.open(path, os.O_RDONLY)
    try:
        address = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        assert address not in (None, ctypes.c_void_p(-1).value), ctypes.get_errno()
        pages = -(-size // mmap.PAGESIZE)
        vector = ctypes.create_string_buffer(pages)
        try:
            assert libc.mincore(address, size, vector) == 0, ctypes.get_errno()
        finally:
            libc.munmap(address, size)
        return sum(byte & 1 for byte in vector.raw[start // mmap.PAGESIZE : pages])
    finally:
        os.close(fd)


def uncached(path: Path) -> None:
    """Make `path` durable and drop its (then clean) pages from the page cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)  # clean pages: dropped
    finally:
        os.close(fd)
