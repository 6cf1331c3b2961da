"""Which palette entries a picture's pixels use, read from its compressed data (review r11m R11M-21,
R11M-22), and a palette with every other entry set to 0.

A palette (PNG `PLTE` and `tRNS`, a TIFF `ColorMap`, a PDF `/Indexed` lookup) may hold more
entries than the picture uses, and nothing shows the unused ones: a program (or a person) can
write a name, a computer and a path there. The GIF rewriter sets them to 0 (`gif_blocks`); the
container cleaners and the PDF cleaner do the same with these helpers, a band of rows at a
time (memory stays near `_BAND` bytes whatever the picture's size): Pillow's own PNG decoder
unfilters each band (read as 8-bit grey rows, one byte the filters' neighbour, as for every
palette depth), from which the distinct bytes, and so the indices, are read.
"""

from __future__ import annotations

import zlib

from PIL import Image

MAX_INFLATED = 1 << 30
"""Bytes of samples read for one picture's indices (as `png_data.MAX_INFLATED`); beyond, None."""
_BAND = 1 << 22
"""Inflated bytes decoded at a time: memory stays near a few times this, whatever the size."""
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))
"""Adam7 passes: first column, first row, column step, row step."""


def filtered_indices(pieces: list[bytes], width: int, height: int, depth: int,
                     interlaced: bool = False) -> set[int] | None:
    """The indices a palette picture uses, from its zlib stream of PNG-filtered rows (`pieces`:
    a PNG's IDAT bodies in order; a PDF Flate stream with a PNG predictor), `depth` bits a
    sample (1, 2, 4, 8: one byte to the left is the filters' neighbour). Rows are unfiltered
    by Pillow's PNG decoder, a band at a time (each band led by the row before it, unfiltered,
    so the next one's `Up`, `Average` and `Paeth` read it). Rows the stream does not reach (cut
    off, damaged) add index 0, which is so kept; padding bits at a row's end count too. None
    for another depth or more than MAX_INFLATED bytes of rows."""
    if depth not in (1, 2, 4, 8):
        return None
    passes = _ADAM7 if interlaced else ((0, 0, 1, 1),)
    shapes = [((width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy)
              for x0, y0, dx, dy in passes if width > x0 and height > y0]
    if sum(rows * (1 + (columns * depth + 7) // 8) for columns, rows in shapes) > MAX_INFLATED:
        return None
    stream = _Inflater(pieces)
    values: set[int] = set()
    for columns, rows in shapes:
        row = (columns * depth + 7) // 8
        prior = b""  # a pass's first row has none: Up and Paeth read zeros
        left = rows
        while left:
            count = min(left, max(1, _BAND // (row + 1)))
            band = stream.read(count * (row + 1))
            whole = len(band) // (row + 1)
            if whole:
                raw = _unfiltered(prior, band[:whole * (row + 1)], row, whole)
                values.update(raw.histogram_values)
                prior = raw.last
            if whole < count:  # cut off or damaged: the rows not there read as index 0
                values.add(0)
                return {v for byte in values for v in _samples(byte, depth)}
            left -= count
    return {v for byte in values for v in _samples(byte, depth)}


def flat_indices(pieces: list[bytes], size: int, depth: int) -> set[int] | None:
    """The indices in the first `size` bytes of the zlib stream `pieces` holding unfiltered
    samples of `depth` bits, inflated a band at a time; None when the stream is damaged or
    holds fewer bytes, or size is over MAX_INFLATED."""
    if size > MAX_INFLATED:
        return None
    stream, values, left = _Inflater(pieces), set(), size
    while left:
        block = stream.read(min(left, _BAND))
        if not block:
            return None
        values.update(block)
        left -= len(block)
    return {v for byte in values for v in _samples(byte, depth)}


def sample_indices(samples: bytes, depth: int) -> set[int]:
    """The indices in unfiltered samples of `depth` bits (1, 2, 4 or 8), rows padded to a byte:
    the padding's bits count too (an entry kept needlessly, none lost)."""
    return {v for byte in set(samples) for v in _samples(byte, depth)}


class _Band:
    """One band of unfiltered rows: the distinct bytes in it and its last row."""

    def __init__(self, histogram_values: set[int], last: bytes) -> None:
        self.histogram_values = histogram_values
        self.last = last


def _unfiltered(prior: bytes, band: bytes, row: int, rows: int) -> _Band:
    """`rows` PNG-filtered rows of `row` bytes each (filter byte first), unfiltered with one
    byte as the left neighbour, after the unfiltered row `prior` (or none)."""
    lead = b"\x00" + prior if prior else b""
    total = rows + (1 if prior else 0)
    picture = Image.new("L", (row, total), 0)
    try:
        picture.frombytes(zlib.compress(lead + band, 1), "zip", "L", 0)
    except (ValueError, OSError):
        pass  # a filter byte PNG does not define: the rows before it are in
    if prior:
        picture = picture.crop((0, 1, row, total))
    values = {index for index, count in enumerate(picture.histogram()) if count}
    return _Band(values, picture.crop((0, rows - 1, row, rows)).tobytes())


class _Inflater:
    """A zlib stream split in pieces, inflated on demand, never more than asked."""

    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = iter(pieces)
        self._inflater = zlib.decompressobj()
        self._data = b""
        self._broken = False

    def read(self, size: int) -> bytes:
        """Up to `size` further bytes (fewer at the stream's end or damage)."""
        out = bytearray()
        while len(out) < size and not self._broken and not self._inflater.eof:
            if not self._data:
                self._data = next(self._pieces, b"")
                if not self._data:
                    break
            try:
                out += self._inflater.decompress(self._data, size - len(out))
            except zlib.error:
                self._broken = True
                break
            self._data = self._inflater.unconsumed_tail
        return bytes(out)


def _samples(byte: int, depth: int) -> list[int]:
    mask = (1 << depth) - 1
    return [(byte >> shift) & mask for shift in range(8 - depth, -1, -depth)]


def zeroed(table: bytes, used: set[int], width: int) -> bytes:
    """`table` (entries of `width` bytes each, then perhaps a tail that is no entry) with every
    entry whose index is not in `used`, and the tail, set to 0; its length unchanged."""
    kept = bytearray(len(table))
    for index in used:
        kept[index * width:(index + 1) * width] = table[index * width:(index + 1) * width]
    return bytes(kept)
