"""A TIFF rebuilt from its structural tags and image data, without decoding a pixel.

The fallback when Pillow cannot decode a TIFF faithfully (an unusual compression, 16 bits per
channel in colour, a damaged strip). Each image directory (page) keeps only the tags a reader
needs to lay out the pixels, plus Orientation so the picture stands as it did, each with the
type and count TIFF 6.0 gives it (`tiff_tag_types`: a longer tag or one of another type could
carry text); the strips or
tiles are copied into a fresh file, each cut to what a decoder uses (`tiff_data`: uncompressed,
Deflate, PackBits, LZW, LZMA; a JPEG 2000 codestream without its comments, `jpeg2000`; in
another compression it is kept whole, with IMAGE_DATA_NOT_TRIMMED).
Everything else is left behind: Artist, Make, Model, HostComputer, Software, DateTime,
DocumentName, ImageDescription, Copyright, the EXIF and GPS directories, XMP, IPTC, Photoshop
and ICC blocks, sub-images (thumbnails) and every private tag (numbers 32768 and up). Nothing
between the tags is copied, so maker notes and hidden bytes cannot ride along. JPEG inside a
TIFF carries its own segments: the shared JPEGTables (tag 347) and each strip or tile of a JPEG-
compressed page (compression 7) go through the JPEG segment cleaner (`jpeg_segments`, only what
a decoder reads stays), and each strip's picture data is written anew by jpegtran (`jpeg_scan`:
nothing after a scan stays); a page in the old JPEG scheme (compression 6), whose pieces cannot
be walked as JPEG streams, makes the file NotATiff, so it is sealed as is with a warning rather
than called clean.
"""

from __future__ import annotations

import struct

from intake_app.errors import SeinpostError
from intake_app.media.jpeg2000 import COMPRESSIONS as JPEG2000
from intake_app.media.jpeg2000 import clean_codestream
from intake_app.media.jpeg_scan import ScanNotRebuilt, rebuild_scans
from intake_app.media.jpeg_segments import NotAJpeg, strip_jpeg_metadata
from intake_app.media.result import (
    COLOUR_PROFILE_DROPPED,
    IMAGE_DATA_NOT_TRIMMED,
    JPEG_DATA_NOT_REBUILT,
)
from intake_app.media.tiff_data import TRIMMED, NotTrimmed, block_sizes, trimmed
from intake_app.media.tiff_layout import MAX_DIRECTORIES
from intake_app.media.tiff_palette import is_palette, zero_unused_colours
from intake_app.media.tiff_tag_types import as_specified

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
_WIDTH, _HEIGHT, _BITS, _PHOTOMETRIC, _SAMPLES, _ROWS, _PLANAR = 256, 257, 258, 262, 277, 278, 284
_TILE_WIDTH, _TILE_HEIGHT, _TILE_OFFSETS = 322, 323, 324
_YCBCR = 6
MAX_PAGES = MAX_DIRECTORIES
"""Pages kept, every one: a file chaining more is refused whole (NotATiff; the forecast tells
it by `tiff_layout.more_pages_than_cleaned`). Before, pages past 1,024 were dropped unsaid."""
MAX_ENTRIES = 4096
MAX_BLOCKS = 1_000_000
"""Strips or tiles in one page."""
MAX_VALUE_BYTES = 4 * MAX_BLOCKS
"""Bytes of one structural tag's value (a page's LONG strip offsets at most): more is NotATiff
before it is copied."""
SLACK_BYTES = 16 * 1024 * 1024


def max_output(size: int) -> int:
    """Bytes the rebuilt file of a `size`-byte TIFF may take, and its kept tag values over all
    pages: twice the file and SLACK_BYTES (new offsets, a shared value written once per page, a
    JPEG strip written anew). Strips of a real file do not overlap, so a file over it repeats
    its own bytes (many strips, or pages, pointing at one region: a 5 MB file of 40 such strips
    came out at 200 MB, 450 MB of memory, before task q11b) and is NotATiff."""
    return 2 * size + SLACK_BYTES

MAX_JPEG_REBUILDS = 512
"""JPEG strips or tiles written anew by jpegtran in one file, a child process each (a scanner's
page has tens); the rest keep their scans as the segment cleaner left them, warned."""


class NotATiff(SeinpostError):
    """The bytes are not a TIFF this module can rebuild safely; leave them alone."""

    code = "media.not_a_tiff"


def strip_tiff_metadata(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """`data` rebuilt with structural tags and pixel data only (same byte order), and its
    warnings: COLOUR_PROFILE_DROPPED when a profile (tag 34675) was left behind,
    IMAGE_DATA_NOT_TRIMMED when a strip or tile could not be cut to what a decoder uses
    (`tiff_data`) and was kept whole, JPEG_DATA_NOT_REBUILT when a JPEG strip's picture data
    could not be written anew (bytes after its scan may stay).

    Raises NotATiff for BigTIFF, a broken directory chain, more than MAX_PAGES pages, or a page
    without image data.
    """
    if data[:4] == b"II*\x00":
        order = "<"
    elif data[:4] == b"MM\x00*":
        order = ">"
    else:
        raise NotATiff
    pages, profile_dropped = _read_pages(data, order)
    rebuilt, whole, not_rebuilt = _write(pages, data, order)
    warnings = ((COLOUR_PROFILE_DROPPED,) if profile_dropped else ()) + (
        (IMAGE_DATA_NOT_TRIMMED,) if whole else ()) + (
        (JPEG_DATA_NOT_REBUILT,) if not_rebuilt else ())
    return rebuilt, warnings


def _read_pages(
    data: bytes, order: str
) -> tuple[list[dict[int, tuple[int, int, bytes]]], bool]:
    pages: list[dict[int, tuple[int, int, bytes]]] = []
    profile_dropped = False
    kept = 0  # value bytes over all pages, within max_output
    offset = _u32(data, 4, order)
    seen: set[int] = set()
    while offset:
        if offset in seen or offset + 2 > len(data):
            break  # a loop or a pointer past the end ends the chain (damaged files have both)
        if len(pages) == MAX_PAGES:
            raise NotATiff  # more pages than are kept: refused whole, never cut unsaid
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
            if size > MAX_VALUE_BYTES:
                raise NotATiff
            if size <= 4:
                raw = data[entry + 8 : entry + 8 + size]
            else:
                start = _u32(data, entry + 8, order)
                if start + size > len(data):
                    raise NotATiff
                raw = data[start : start + size]
            tags[tag] = (kind, number, raw)
        pages.append(_jpeg_tables_cleaned(as_specified(tags, order)))  # r11h T1
        kept += sum(len(raw) for _, _, raw in pages[-1].values())
        if kept > max_output(len(data)):
            raise NotATiff  # pages sharing one large value: the file repeats its own bytes
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


def _write(
    pages: list[dict[int, tuple[int, int, bytes]]], data: bytes, order: str
) -> tuple[bytes, bool]:
    """The new file, whether a strip or tile was kept whole (a compression `tiff_data` cannot
    cut), and whether a JPEG strip's picture data could not be written anew."""
    whole = not_rebuilt = False
    rebuilds = 0
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
            sizes = _block_sizes(page, order, len(blocks), blocks[0][0] == _TILE_OFFSETS)
            for (_, start, length), needed in zip(blocks, sizes, strict=True):
                piece = data[start : start + length]  # a cut-off file keeps what is there
                if compression == _JPEG:
                    piece, rebuilt = _rebuilt_jpeg(_clean_jpeg(piece), page, rebuilds)
                    rebuilds += 1
                    not_rebuilt = not_rebuilt or not rebuilt
                elif compression in JPEG2000:
                    try:
                        piece = clean_codestream(piece)
                    except NotTrimmed:
                        whole = True  # a codestream Seinpost cannot walk: kept, and said
                elif needed is None or compression not in TRIMMED:
                    whole = True
                else:
                    try:
                        piece = trimmed(piece, compression, needed)
                    except NotTrimmed:
                        whole = True  # too large to walk within bounds: kept, and said
                if len(out) + len(piece) > max_output(len(data)):
                    raise NotATiff  # strips that overlap: the file would repeat its own bytes
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
            if is_palette(page, order) and not zero_unused_colours(tags, order, compression, [
                    (data[start:start + length], needed)  # unused map entries: 0 (R11M-21)
                    for (_, start, length), needed in zip(blocks, sizes, strict=True)]):
                whole = True  # indices unread: the map stays, and it is said
        link = _write_directory(out, tags, order, link)
    return bytes(out), whole, not_rebuilt


def _rebuilt_jpeg(
    piece: bytes, page: dict[int, tuple[int, int, bytes]], done: int
) -> tuple[bytes, bool]:
    """A JPEG strip or tile (segments cleaned) written anew by jpegtran from its coefficients, so
    nothing stays after its scan (`jpeg_scan`), and whether that was done. A strip that holds
    only a scan takes its tables from the page's (cleaned) JPEGTables first: what comes back is
    a whole JPEG, which TIFF readers accept in a strip. At most MAX_JPEG_REBUILDS a file."""
    tables = page[_JPEG_TABLES][2] if _JPEG_TABLES in page else b""
    whole = tables[:-2] + piece[2:] if tables.endswith(b"\xff\xd9") else piece
    if done >= MAX_JPEG_REBUILDS:
        return piece, False
    try:
        return rebuild_scans(whole), True
    except ScanNotRebuilt:
        return piece, False


def _block_sizes(
    page: dict[int, tuple[int, int, bytes]], order: str, count: int, tiled: bool
) -> list[int | None]:
    """Bytes a decoder uses from each strip or tile; None where Seinpost cannot tell
    (subsampled YCbCr, a missing size)."""
    def first(tag: int, default: int) -> int:
        values = _values(page[tag], order) if tag in page else []
        return values[0] if values else default

    bits = _values(page[_BITS], order) if _BITS in page else [1]
    samples = first(_SAMPLES, 1)
    if first(_PHOTOMETRIC, 0) == _YCBCR or not bits or _WIDTH not in page:
        return [None] * count
    pixel_bits = bits[0] if first(_PLANAR, 1) == 2 else (
        sum(bits) if len(bits) == samples else bits[0] * samples)
    geometry = {"width": first(_WIDTH, 0), "height": first(_HEIGHT, 0),
                "rows": first(_ROWS, 2**32 - 1), "tile_width": first(_TILE_WIDTH, 0),
                "tile_height": first(_TILE_HEIGHT, 0)}
    return list(block_sizes(geometry, pixel_bits, count, tiled))


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
