"""Images re-encoded from their pixels alone: no EXIF, GPS, XMP, IPTC, comments or text chunks.

Each frame is decoded, turned upright by its EXIF orientation, brought to sRGB, and copied into a
brand-new image that has no `info` at all; only that copy is encoded. Nothing of the original file
(its segments, chunks, thumbnails, maker notes) can ride along, whatever Pillow's savers would
otherwise carry over from `info`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pillow_heif
from PIL import Image, ImageOps, ImageSequence

from intake_app.media import sniff
from intake_app.media.colour import ProfileDropped, to_srgb
from intake_app.media.result import (
    COLOUR_PROFILE_DROPPED,
    IMAGE_FRAMES_DROPPED,
    UNREADABLE_IMAGE,
    Cleaned,
    NotCleanable,
)

pillow_heif.register_heif_opener()

MAX_IMAGE_PIXELS = 2 * 89_478_485
"""Pixels in one frame (a 200-megapixel phone photo fits); Pillow refuses more as a bomb too."""
MAX_TOTAL_PIXELS = MAX_IMAGE_PIXELS
"""Pixels over all frames of an animation or a multi-page scan, which are held together."""
MAX_FRAMES = 2_000

JPEG_QUALITY = 92
WEBP_QUALITY = 92

# sniffed type -> (Pillow decoder, Pillow encoder, media type of the result)
_FORMATS: dict[str, tuple[str, str, str]] = {
    sniff.JPEG: ("JPEG", "JPEG", sniff.JPEG),
    sniff.PNG: ("PNG", "PNG", sniff.PNG),
    sniff.WEBP: ("WEBP", "WEBP", sniff.WEBP),
    sniff.GIF: ("GIF", "GIF", sniff.GIF),
    sniff.TIFF: ("TIFF", "TIFF", sniff.TIFF),
    sniff.HEIC: ("HEIF", "JPEG", sniff.JPEG),  # HEIC becomes JPEG: simpler, opens everywhere
}
CLEANABLE_IMAGE_TYPES = frozenset(_FORMATS)

# Pixel modes each encoder writes faithfully; anything else is converted first.
_MODES = {
    "JPEG": {"L", "RGB"},
    "PNG": {"1", "L", "LA", "RGB", "RGBA", "I;16"},
    "WEBP": {"RGB", "RGBA"},
    "GIF": {"L", "RGB", "RGBA"},
    "TIFF": {"1", "L", "RGB", "RGBA", "I;16"},
}
_MULTI_FRAME_ENCODERS = {"PNG", "WEBP", "GIF", "TIFF"}


def clean_image(data: bytes, media_type: str) -> Cleaned:
    """`data` (of sniffed `media_type`, one of CLEANABLE_IMAGE_TYPES) re-encoded without metadata.

    Raises NotCleanable(UNREADABLE_IMAGE) for anything that cannot be decoded within the limits:
    truncated or corrupt files, decompression bombs, too many frames.
    """
    decoder, encoder, out_type = _FORMATS[media_type]
    try:
        return _clean(data, decoder, encoder, out_type)
    except NotCleanable:
        raise
    except Exception as exc:  # hostile input: every decoder failure (incl. bombs) is an outcome
        raise NotCleanable(UNREADABLE_IMAGE) from exc


def _clean(data: bytes, decoder: str, encoder: str, out_type: str) -> Cleaned:
    warnings: list[str] = []
    with Image.open(io.BytesIO(data), formats=[decoder]) as im:
        n_frames = getattr(im, "n_frames", 1)
        if n_frames > MAX_FRAMES:
            raise NotCleanable(UNREADABLE_IMAGE)
        if n_frames > 1 and encoder not in _MULTI_FRAME_ENCODERS:
            n_frames = 1
            warnings.append(IMAGE_FRAMES_DROPPED)
        frames: list[Image.Image] = []
        durations: list[int] = []
        loop = im.info.get("loop")
        for frame in _frames(im, n_frames):
            fresh, profile_dropped = _fresh_pixels(frame, encoder)
            if profile_dropped and COLOUR_PROFILE_DROPPED not in warnings:
                warnings.append(COLOUR_PROFILE_DROPPED)
            frames.append(fresh)
            durations.append(_duration(frame))
    out = io.BytesIO()
    _save(frames, out, encoder, durations=durations, loop=loop, lossless=_webp_lossless(data))
    return Cleaned(out.getvalue(), out_type, tuple(warnings))


def _frames(im: Image.Image, n_frames: int) -> Iterator[Image.Image]:
    total = 0
    for index, frame in enumerate(ImageSequence.Iterator(im)):
        if index >= n_frames:
            return
        pixels = frame.size[0] * frame.size[1]
        total += pixels
        if pixels > MAX_IMAGE_PIXELS or total > MAX_TOTAL_PIXELS:
            raise NotCleanable(UNREADABLE_IMAGE)
        frame.load()
        yield frame


def _fresh_pixels(frame: Image.Image, encoder: str) -> tuple[Image.Image, bool]:
    """A new image holding only `frame`'s upright sRGB pixels, and whether a profile was dropped."""
    icc = frame.info.get("icc_profile")
    upright = _upright(frame)
    profile_dropped = False
    try:
        upright = to_srgb(upright, icc)
    except ProfileDropped:
        profile_dropped = True
    pixels = _encodable(upright, encoder)
    fresh = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
    assert not fresh.info  # the whole point: nothing but pixels
    return fresh, profile_dropped


def _upright(frame: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(frame) or frame
    except Exception:  # a broken EXIF block only costs the rotation, never the cleaning
        return frame


def _encodable(im: Image.Image, encoder: str) -> Image.Image:
    if im.mode in _MODES[encoder]:
        return im
    alpha = im.has_transparency_data and "RGBA" in _MODES[encoder]
    if im.mode.startswith("I") and "L" in _MODES[encoder]:
        # 16/32-bit grey: scale down to 8 bits rather than clip (Pillow's convert clips)
        return im.point(lambda v: v / 256).convert("L")
    return im.convert("RGBA" if alpha else "RGB")


def _duration(frame: Image.Image) -> int:
    value = frame.info.get("duration", 0)
    return int(value) if isinstance(value, int | float) and 0 <= value < 600_000 else 0


def _webp_lossless(data: bytes) -> bool:
    return data[:4] == b"RIFF" and b"VP8L" in data[12:4096]


def _save(
    frames: list[Image.Image],
    out: io.BytesIO,
    encoder: str,
    *,
    durations: list[int],
    loop: object,
    lossless: bool,
) -> None:
    first, rest = frames[0], frames[1:]
    options: dict[str, object] = {}
    if encoder == "JPEG":
        options = {"quality": JPEG_QUALITY}
    elif encoder == "WEBP":
        options = {"lossless": True} if lossless else {"quality": WEBP_QUALITY}
    elif encoder == "TIFF":
        options = {"compression": "tiff_deflate"}
    if rest:
        options.update(save_all=True, append_images=rest)
        if encoder in ("PNG", "WEBP", "GIF"):
            options["duration"] = durations
            options["loop"] = loop if isinstance(loop, int) and 0 <= loop < 65536 else 0
    first.save(out, format=encoder, **options)
