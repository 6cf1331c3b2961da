"""Writing re-encoded frames with what the picture *is* kept from its source (issue 11, r11e).

`images.py` copies each frame's pixels into a new image without any `info`; the properties
that describe the picture rather than its maker are read here from the source, checked to be
plain numbers, and given to the encoder: how often an animation plays (and that a GIF without a
loop extension plays once), an APNG's poster image (a default image that is not part of the
animation), and the physical resolution (PNG `pHYs`; TIFF XResolution, YResolution and
ResolutionUnit of the first page, for every page). Nothing else of the source is read. A JPEG
keeps its density where it is cleaned without re-encoding (`jpeg_clean`: JFIF's fields).
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

JPEG_QUALITY = 92
WEBP_QUALITY = 92

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_IHDR_END = 8 + 8 + 13 + 4  # signature, IHDR length and type, its 13 bytes, its CRC


@dataclass(frozen=True)
class Kept:
    """What the picture is, read from the source before its pixels are copied.

    `loop`: plays of an animation as the source says (GIF: None when it has no NETSCAPE2.0
    extension, so it plays once; 0 is forever). `poster`: an APNG whose first image is a
    default image shown by viewers without animation, not a frame of the animation.
    `png_phys`: the 9 bytes of a PNG's `pHYs` (pixels per unit x, y; unit 0 = aspect only,
    1 = metre). `tiff_resolution`: (x, y, unit) of a TIFF's first page (unit 1 none, 2 inch,
    3 centimetre).
    """

    loop: int | None = None
    poster: bool = False
    png_phys: bytes | None = None
    tiff_resolution: tuple[object, object, int] | None = None


def kept_from(im: Image.Image, data: bytes) -> Kept:
    """The properties of `im` (just opened from `data`, on its first frame) to keep. A picture
    turned upright by a quarter turn (EXIF orientation 5 to 8) has its x and y resolution
    swapped with its axes."""
    loop = im.info.get("loop")
    phys = _png_phys(data) if im.format == "PNG" else None
    resolution = _tiff_resolution(im) if im.format == "TIFF" else None
    if _quarter_turned(im):
        phys = phys[4:8] + phys[:4] + phys[8:] if phys else None
        resolution = (resolution[1], resolution[0], resolution[2]) if resolution else None
    return Kept(
        loop=loop if isinstance(loop, int) and 0 <= loop < 65536 else None,
        poster=im.format == "PNG" and getattr(im, "n_frames", 1) > 1
        and im.info.get("default_image") is True,
        png_phys=phys,
        tiff_resolution=resolution,
    )


def _quarter_turned(im: Image.Image) -> bool:
    """As `images._upright` turns the picture: by its EXIF orientation, if readable."""
    try:
        return im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except Exception:  # a broken EXIF block is not turned either
        return False


def _png_phys(data: bytes) -> bytes | None:
    """The body of the `pHYs` chunk before the image data, when it is exactly 9 bytes with a
    known unit (a decoder reads nothing else there)."""
    pos = len(_PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if kind in (b"IDAT", b"IEND"):
            return None
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"pHYs":
            return body if length == 9 and len(body) == 9 and body[8] in (0, 1) else None
        pos += 12 + length
    return None


def _tiff_resolution(im: Image.Image) -> tuple[object, object, int] | None:
    tags = getattr(im, "tag_v2", {})
    x, y, unit = tags.get(282), tags.get(283), tags.get(296, 2)  # TIFF's default unit: inch
    try:
        values = float(x), float(y)  # IFDRational; a zero denominator reads as nan
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not all(math.isfinite(v) and 0 < v < 2**32 for v in values) or unit not in (1, 2, 3):
        return None
    return x, y, unit  # the rationals themselves: written back exactly


def save_frames(
    frames: list[Image.Image],
    encoder: str,
    *,
    durations: list[int],
    kept: Kept,
    lossless: bool,
) -> bytes:
    """`frames` (fresh images, no `info` but a transparency key) encoded by Pillow's `encoder`
    as one file, with `durations` (ms, one per frame) and what `kept` says."""
    first, rest = frames[0], frames[1:]
    options: dict[str, object] = {}
    if encoder == "JPEG":
        options = {"quality": JPEG_QUALITY}
    elif encoder == "WEBP":
        options = {"lossless": True} if lossless else {"quality": WEBP_QUALITY}
    elif encoder == "TIFF":
        options = {"compression": "tiff_deflate"}
        if kept.tiff_resolution is not None:
            x, y, unit = kept.tiff_resolution
            options.update(x_resolution=x, y_resolution=y, resolution_unit=unit)
    if rest:
        options.update(save_all=True, append_images=rest)
        if encoder in ("PNG", "WEBP", "GIF"):
            options["duration"] = durations
            if kept.loop is not None or encoder != "GIF":  # a GIF without one plays once
                options["loop"] = kept.loop if kept.loop is not None else 0
        if encoder == "PNG" and kept.poster:
            # The first image is shown where there is no animation, and is not a frame of it.
            options.update(default_image=True, duration=durations[1:])
        if encoder == "GIF":
            # Each frame is the whole picture a viewer showed at that moment, so each must be
            # drawn on a cleared canvas ("restore to background"); without it frames pile up.
            options["disposal"] = 2
    out = io.BytesIO()
    first.save(out, format=encoder, **options)
    written = out.getvalue()
    if encoder == "PNG" and kept.png_phys is not None:
        written = _with_phys(written, kept.png_phys)
    return written


def same_frames(frames: list[Image.Image], written: bytes) -> bool:
    """Whether `written` (a file Pillow can read) shows, frame by frame as a viewer composes
    it, the same pixels as `frames` (the images given to the encoder): RGBA, with every fully
    transparent pixel counted alike (its colour is invisible). Review r11h H3: a GIF encoder
    may choose a new palette."""
    with Image.open(io.BytesIO(written)) as im:
        if getattr(im, "n_frames", 1) != len(frames):
            return False
        for index, source in enumerate(frames):
            im.seek(index)
            if _visible(im) != _visible(source):
                return False
    return True


def _visible(frame: Image.Image) -> bytes:
    rgba = frame.convert("RGBA")
    alpha = rgba.getchannel("A").point(lambda a: 255 if a else 0)
    cleared = Image.new("RGBA", rgba.size, (0, 0, 0, 0))
    return Image.composite(rgba, cleared, alpha).tobytes()


def _with_phys(png: bytes, body: bytes) -> bytes:
    """`png` (as Pillow wrote it: IHDR first, no pHYs) with a `pHYs` chunk right after IHDR."""
    chunk = struct.pack(">I", len(body)) + b"pHYs" + body + struct.pack(
        ">I", zlib.crc32(b"pHYs" + body))
    return png[:_PNG_IHDR_END] + chunk + png[_PNG_IHDR_END:]
