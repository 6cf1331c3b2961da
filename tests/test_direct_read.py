"""Large files read once past the page cache (fs/direct_read.py): the vault blob being sealed and
an attachment over the cleaning limit. The bytes must be exactly the file's, from any offset, at
every stretch edge; the page cache must stay empty of them; outside files stay bounded."""

from __future__ import annotations

import io
import mmap
import os
import secrets
import threading
import time
from pathlib import Path

import pytest
from page_cache import cached_pages, uncached
from small_disk import ramfs

from intake_app.fs import outside
from intake_app.fs.direct_read import LARGE, STRETCH, DirectReader
from intake_app.store import blobs

KEY = bytes(range(32))
AD = blobs.associated_data("d" * 32, "a" * 32)


def mostly_cached(path: Path, cached: int) -> bool:
    """Whether a read through the page cache left `cached` pages of `path` there: nine in ten of
    its pages. Not all: the kernel may reclaim a few at once (CI saw 7,926 of 7,950 under DAMON
    reclaim); a read past the cache leaves none."""
    return cached >= 0.9 * -(-path.stat().st_size // mmap.PAGESIZE)


def read_all(reader: io.RawIOBase, piece: int) -> bytes:
    parts = []
    buffer = bytearray(piece)
    while count := reader.readinto(buffer):
        parts.append(bytes(buffer[:count]))
    return b"".join(parts)


@pytest.mark.parametrize("size", [0, 1, 4095, STRETCH - 1, STRETCH, STRETCH + 1,
                                  2 * STRETCH + 4097])
@pytest.mark.parametrize("offset", [0, 40, 4096, STRETCH + 5])
def test_every_byte_from_the_offset_on_comes_back_in_order(tmp_path: Path, size: int,
                                                          offset: int) -> None:
    data = secrets.token_bytes(size)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    # Odd piece sizes, so copies straddle the reader's stretches.
    for piece in (1000, 65_537, 3 * STRETCH):
        for direct in (True, False):  # past the page cache, and through it
            with DirectReader(os.open(path, os.O_RDONLY), offset=offset,
                              direct=direct) as reader:
                assert read_all(reader, piece) == data[offset:]


@pytest.mark.parametrize("size", [LARGE, LARGE + 3 * STRETCH + 12_345])
def test_a_large_sealed_blob_is_read_past_the_page_cache(disk_folder: Path, size: int) -> None:
    data = secrets.token_bytes(size)
    target = disk_folder / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    uncached(target)
    assert cached_pages(target) == 0
    with blobs.BlobReader(target, KEY, AD) as reader:
        assert reader.read() == data
    # A buffered read would leave all of the blob there, to be dropped at its removal.
    left = cached_pages(target)
    # ... and the count can be high: a buffered read caches every page.
    target.read_bytes()
    every = cached_pages(target)
    assert mostly_cached(target, every)
    assert left == 0, (left, every)


def test_a_small_blob_is_read_through_the_page_cache(disk_folder: Path) -> None:
    # Just written, it is still there: cheaper than a trip to the disk.
    data = secrets.token_bytes(LARGE - blobs.HEADER - 1_000_000)
    target = disk_folder / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    uncached(target)
    with blobs.BlobReader(target, KEY, AD) as reader:
        assert reader.read() == data
    assert mostly_cached(target, cached_pages(target))


def test_an_outside_file_read_once_is_the_whole_file_from_its_first_byte(tmp_path: Path) -> None:
    data = secrets.token_bytes(LARGE + 7)
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    with outside.open_outside(path, outside.ATTACHMENT) as handle:
        handle.read(100)  # the sniffing of its head
        with outside.read_once(handle, outside.ATTACHMENT) as whole:
            assert read_all(whole, 1 << 19) == data


def test_an_outside_file_that_grows_past_its_bound_while_read_once_is_refused(
        tmp_path: Path) -> None:
    kind = outside.Kind("test file", 3 * STRETCH)
    path = tmp_path / "growing.bin"
    path.write_bytes(bytes(3 * STRETCH))  # at its bound when opened
    with outside.open_outside(path, kind) as handle, outside.read_once(handle, kind) as whole:
        with path.open("ab") as more:
            more.write(b"\x01" * 10)  # grows while it is being read
        with pytest.raises(outside.OutsideFileError) as refused:
            read_all(whole, 1 << 16)
        assert refused.value.code == "outside.too_large"
        with pytest.raises(outside.OutsideFileError):  # and stays refused
            whole.readinto(bytearray(10))


def test_where_the_file_system_refuses_direct_reads_a_large_blob_reads_through_the_cache(
        tmp_path: Path) -> None:
    with ramfs(tmp_path / "ram") as folder:
        probe = folder / "probe"
        probe.write_bytes(b"x")
        with pytest.raises(OSError):  # ramfs has no direct I/O: the fallback is what is tested
            os.close(os.open(probe, os.O_RDONLY | os.O_DIRECT))
        data = secrets.token_bytes(LARGE + STRETCH + 99)
        target = folder / "x.blob"
        blobs.write_blob(target, KEY, AD, io.BytesIO(data))
        with blobs.BlobReader(target, KEY, AD) as reader:
            assert reader.read() == data


def test_past_the_page_cache_several_reads_are_in_flight_at_once(
        disk_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One read at a time leaves the disk idle between them; LANES workers keep LANES requests
    # at the disk. Each read is held a moment here so that overlapping ones are seen.
    from intake_app.fs import direct_read

    data = secrets.token_bytes(6 * STRETCH + 99)
    path = disk_folder / "file.bin"
    path.write_bytes(data)
    uncached(path)
    inside, most = [0], [0]
    lock = threading.Lock()
    real = os.preadv

    def held_preadv(fd: int, buffers: list, offset: int) -> int:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        try:
            time.sleep(0.05)
            return real(fd, buffers, offset)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(direct_read.os, "preadv", held_preadv)
    with DirectReader(os.open(path, os.O_RDONLY), direct=True) as reader:
        assert read_all(reader, 65_536) == data
    assert direct_read.LANES >= 2
    assert most[0] == direct_read.LANES
