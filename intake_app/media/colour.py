"""Colour profiles: never copied into a cleaned image, because a profile is free-form data.

An ICC profile has a description, a copyright and private tags that a tool or a person can fill
with anything (names, serials). Pixels in a well-known sRGB profile are kept as they are, without
it (sRGB is what a viewer assumes without a profile). Pixels in any other profile (Display P3
from phones and every macOS screenshot, Adobe RGB from cameras, a scanner's own) keep their
values and get the profile *cleaned* (`kept_profile`: `icc.clean_icc`, colour tags kept, identity
emptied, as a JPEG's), where the encoder writes a profile (PNG `iCCP`, TIFF tag 34675, WebP
`ICCP`, JPEG `APP2`) and the profile's colour space is the pixels'. Review r11j J8: converted to
sRGB, the colours outside sRGB were clipped silently (saturated green ΔE76 50.8). Elsewhere
(a GIF, a profile `clean_icc` cannot read) they are converted to sRGB with LittleCMS
(`converted_to_srgb`, which tells when colours outside sRGB were clipped: task q11b). Only the
description is read; it never leaves this module.
"""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageCms

from intake_app.errors import SeinpostError
from intake_app.media.icc import clean_icc

SRGB_DESCRIPTIONS = frozenset(
    {
        "sRGB IEC61966-2.1",
        "sRGB IEC61966-2-1",
        "sRGB IEC61966-2.1 black scaled",
        "sRGB IEC61966-2-1 black scaled",
        "sRGB v4 ICC preference perceptual intent beta",
        "sRGB built-in",
        "sRGB2014",
        "sRGB",
    }
)
"""Profiles whose pixels need no conversion: dropping the profile changes nothing visible."""

_CONVERTIBLE_MODES = {"RGB": "RGB", "RGBA": "RGB", "CMYK": "CMYK"}


class ProfileDropped(SeinpostError):
    """The profile could not be used; the pixels are kept unconverted."""

    code = "media.profile_dropped"


_PROFILE_ENCODERS = frozenset({"PNG", "TIFF", "WEBP", "JPEG"})
_SPACES = {"RGB": b"RGB ", "RGBA": b"RGB ", "L": b"GRAY", "LA": b"GRAY", "I;16": b"GRAY",
           "I;16B": b"GRAY", "CMYK": b"CMYK"}
"""Pillow mode -> the ICC data colour space (header bytes 16-19) its samples are in."""


def kept_profile(icc: bytes | None, mode: str, encoder: str) -> bytes | None:
    """The cleaned profile (`icc.clean_icc`) to write with pixels of `mode` left as they are,
    when Pillow's `encoder` writes a profile, the profile's data colour space is `mode`'s and
    it is not an sRGB profile (those pixels need none); else None (then `to_srgb`)."""
    if not icc or encoder not in _PROFILE_ENCODERS or _SPACES.get(mode) != icc[16:20]:
        return None
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = (profile.profile.profile_description or "").strip()
    except Exception:  # hostile profile bytes: not kept; to_srgb says it was dropped
        return None
    return None if description in SRGB_DESCRIPTIONS else clean_icc(icc)


def to_srgb(frame: Image.Image, icc: bytes | None) -> Image.Image:
    """`frame`'s pixels in sRGB, to be saved without any profile (`converted_to_srgb`)."""
    return converted_to_srgb(frame, icc)[0]


def converted_to_srgb(frame: Image.Image, icc: bytes | None) -> tuple[Image.Image, bool]:
    """`frame`'s pixels in sRGB, to be saved without any profile, and whether colours fell
    outside sRGB and were clipped (an RGB source whose colours, taken back through its profile,
    land more than CLIP_TOLERANCE away: a saturated Adobe RGB or Display P3 green; said as
    IMAGE_COLOURS_CLIPPED, task q11b, the rest of review r11j J8).

    Raises ProfileDropped (with the frame still usable as is) when the profile cannot be read or
    the pixels cannot be converted.
    """
    if not icc:
        return frame, False
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = (profile.profile.profile_description or "").strip()
    except Exception as exc:  # hostile profile bytes: any failure means "not usable"
        raise ProfileDropped from exc
    if description in SRGB_DESCRIPTIONS:
        return frame, False
    in_mode = _CONVERTIBLE_MODES.get(frame.mode)
    if in_mode is None:
        raise ProfileDropped
    alpha = frame.getchannel("A") if frame.mode == "RGBA" else None
    source = frame.convert("RGB") if frame.mode == "RGBA" else frame
    try:
        converted = _converted(source, profile, _srgb(), "RGB")
        back = _converted(converted, _srgb(), profile, "RGB") if in_mode == "RGB" else None
    except Exception as exc:  # LittleCMS refuses a profile that does not fit the pixels
        raise ProfileDropped from exc
    clipped = back is not None and max(
        high for _, high in ImageChops.difference(back, source).getextrema()) > CLIP_TOLERANCE
    if alpha is not None:
        converted.putalpha(alpha)
    return converted, clipped


CLIP_TOLERANCE = 8
"""Levels (of 255) a colour inside sRGB may move on its way there and back (rounding in 8 bits
moves it 1 to 3); a clipped one moves tens (Adobe RGB's pure green: 0, 255, 0 comes back as
140, 255, 60 or so)."""


def _converted(image: Image.Image, source: ImageCms.ImageCmsProfile,
               target: ImageCms.ImageCmsProfile, mode: str) -> Image.Image:
    converted = ImageCms.profileToProfile(
        image, source, target, renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        outputMode=mode)
    assert converted is not None  # not in place, so a new image comes back
    return converted


def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
