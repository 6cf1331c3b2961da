"""Large files written once past the page cache (fs/direct_write.py): the vault blob of a big
attachment and the sealed item that holds it. The file must be exactly the bytes given, at every
stretch and block edge, from any starting offset; past LARGE bytes none of it may stay in the
page cache; where the file system refuses O_DIRECT the same bytes go through the cache; a full
disk is the caller's OSError."""

from __future__ import annotations

import errno
import hashlib
import io
import mmap
import os
import secrets
from pathlib import Path

import pytest
from page_cache import cached_pages
from small_disk import ramfs, small_tmpfs

from intake_app.fs.direct_read import LARGE
from intake_app.fs.direct_write import ALIGN, LEND, STRETCH, DirectWriter
from intake_app.services.hashing_writer import HashingWriter
from intake_app.store import blobs

KEY = bytes(range(32))
AD = blobs.associated_data("d" * 32, "a" * 32)
PIECES = (1000, 65_552, 524_416, 3 * STRETCH + 5)  # odd sizes: parts straddle the stretches


def write_in_pieces(path: Path, head: bytes, data: bytes, piece: int,
                    direct_from: int | None) -> tuple[int, str]:
    """`head` written plainly, then `data` through a DirectWriter in `piece`-sized parts, every
    other one copied (`write`) or filled in a borrowed buffer (`acquire`/`submit`); returns the
    writer's end offset and the SHA-256 of what its observer saw."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, head)
        writer = DirectWriter(fd, direct_from=direct_from, observe=digest.update)
        for number, start in enumerate(range(0, len(data), piece)):
            part = data[start : start + piece]
            if number % 2 and len(part) <= LEND:
                lent = writer.acquire()
                lent[: len(part)] = part
                writer.submit(lent[: len(part)])
            else:
                writer.write(part)
        return writer.finish(), digest.hexdigest()
    finally:
        os.close(fd)


@pytest.mark.parametrize("size", [0, 1, ALIGN - 1, ALIGN, ALIGN + 1, STRETCH - 1, STRETCH,
                                  STRETCH + 1, 3 * STRETCH + ALIGN + 7])
@pytest.mark.parametrize("head", [0, 40, ALIGN])
def test_every_byte_lands_in_order_after_what_the_file_held_and_is_observed_in_order(
        disk_folder: Path, size: int, head: int) -> None:
    data = secrets.token_bytes(size)
    before = b"h" * head
    path = disk_folder / "file.bin"
    for piece in (1, *PIECES) if size <= 2 * ALIGN else PIECES:
        # All past the cache, past it from the second stretch on, and all through it.
        for direct_from in (0, STRETCH, None):
            end, observed = write_in_pieces(path, before, data, piece, direct_from)
            assert end == head + size
            assert path.read_bytes() == before + data
            assert observed == hashlib.sha256(data).hexdigest()


def test_a_large_blob_is_written_past_the_page_cache(disk_folder: Path) -> None:
    data = secrets.token_bytes(LARGE + 3 * STRETCH + 12_345)
    target = disk_folder / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    pages = -(-target.stat().st_size // mmap.PAGESIZE)
    # Only the head (the first LARGE bytes, through the cache as for a small file) and the
    # last partial page may be cached; a buffered write leaves every page there. The pages
    # just past LARGE were the last written through the cache if the seam came late, so they
    # are still there (a CI run found 8,195 cached where the head and tail are 8,193).
    assert cached_pages(target, LARGE) <= 1 < pages - LARGE // mmap.PAGESIZE
    with blobs.BlobReader(target, KEY, AD) as reader:
        assert reader.read() == data


def test_a_small_blob_is_written_through_the_page_cache(disk_folder: Path) -> None:
    # Read again soon (sealed, or opened to look at): cheaper from the cache than from disk.
    data = secrets.token_bytes(LARGE - blobs.HEADER - 1_000_000)
    target = disk_folder / "x.blob"
    blobs.write_blob(target, KEY, AD, io.BytesIO(data))
    assert cached_pages(target) == -(-target.stat().st_size // mmap.PAGESIZE)


def test_a_large_sealed_file_is_hashed_and_written_past_the_page_cache(
        disk_folder: Path) -> None:
    data = secrets.token_bytes(LARGE + 2 * STRETCH + 999)
    target = disk_folder / "item.age"
    with open(target, "wb") as out:
        sink = HashingWriter(out)
        try:
            for start in range(0, len(data), 100_000):
                sink.write(data[start : start + 100_000])
            digest = sink.finish()
        finally:
            sink.abort()
    # Looked at before anything reads the file (a read would cache it).
    assert cached_pages(target, LARGE) <= 1
    assert target.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest()
    assert sink.size == len(data)


def test_where_the_file_system_refuses_direct_writes_the_same_bytes_go_through_the_cache(
        tmp_path: Path) -> None:
    with ramfs(tmp_path / "ram") as folder:
        with pytest.raises(OSError):  # ramfs has no direct I/O: the fallback is what is tested
            os.close(os.open(folder / "probe", os.O_WRONLY | os.O_CREAT | os.O_DIRECT))
        data = secrets.token_bytes(2 * STRETCH + 4097)
        path = folder / "file.bin"
        assert write_in_pieces(path, b"h" * 40, data, 65_552, 0)[0] == 40 + len(data)
        assert path.read_bytes() == b"h" * 40 + data
        target = folder / "x.blob"
        big = secrets.token_bytes(LARGE + STRETCH + 3)
        blobs.write_blob(target, KEY, AD, io.BytesIO(big))
        with blobs.BlobReader(target, KEY, AD) as reader:
            assert reader.read() == big


def test_a_full_disk_while_writing_past_the_cache_is_the_callers_oserror(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", "4m") as folder:
        fd = os.open(folder / "file.bin", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            writer = DirectWriter(fd, direct_from=0)
            with pytest.raises(OSError) as full:
                for _ in range(8):
                    writer.write(bytes(STRETCH))
                writer.finish()
            writer.abort()
        finally:
            os.close(fd)
        assert full.value.errno == errno.ENOSPC
