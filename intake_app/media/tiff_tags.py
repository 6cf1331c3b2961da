"""A TIFF rebuilt from its structural tags and image data, without decoding a pixel.

The fallback when Pillow cannot decode a TIFF faithfully (an unusual compression, 16 bits per
channel in colour, a damaged strip). Each image directory (page) keeps only the tags a reader
needs to lay out the pixels, plus Orientation so the picture stands as it did; the strips or
tiles are copied byte for byte into a fresh file. Everything else is left behind: Artist, Make,
Model, HostComputer, Software, DateTime, DocumentName, ImageDescription, Copyright, the EXIF and
GPS directories, XMP, IPTC, Photoshop and ICC blocks, sub-images (thumbnails) and every private
tag (numbers 32768 and up). Nothing between the tags is copied, so maker notes and hidden bytes
cannot ride along. JPEG inside a TIFF carries its own segments: the shared JPEGTables (tag 347)
and each strip or tile of a JPEG-compressed page (compression 7) go through the JPEG segment
cleaner (`jpeg_segments`, only what a decoder reads stays); a page in the old JPEG scheme
(compression 6), whose pieces cannot be walked as JPEG streams, makes the file NotATiff, so it
is sealed as is with a warning rather than called clean.
"""

from __future__ import annotations

import struct

from intake_app.errors import SeinpostError
from intake_app.media.jpeg_segments import NotAJpeg, strip_jpeg_metadata

# Tags that describe how the pixels are stored (TIFF 6.0 baseline and extensions), and
# Orientation. Nothing here names a person, device, place or path.
STRUCTURE_TAGS = frozenset(
    {
        254, 255, 256, 257, 258, 259, 262, 266, 273, 274, 277, 278, 279, 282, 283, 284, 296,
        317, 318, 319, 320, 322, 323, 324, 325, 338, 339, 340, 341, 347, 529, 530, 531, 532,
    }
)
_OFFSETS_TO_COUNTS = {273: 279, 324: 325}  # strip/tile offsets -> their byte counts
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_LONG, _SHORT = 4, 3
_ICC_PROFILE = 34675
_COMPRESSION, _JPEG_TABLES = 259, 347
_OLD_JPEG, _JPEG = 6, 7
MAX_PAGES = 1024
MAX_ENTRIES = 4096
MAX_BLOCKS = 1_000_000
"""Strips or tiles in one page."""


class NotATiff(SeinpostError):
    """The bytes are not a TIFF this module can rebuild safely; leave them alone."""

    code = "media.not_a_tiff"


def strip_tiff_metadata(data: bytes) -> tuple[bytes, bool]:
    """`data` rebuilt with structural tags and pixel data only (same byte order), and whether
    a colour profile (tag 34675) was left behind.

    Raises NotATiff for BigTIFF, a broken directory chain, or a page without image data.
    """
    if data[:4] == b"II*\x00":
        order = "<"
    elif data[:4] == b"MM\x00*":
        order = ">"
    else:
        raise NotATiff
    pages, profile_dropped = _read_pages(data, order)
    return _write(pages, data, order), profile_dropped


def _read_pages(
    data: bytes, order: str
) -> tuple[list[dict[int, tuple[int, int, bytes]]], bool]:
    pages: list[dict[int, tuple[int, int, bytes]]] = []
    profile_dropped = False
    offset = _u32(data, 4, order)
    seen: set[int] = set()
    while offset and len(pages) < MAX_PAGES:
        if offset in seen or offset + 2 > len(data):
            break  # a loop or a pointer past the end ends the chain (damaged files have both)
        seen.add(offset)
        count = _u16(data, offset, order)
        if count > MAX_ENTRIES or offset + 2 + 12 * count + 4 > len(data):
            raise NotATiff
        tags: dict[int, tuple[int, int, bytes]] = {}
        for index in range(count):
            entry = offset + 2 + 12 * index
            tag, kind, number = struct.unpack_from(order + "HHI", data, entry)
            profile_dropped = profile_dropped or tag == _ICC_PROFILE
            if tag not in STRUCTURE_TAGS or kind not in _TYPE_SIZES:
                continue
            size = _TYPE_SIZES[kind] * number
            if size <= 4:
                raw = data[entry + 8 : entry + 8 + size]
            else:
                start = _u32(data, entry + 8, order)
                if start + size > len(data):
                    raise NotATiff
                raw = data[start : start + size]
            tags[tag] = (kind, number, raw)
        pages.append(_jpeg_tables_cleaned(tags))
        offset = _u32(data, offset + 2 + 12 * count, order)
    if not pages or not any(_blocks(page, order) for page in pages):
        raise NotATiff
    return pages, profile_dropped


def _jpeg_tables_cleaned(
    tags: dict[int, tuple[int, int, bytes]],
) -> dict[int, tuple[int, int, bytes]]:
    """`tags` with JPEGTables (an abbreviated JPEG stream: tables only) cleaned like any JPEG."""
    if _JPEG_TABLES in tags:
        cleaned = _clean_jpeg(tags[_JPEG_TABLES][2])
        tags[_JPEG_TABLES] = (7, len(cleaned), cleaned)  # UNDEFINED, one byte a value
    return tags


def _compression(page: dict[int, tuple[int, int, bytes]], order: str) -> int:
    if _COMPRESSION not in page:
        return 1
    values = _values(page[_COMPRESSION], order)
    return values[0] if values else 1


def _clean_jpeg(piece: bytes) -> bytes:
    try:
        return strip_jpeg_metadata(piece)
    except NotAJpeg as exc:
        raise NotATiff from exc  # a JPEG piece that cannot be walked is not called clean


def _blocks(page: dict[int, tuple[int, int, bytes]], order: str) -> list[tuple[int, int, int]]:
    """(offsets tag, offset, byte count) of every strip or tile of `page`."""
    for offsets_tag, counts_tag in _OFFSETS_TO_COUNTS.items():
        if offsets_tag in page and counts_tag in page:
            offsets, counts = _values(page[offsets_tag], order), _values(page[counts_tag], order)
            if len(offsets) != len(counts) or len(offsets) > MAX_BLOCKS:
                raise NotATiff
            return [(offsets_tag, o, c) for o, c in zip(offsets, counts, strict=True)]
    return []


def _values(entry: tuple[int, int, bytes], order: str) -> list[int]:
    kind, number, raw = entry
    if kind == _SHORT:
        return list(struct.unpack(f"{order}{number}H", raw))
    if kind == _LONG:
        return list(struct.unpack(f"{order}{number}I", raw))
    raise NotATiff


def _write(pages: list[dict[int, tuple[int, int, bytes]]], data: bytes, order: str) -> bytes:
    out = bytearray(b"II*\x00" if order == "<" else b"MM\x00*")
    out += b"\x00\x00\x00\x00"  # first directory offset, patched below
    link = 4  # where the pointer to the next directory goes
    for page in pages:
        blocks = _blocks(page, order)
        tags = dict(page)
        compression = _compression(page, order)
        if compression == _OLD_JPEG:
            raise NotATiff
        if blocks:
            new_offsets, new_counts = [], []
            for _, start, length in blocks:
                piece = data[start : start + length]  # a cut-off file keeps what is there
                if compression == _JPEG:
                    piece = _clean_jpeg(piece)
                _pad(out)
                new_offsets.append(len(out))
                new_counts.append(len(piece))
                out += piece
            offsets_tag = blocks[0][0]
            number = len(blocks)
            tags[offsets_tag] = (_LONG, number, struct.pack(f"{order}{number}I", *new_offsets))
            tags[_OFFSETS_TO_COUNTS[offsets_tag]] = (
                _LONG, number, struct.pack(f"{order}{number}I", *new_counts)
            )
        link = _write_directory(out, tags, order, link)
    return bytes(out)


def _write_directory(
    out: bytearray, tags: dict[int, tuple[int, int, bytes]], order: str, link: int
) -> int:
    """Append one directory (values first, then entries); return where its next-link is."""
    entries = []
    for tag in sorted(tags):
        kind, number, raw = tags[tag]
        if len(raw) > 4:
            _pad(out)
            value = struct.pack(order + "I", len(out))
            out += raw
        else:
            value = raw.ljust(4, b"\x00")
        entries.append(struct.pack(order + "HHI", tag, kind, number) + value)
    _pad(out)
    struct.pack_into(order + "I", out, link, len(out))
    out += struct.pack(order + "H", len(entries)) + b"".join(entries)
    next_link = len(out)
    out += b"\x00\x00\x00\x00"
    return next_link


def _pad(out: bytearray) -> None:
    if len(out) % 2:
        out += b"\x00"  # TIFF offsets are word aligned


def _u16(data: bytes, pos: int, order: str) -> int:
    if pos + 2 > len(data):
        raise NotATiff
    return int(struct.unpack_from(order + "H", data, pos)[0])


def _u32(data: bytes, pos: int, order: str) -> int:
    if pos + 4 > len(data):
        raise NotATiff
    return int(struct.unpack_from(order + "I", data, pos)[0])
