"""A palette TIFF cleaned at the container level keeps no colour map entry that no pixel uses
(review r11m R11M-21).

The review's `tiff-big-pal.tif` (8,000 × 7,000, Deflate, over the decoding bound, every pixel
index 0) carried "Jan Jansen JJLAPTOP C:\\Users\\…" in `ColorMap` entries 2…251, told
"Cleaned". Those entries now become 0 in all three planes where the strips can be read; where
they cannot (LZW), the map stays and the liaison is told.
"""

from __future__ import annotations

import struct
import zlib

import inventory_r11d_kit as r11d
import pdf_palette_kit
import pytest

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_DATA_NOT_TRIMMED

SECRET = b"CANARY Jan Jansen JJLAPTOP C:\\Users\\jjansen\\ 52.0907N 5.1214E "


def colour_map() -> list[int]:
    """3 × 256 SHORTs: entry 0 black, entry 1 white, red entries 2…251 spelling SECRET."""
    text = (SECRET * 10)[:500]
    red = [0, 65535] + [struct.unpack("<H", text[2 * i:2 * i + 2])[0] for i in range(250)] + [0] * 4
    return red + [0, 65535] + [0] * 254 + [0, 65535] + [0] * 254


def palette_tiff(width: int, height: int, strip: bytes, compression: int, *,
                 deep_page: bool = True) -> bytes:
    """A little-endian 8-bit palette TIFF with one strip (as the review's `mktiffpal.py`), and
    with `deep_page` a first page of 16-bit colour before it, which sends the file to the
    container cleaner however small it is."""
    palette = [(256, 4, [width]), (257, 4, [height]), (258, 3, [8]), (259, 3, [compression]),
               (262, 3, [3]), (277, 3, [1]), (278, 4, [height]), (320, 3, colour_map())]
    deep = [(256, 3, [4]), (257, 3, [4]), (258, 3, [16, 16, 16]), (259, 3, [1]), (262, 3, [2]),
            (277, 3, [3]), (278, 3, [4])]
    return r11d.tiff_pages(([(deep, r11d.samples16())] if deep_page else []) + [(palette, strip)])


def big_tiff() -> bytes:
    """The review's `tiff-big-pal.tif`: 56 million pixels of index 0, one Deflate strip."""
    deflater = zlib.compressobj(9)
    strip = b"".join(deflater.compress(bytes(8000)) for _ in range(7000)) + deflater.flush()
    return palette_tiff(8000, 7000, strip, 8, deep_page=False)


def map_of(tiff: bytes) -> list[int]:
    """The ColorMap values of the first page holding one, in a little-endian TIFF."""
    at = struct.unpack_from("<I", tiff, 4)[0]
    while at:
        count = struct.unpack_from("<H", tiff, at)[0]
        for index in range(count):
            tag, _, number, offset = struct.unpack_from("<HHII", tiff, at + 2 + 12 * index)
            if tag == 320:
                return list(struct.unpack_from(f"<{number}H", tiff, offset))
        at = struct.unpack_from("<I", tiff, at + 2 + 12 * count)[0]
    return []


def test_colour_map_entries_no_pixel_uses_become_zero() -> None:
    result = clean_attachment(big_tiff(), "a.tif")
    assert result.cleaning == "cleaned", result
    assert b"Jan Jansen" not in result.data and b"JJLAPTOP" not in result.data
    assert map_of(result.data) == [0] * 768  # every pixel is index 0, black


WHITE_ONLY = [0, 65535] + [0] * 254
"""A plane of the map once only entry 1 (white) is used."""


@pytest.mark.parametrize("compression,strip", [
    (1, bytes([1]) * 400),
    (32773, bytes([129, 1]) * 3 + bytes([241, 1])),  # 3 × 128 + 16 bytes of index 1
    (8, zlib.compress(bytes([1]) * 400)),
], ids=["uncompressed", "packbits", "deflate"])
def test_each_readable_strip_keeps_only_the_entries_it_uses(compression: int, strip: bytes) -> None:
    result = clean_attachment(palette_tiff(20, 20, strip, compression), "a.tif")
    assert result.cleaning == "cleaned", result
    assert map_of(result.data) == WHITE_ONLY * 3


def test_a_strip_seinpost_cannot_read_keeps_the_map_and_says_so() -> None:
    strip = pdf_palette_kit.lzw(bytes([1]) * 400)  # TIFF's LZW is PDF's, early change
    result = clean_attachment(palette_tiff(20, 20, strip, 5), "a.tif")
    assert map_of(result.data) == colour_map()
    assert IMAGE_DATA_NOT_TRIMMED in result.warnings
