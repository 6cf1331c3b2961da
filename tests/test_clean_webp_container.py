"""A WebP keeps its pixels and loses what its chunks say about its maker (review r11i R2, R5, R7).

A lossy WebP was decoded and encoded again (81 % of the samples changed, told "Cleaned"); a
2 KB lossless phone screenshot was "too large to clean" (1,300 pixels a byte) and reached the
office with its GPS; a WebP that could not be decoded was sealed as it was. Now a lossy WebP is
cleaned in its RIFF container, a lossless one is decoded whatever it compresses to, and one that
cannot be decoded is cleaned in its container too. Each case is its own small file, checked with
exiftool, by a search for the canary, by its chunks and by every frame's pixels."""

from __future__ import annotations

import io
import struct

from media_kit import CANARY, canaries, frames, identifying_tags
from PIL import Image, ImageCms, ImageDraw

from intake_app.media.clean import clean_attachment
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED
from intake_app.media.webp_chunks import webp_lossless

_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>CANARY Jan Jansen</dc:creator></x:xmpmeta>'


def _exif(orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CANARY Canon"  # Make
    exif[0x013B] = "CANARY Jan Jansen"  # Artist
    if orientation > 1:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 5.0, 30.0), "E", (5.0, 7.0, 0.0)
    return exif.tobytes()


def _profile() -> bytes:
    """LittleCMS's sRGB profile with the canary in its device fields."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[48:56] = CANARY + b"mb"
    return bytes(profile)


def _photo(size: tuple[int, int] = (64, 48)) -> Image.Image:
    picture = Image.new("RGB", size)
    picture.putdata([(x * 4 % 256, y * 5 % 256, (x * y) % 256)
                     for y in range(size[1]) for x in range(size[0])])
    return picture


def _chunk_kinds(data: bytes) -> list[bytes]:
    kinds, pos = [], 12
    while pos + 8 <= len(data):
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        kinds.append(data[pos : pos + 4])
        pos += 8 + size + (size & 1)
    return kinds


def _with_chunk(webp: bytes, kind: bytes, value: bytes) -> bytes:
    """`webp` with a chunk appended inside its RIFF (a program's own)."""
    chunk = kind + struct.pack("<I", len(value)) + value + b"\x00" * (len(value) & 1)
    body = webp[12:] + chunk
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def test_a_lossy_photo_keeps_every_pixel_and_loses_exif_xmp_and_the_profiles_names() -> None:
    out = io.BytesIO()
    _photo().save(out, "WEBP", quality=80, exif=_exif(), xmp=_XMP, icc_profile=_profile())
    original = _with_chunk(out.getvalue(), b"ACME", CANARY + b" C:\\Users\\jjansen")
    assert not webp_lossless(original) and original.count(CANARY) >= 4
    result = clean_attachment(original, "foto.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert _chunk_kinds(result.data) == [b"VP8X", b"ICCP", b"VP8 "]
    assert frames(result.data) == frames(original)  # the same coefficients: the same pixels


def test_a_lossy_photo_standing_by_its_exif_keeps_only_the_orientation() -> None:
    out = io.BytesIO()
    _photo().save(out, "WEBP", quality=80, exif=_exif(orientation=6))
    result = clean_attachment(out.getvalue(), "foto.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    with Image.open(io.BytesIO(result.data)) as cleaned:
        assert dict(cleaned.getexif()) == {0x0112: 6}
    assert frames(result.data) == frames(out.getvalue())


def test_a_lossy_animation_keeps_its_frames_and_loses_its_xmp() -> None:
    out = io.BytesIO()
    pictures = [_photo(), _photo().rotate(90, expand=False), _photo().transpose(0)]
    pictures[0].save(out, "WEBP", save_all=True, append_images=pictures[1:],
                     duration=[80, 120, 200], loop=3, quality=70, xmp=_XMP)
    original = out.getvalue()
    result = clean_attachment(original, "anim.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert frames(result.data) == frames(original)
    with Image.open(io.BytesIO(result.data)) as cleaned:
        assert cleaned.info.get("loop") == 3


def test_a_two_kilobyte_lossless_phone_screenshot_is_cleaned_not_too_large() -> None:
    shot = Image.new("RGB", (1080, 2400), "white")
    ImageDraw.Draw(shot).text((40, 300), "Betaal of je broer krijgt problemen", fill="black")
    out = io.BytesIO()
    shot.save(out, "WEBP", lossless=True, exif=_exif())
    original = out.getvalue()
    assert len(original) < 4096
    result = clean_attachment(original, "Screenshot.webp")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    with Image.open(io.BytesIO(result.data)) as cleaned:
        assert cleaned.convert("RGB").tobytes() == shot.tobytes()


def test_a_lossless_webp_that_cannot_be_decoded_is_cleaned_in_its_container() -> None:
    out = io.BytesIO()
    _photo().save(out, "WEBP", lossless=True, exif=_exif(), xmp=_XMP)
    data = bytearray(out.getvalue())
    at = data.index(b"VP8L") + 8
    data[at] = 0x00  # the VP8L signature byte: no decoder reads the picture any more
    result = clean_attachment(bytes(data), "foto.webp")
    assert result.cleaning == "partly-cleaned"
    assert result.warnings == (IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED)
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert _chunk_kinds(result.data) == [b"VP8X", b"VP8L"]
