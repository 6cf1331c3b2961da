"""The entry names of a ZIP file read from its central directory, at its end (APPNOTE.TXT 4.3.12,
4.3.16), without inflating anything: for telling an Office or OpenDocument package whose first
bytes do not show it.

openpyxl (and so pandas' `to_excel`) writes `docProps/`, the theme and the sheets first and
`[Content_Types].xml` and `xl/workbook.xml` last, so the first 4 KiB `sniff` reads named neither
and a 4.8 MB export was typed `application/zip`: forecast as cleaned, sealed as `.zip` (review
r11k R11K-6). The central directory names every entry wherever it lies. Bounded: the end record
is looked for in the last 64 KiB and 22 bytes, and a directory of more than `MAX_DIRECTORY`
bytes or `MAX_ENTRIES` entries, or ZIP64, is not read (the caller falls back to the first bytes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ReadAt = Callable[[int, int], bytes]
"""`read_at(offset, size)`: the file's bytes there (fewer at its end)."""

MAX_DIRECTORY = 16 * 1024 * 1024
"""Bytes of central directory read (as `office_zip.directory_refusal`)."""
MAX_ENTRIES = 10_000
"""Entries listed (`office_zip.MAX_ENTRIES`)."""
_END_RECORD = b"PK\x05\x06"
_ENTRY = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_ZIP64_LOCATOR = b"PK\x06\x07"
_END_SEARCH = 22 + 0xFFFF  # the end record and the longest ZIP comment
_STORED = 0


@dataclass(frozen=True)
class Entry:
    """One central directory entry: where its local header is, how it is compressed (0 stored,
    8 deflated), and its sizes as declared."""

    offset: int
    method: int
    compressed: int
    size: int


def entries(read_at: ReadAt, size: int) -> dict[bytes, Entry] | None:
    """The entries of the ZIP file of `size` bytes read by `read_at`, by raw name (bytes, as
    stored), or None when its directory is not read here (no end record, ZIP64, more than
    MAX_DIRECTORY bytes or MAX_ENTRIES entries, an entry that is not where the end record
    says). A name given twice keeps its first entry."""
    start = max(0, size - _END_SEARCH)
    tail = read_at(start, size - start)
    at = tail.rfind(_END_RECORD)
    if at < 0 or len(tail) < at + 22 or tail[max(0, at - 20):at].startswith(_ZIP64_LOCATOR):
        return None
    count = int.from_bytes(tail[at + 10:at + 12], "little")
    length = int.from_bytes(tail[at + 12:at + 16], "little")
    offset = int.from_bytes(tail[at + 16:at + 20], "little")
    if count > MAX_ENTRIES or length > MAX_DIRECTORY or offset + length > start + at:
        return None
    directory = read_at(offset, length)
    found: dict[bytes, Entry] = {}
    pos = 0
    for _ in range(count):
        if directory[pos:pos + 4] != _ENTRY or pos + 46 > len(directory):
            return None
        name_length = int.from_bytes(directory[pos + 28:pos + 30], "little")
        skip = name_length + sum(int.from_bytes(directory[pos + i:pos + i + 2], "little")
                                 for i in (30, 32))
        name = directory[pos + 46:pos + 46 + name_length]
        found.setdefault(name, Entry(
            offset=int.from_bytes(directory[pos + 42:pos + 46], "little"),
            method=int.from_bytes(directory[pos + 10:pos + 12], "little"),
            compressed=int.from_bytes(directory[pos + 20:pos + 24], "little"),
            size=int.from_bytes(directory[pos + 24:pos + 28], "little")))
        pos += 46 + skip
    return found


def stored_content(read_at: ReadAt, entry: Entry, limit: int) -> bytes | None:
    """The bytes of a stored (not compressed) entry of at most `limit` bytes, read after its
    local header; None for another entry or a local header that is not there."""
    if entry.method != _STORED or entry.size > limit or entry.compressed != entry.size:
        return None
    header = read_at(entry.offset, 30)
    if header[:4] != _LOCAL or len(header) < 30:
        return None
    skip = sum(int.from_bytes(header[i:i + 2], "little") for i in (26, 28))
    content = read_at(entry.offset + 30 + skip, entry.size)
    return content if len(content) == entry.size else None
