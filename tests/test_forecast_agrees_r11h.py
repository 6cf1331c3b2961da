"""Review r11h F1: the forecast before saving said "will be cleaned" where the outcome was "could
not be cleaned and is sealed as it is": (a) an SVG as Illustrator's "Save As SVG" writes it, with
its namespace entities in the DOCTYPE (every SVG declaring an entity was refused), and (b) a
TIFF laid out like a DNG whose first directory is written after the picture data (the forecast
read only the first 4 KiB). Now (a) is cleaned (`media/svg_entities.py`) and an SVG whose
entities are not plain strings is refused and forecast so; (b) is forecast from its directory
wherever it lies. Through the real path: forecast as the window asks it, attach, save, seal,
stock age, tar.
"""

# ruff: noqa: E501 (SVG is kept as the editors write it)

from __future__ import annotations

import struct
from pathlib import Path

from media_kit import CANARY, canaries
from office_types_kit import seal
from svg_kit import ILLUSTRATOR, NESTED_ENTITIES

from intake_app.media.result import IMAGE_HAS_SUB_IMAGES, UNREADABLE_SVG


def _raw_layout_tiff_directory_last() -> bytes:
    """A little-endian TIFF: the 160x80 picture and a 16x8 preview first, then the SubIFD and,
    last, the first directory (the preview, NewSubfileType 1, pointing at the SubIFD), as
    libtiff writes a DNG-like file: the directory lies far past the first 4 KiB."""
    width, height, small_width, small_height = 160, 80, 16, 8
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    big_at = len(out)
    out += bytes((x * 3 + y) % 256 for y in range(height) for x in range(width * 3))
    small_at = len(out)
    out += bytes(small_width * small_height * 3)
    bits_at = len(out)
    out += struct.pack("<HHH", 8, 8, 8)
    artist = b"CANARY Jan Jansen\x00"
    artist_at = len(out)
    out += artist

    def directory(entries: list[tuple[int, int, int, int]]) -> bytes:
        body = struct.pack("<H", len(entries))
        for tag, kind, count, value in sorted(entries):
            packed = struct.pack("<HH", value, 0) if kind == 3 and count == 1 else struct.pack("<I", value)
            body += struct.pack("<HHI", tag, kind, count) + packed
        return body + struct.pack("<I", 0)

    sub_at = len(out)
    out += directory([(254, 4, 1, 0), (256, 4, 1, width), (257, 4, 1, height), (258, 3, 3, bits_at), (259, 3, 1, 1),
                      (262, 3, 1, 2), (273, 4, 1, big_at), (277, 3, 1, 3), (278, 4, 1, height), (279, 4, 1, width * height * 3)])
    first_at = len(out)
    out += directory([(254, 4, 1, 1), (256, 4, 1, small_width), (257, 4, 1, small_height), (258, 3, 3, bits_at),
                      (259, 3, 1, 1), (262, 3, 1, 2), (273, 4, 1, small_at), (277, 3, 1, 3), (278, 4, 1, small_height),
                      (279, 4, 1, small_width * small_height * 3), (315, 2, len(artist), artist_at), (330, 4, 1, sub_at)])
    struct.pack_into("<I", out, 4, first_at)
    return bytes(out)


def test_an_illustrator_svg_is_cleaned_and_entities_that_nest_or_a_late_raw_layout_are_forecast_as_refused(tmp_path: Path) -> None:
    tiff = _raw_layout_tiff_directory_last()
    assert struct.unpack_from("<I", tiff, 4)[0] > 4096
    sealed = seal(tmp_path, {"kaart.svg": ILLUSTRATOR, "lach.svg": NESTED_ENTITIES, "scan.tif": tiff})
    outcomes = [(e["cleaning"], e["warnings"]) for e in sealed.signal["attachments"]]
    forecasts = [(f.cleaning, list(f.warnings)) for f in sealed.forecasts]
    assert outcomes == [("cleaned", []), ("not-cleanable", [UNREADABLE_SVG]), ("not-cleanable", [IMAGE_HAS_SUB_IMAGES])]
    assert forecasts == outcomes
    drawing = sealed.files[sealed.members[1]]
    assert CANARY not in drawing and canaries(drawing) == []
    assert b'<rect x="10" y="10" width="80" height="80" fill="#c00"/>' in drawing  # the drawing itself stays
    assert b"<!ENTITY" not in drawing and b"&ns_" not in drawing
