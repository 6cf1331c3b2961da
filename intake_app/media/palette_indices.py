"""Which palette entries a picture's pixels use, read from its compressed data (review r11m R11M-21,
R11M-22), and a palette with every other entry set to 0.

A palette (PNG `PLTE` and `tRNS`, a TIFF `ColorMap`, a PDF `/Indexed` lookup) may hold more
entries than the picture uses, and nothing shows the unused ones: a program (or a person) can
write a name, a computer and a path there. The GIF rewriter sets them to 0 (`gif_blocks`); the
container cleaners and the PDF cleaner do the same with these helpers, without a picture kept
twice in memory: Pillow's own PNG row decoder (zlib, then the PNG filter of each row, Adam7
passes when interlaced) fills one palette picture, from which the distinct indices are read.
"""

from __future__ import annotations

import zlib

from PIL import Image

MAX_SAMPLES = 50_000_000
"""Samples of one picture read for its indices (as `images.MAX_PIXELS`); beyond, None."""
_RAW_MODES = {1: "P;1", 2: "P;2", 4: "P;4", 8: "P"}
"""Pillow's raw mode for palette samples of 1, 2, 4 and 8 bits, most significant bit first."""


def filtered_indices(data: bytes, width: int, height: int, depth: int,
                     interlaced: bool = False) -> set[int] | None:
    """The indices used by a palette picture whose data is zlib-compressed PNG-filtered rows
    (`data`: a PNG's IDAT bodies joined; a PDF Flate stream with a PNG predictor), `depth`
    bits a sample. Rows the data does not reach (cut off, damaged) read as index 0, which is
    so kept. None for a depth other than 1, 2, 4, 8 or more than MAX_SAMPLES samples."""
    mode = _RAW_MODES.get(depth)
    if mode is None or not 0 < width * height <= MAX_SAMPLES:
        return None
    picture = Image.new("P", (width, height), 0)
    try:
        picture.frombytes(data, "zip", mode, 1 if interlaced else 0)
    except (ValueError, OSError):
        pass  # cut off or damaged: the rows decoded are in, the rest stays index 0
    return {index for index, count in enumerate(picture.histogram()[:256]) if count}


def sample_indices(samples: bytes, depth: int) -> set[int]:
    """The indices in unfiltered samples of `depth` bits (1, 2, 4 or 8), rows padded to a byte:
    the padding's bits count too (an entry kept needlessly, none lost)."""
    mask = (1 << depth) - 1
    found: set[int] = set()
    for byte in set(samples):
        found.update((byte >> shift) & mask for shift in range(8 - depth, -1, -depth))
    return found


def inflated(data: bytes, size: int) -> bytes | None:
    """The first `size` bytes of the zlib stream `data` (never more are inflated), or None when
    it is damaged or holds fewer."""
    try:
        out = zlib.decompressobj().decompress(data, size)
    except zlib.error:
        return None
    return out if len(out) == size else None


def zeroed(table: bytes, used: set[int], width: int) -> bytes:
    """`table` (entries of `width` bytes each, then perhaps a tail that is no entry) with every
    entry whose index is not in `used`, and the tail, set to 0; its length unchanged."""
    kept = bytearray(len(table))
    for index in used:
        kept[index * width:(index + 1) * width] = table[index * width:(index + 1) * width]
    return bytes(kept)
