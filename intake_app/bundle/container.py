"""The canonical stored ZIP64 container that every bundle part is.

Every header field is fixed (see the package docstring), so the reader can rebuild the exact
bytes it expects from (name, size, CRC-32, offset) and compare: any changed header byte is
found, and entry data is covered by CRC-32 here and by SHA-256 in the signed manifest. Any
ZIP tool can still list and test the file.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from intake_app.bundle.errors import (
    BundleWriteError,
    DamagedBundleError,
    IncompleteBundleError,
    NotABundleError,
)

MAX_ENTRIES = 100_000
MAX_NAME = 64

_LOCAL_SIG = 0x04034B50
_CENTRAL_SIG = 0x02014B50
_ZIP64_END_SIG = 0x06064B50
_ZIP64_LOCATOR_SIG = 0x07064B50
_END_SIG = 0x06054B50

_VERSION = 45  # ZIP 4.5: ZIP64
_MADE_BY = (3 << 8) | _VERSION  # Unix, so external attributes mean a 0600 regular file
_DOS_TIME = 0
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_EXTERNAL_ATTR = 0o100600 << 16
_FULL32 = 0xFFFFFFFF

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_ZIP64_END = struct.Struct("<IQHHIIQQQQ")
_ZIP64_LOCATOR = struct.Struct("<IIQI")
_END = struct.Struct("<IHHHHIIH")
TRAILER_SIZE = _ZIP64_END.size + _ZIP64_LOCATOR.size + _END.size  # 98


@dataclass(frozen=True)
class Entry:
    """One stored entry of the ZIP64 container: name (ASCII), offset of its local header,
    size and CRC-32 of its data (bytes)."""

    name: str
    offset: int  # of the local header
    size: int
    crc32: int

    @property
    def data_offset(self) -> int:
        """Where the entry's data starts in the file (bytes)."""
        return self.offset + local_header_size(self.name)

    @property
    def end(self) -> int:
        """Where the entry's data ends in the file (bytes, exclusive)."""
        return self.data_offset + self.size


def local_header_size(name: str) -> int:
    """Bytes of the local header (with its ZIP64 extra field) for `name`."""
    return _LOCAL.size + len(name.encode("ascii")) + 20


def central_entry_size(name: str) -> int:
    """Bytes of the central directory entry (with its ZIP64 extra field) for `name`."""
    return _CENTRAL.size + len(name.encode("ascii")) + 28


def local_header(name: str, size: int, crc32: int) -> bytes:
    """The local file header of a stored entry (APPNOTE 4.3.7, ZIP64 extra 4.5.3), every
    field fixed but the name, size and CRC-32."""
    raw = name.encode("ascii")
    return (
        _LOCAL.pack(_LOCAL_SIG, _VERSION, 0, 0, _DOS_TIME, _DOS_DATE, crc32,
                    _FULL32, _FULL32, len(raw), 20)
        + raw
        + struct.pack("<HHQQ", 1, 16, size, size)
    )


def central_entry(entry: Entry) -> bytes:
    """The central directory header of `entry` (APPNOTE 4.3.12, ZIP64 extra 4.5.3)."""
    raw = entry.name.encode("ascii")
    return (
        _CENTRAL.pack(_CENTRAL_SIG, _MADE_BY, _VERSION, 0, 0, _DOS_TIME, _DOS_DATE, entry.crc32,
                      _FULL32, _FULL32, len(raw), 28, 0, 0, 0, _EXTERNAL_ATTR, _FULL32)
        + raw
        + struct.pack("<HHQQQ", 1, 24, entry.size, entry.size, entry.offset)
    )


def trailer(count: int, cd_offset: int, cd_size: int) -> bytes:
    """ZIP64 end of central directory record and locator and the classic end record
    (APPNOTE 4.3.14-4.3.16) for `count` entries and a directory at `cd_offset` of `cd_size`."""
    zip64_end_offset = cd_offset + cd_size
    return (
        _ZIP64_END.pack(_ZIP64_END_SIG, 44, _MADE_BY, _VERSION, 0, 0, count, count,
                        cd_size, cd_offset)
        + _ZIP64_LOCATOR.pack(_ZIP64_LOCATOR_SIG, 0, zip64_end_offset, 1)
        + _END.pack(_END_SIG, 0, 0, 0xFFFF, 0xFFFF, _FULL32, _FULL32, 0)
    )


class ContainerWriter:
    """Writes entries one after another into a seekable binary file, then the directory."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._entries: list[Entry] = []
        self._pos = 0

    def add(self, name: str, size: int, chunks: Callable[[], bytes | memoryview]) -> Entry:
        """Stream `size` bytes from `chunks()` (b"" ends) into entry `name`; return the entry.

        The CRC is patched into the local header afterwards, so memory stays flat.
        """
        offset = self._pos
        self._out.write(local_header(name, size, 0))
        crc = 0
        written = 0
        while written < size:
            chunk = chunks()
            if not chunk:
                break
            crc = zlib.crc32(chunk, crc)
            self._out.write(chunk)
            written += len(chunk)
        if written != size:
            # The source ended early (the bundle writer names the item: ItemFileChanged).
            raise BundleWriteError(f"entry {name}: expected {size} bytes, got {written}")
        end = self._out.tell()
        self._out.seek(offset + 14)
        self._out.write(struct.pack("<I", crc))
        self._out.seek(end)
        entry = Entry(name, offset, size, crc)
        self._pos = entry.end
        self._entries.append(entry)
        return entry

    def finish(self, *, with_trailer: bool = True) -> bytes:
        """Write the directory and (unless `with_trailer` is false) the end records.

        Returns the end records (TRAILER_SIZE bytes). Without them the file is structurally
        incomplete: every reader, the courier check included, calls it cut off. The bundle
        writer appends them only after the part has its final name.
        """
        directory = b"".join(central_entry(e) for e in self._entries)
        self._out.write(directory)
        tail = trailer(len(self._entries), self._pos, len(directory))
        if with_trailer:
            self._out.write(tail)
        return tail


def _read_at(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    return f.read(size)


def _starts_like_container(f: BinaryIO) -> bool:
    head = _read_at(f, 0, 4)
    return len(head) == 4 and struct.unpack("<I", head)[0] == _LOCAL_SIG


def read_directory(f: BinaryIO, file_size: int, *, max_entries: int = MAX_ENTRIES) -> list[Entry]:
    """Parse and strictly verify the structure (not the data) of a container.

    Raises NotABundleError, IncompleteBundleError (cut off) or DamagedBundleError.
    """
    if not _starts_like_container(f):
        raise NotABundleError(code="bundle.not_a_bundle_start")
    if file_size < TRAILER_SIZE + _LOCAL.size:
        last = _read_at(f, max(0, file_size - _END.size), _END.size)
        if last[:4] == struct.pack("<I", _END_SIG):
            raise NotABundleError(code="bundle.not_a_bundle_zip")
        raise IncompleteBundleError(code="bundle.incomplete_cut_off")
    tail = _read_at(f, file_size - TRAILER_SIZE, TRAILER_SIZE)
    end = tail[-_END.size :]
    z64 = _ZIP64_END.unpack(tail[: _ZIP64_END.size])
    ours_at_end = end == _END.pack(_END_SIG, 0, 0, 0xFFFF, 0xFFFF, _FULL32, _FULL32, 0)
    if not ours_at_end and z64[0] != _ZIP64_END_SIG:
        if end[:4] == struct.pack("<I", _END_SIG):
            raise NotABundleError(code="bundle.not_a_bundle_zip")
        raise IncompleteBundleError(code="bundle.incomplete_no_end_record")
    count, cd_size, cd_offset = z64[6], z64[8], z64[9]
    if not 0 < count <= max_entries:
        raise DamagedBundleError(code="bundle.damaged_end_count")
    if cd_offset + cd_size + TRAILER_SIZE != file_size:
        raise DamagedBundleError(code="bundle.damaged_end_position")
    if tail != trailer(count, cd_offset, cd_size):
        raise DamagedBundleError(code="bundle.damaged_end_record")
    if cd_size > count * (_CENTRAL.size + 28 + MAX_NAME):
        raise DamagedBundleError(code="bundle.damaged_directory_size")
    entries = _parse_directory(_read_at(f, cd_offset, cd_size), count)
    _verify_layout(f, entries, cd_offset)
    return entries


def _parse_directory(directory: bytes, count: int) -> list[Entry]:
    entries: list[Entry] = []
    pos = 0
    for _ in range(count):
        fixed = directory[pos : pos + _CENTRAL.size]
        if len(fixed) != _CENTRAL.size:
            raise DamagedBundleError(code="bundle.damaged_directory_short")
        fields = _CENTRAL.unpack(fixed)
        name_len = fields[10]
        if fields[0] != _CENTRAL_SIG or not 0 < name_len <= MAX_NAME:
            raise DamagedBundleError(code="bundle.damaged_directory")
        raw_name = directory[pos + _CENTRAL.size : pos + _CENTRAL.size + name_len]
        extra = directory[pos + _CENTRAL.size + name_len : pos + _CENTRAL.size + name_len + 28]
        if len(extra) != 28:
            raise DamagedBundleError(code="bundle.damaged_directory_short")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            raise DamagedBundleError(code="bundle.damaged_directory_name") from None
        _tag, _len, size, _csize, offset = struct.unpack("<HHQQQ", extra)
        entry = Entry(name, offset, size, fields[7])
        expected = central_entry(entry)
        if directory[pos : pos + len(expected)] != expected:
            raise DamagedBundleError(entry=name, code="bundle.damaged_directory_record",
                                     name=name)
        entries.append(entry)
        pos += len(expected)
    if pos != len(directory):
        raise DamagedBundleError(code="bundle.damaged_directory_extra")
    return entries


def _verify_layout(f: BinaryIO, entries: list[Entry], cd_offset: int) -> None:
    """Entries must be contiguous from byte 0 to the directory: no gaps, overlaps or hidden data."""
    seen: set[str] = set()
    pos = 0
    for entry in entries:
        if entry.name in seen:
            raise DamagedBundleError(entry=entry.name, code="bundle.damaged_entry_twice_in_part",
                                     name=entry.name)
        seen.add(entry.name)
        if entry.offset != pos:
            raise DamagedBundleError(entry=entry.name, code="bundle.damaged_entry_misplaced",
                                     name=entry.name)
        expected = local_header(entry.name, entry.size, entry.crc32)
        if _read_at(f, entry.offset, len(expected)) != expected:
            raise DamagedBundleError(entry=entry.name, code="bundle.damaged_entry_header",
                                     name=entry.name)
        pos = entry.end
    if pos != cd_offset:
        raise DamagedBundleError(code="bundle.damaged_before_directory")


def read_range(f: BinaryIO, offset: int, size: int, block: int = 1 << 20):
    """Yield the bytes [offset, offset+size) in blocks; raise if the file ends early."""
    f.seek(offset)
    left = size
    while left:
        chunk = f.read(min(block, left))
        if not chunk:
            raise IncompleteBundleError(code="bundle.incomplete_inside_entry")
        left -= len(chunk)
        yield chunk
