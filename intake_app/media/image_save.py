"""Writing re-encoded frames with what the picture *is* kept from its source (issue 11, r11e).

`images.py` copies each frame's pixels into a new image without any `info`; the properties
that describe the picture rather than its maker are read here from the source, checked to be
plain numbers, and given to the encoder: how often an animation plays (and that a GIF without a
loop extension plays once), an APNG's poster image (a default image that is not part of the
animation), the physical resolution (PNG `pHYs`; TIFF XResolution, YResolution and
ResolutionUnit of the first page, for every page) and a PNG's colour hints (`gAMA`, `cHRM`,
`sRGB`, PNG 3rd edition §11.3.2, where no colour profile was converted: review r11i R3, a
viewer applies them, so without them the picture shows brighter or darker). Nothing else of
the source is read. A JPEG
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
    `png_chunks`: (type, body) of the PNG chunks written back right after IHDR: `pHYs` (9 bytes:
    pixels per unit x, y; unit 0 = aspect only, 1 = metre) and, in a PNG without `iCCP`, `gAMA`
    (4 bytes), `cHRM` (32) and `sRGB` (1, intent 0-3). `tiff_resolution`: (x, y, unit) of a
    TIFF's first page (unit 1 none, 2 inch, 3 centimetre). `grey_bits`: bits a sample of a
    grey PNG of 1, 2 or 4 bits (IHDR), else 8.
    """

    loop: int | None = None
    poster: bool = False
    png_chunks: tuple[tuple[bytes, bytes], ...] = ()
    tiff_resolution: tuple[object, object, int] | None = None
    grey_bits: int = 8


def kept_from(im: Image.Image, data: bytes) -> Kept:
    """The properties of `im` (just opened from `data`, on its first frame) to keep. A picture
    turned upright by a quarter turn (EXIF orientation 5 to 8) has its x and y resolution
    swapped with its axes."""
    loop = im.info.get("loop")
    chunks = _png_chunks(data) if im.format == "PNG" else {}
    resolution = _tiff_resolution(im) if im.format == "TIFF" else None
    if _quarter_turned(im):
        phys = chunks.get(b"pHYs")
        if phys:
            chunks[b"pHYs"] = phys[4:8] + phys[:4] + phys[8:]
        resolution = (resolution[1], resolution[0], resolution[2]) if resolution else None
    return Kept(
        loop=loop if isinstance(loop, int) and 0 <= loop < 65536 else None,
        poster=im.format == "PNG" and getattr(im, "n_frames", 1) > 1
        and im.info.get("default_image") is True,
        png_chunks=tuple(chunks.items()),
        tiff_resolution=resolution,
        grey_bits=data[24] if im.format == "PNG" and data[25] == 0 and data[24] < 8 else 8,
    )


def transparency_key(frame: Image.Image, fresh: Image.Image, encoder: str, kept: Kept) -> object:
    """The colour that is transparent in a grey, 1-bit or RGB PNG (its tRNS chunk), as the PNG
    encoder must write it for `fresh` (in the same mode as `frame`); else None. Pillow reads a
    1-bit key as 0 or 255 (written back as 1 bit: 0 or 1) and a 2- or 4-bit key unscaled while
    it scales the samples to 8 bits (written so): the key follows (review r11j J7; a key out
    of its depth's range is ignored, as by libpng)."""
    key = frame.info.get("transparency")
    if encoder != "PNG" or fresh.mode != frame.mode:
        return None
    if fresh.mode in ("1", "L", "I;16", "I;16B") and isinstance(key, int) and 0 <= key < 65536:
        if fresh.mode == "1":
            return 1 if key else 0
        if fresh.mode == "L" and kept.grey_bits < 8:
            top = (1 << kept.grey_bits) - 1
            return key * 255 // top if key <= top else None
        return key
    if fresh.mode == "RGB" and isinstance(key, tuple) and len(key) == 3 and all(
        isinstance(v, int) and 0 <= v < 65536 for v in key
    ):
        return key
    return None


def _quarter_turned(im: Image.Image) -> bool:
    """As `images._upright` turns the picture: by its EXIF orientation, if readable."""
    try:
        return im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except Exception:  # a broken EXIF block is not turned either
        return False


_PNG_HINTS = {  # chunk type -> whether its body is one a decoder reads (PNG 3rd ed. §11.3)
    b"pHYs": lambda body: len(body) == 9 and body[8] in (0, 1),
    b"gAMA": lambda body: len(body) == 4 and body != b"\0\0\0\0",
    b"cHRM": lambda body: len(body) == 32,
    b"sRGB": lambda body: len(body) == 1 and body[0] <= 3,
}
_COLOUR_HINTS = (b"gAMA", b"cHRM", b"sRGB")


def _png_chunks(data: bytes) -> dict[bytes, bytes]:
    """The bodies of `pHYs`, `gAMA`, `cHRM` and `sRGB` before the image data, each the first of
    its type and only when well formed; the colour hints only where no `iCCP` precedes the image
    data (the pixels of a PNG with a profile are converted to sRGB, so its hints no longer hold)."""
    found: dict[bytes, bytes] = {}
    profile = False
    pos = len(_PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if kind in (b"IDAT", b"IEND"):
            break
        body = data[pos + 8 : pos + 8 + length]
        profile = profile or kind == b"iCCP"
        check = _PNG_HINTS.get(kind)
        if check is not None and kind not in found and len(body) == length and check(body):
            found[kind] = body
        pos += 12 + length
    if profile:
        for kind in _COLOUR_HINTS:
            found.pop(kind, None)
    return found


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
    """`frames` (fresh images, no `info` but a transparency key and a cleaned colour profile)
    encoded by Pillow's `encoder` as one file, with `durations` (ms, one per frame) and what
    `kept` says. The first frame's profile is the file's."""
    first, rest = frames[0], frames[1:]
    options: dict[str, object] = {}
    icc = first.info.get("icc_profile")
    if encoder == "JPEG":  # 4:4:4: a HEIC's chroma, already subsampled, is not halved again
        options = {"quality": JPEG_QUALITY, "subsampling": 0}  # (r11j J2: 73 levels -> 36)
    elif encoder == "WEBP":
        options = {"lossless": True} if lossless else {"quality": WEBP_QUALITY}
    elif encoder == "TIFF":
        options = {"compression": "tiff_deflate"}
        if kept.tiff_resolution is not None:
            x, y, unit = kept.tiff_resolution
            options.update(x_resolution=x, y_resolution=y, resolution_unit=unit)
    if icc:
        options["icc_profile"] = icc
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
    if encoder == "PNG" and kept.png_chunks:
        written = _with_chunks(written, kept.png_chunks)
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


def _with_chunks(png: bytes, chunks: tuple[tuple[bytes, bytes], ...]) -> bytes:
    """`png` (as Pillow wrote it: IHDR first, none of `chunks`' types) with `chunks` right
    after IHDR, where PNG allows each of them (before PLTE and the image data)."""
    written = b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        for kind, body in chunks)
    return png[:_PNG_IHDR_END] + written + png[_PNG_IHDR_END:]
