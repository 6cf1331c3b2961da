"""A palette TIFF's colour map entries no pixel uses, set to 0 by the container cleaner (review
r11m R11M-21).

`tiff_tags` rebuilds a TIFF it cannot decode from its structural tags, and `ColorMap` (tag 320:
3 × 2^BitsPerSample SHORTs, every red, then every green, then every blue) is one of them: a
picture drawn with two colours kept whatever its other 254 entries hold ("Jan Jansen JJLAPTOP
C:\\Users\\jjansen\\ 52.0907N 5.1214E" in the review's `tiff-big-pal.tif`). As the GIF rewriter
does, the entries no pixel uses become 0 in all three planes, the count unchanged.

The indices are read from the page's strips or tiles where Seinpost can: uncompressed, Deflate
(8, 32946; a band at a time, `palette_indices.flat_indices`) or PackBits, one sample a pixel,
no predictor, 8 bits or the usual bit order; tile padding counts (an entry kept needlessly,
none lost). Anything else (LZW, a predictor, a strip cut off or damaged) leaves the map as it is,
and the caller warns (`image_data_not_trimmed`).
"""

from __future__ import annotations

import struct

from intake_app.media.palette_indices import flat_indices, sample_indices

_SHORT = 3
_BITS, _PHOTOMETRIC, _SAMPLES, _FILL_ORDER, _PREDICTOR, _COLOUR_MAP = 258, 262, 277, 266, 317, 320
_PALETTE = 3
_NONE, _DEFLATE, _ADOBE_DEFLATE, _PACKBITS = 1, 8, 32946, 32773
MAX_UNPACKED = 64 * 1024 * 1024
"""Bytes a PackBits strip is unpacked to at most for its indices (Python, byte by byte)."""


def is_palette(page: dict[int, tuple[int, int, bytes]], order: str) -> bool:
    """Whether `page` (tag -> (type, count, value bytes)) is a palette picture with a map."""
    return _first(page, _PHOTOMETRIC, order) == _PALETTE and _COLOUR_MAP in page


def zero_unused_colours(page: dict[int, tuple[int, int, bytes]], order: str, compression: int,
                        blocks: list[tuple[bytes, int | None]]) -> bool:
    """Set the `ColorMap` entries of palette `page` that no sample of its `blocks` ((strip or
    tile bytes, bytes a decoder uses)) holds to 0, in `page` itself. False, and nothing
    changed, when the indices cannot be read."""
    depth = _first(page, _BITS, order)
    kind, count, raw = page[_COLOUR_MAP]
    if (depth not in (1, 2, 4, 8) or kind != _SHORT or count != 3 << depth
            or _first(page, _SAMPLES, order, 1) != 1 or _first(page, _PREDICTOR, order, 1) != 1
            or (depth < 8 and _first(page, _FILL_ORDER, order, 1) != 1)):
        return False
    used: set[int] = set()
    for piece, needed in blocks:
        found = None if needed is None else _indices(piece, needed, depth, compression)
        if found is None:
            return False
        used |= found
    entries = 1 << depth
    kept = bytearray(len(raw))
    for plane in range(3):
        for index in used:
            at = 2 * (plane * entries + index)
            kept[at:at + 2] = raw[at:at + 2]
    page[_COLOUR_MAP] = (kind, count, bytes(kept))
    return True


def _indices(piece: bytes, needed: int, depth: int, compression: int) -> set[int] | None:
    """The indices in the first `needed` bytes of samples `piece` holds; None where unread."""
    if compression == _NONE:
        return sample_indices(piece[:needed], depth) if len(piece) >= needed else None
    if compression in (_DEFLATE, _ADOBE_DEFLATE):
        return flat_indices([piece], needed, depth)
    if compression == _PACKBITS and needed <= MAX_UNPACKED:
        samples = _unpacked(piece, needed)
        return None if samples is None else sample_indices(samples, depth)
    return None


def _unpacked(piece: bytes, needed: int) -> bytes | None:
    """The first `needed` bytes PackBits `piece` unpacks to (TIFF 6.0 §9), None if fewer."""
    out, pos = bytearray(), 0
    while len(out) < needed and pos < len(piece):
        header = piece[pos] - 256 if piece[pos] > 127 else piece[pos]
        pos += 1
        if header >= 0:
            out += piece[pos:pos + header + 1]
            pos += header + 1
        elif header != -128:
            out += piece[pos:pos + 1] * (1 - header)
            pos += 1
    return bytes(out[:needed]) if len(out) >= needed else None


def _first(page: dict[int, tuple[int, int, bytes]], tag: int, order: str, default: int = 0) -> int:
    """The first value of a SHORT or LONG `tag`, or `default`."""
    if tag not in page:
        return default
    kind, count, raw = page[tag]
    size = 2 if kind == _SHORT else 4
    if count < 1 or len(raw) < size:
        return default
    return struct.unpack_from(order + ("H" if size == 2 else "I"), raw)[0]
