"""The buffers of reads and writes past the page cache (fs/disk_buffers.py): page-aligned, each
its own, and in one mapping that starts on a 2 MiB boundary and is marked for transparent huge
pages, so a 2 MiB read or write reaches the disk as one request instead of three or four
(the reader's and the writer's buffers both come from there)."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from intake_app.fs.direct_read import DirectReader
from intake_app.fs.direct_write import LEND, STRETCH, DirectWriter
from intake_app.fs.disk_buffers import HUGE, PAGE, DiskBuffers

SMAPS = Path("/proc/self/smaps")


def address(view: memoryview) -> int:
    probe = ctypes.c_char.from_buffer(view)
    try:
        return ctypes.addressof(probe)
    finally:
        del probe


def vm_flags(at: int) -> list[str]:
    """The VmFlags of the mapping of this process that holds address `at`."""
    inside = False
    for line in SMAPS.read_text().splitlines():
        head = line.split()[0]
        if "-" in head and not head.endswith(":"):
            low, high = (int(x, 16) for x in head.split("-"))
            inside = low <= at < high
        elif inside and head == "VmFlags:":
            return line.split()[1:]
    raise AssertionError(f"no mapping holds {at:#x}")


def test_each_buffer_is_page_aligned_sized_and_its_own() -> None:
    pool = DiskBuffers(3, STRETCH + 5)
    try:
        assert [len(b) for b in pool.buffers] == [STRETCH + 5] * 3
        assert all(address(b) % PAGE == 0 for b in pool.buffers)
        assert all(not any(b) for b in pool.buffers)  # zeros to start with
        pool.buffers[1][:] = b"\xff" * len(pool.buffers[1])
        assert not any(pool.buffers[0]) and not any(pool.buffers[2])
    finally:
        pool.close()
    pool.close()  # safe to repeat


def test_the_buffers_start_on_a_huge_page_boundary_in_a_mapping_marked_for_huge_pages() -> None:
    pool = DiskBuffers(3, STRETCH + LEND)
    try:
        first = address(pool.buffers[0])
        assert first % HUGE == 0
        assert "hg" in vm_flags(first)  # MADV_HUGEPAGE
        assert "sh" not in vm_flags(first)  # private: a child process never shares it
    finally:
        pool.close()


def test_a_writers_lent_buffer_is_on_huge_pages(tmp_path: Path) -> None:
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT, 0o600)
    writer = DirectWriter(fd)
    try:
        lent = writer.acquire()
        assert "hg" in vm_flags(address(lent))
        assert address(lent) % HUGE == 0
    finally:
        writer.abort()
        os.close(fd)


def test_a_readers_buffers_are_on_huge_pages(tmp_path: Path) -> None:
    (tmp_path / "in").write_bytes(b"x" * 10_000)
    with DirectReader(os.open(tmp_path / "in", os.O_RDONLY), direct=True) as reader:
        buffers = reader._buffers  # what the disk reads into
        assert all("hg" in vm_flags(address(b)) for b in buffers)
        assert reader.read(20_000) == b"x" * 10_000


def test_a_view_still_held_after_close_keeps_its_bytes() -> None:
    pool = DiskBuffers(2, PAGE)
    kept = pool.buffers[1][:10]
    kept[:] = b"0123456789"
    pool.close()
    assert bytes(kept) == b"0123456789"
    kept.release()


def test_a_small_file_read_through_the_page_cache_takes_no_huge_page(tmp_path: Path) -> None:
    (tmp_path / "in").write_bytes(b"x" * 10_000)
    with DirectReader(os.open(tmp_path / "in", os.O_RDONLY)) as reader:  # small: cached
        assert reader.read(20_000) == b"x" * 10_000
        assert not any("hg" in vm_flags(address(b)) for b in reader._buffers)
