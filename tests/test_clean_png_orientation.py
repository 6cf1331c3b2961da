"""A PNG cleaned in its container (16-bit colour, damaged, or too large to decode) keeps its
EXIF orientation, and only that (review r11h H4): it lay on its side where the source stood."""

from __future__ import annotations

import io
import subprocess

import pytest
from inventory_r11h_low_kit import png16_oriented as _png16
from media_kit import canaries, exiftool, identifying_tags
from PIL import Image, ImageOps

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER


def _upright(data: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as im:
        turned = ImageOps.exif_transpose(im)
        return turned.size, turned.tobytes()


def _exiftool_orientation(data: bytes) -> str:
    return subprocess.run(["exiftool", "-s3", "-n", "-Orientation", "-"], input=data,
                          capture_output=True, check=True).stdout.decode().strip()


@pytest.mark.parametrize(("after_pixels", "prefixed"),
                         [(False, False), (True, False), (False, True)],
                         ids=["exif-first", "exif-after-pixels", "exif-with-jpeg-name"])
def test_a_16_bit_png_cleaned_in_its_container_keeps_its_orientation_only(after_pixels,
                                                                           prefixed) -> None:
    source = _png16(6, exif_after_pixels=after_pixels, prefixed=prefixed)
    result = clean_attachment(source, "photo.png")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert _exiftool_orientation(result.data) == "6"
    assert _upright(result.data) == _upright(source)  # stands as the source stood: 4×6
    assert _upright(result.data)[0] == (4, 6)
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert "Artist" not in exiftool(result.data)


def test_an_upright_png_gets_no_exif() -> None:
    result = clean_attachment(_png16(1), "photo.png")
    assert b"eXIf" not in result.data and canaries(result.data) == []
