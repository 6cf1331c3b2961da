"""Issue 11, review r11j J8: a picture in a wide-gamut profile (Adobe RGB from a camera, Display
P3 from every Mac and iPhone screenshot) keeps its colours when it is re-encoded: its pixel
values stay and its profile is written back cleaned (colour tags only), so a colour-managed
reader (LittleCMS) shows exactly what it showed; converted to sRGB, a saturated green moved by
ΔE76 50.8, told "Cleaned". What the profile says about its maker goes."""

from __future__ import annotations

import io
import struct

import pytest
from media_kit import exiftool, identifying_tags
from PIL import Image, ImageCms

from intake_app.media.clean import clean_attachment
from intake_app.media.icc import clean_icc

COLOURS = [(0, 255, 0), (255, 0, 0), (0, 0, 255), (128, 128, 128)]
_ADOBE_RGB_D50 = {  # Adobe RGB (1998) primaries adapted to D50, as its profiles store them
    b"rXYZ": (0.60974, 0.31111, 0.01947),
    b"gXYZ": (0.20528, 0.62567, 0.06087),
    b"bXYZ": (0.14919, 0.06322, 0.74457),
}


def _wide_profile() -> bytes:
    """LittleCMS's sRGB profile with Adobe RGB's primaries (a gamut that holds greens sRGB
    cannot show) and a description that names its maker's computer."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", profile[128:132])
    for index in range(count):
        sig, offset, _ = struct.unpack(">4sII", profile[132 + 12 * index : 144 + 12 * index])
        if sig in _ADOBE_RGB_D50:
            values = (round(v * 65536) for v in _ADOBE_RGB_D50[sig])
            profile[offset + 8 : offset + 20] = struct.pack(">3i", *values)
        if sig == b"desc":
            text = "JJLAPTOP Jan".encode("utf-16-be")
            at = profile.index("sRGB built-in".encode("utf-16-be"), offset)
            profile[at : at + len(text)] = text
    profile[84:100] = bytes(16)  # no profile id: LittleCMS would take it for its own sRGB
    return bytes(profile)


PROFILE = _wide_profile()


def _picture(fmt: str) -> bytes:
    im = Image.new("RGB", (4, 1))
    im.putdata(COLOURS)
    out = io.BytesIO()
    im.save(out, fmt, icc_profile=PROFILE, **({"lossless": True} if fmt == "WEBP" else {}))
    return out.getvalue()


def _lab(im: Image.Image, profile: ImageCms.ImageCmsProfile) -> bytes:
    """The colours `im` shows through `profile`, in CIE Lab (LittleCMS, relative colorimetric,
    as the review measured)."""
    shown = ImageCms.profileToProfile(im, profile, ImageCms.createProfile("LAB"),
                                      renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                      outputMode="LAB")
    assert shown is not None
    return shown.tobytes()


def _shown(data: bytes) -> tuple[bytes, bytes]:
    """The file's pixel values, and the colours a colour-managed reader shows (its profile)."""
    with Image.open(io.BytesIO(data)) as im:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(im.info["icc_profile"]))
        return im.convert("RGB").tobytes(), _lab(im.convert("RGB"), profile)


def _in_srgb(values: bytes) -> bytes:
    """The colours these values show in sRGB: what a conversion to sRGB leaves (clipped)."""
    return _lab(Image.frombytes("RGB", (len(values) // 3, 1), values),
                ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")))


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "WEBP"])
def test_a_wide_gamut_picture_shows_the_same_colours_once_cleaned(fmt: str) -> None:
    original = _picture(fmt)
    values, shown = _shown(original)
    assert _in_srgb(values)[0:3] != shown[0:3]  # the green is outside sRGB: clipped there
    result = clean_attachment(original, f"scherm.{fmt.lower()}")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _shown(result.data) == (values, shown)


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "WEBP"])
def test_the_kept_profile_says_nothing_of_its_maker(fmt: str) -> None:
    result = clean_attachment(_picture(fmt), f"scherm.{fmt.lower()}")
    with Image.open(io.BytesIO(result.data)) as im:
        profile = im.info["icc_profile"]
    assert clean_icc(profile) == profile and "JJLAPTOP".encode("utf-16-be") not in profile
    assert "JJLAPTOP" not in str(exiftool(result.data)) and identifying_tags(result.data) == []
