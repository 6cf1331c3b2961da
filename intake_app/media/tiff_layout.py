"""Whether a TIFF's first image is the picture, told from its first directory alone.

Raw and DNG files (and TIFFs laid out like them) start with a small reduced-resolution preview
(NewSubfileType, tag 254, bit 0) and keep the picture itself in a sub-directory (SubIFDs, tag
330). Pillow decodes the first directory only, and the container cleaner drops sub-images, so
either would seal the preview as if it were the picture (review r11e I5). Such a file is not
cleaned and the liaison is told before and after (`image_has_sub_images`).
"""

from __future__ import annotations

import struct
from collections.abc import Callable

_NEW_SUBFILE_TYPE, _SUB_IFDS = 254, 330
_REDUCED_RESOLUTION = 1


def has_sub_images(data: bytes) -> bool | None:
    """True if the first directory is a preview or points to sub-images; None if `data` (the
    file or its first bytes) is not a classic TIFF or does not hold the whole first directory.
    """
    return has_sub_images_at(lambda at, size: data[at:at + size])


def has_sub_images_at(read_at: Callable[[int, int], bytes]) -> bool | None:
    """`has_sub_images` of a file read a piece at a time: `read_at(offset, size)` returns the
    file's bytes there (fewer at its end). The forecast reads a first directory written after
    the picture data this way (as libtiff writes it, review r11h F1), at most 786 KB."""
    header = read_at(0, 8)
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(header[:4])
    if order is None or len(header) < 8:
        return None
    offset = struct.unpack_from(order + "I", header, 4)[0]
    head = read_at(offset, 2)
    if len(head) < 2:
        return None
    count = struct.unpack_from(order + "H", head)[0]
    entries = read_at(offset + 2, 12 * count)
    if len(entries) < 12 * count:
        return None
    for index in range(count):
        tag, kind, _number, value = struct.unpack_from(order + "HHII", entries, 12 * index)
        if tag == _SUB_IFDS:
            return True
        if tag == _NEW_SUBFILE_TYPE:
            flags = value if kind == 4 else value & 0xFFFF if order == "<" else value >> 16
            if flags & _REDUCED_RESOLUTION:
                return True
    return False


MAX_DIRECTORIES = 2_000
"""Directories (pages) in the main chain that Pillow may walk (`images.MAX_FRAMES`): Pillow
counts them in quadratic time (review r11k R11K-1: 40,000 took 10 s of CPU, 200,000 over 300 s).
The container cleaner keeps every page up to as many (`tiff_tags.MAX_PAGES`) and refuses a file
with more (`more_pages_than_cleaned`)."""
MAX_ENTRIES = 100_000
"""Directory entries over all those directories (a 2,000-page scan has about 40,000)."""
MAX_VALUES = 1_000_000
"""Numbers held by those entries (SHORT, LONG, RATIONAL and the like), which Pillow turns into
Python objects of about 40 bytes each when it opens the file, before a pixel is decoded."""
_NUMBER_KINDS = frozenset({3, 4, 5, 6, 8, 9, 10, 11, 12, 13})
"""TIFF 6.0 section 2 types that Pillow reads as numbers (SHORT, LONG, RATIONAL, ...)."""
_WIDTH, _LENGTH, _SAMPLES, _ROWS_PER_STRIP, _PLANAR = 256, 257, 277, 278, 284
_STRIP_OFFSETS, _TILE_WIDTH, _TILE_LENGTH, _TILE_OFFSETS = 273, 322, 323, 324


def more_pages_than_cleaned(read_at: Callable[[int, int], bytes]) -> bool:
    """Whether the classic TIFF read by `read_at(offset, size)` (the file's bytes there, fewer
    at its end) chains more than MAX_DIRECTORIES directories, walked as the container cleaner
    walks them (`tiff_tags._read_pages`): a directory seen before or one past the file's end
    ends the chain. The cleaner refuses such a file whole (TOO_LARGE_TO_CLEAN) rather than drop
    its later pages without a word, and the forecast says so before saving. Reads at most
    MAX_DIRECTORIES + 1 directories, six bytes each; False for anything that is not a TIFF."""
    header = read_at(0, 8)
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(header[:4])
    if order is None or len(header) < 8:
        return False
    offset = struct.unpack_from(order + "I", header, 4)[0]
    seen: set[int] = set()
    while offset and offset not in seen:
        head = read_at(offset, 2)
        if len(head) < 2:
            return False  # past the end: the chain ends here
        if len(seen) == MAX_DIRECTORIES:
            return True
        seen.add(offset)
        link = read_at(offset + 2 + 12 * struct.unpack_from(order + "H", head)[0], 4)
        if len(link) < 4:
            return False  # a directory cut off: the cleaner refuses it for that
        offset = struct.unpack_from(order + "I", link)[0]
    return False


def within_pillow_bounds(data: bytes) -> bool:
    """Whether Pillow may open the TIFF `data` within bounded time and memory, told by walking
    its directory chain without Pillow (review r11k R11K-1, R11K-2): at most MAX_DIRECTORIES
    directories (a loop counts as too many), MAX_ENTRIES entries and MAX_VALUES numbers in all,
    and no page with more strips or tiles than its size needs (Pillow builds an object for
    each offset; a 1x2-pixel page with two million strips cost 540 MB). A file this walk cannot
    read (not classic TIFF, a directory past its end) is left to Pillow, which refuses it."""
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(data[:4])
    if order is None or len(data) < 8:
        return True
    offset = struct.unpack_from(order + "I", data, 4)[0]
    seen: set[int] = set()
    entries = values = 0
    while offset and offset + 2 <= len(data):
        if offset in seen or len(seen) >= MAX_DIRECTORIES:
            return False  # a loop, or more pages than are cleaned
        seen.add(offset)
        count = struct.unpack_from(order + "H", data, offset)[0]
        end = offset + 2 + 12 * count
        if end + 4 > len(data):
            return True  # Pillow refuses a directory cut off
        entries += count
        fields: dict[int, tuple[int, int]] = {}
        for index, (tag, kind, number) in enumerate(
                struct.iter_unpack(order + "HHI4x", data[offset + 2:end])):
            values += number if kind in _NUMBER_KINDS else 0
            fields[tag] = (number, _first(data, offset + 10 + 12 * index, kind, number, order))
        if entries > MAX_ENTRIES or values > MAX_VALUES or not _blocks_fit(fields):
            return False
        offset = struct.unpack_from(order + "I", data, end)[0]
    return True


def _first(data: bytes, at: int, kind: int, number: int, order: str) -> int:
    """The first value of a SHORT or LONG entry whose value field is at `at` (0 otherwise)."""
    size = {3: 2, 4: 4}.get(kind)
    if size is None or number < 1:
        return 0
    if size * number > 4:
        at = struct.unpack_from(order + "I", data, at)[0]
        if at + size > len(data):
            return 0
    return int(struct.unpack_from(order + ("H" if size == 2 else "I"), data, at)[0])


def _blocks_fit(fields: dict[int, tuple[int, int]]) -> bool:
    """Whether a page has no more strip or tile offsets than its declared size needs."""
    width, length = fields.get(_WIDTH, (0, 0))[1], fields.get(_LENGTH, (0, 0))[1]
    planes = fields.get(_SAMPLES, (1, 1))[1] if fields.get(_PLANAR, (1, 1))[1] == 2 else 1
    if _TILE_OFFSETS in fields:
        across = -(-width // max(1, fields.get(_TILE_WIDTH, (0, 1))[1]))
        down = -(-length // max(1, fields.get(_TILE_LENGTH, (0, 1))[1]))
        return fields[_TILE_OFFSETS][0] <= max(1, across * down * max(1, planes))
    if _STRIP_OFFSETS in fields:
        rows = fields.get(_ROWS_PER_STRIP, (1, 2**32 - 1))[1] or 1
        return fields[_STRIP_OFFSETS][0] <= max(1, -(-length // rows) * max(1, planes))
    return True
