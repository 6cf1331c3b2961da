"""An Office package's ZIP read within bounds: it comes from outside, so its directory is
checked before any entry is read (entry count, names, declared sizes, compression ratio, all
XML together), and an XML part is read only up to `MAX_XML_PART`. zipfile stops reading an
entry at its declared size and checks its CRC, so a lying entry cannot grow past these.
The work of cleaning what passes is bounded by `office_child` (time, memory). docs/CLEANING.md
"Bounds on the work of cleaning".
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from intake_app.media.result import TOO_LARGE_TO_CLEAN, UNREADABLE_OFFICE_DOCUMENT, NotCleanable

MAX_ENTRIES = 10_000
"""Entries in one package."""
MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
"""Bytes over all entries, as declared."""
MAX_RATIO = 200
"""Uncompressed/compressed per entry beyond which (for entries over RATIO_FLOOR) it is a bomb."""
RATIO_FLOOR = 1024 * 1024
"""Entries up to this many bytes are not held to MAX_RATIO (small XML compresses well)."""
MAX_XML_PART = 24 * 1024 * 1024
"""Largest XML part parsed (about 40 times that in memory while it is rewritten)."""
MAX_XML_TOTAL = 48 * 1024 * 1024
"""Declared bytes of all XML parts of one package parsed at most (review r11i R6): cleaning
costs about a CPU second a MiB; more is TOO_LARGE_TO_CLEAN before any part is read."""
XML_SUFFIXES = (".xml", ".rels", ".vml")
"""Entries read as XML (`office_xml`)."""
_END_RECORD = b"PK\x05\x06"
_END_SEARCH = 22 + 0xFFFF  # the end record and the longest ZIP comment
_ZIP64_LOCATOR = b"PK\x06\x07"
_MAX_DIRECTORY = 16 * 1024 * 1024  # bytes of central directory the forecast reads


def checked_entries(package: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The package's entries once its directory is within the bounds above. Raises
    NotCleanable(UNREADABLE_OFFICE_DOCUMENT) for too many entries, a name twice, a bomb or too
    many bytes over all, NotCleanable(TOO_LARGE_TO_CLEAN) for more XML than MAX_XML_TOTAL or
    one XML part over MAX_XML_PART (`read_xml` refuses it too; told here, from the directory,
    so the forecast says it: review r11k R11K-6)."""
    infos = package.infolist()
    names = [info.filename for info in infos]
    if len(infos) > MAX_ENTRIES or len(set(names)) != len(names):
        raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
    total = xml = largest = 0
    for info in infos:
        total += info.file_size
        bomb = info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * info.compress_size
        if bomb or total > MAX_TOTAL_UNCOMPRESSED:
            raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
        if info.filename.lower().endswith(XML_SUFFIXES):
            xml += info.file_size
            largest = max(largest, info.file_size)
    if xml > MAX_XML_TOTAL or largest > MAX_XML_PART:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)
    return infos


def read_xml(package: zipfile.ZipFile, name: str) -> bytes:
    """The bytes of entry `name`; NotCleanable(TOO_LARGE_TO_CLEAN) when it declares more than
    MAX_XML_PART (KeyError when there is no such entry)."""
    info = package.getinfo(name)
    if info.file_size > MAX_XML_PART:
        raise NotCleanable(TOO_LARGE_TO_CLEAN)
    return package.read(info)


def directory_refusal(source: BinaryIO, size: int) -> str | None:
    """The warning `checked_entries` gives for the package in `source` (a seekable binary file
    of `size` bytes), read from its directory alone: no entry is inflated, so the forecast can
    say "too large to clean" before saving (review r11i L3, R6). None when the directory passes,
    or is not read here (no plain end record, ZIP64, more entries or directory bytes than the
    cleaner takes): cleaning, in its bounded child, then says what it finds. The entry count and
    the directory's size are read from the end record before zipfile lists anything, so a
    directory claiming millions of entries costs nothing in the window's process."""
    start = max(0, size - _END_SEARCH)
    source.seek(start)
    tail = source.read(size - start)
    at = tail.rfind(_END_RECORD)
    if at < 0 or len(tail) < at + 22:
        return None
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    directory = int.from_bytes(tail[at + 12 : at + 16], "little")
    if count > MAX_ENTRIES or directory > _MAX_DIRECTORY or tail[max(0, at - 20) : at].startswith(
            _ZIP64_LOCATOR):
        return None  # ZIP64, or more than the cleaner lists: its bounded child reads it
    source.seek(0)
    try:
        with zipfile.ZipFile(source) as package:  # a file passed in is left open
            checked_entries(package)
    except NotCleanable as refused:
        return refused.warning
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    return None


_CHUNK = 1024 * 1024


def copy_entry(package: zipfile.ZipFile, info: zipfile.ZipInfo, out: zipfile.ZipFile,
               fresh: zipfile.ZipInfo) -> None:
    """Entry `info` of `package` copied as it is into `out` under `fresh` (its neutral name,
    time and permissions), 1 MiB at a time; zipfile stops at the declared size and checks the
    CRC, so a lying entry cannot grow (raises zipfile.BadZipFile for a wrong CRC)."""
    fresh.file_size = info.file_size
    with package.open(info) as source, out.open(fresh, "w", force_zip64=True) as target:
        while chunk := source.read(_CHUNK):
            target.write(chunk)
