"""Issue 11 (task q11b): a TIFF cleaned at the container level keeps every page it may hold.

The container cleaner (`tiff_tags`) kept the first 1,024 pages of a longer scan and dropped the
rest without a word, told "Cleaned". Now it keeps every page up to the bound the rest of
cleaning holds (`tiff_layout.MAX_DIRECTORIES`, 2,000) and refuses a longer file whole (sealed as
it is, `too_large_to_clean`), and the forecast says the same before saving. Each file goes the
real path (forecast, attach, seal, stock age, tar) and the sealed TIFF's pages are counted.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import struct
from pathlib import Path

from office_types_kit import seal

from intake_app.media.tiff_layout import MAX_DIRECTORIES

_ARTIST = b"CANARY Artist\0"


def _entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
    return struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")


def _scan(pages: int) -> bytes:
    """`pages` 1x1 pages in 16-bit RGB (Pillow cannot keep 16 bits a channel of colour, so
    the container cleaner takes the file), each with its own pixel and Artist "CANARY"."""
    out = bytearray(b"II*\0\0\0\0\0")
    artist_at = len(out)
    out += _ARTIST
    bits_at = len(out)
    out += struct.pack("<3H", 16, 16, 16)
    link = 4
    for page in range(pages):
        pixel_at = len(out)
        out += struct.pack("<3H", page, 65535 - page, 7)
        entries = [_entry(256, 3, 1, b"\1\0"), _entry(257, 3, 1, b"\1\0"),
                   _entry(258, 3, 3, struct.pack("<I", bits_at)), _entry(259, 3, 1, b"\1\0"),
                   _entry(262, 3, 1, b"\2\0"), _entry(273, 4, 1, struct.pack("<I", pixel_at)),
                   _entry(277, 3, 1, b"\3\0"), _entry(278, 3, 1, b"\1\0"),
                   _entry(279, 4, 1, struct.pack("<I", 6)),
                   _entry(315, 2, len(_ARTIST), struct.pack("<I", artist_at))]
        struct.pack_into("<I", out, link, len(out))
        out += struct.pack("<H", len(entries)) + b"".join(entries)
        link = len(out)
        out += b"\0\0\0\0"
    return bytes(out)


def _pixels(tiff: bytes) -> list[bytes]:
    """Each page's strip bytes, in the order of the directory chain (one strip a page)."""
    order = "<" if tiff[:2] == b"II" else ">"
    found = []
    offset = struct.unpack_from(order + "I", tiff, 4)[0]
    while offset:
        count = struct.unpack_from(order + "H", tiff, offset)[0]
        tags = {}
        for index in range(count):
            tag, _kind, _number, value = struct.unpack_from(order + "HHII", tiff, offset + 2 + 12 * index)
            tags[tag] = value
        found.append(tiff[tags[273]:tags[273] + tags[279]])
        offset = struct.unpack_from(order + "I", tiff, offset + 2 + 12 * count)[0]
    return found


def test_a_1500_page_tiff_cleaned_in_its_container_keeps_every_page_and_its_pixels(tmp_path: Path) -> None:
    original = _scan(1500)  # before: the first 1,024 pages sealed, "Cleaned", nothing said
    sealed = seal(tmp_path, {"scan.tif": original})
    entry = sealed.signal["attachments"][0]
    assert entry["cleaning"] == "cleaned", entry
    assert "image_cleaned_in_container" in entry["warnings"], entry
    assert sealed.forecasts[0].cleaning == "cleaned"
    data = sealed.files[sealed.members[1]]
    assert b"CANARY" not in data
    assert _pixels(data) == _pixels(original)
    assert len(_pixels(data)) == 1500


def test_a_tiff_of_more_pages_than_are_kept_is_forecast_and_sealed_as_it_is_too_large(tmp_path: Path) -> None:
    original = _scan(MAX_DIRECTORIES + 1)  # before: forecast "will be cleaned", 1,024 pages sealed
    sealed = seal(tmp_path, {"scan.tif": original, "kort.tif": _scan(MAX_DIRECTORIES)})
    long_entry, short_entry = sealed.signal["attachments"]
    assert (long_entry["cleaning"], long_entry["warnings"]) == ("not-cleanable", ["too_large_to_clean"])
    forecast = sealed.forecasts[0]
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", ("too_large_to_clean",))
    assert sealed.files[sealed.members[1]] == original  # as it is, and the liaison was told
    assert short_entry["cleaning"] == "cleaned" and sealed.forecasts[1].cleaning == "cleaned"
    assert len(_pixels(sealed.files[sealed.members[2]])) == MAX_DIRECTORIES
