"""Colour profiles: never carried into a cleaned image, because a profile is free-form data.

An ICC profile has a description, a copyright and private tags that a tool or a person can fill
with anything (names, serials). Instead of copying it, pixels in a well-known sRGB profile are kept
as they are (sRGB is what a viewer assumes without a profile), and pixels in any other profile
(Display P3 from phones, Adobe RGB from cameras, a scanner's own) are converted to sRGB with
LittleCMS. Only the description is read; it never leaves this module.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from intake_app.errors import SeinpostError

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


def to_srgb(frame: Image.Image, icc: bytes | None) -> Image.Image:
    """`frame`'s pixels in sRGB, to be saved without any profile.

    Raises ProfileDropped (with the frame still usable as is) when the profile cannot be read or
    the pixels cannot be converted.
    """
    if not icc:
        return frame
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = (profile.profile.profile_description or "").strip()
    except Exception as exc:  # hostile profile bytes: any failure means "not usable"
        raise ProfileDropped from exc
    if description in SRGB_DESCRIPTIONS:
        return frame
    in_mode = _CONVERTIBLE_MODES.get(frame.mode)
    if in_mode is None:
        raise ProfileDropped
    alpha = frame.getchannel("A") if frame.mode == "RGBA" else None
    source = frame.convert("RGB") if frame.mode == "RGBA" else frame
    try:
        converted = ImageCms.profileToProfile(
            source,
            profile,
            _srgb(),
            renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
            outputMode="RGB",
        )
    except Exception as exc:  # LittleCMS refuses a profile that does not fit the pixels
        raise ProfileDropped from exc
    assert converted is not None  # not in place, so a new image comes back
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
