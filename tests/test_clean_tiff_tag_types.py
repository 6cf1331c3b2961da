"""A TIFF cleaned in its container keeps each structural tag only with the type and count TIFF
6.0 gives it (review r11h T1): a tag written longer, or with another type, carried text."""

from __future__ import annotations

import io
import struct
import subprocess

import pytest
from inventory_r11h_low_kit import PADDED, PIXELS, TEXT
from inventory_r11h_low_kit import tiff16 as _tiff
from media_kit import CANARY, canaries
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER


def _layout(data: bytes) -> tuple[dict[int, object], bytes]:
    """The structural tags Pillow reads (without the strip's place) and the strip's bytes."""
    with Image.open(io.BytesIO(data)) as im:
        tags = dict(im.tag_v2)
    offset, length = tags.pop(273), tags.pop(279)
    offset = offset[0] if isinstance(offset, tuple) else offset
    length = length[0] if isinstance(length, tuple) else length
    return tags, data[offset : offset + length]


def _exiftool(data: bytes) -> bytes:
    return subprocess.run(["exiftool", "-a", "-s", "-"], input=data, capture_output=True,
                          check=True).stdout


CASES = {
    "bits-per-sample-with-text-after-its-values":
        ({258: (3, 3 + len(PADDED) // 2, struct.pack("<HHH", 16, 16, 16) + PADDED)}, {}),
    "fill-order-as-ascii": ({266: (2, len(TEXT) + 1, TEXT + b"\0")}, {}),
    "x-resolution-with-more-rationals":
        ({282: (5, 1 + (len(TEXT) + 7) // 8,
                struct.pack("<II", 300, 1) + TEXT.ljust((len(TEXT) + 7) // 8 * 8, b"\0"))}, {}),
    "old-subfile-type-as-bytes": ({255: (7, len(TEXT), TEXT)}, {}),
    "reference-black-white-as-bytes": ({532: (1, len(TEXT), TEXT)}, {}),
}


@pytest.mark.parametrize("changes", [pytest.param(c[0], id=name) for name, c in CASES.items()])
def test_a_structural_tag_written_longer_or_with_another_type_leaves_its_text_behind(
        changes) -> None:
    source = _tiff(changes)
    assert canaries(source)
    result = clean_attachment(source, "scan.tif")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert canaries(result.data) == [] and b"jjansen" not in result.data
    assert CANARY not in _exiftool(result.data)
    assert _layout(result.data) == _layout(_tiff({}))  # the picture as a reader lays it out


def test_whole_numbers_in_a_neighbouring_type_are_kept_in_the_tags_own_type() -> None:
    """Compression written as a LONG, NewSubfileType as a SHORT: read so by libtiff, kept."""
    source = _tiff({259: (4, 1, struct.pack("<I", 1)), 254: (3, 1, struct.pack("<H", 0)),
                    274: (4, 1, struct.pack("<I", 6))})
    result = clean_attachment(source, "scan.tif")
    assert result.cleaning == "cleaned"
    tags, strip = _layout(result.data)
    assert (tags[259], tags[254], tags[274], strip) == (1, 0, 6, PIXELS)


def test_an_orientation_the_specification_does_not_name_is_left_out() -> None:
    result = clean_attachment(_tiff({274: (3, 1, struct.pack("<H", 0x4A61))}), "scan.tif")
    assert 274 not in _layout(result.data)[0]
