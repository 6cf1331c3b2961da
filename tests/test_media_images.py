"""Images come out re-encoded from pixels: no EXIF, GPS, XMP, comments, text chunks or profiles.

Every fixture is built here with Pillow / pillow-heif and carries canary values; the checks are the
ones a user would make: Pillow, the real `exiftool`, and a plain search of the output bytes.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import zlib

import pillow_heif
import pytest
from media_kit import identifying_tags as kit_identifying_tags
from PIL import Image, ImageCms, PngImagePlugin
from PIL.TiffImagePlugin import IFDRational

from intake_app.media.clean import clean_attachment
from intake_app.media.icc import clean_icc
from intake_app.media.result import (
    COLOUR_PROFILE_DROPPED,
    IMAGE_CLEANED_IN_CONTAINER,
    UNREADABLE_IMAGE,
)

# Pillow says what it skipped in a damaged file (tag numbers, byte counts, never content)
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL")

CANARY_STRINGS = [
    b"CanaryMake",
    b"CanaryModel",
    b"SN-CANARY-4242",
    b"CANARYDATUM",
    b"Canary Artist",
    b"Canary comment",
    b"Canary XMP Creator",
    b"Canary tEXt",
    b"Canary iTXt",
]
GPS_LATITUDE = (IFDRational(52, 1), IFDRational(22, 1), IFDRational(337712, 10000))
GPS_LONGITUDE = (IFDRational(4, 1), IFDRational(53, 1), IFDRational(271828, 10000))
XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>'
    b"Canary XMP Creator</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF>"
    b'</x:xmpmeta><?xpacket end="w"?>'
)
# Tags a TIFF cannot do without (size, layout, compression); anything else would be metadata.
TIFF_STRUCTURE_TAGS = {256, 257, 258, 259, 262, 273, 277, 278, 279, 284, 317, 338, 339}
IDENTIFYING_EXIFTOOL_WORDS = ("gps", "make", "model", "serial", "artist", "xmp", "comment", "icc")


def noisy_image(mode: str = "RGB", size: tuple[int, int] = (64, 32)) -> Image.Image:
    """Random pixels, so the encoded data of the original is unlike anything re-encoded."""
    bands = len(mode) if mode != "L" else 1
    return Image.frombytes(mode, size, os.urandom(size[0] * size[1] * bands))


def canary_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "CanaryMake"
    exif[0x0110] = "CanaryModel"
    exif[0x013B] = "Canary Artist"
    if orientation is not None:
        exif[0x0112] = orientation
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SN-CANARY-4242"  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", GPS_LATITUDE
    gps[3], gps[4] = "E", GPS_LONGITUDE
    gps[18] = "CANARYDATUM"  # GPSMapDatum
    return exif


def named_profile() -> bytes:
    """An sRGB profile whose description was changed to a person's name (same length)."""
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for encoding in ("utf-16-be", "ascii"):
        icc = icc.replace("sRGB built-in".encode(encoding), "Canary Person".encode(encoding))
    assert b"C\x00a\x00n\x00a\x00r\x00y" in icc or b"Canary Person" in icc
    return icc


def exiftool(data: bytes) -> dict[str, object]:
    run = subprocess.run(
        ["exiftool", "-j", "-a", "-u", "-G1", "-"], input=data, capture_output=True, check=True
    )
    return json.loads(run.stdout)[0]


def identifying_tags(data: bytes) -> list[str]:
    return [
        tag
        for tag in exiftool(data)
        if not tag.startswith(("System:", "ExifTool:"))
        and any(word in tag.lower() for word in IDENTIFYING_EXIFTOOL_WORDS)
    ]


def rational_bytes(values: tuple[IFDRational, ...]) -> list[bytes]:
    """The GPS values as they sit in an EXIF block, in either byte order."""
    return [struct.pack(f"{order}II", v.numerator, v.denominator) for v in values for order in "<>"]


def assert_clean(data: bytes, *, lossless_jpeg: bool = False) -> None:
    """No canary, GPS value, EXIF, XMP or profile. A JPEG cleaned losslessly (`lossless_jpeg`)
    keeps what it *is*: its orientation alone in EXIF and its colour profile, cleaned (whose
    header fields exiftool lists under ICC; `media_kit.identifying_tags` checks their values)."""
    for canary in CANARY_STRINGS:
        assert canary not in data
        assert canary.decode().encode("utf-16-be") not in data
    for packed in rational_bytes(GPS_LATITUDE[2:] + GPS_LONGITUDE[2:]):
        assert packed not in data
    if not lossless_jpeg:
        assert b"Exif\x00\x00" not in data
    assert b"eXIf" not in data
    assert b"http://ns.adobe.com/xap" not in data and b"x:xmpmeta" not in data
    with Image.open(io.BytesIO(data)) as im:
        profile = im.info.get("icc_profile")
        # a profile kept is a cleaned one (a wide-gamut picture's: review r11j J8)
        cleaned_profile = bool(profile) and clean_icc(profile) == profile
        kept = ("icc",) if lossless_jpeg or cleaned_profile else ()
        orientation = {0x0112} if lossless_jpeg else set()
        allowed = TIFF_STRUCTURE_TAGS if im.format == "TIFF" else orientation
        assert set(im.getexif()) <= allowed
        assert not set(im.info) & {"xmp", "comment", "XML:com.adobe.xmp", *(
            () if lossless_jpeg else ("exif",)), *(() if kept else ("icc_profile",))}
    assert [tag for tag in identifying_tags(data) if not tag.lower().startswith(kept)] == []
    assert kit_identifying_tags(data) == []


def encode(im: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **options)
    return buf.getvalue()


def canary_jpeg(orientation: int | None = None) -> bytes:
    return encode(
        noisy_image(),
        "JPEG",
        quality=75,
        exif=canary_exif(orientation),
        comment=b"Canary comment",
        xmp=XMP,
        icc_profile=named_profile(),
    )


def test_jpeg_with_gps_exif_comes_out_without_any_metadata_or_original_bytes() -> None:
    original = canary_jpeg()
    seen = exiftool(original)  # the fixture really carries what we claim to remove
    assert {"GPS:GPSLatitude", "IFD0:Make", "IFD0:Model", "ExifIFD:SerialNumber"} <= set(seen)
    assert "XMP-dc:Creator" in seen and "File:Comment" in seen

    result = clean_attachment(original, "IMG_0042.JPG")

    assert (result.cleaning, result.media_type, result.warnings) == ("cleaned", "image/jpeg", ())
    assert result.suggested_name == "IMG_0042.jpg"
    assert_clean(result.data, lossless_jpeg=True)
    # not re-encoded (review r11d J2): the picture data written anew from the same coefficients
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(result.data)) as after:
        assert after.tobytes() == before.tobytes()


def test_a_jpeg_keeps_its_orientation_tag_alone_and_its_samples_as_stored() -> None:
    original = canary_jpeg(orientation=6)
    result = clean_attachment(original, "photo.jpg")
    with Image.open(io.BytesIO(result.data)) as im, Image.open(io.BytesIO(original)) as before:
        assert im.size == (64, 32) and im.tobytes() == before.tobytes()  # stored as it was
        assert dict(im.getexif()) == {0x0112: 6}  # and shown rotated by 90 degrees
    assert_clean(result.data, lossless_jpeg=True)


def test_a_jpeg_with_stray_bytes_between_segments_is_cleaned_losslessly() -> None:
    # review r11i R2: libjpeg skips bytes that are not a marker ("extraneous bytes before
    # marker"), so every viewer shows such a file; it was re-encoded at q92 (77 % of samples
    # changed). Stray bytes before the profile and before the frame header are skipped alike.
    original = canary_jpeg(orientation=6)
    icc, sof = original.index(b"\xff\xe2"), original.index(b"\xff\xc0")
    stray = b"\x00\x01\x02\xff\x00"
    damaged = original[:icc] + stray + original[icc:sof] + stray + original[sof:]

    result = clean_attachment(damaged, "photo.jpg")

    assert (result.cleaning, result.media_type, result.warnings) == ("cleaned", "image/jpeg", ())
    assert_clean(result.data, lossless_jpeg=True)
    with Image.open(io.BytesIO(result.data)) as im, Image.open(io.BytesIO(original)) as before:
        assert im.tobytes() == before.tobytes()  # not re-encoded
        assert dict(im.getexif()) == {0x0112: 6} and "icc_profile" in im.info


def test_png_text_itxt_exif_and_profile_are_removed() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Canary tEXt")
    info.add_itxt("Description", "Canary iTXt", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    original = encode(
        noisy_image("RGBA"), "PNG", pnginfo=info, exif=canary_exif(), icc_profile=named_profile()
    )
    assert b"eXIf" in original and b"tEXt" in original and b"iTXt" in original

    result = clean_attachment(original, "screenshot.png")

    assert (result.cleaning, result.media_type) == ("cleaned", "image/png")
    assert_clean(result.data)
    for chunk in (b"tEXt", b"iTXt", b"zTXt"):
        assert chunk not in result.data
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.mode == "RGBA" and im.size == (64, 32)
        assert b"anary" not in im.info["icc_profile"].replace(b"\x00", b"")  # kept, cleaned


def test_webp_exif_and_xmp_are_removed() -> None:
    original = encode(noisy_image(), "WEBP", exif=canary_exif(), xmp=XMP, quality=80)
    result = clean_attachment(original, "chat.webp")
    assert (result.cleaning, result.media_type) == ("cleaned", "image/webp")
    assert_clean(result.data)
    assert b"EXIF" not in result.data and b"XMP " not in result.data


def test_tiff_tags_are_removed_and_all_pages_kept() -> None:
    tags = {270: "Canary iTXt", 271: "CanaryMake", 272: "CanaryModel", 315: "Canary Artist"}
    pages = [noisy_image(), noisy_image("L")]
    original = encode(pages[0], "TIFF", save_all=True, append_images=pages[1:], tiffinfo=tags)
    assert b"CanaryMake" in original

    result = clean_attachment(original, "scan.tiff")

    assert (result.cleaning, result.media_type) == ("cleaned", "image/tiff")
    assert result.suggested_name == "scan.tiff"
    assert_clean(result.data)
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.n_frames == 2


def test_heic_becomes_a_clean_jpeg() -> None:
    heif = pillow_heif.from_pillow(noisy_image())
    buf = io.BytesIO()
    heif.save(buf, format="HEIF", exif=canary_exif(orientation=6).tobytes(), xmp=XMP, quality=60)
    original = buf.getvalue()
    assert b"CanaryMake" in original

    result = clean_attachment(original, "IMG_7.HEIC")

    assert (result.cleaning, result.media_type) == ("cleaned", "image/jpeg")
    assert result.suggested_name == "IMG_7.jpg"
    assert_clean(result.data)
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.size == (32, 64)  # the rotation HEIC stores is applied


def test_animated_webp_keeps_its_frames_without_metadata() -> None:
    frames = [noisy_image() for _ in range(3)]
    original = encode(
        frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=50, exif=canary_exif()
    )
    result = clean_attachment(original, "sticker.webp")
    assert result.cleaning == "cleaned"
    assert_clean(result.data)
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.n_frames == 3


def test_gif_comment_is_removed() -> None:
    frames = [noisy_image("L") for _ in range(2)]
    original = encode(
        frames[0], "GIF", save_all=True, append_images=frames[1:], comment=b"Canary comment"
    )
    result = clean_attachment(original, "a.gif")
    assert result.cleaning == "cleaned"
    assert b"Canary comment" not in result.data


def decompression_bomb_png() -> bytes:
    """A valid tiny PNG whose header claims 60000 x 60000 pixels (checksums fixed up)."""
    png = encode(Image.new("1", (8, 8)), "PNG")
    ihdr = png[12:29]  # type + data
    ihdr = ihdr[:4] + struct.pack(">II", 60_000, 60_000) + ihdr[12:]
    return png[:12] + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + png[33:]


def test_a_decompression_bomb_png_is_cleaned_in_its_container_without_decoding() -> None:
    bomb = decompression_bomb_png()
    result = clean_attachment(bomb, "bomb.png")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert result.data == bomb  # it had no metadata chunks: nothing to take out


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "garbage.jpg"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "garbage.png"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x01" * 40, "garbage.webp"),
        (b"II*\x00\x08\x00\x00\x00" + b"\xff" * 40, "garbage.tif"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40, "garbage.heic"),
    ],
)
def test_unreadable_images_are_sealed_as_is_with_a_warning(data: bytes, name: str) -> None:
    """A JPEG cut off inside its EXIF block is no longer one of these: it keeps its tables and
    loses the rest (review r11j J1, tests/test_clean_jpeg_cut_in_header.py)."""
    result = clean_attachment(data, name)
    assert result.cleaning == "not-cleanable"
    assert result.warnings == (UNREADABLE_IMAGE,)
    assert result.data == data


def test_an_unusable_colour_profile_is_dropped_with_a_warning() -> None:
    original = encode(noisy_image(), "PNG", icc_profile=b"Canary Person, not a profile")
    result = clean_attachment(original, "x.png")
    assert (result.cleaning, result.warnings) == ("cleaned", (COLOUR_PROFILE_DROPPED,))
    assert_clean(result.data)


def test_a_profile_with_a_foreign_description_is_kept_cleaned_not_carried() -> None:
    """Review r11j J8: the pixels keep their values and the profile its colour tags; its
    description (a person's name here) goes."""
    im = noisy_image()
    result = clean_attachment(encode(im, "PNG", icc_profile=named_profile()), "x.png")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    with Image.open(io.BytesIO(result.data)) as out:
        assert out.tobytes() == im.tobytes()
        profile = out.info["icc_profile"]
        assert b"anary" not in profile.replace(b"\x00", b"") and clean_icc(profile) == profile
