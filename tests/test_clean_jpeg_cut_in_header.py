"""Issue 11, review r11j J1: a JPEG cut off inside a segment, not inside its picture data (a
progressive JPEG has tables and a scan header before each of its ~10 scans; a download cut
there), was sealed as it was with its GPS, serial number and Artist, although its metadata
segments are whole. It is now cleaned in its container: what precedes the cut segment stays
(the scans a viewer shows), the metadata goes; a file cut before its first scan keeps only its
tables (it shows nothing, as before)."""

from __future__ import annotations

import io
import subprocess

import pytest
from media_kit import exiftool, identifying_tags
from PIL import Image, ImageDraw

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER

_SOS, _DHT = b"\xff\xda", b"\xff\xc4"


def _exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "CanonCAM", "EOS R5"  # Make, Model
    exif[0x013B] = "Jan Jansen"  # Artist
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 1.5), 3: "E", 4: (4.0, 53.0, 2.0)}  # GPS
    exif.get_ifd(0x8769)[0xA431] = "BODYSERIAL9876"
    return exif.tobytes()


def _photo(progressive: bool) -> bytes:
    im = Image.new("RGB", (64, 48), (200, 100, 50))
    ImageDraw.Draw(im).ellipse([5, 5, 40, 40], fill=(10, 200, 30))
    out = io.BytesIO()
    im.save(out, "JPEG", progressive=progressive, exif=_exif(), quality=85)
    return out.getvalue()


def _cut_inside(data: bytes, marker: bytes, nth: int) -> bytes:
    """`data` cut 3 bytes into the body of its `nth` (1-based) `marker` segment."""
    at = -1
    for _ in range(nth):
        at = data.index(marker, at + 1)
    return data[: at + 4 + 3]


def _shown(data: bytes) -> bytes:
    """The pixels ImageMagick (libjpeg) shows (black where it stopped reading)."""
    run = subprocess.run(["convert", "jpeg:-", "-depth", "8", "rgb:-"], input=data,
                         capture_output=True, check=False)
    return run.stdout


@pytest.mark.parametrize("cut", [
    pytest.param(lambda data: _cut_inside(data, _SOS, 2), id="in-2nd-scan-header"),
    pytest.param(lambda data: _cut_inside(data, _DHT, 3), id="in-tables-between-scans"),
])
def test_a_progressive_jpeg_cut_between_scans_loses_its_metadata_and_keeps_its_scans(cut) -> None:
    whole = _photo(True)
    original = cut(whole)
    assert original.count(_SOS) >= 1 and b"Jan Jansen" in original
    result = clean_attachment(original, "IMG_0001.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    tags = exiftool(result.data)
    assert not {"IFD0:Artist", "IFD0:Make", "GPS:GPSLatitude", "ExifIFD:SerialNumber"} & set(tags)
    assert identifying_tags(result.data) == [] and b"BODYSERIAL" not in result.data
    shown, meant = _shown(result.data), _shown(whole)
    assert len(shown) == len(meant) == 64 * 48 * 3  # its first scans: the whole picture, coarse
    assert sum(abs(a - b) for a, b in zip(shown, meant, strict=True)) / len(meant) < 40


def test_a_jpeg_cut_before_its_first_scan_keeps_no_metadata() -> None:
    """The review's baseline file cut inside its tables: no picture to keep, the EXIF goes."""
    original = _cut_inside(_photo(False), _DHT, 2)
    result = clean_attachment(original, "IMG_0002.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert b"Jan Jansen" not in result.data and b"CanonCAM" not in result.data
    assert identifying_tags(result.data) == []


def test_a_jpeg_cut_inside_its_exif_block_keeps_none_of_it() -> None:
    original = _cut_inside(_photo(False), b"\xff\xe1", 1)
    result = clean_attachment(original, "IMG_0003.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert b"Exif" not in result.data and result.data.startswith(b"\xff\xd8")
