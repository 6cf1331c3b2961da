"""A TIFF strip or tile cut to exactly what a decoder uses, without decoding the picture.

A strip's byte count can cover more than its pixels (review r11d T2: a scanner's uncompressed
strip with a name after the last row), and a compressed strip can hold bytes after its
compressed data ends. A decoder reads the strip's rows and stops, so those bytes reach the
office unseen. Here each strip keeps only what a decoder uses (TIFF 6.0, sections 3, 9, 13, 15):

- uncompressed (1): the rows of the strip (or tile) and nothing after them;
- Deflate (8, 32946): the zlib stream up to its end, or its first rows compressed anew when it
  holds more or is damaged (`png_data.used_stream`);
- PackBits (32773): the runs up to the strip's last byte;
- LZW (5): the codes up to the strip's last byte (or the end code), then an end code; the bits
  after the last code are zero;
- LZMA (34925, libtiff's `.xz` stream): the stream up to its end (its own index and footer
  included), or its first rows compressed anew when it holds more (`_lzma_used`).

Any other compression (CCITT fax, JPEG 2000, ZSTD, WebP…) cannot be cut without a decoder: its
strips are kept whole and the caller says so (`NotTrimmed`). JPEG strips are `jpeg_clean`'s.
"""

from __future__ import annotations

import lzma

from intake_app.errors import SeinpostError
from intake_app.media.png_data import TooLarge, Unusable, used_stream

NONE, LZW, DEFLATE, ADOBE_DEFLATE, PACKBITS, LZMA = 1, 5, 8, 32946, 32773, 34925
TRIMMED = frozenset({NONE, LZW, DEFLATE, ADOBE_DEFLATE, PACKBITS, LZMA})
_CLEAR, _END = 256, 257
MAX_WALKED = 16 * 1024 * 1024
"""Largest LZW or PackBits strip walked here (code by code in Python, a few seconds at most);
a larger one is kept whole, and said. Real strips are a few rows: kilobytes."""


class NotTrimmed(SeinpostError):
    """This strip's compression cannot be cut without a decoder (or not within bounds); the
    caller keeps it whole and says so."""

    code = "media.image_data_not_cut"


def block_sizes(geometry: dict[str, int], pixel_bits: int, count: int,
                tiled: bool) -> list[int]:
    """Bytes a decoder uses from each of `count` strips or tiles.

    `geometry` holds width, height, rows (per strip), tile_width and tile_height in pixels;
    `pixel_bits` are the bits of one pixel in one block (every sample, or one sample when
    planes are stored apart: then strips come plane after plane). A tile is always whole.
    """
    if tiled:
        return [(geometry["tile_width"] * pixel_bits + 7) // 8 * geometry["tile_height"]] * count
    height, rows = geometry["height"], max(1, geometry["rows"])
    row = (geometry["width"] * pixel_bits + 7) // 8
    per_plane = max(1, (height + rows - 1) // rows)
    return [max(0, min(rows, height - (index % per_plane) * rows)) * row
            for index in range(count)]


def trimmed(piece: bytes, compression: int, needed: int) -> bytes:
    """`piece` (one strip or tile) cut to what a decoder uses to get `needed` bytes.

    Raises NotTrimmed for a compression outside TRIMMED, and for a strip too large to walk
    within bounds (`MAX_WALKED`, `png_data.MAX_INFLATED`).
    """
    if compression == NONE:
        return piece[:needed]
    if compression in (DEFLATE, ADOBE_DEFLATE):
        try:
            return b"".join(used_stream([piece], needed)[0])
        except Unusable:
            return b""
        except TooLarge as exc:
            raise NotTrimmed from exc
    if len(piece) > MAX_WALKED:
        raise NotTrimmed
    if compression == LZMA:
        return _lzma_used(piece, needed)
    if compression == PACKBITS:
        return piece[:_packbits_used(piece, needed)]
    if compression == LZW and not (piece[:1] == b"\0" and len(piece) > 1 and piece[1] & 1):
        return _lzw_used(piece, needed)  # (the other: libtiff's pre-1991 bit order, not cut)
    raise NotTrimmed


def _lzma_used(piece: bytes, needed: int) -> bytes:
    """The `.xz` stream of `piece` as libtiff's decoder reads it to get `needed` bytes: the
    stream to its end (padding and anything after it go) when it holds at most those bytes; its
    first `needed` bytes compressed anew when it holds more (a decoder stops, the rest is read by
    nothing). Decoded at most `needed` + 1 bytes: a stream that inflates without end costs no
    more. NotTrimmed for a stream that is damaged or cut off."""
    inflater = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    try:
        data = inflater.decompress(piece, max_length=needed + 1)
    except lzma.LZMAError as exc:
        raise NotTrimmed from exc
    if len(data) > needed:
        return lzma.compress(data[:needed], format=lzma.FORMAT_XZ)
    if not inflater.eof:
        raise NotTrimmed
    return piece[: len(piece) - len(inflater.unused_data)]


def _packbits_used(piece: bytes, needed: int) -> int:
    """Bytes of `piece` a PackBits decoder reads to produce `needed` bytes."""
    pos = produced = 0
    while pos < len(piece) and produced < needed:
        n = piece[pos] - 256 if piece[pos] > 127 else piece[pos]
        if n >= 0:
            pos += 2 + n
            produced += n + 1
        elif n != -128:
            pos += 2
            produced += 1 - n
        else:
            pos += 1
    return min(pos, len(piece))


def _lzw_used(piece: bytes, needed: int) -> bytes:
    """The LZW codes a decoder reads to produce `needed` bytes, then an end code.

    Only the lengths of the dictionary's strings are followed, not the strings themselves.
    Code widths grow one code early, as libtiff writes and reads them (the TIFF 6.0 variant).
    """
    lengths = [1] * 258
    width, bit, produced, previous = 9, 0, 0, -1
    total_bits = len(piece) * 8
    while produced < needed and bit + width <= total_bits:
        code = int.from_bytes(piece[bit >> 3 : (bit >> 3) + 3].ljust(3, b"\0"), "big")
        code = (code >> (24 - width - (bit & 7))) & ((1 << width) - 1)
        if code == _END:
            break
        bit += width
        if code == _CLEAR:
            lengths, width, previous = lengths[:258], 9, -1
            continue
        if code > len(lengths) or (code == len(lengths) and previous < 0):
            bit -= width
            break  # not a code a decoder accepts: it stops here
        length = lengths[code] if code < len(lengths) else lengths[previous] + 1
        if previous >= 0 and len(lengths) < 4096:
            lengths.append(lengths[previous] + 1)
        produced += length
        previous = code
        if len(lengths) + 1 >= (1 << width) and width < 12:
            width += 1
    return _with_end_code(piece, bit, width)


def _with_end_code(piece: bytes, bit: int, width: int) -> bytes:
    """The first `bit` bits of `piece`, then the end code in `width` bits, zero-padded."""
    value = int.from_bytes(piece[: (bit + 7) >> 3], "big") >> ((8 - bit % 8) % 8)
    value = (value << width) | _END
    bits = bit + width
    pad = (8 - bits % 8) % 8
    return (value << pad).to_bytes((bits + pad) >> 3, "big")
