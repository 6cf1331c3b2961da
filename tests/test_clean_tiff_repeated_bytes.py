"""Issue 11, threat model 7 (task q11b): the TIFF container cleaner never writes a file much
larger than the one it was given.

Strips of a real TIFF do not overlap, and each page has its own values. A hostile file whose
strips all point at one region, or whose pages share one large value, made the cleaner copy
that region once per strip or page, in the attaching process: a 2 MB file of 60 overlapping
strips came out at 120 MB. The rebuilt file and its kept values are held to
`tiff_tags.max_output` (twice the file and 16 MiB); beyond, the file is refused (sealed as it
is, warned), in a fraction of the memory.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import struct

from intake_app.media.clean import clean_attachment
from intake_app.media.tiff_tags import max_output


def _entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
    return struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")


def _overlapping(strips: int, body: int) -> bytes:
    """One 1-pixel-wide page of `strips` rows, a strip a row, in a compression Pillow cannot
    decode (kept whole), every strip the file's whole `body` bytes; Artist "CANARY"."""
    artist = b"CANARY Artist\0"
    directory = 8 + body + len(artist)
    arrays = directory + 2 + 12 * 10 + 4
    entries = [_entry(256, 3, 1, b"\1\0"), _entry(257, 3, 1, struct.pack("<H", strips)),
               _entry(258, 3, 1, b"\x08\0"), _entry(259, 3, 1, struct.pack("<H", 50000)),
               _entry(262, 3, 1, b"\1\0"), _entry(273, 4, strips, struct.pack("<I", arrays)),
               _entry(277, 3, 1, b"\1\0"), _entry(278, 3, 1, b"\1\0"),
               _entry(279, 4, strips, struct.pack("<I", arrays + 4 * strips)),
               _entry(315, 2, len(artist), struct.pack("<I", 8 + body))]
    return (b"II*\0" + struct.pack("<I", directory) + b"\x55" * body + artist
            + struct.pack("<H", len(entries)) + b"".join(entries) + b"\0\0\0\0"
            + struct.pack(f"<{strips}I", *[8] * strips) + struct.pack(f"<{strips}I", *[body] * strips))


def _shared_colour_map(pages: int) -> bytes:
    """`pages` 1x1 pages of 16-bit palette colour, all pointing at one ColorMap of 3 x 65,536
    SHORTs (768 KiB); Artist "CANARY"."""
    artist = b"CANARY Artist\0"
    colour_map = 8 + len(artist)
    out = bytearray(b"II*\0\0\0\0\0" + artist + bytes(6 * 65536) + b"\0\0")
    link = 4
    for _ in range(pages):
        entries = [_entry(256, 3, 1, b"\1\0"), _entry(257, 3, 1, b"\1\0"),
                   _entry(258, 3, 1, b"\x10\0"), _entry(259, 3, 1, b"\1\0"),
                   _entry(262, 3, 1, b"\3\0"), _entry(273, 4, 1, struct.pack("<I", len(out) - 2)),
                   _entry(277, 3, 1, b"\1\0"), _entry(278, 3, 1, b"\1\0"),
                   _entry(279, 4, 1, b"\2\0\0\0"), _entry(315, 2, len(artist), struct.pack("<I", 8)),
                   _entry(320, 3, 3 * 65536, struct.pack("<I", colour_map))]
        struct.pack_into("<I", out, link, len(out))
        out += struct.pack("<H", len(entries)) + b"".join(entries)
        link = len(out)
        out += b"\0\0\0\0"
    return bytes(out)


def test_a_tiff_whose_strips_overlap_is_not_written_out_once_per_strip() -> None:
    data = _overlapping(60, 2_000_000)  # before: cleaned into 120 MB, "partly cleaned"
    result = clean_attachment(data, "scan.tif")
    assert len(result.data) <= max_output(len(data))
    assert result.cleaning == "not-cleanable" and result.data == data  # sealed as is, warned


def test_a_tiff_whose_pages_share_one_large_value_is_not_written_out_once_per_page() -> None:
    data = _shared_colour_map(200)  # before: 200 copies of the colour map, 157 MB
    result = clean_attachment(data, "scan.tif")
    assert len(result.data) <= max_output(len(data))
    assert result.cleaning == "not-cleanable" and result.data == data


def test_a_tiff_within_the_bound_is_still_cleaned_in_its_container() -> None:
    data = _overlapping(2, 2_000_000)  # twice its body: what a real file never does, but within
    result = clean_attachment(data, "scan.tif")
    assert result.cleaning == "partly-cleaned" and b"CANARY" not in result.data
    assert "image_cleaned_in_container" in result.warnings
