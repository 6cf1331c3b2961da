"""A PNG's image data cut to exactly what a decoder uses, without keeping a picture in memory.

The container cleaner (`png_chunks`) copies the chunks a viewer needs, but their data can hide
more than the picture (review r11d P1, P4, P6): bytes after the end of the zlib stream inside
IDAT, a stream that inflates to more rows than the image has, further IDAT chunks after the
stream's end, or (when the last chunk claims more than the file holds) the rest of the file.

A decoder inflates the IDAT stream (or one APNG frame's fdAT stream) and uses exactly
`expected_size` bytes: the filter byte and samples of each row, per Adam7 pass when interlaced
(PNG specification, 3rd edition, sections 7.2 and 8.2). Here the stream is inflated in pieces
(at most `_STEP` bytes at a time, counted and thrown away) and then:

- when it ends there or before (a picture short of rows: every byte of it is used), with its
  checksum right, only the compressed bytes the inflater consumed are kept, byte for byte (so a
  plain picture comes out as it went in);
- otherwise (longer, cut off, damaged, a wrong checksum) it is inflated again up to
  `expected_size` bytes and those bytes are compressed anew: a cut-off picture keeps the rows
  it has, and nothing else of the original stream stays.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from intake_app.errors import SeinpostError

_STEP = 1 << 20
"""Bytes inflated at a time: memory stays near this whatever the picture's size."""
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))
"""Adam7 passes: first column, first row, column step, row step."""
PIECE = 1 << 20
"""Largest chunk body written for data compressed anew."""


MAX_INFLATED = 1 << 30
"""Bytes inflated to find where a stream ends (about a second of work): a stream inflating
further (zlib reaches 1,032:1, so a hostile 512 MiB file could ask for minutes) is not cut but
kept as it is, and the caller says so."""


class Unusable(SeinpostError):
    """Not one byte of the picture can be inflated: there is nothing to keep."""

    code = "media.image_data_unusable"


class TooLarge(SeinpostError):
    """Finding the stream's end would inflate more than MAX_INFLATED bytes."""

    code = "media.image_data_too_large"


def expected_size(width: int, height: int, bit_depth: int, colour_type: int,
                  interlaced: bool) -> int:
    """Bytes a decoder inflates for a `width` x `height` image (filter bytes included)."""
    bits = _CHANNELS.get(colour_type, 4) * bit_depth
    passes = _ADAM7 if interlaced else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return total


def used_stream(pieces: list[bytes], expected: int) -> tuple[list[bytes], bool]:
    """The pieces of one zlib stream (chunk bodies, in order) cut to what a decoder uses.

    Returns (pieces, kept): with `kept`, the original pieces up to the stream's end, the last one
    cut where the stream ends (a decoder reads no further); otherwise (the stream inflates to
    more than `expected` bytes, is cut off or damaged) new pieces holding the first `expected`
    inflated bytes (fewer when the stream has fewer), compressed anew. Raises Unusable when no
    byte at all can be inflated, TooLarge when the stream inflates to more than MAX_INFLATED
    bytes before it ends (a picture declaring more is fine while its stream ends sooner).
    """
    produced, ended, consumed = _measure(pieces, expected)
    if ended and produced <= expected:
        kept: list[bytes] = []
        for piece in pieces:
            if consumed <= 0:
                break
            kept.append(piece[:consumed])
            consumed -= len(piece)
        return kept, True
    if produced == 0 and expected:
        raise Unusable
    compressor = zlib.compressobj(9)
    out = bytearray()
    for block in _inflated(pieces, expected):
        out += compressor.compress(block)
    out += compressor.flush()
    return [bytes(out[i : i + PIECE]) for i in range(0, len(out), PIECE)] or [b""], False


def _measure(pieces: list[bytes], expected: int) -> tuple[int, bool, int]:
    """(bytes inflated up to expected + 1, whether the stream ended, compressed bytes consumed)."""
    inflater = zlib.decompressobj()
    produced = fed = 0
    try:
        for piece in pieces:
            fed += len(piece)
            data = piece
            while data and not inflater.eof and produced <= expected:
                produced += len(inflater.decompress(data, _STEP))
                data = inflater.unconsumed_tail
                if produced > MAX_INFLATED:
                    raise TooLarge
            if inflater.eof or produced > expected:
                break
    except zlib.error:
        return produced, False, 0
    if not inflater.eof:
        return produced, False, 0
    return produced, True, fed - len(inflater.unused_data) - len(inflater.unconsumed_tail)


def _inflated(pieces: list[bytes], expected: int) -> Iterator[bytes]:
    """The first `expected` inflated bytes, in blocks; stops quietly at damage or the end."""
    inflater = zlib.decompressobj()
    left = expected
    try:
        for piece in pieces:
            data = piece
            while data and left and not inflater.eof:
                block = inflater.decompress(data, min(_STEP, left))
                left -= len(block)
                data = inflater.unconsumed_tail
                yield block
            if not left or inflater.eof:
                return
    except zlib.error:
        return
