"""Images re-encoded from their pixels alone: no EXIF, GPS, XMP, IPTC, comments or text chunks.

A JPEG is not re-encoded: it is cleaned losslessly (`jpeg_clean`: only the segments a decoder
reads, the picture data written anew by jpegtran from its coefficients, the EXIF orientation
alone and a cleaned colour profile written back), so its pixels stay exactly; only where that
cannot be done fully is it re-encoded like any other picture.

A GIF is not re-encoded either: it is written anew block by block, each frame's own palette,
disposal, transparency and interlacing kept (`gif_blocks`); only a GIF that cannot be rewritten
so (an LZW code size over 8) is re-encoded like the other pictures, and told when its colours
changed (`image_colours_changed`).

Each frame is decoded, turned upright by its EXIF orientation, brought to sRGB unless its colour
profile can be kept cleaned (`colour.kept_profile`, review r11j J8), and copied into a
brand-new image that has no `info` at all; only that copy is encoded. Nothing of the original file
(its segments, chunks, thumbnails, maker notes) can ride along, whatever Pillow's savers would
otherwise carry over from `info`. What the picture *is* stays: every frame as a viewer composes
it, its timing and loop count, an APNG's poster image, transparency, 16-bit grey, resolution
and orientation (`image_save`). HEIC and AVIF become JPEG, or PNG when they have an alpha
plane (JPEG has no transparency: review r11h H2). Colour or grey-with-alpha at 16 bits a
channel, which Pillow decodes to 8, goes to the container cleaner, which keeps every sample.

The work is bounded before a pixel is decoded: at most `MAX_PIXELS` pixels over all frames
(about 4 bytes each in memory, a few copies at a time), and at most `MAX_PIXELS_PER_BYTE` per
byte of the file, so a tiny file cannot ask for seconds of decoding. A picture over the bound,
or one that cannot be decoded (cut off, an unusual TIFF), is cleaned at the container level
instead where the format allows (JPEG, PNG, TIFF, GIF, WebP, HEIC and AVIF): its metadata
segments, chunks, tags, blocks or items are removed and only the picture data a decoder uses
is kept (`png_data`, `tiff_data`, `jpeg_scan`; a HEIC's is kept unread, `heif_container`).
Only when that fails too is it sealed as is, warned. A lossy WebP is cleaned in its container
from the start (`webp_container`: no second generation of loss), its VP8 data cut to what the
decoder reads (`vp8_partitions`).

A picture attached alone is cleaned by all this in a bounded child process (`image_child`), and
its container alone in a second one when the first is stopped (`picture_container`).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator

from PIL import Image, ImageOps, ImageSequence

from intake_app.errors import SeinpostError
from intake_app.media import sniff
from intake_app.media.avif_depth import avif_bit_depth
from intake_app.media.colour import ProfileDropped, converted_to_srgb, kept_profile
from intake_app.media.gif_blocks import NotAGif, clean_gif
from intake_app.media.image_save import (
    Kept,
    kept_from,
    same_frames,
    save_frames,
    transparency_key,
)
from intake_app.media.jpeg_clean import clean_jpeg
from intake_app.media.jpeg_segments import NotAJpeg, too_many_header_segments
from intake_app.media.motion_photo import has_appended_video
from intake_app.media.picture_container import clean_container
from intake_app.media.picture_kinds import PICTURE_FORMATS
from intake_app.media.result import (
    COLOUR_PROFILE_DROPPED,
    IMAGE_COLOURS_CHANGED,
    IMAGE_COLOURS_CLIPPED,
    IMAGE_DEPTH_REDUCED,
    IMAGE_FRAMES_DROPPED,
    IMAGE_HAS_SUB_IMAGES,
    IMAGE_RECOMPRESSED,
    JPEG_DATA_NOT_REBUILT,
    MOTION_PHOTO_VIDEO_DROPPED,
    TOO_LARGE_TO_CLEAN,
    UNREADABLE_IMAGE,
    Cleaned,
    NotCleanable,
)
from intake_app.media.tiff_layout import has_sub_images, within_pillow_bounds
from intake_app.media.transparent_pixels import (
    clear_invisible_colour,
    eight_bit_view_cleared,
    premultiplied_in_container,
)
from intake_app.media.vp8_partitions import Trials
from intake_app.media.webp_chunks import webp_lossless
from intake_app.media.webp_container import NotAWebp, strip_webp

MAX_PIXELS = 50_000_000
"""Pixels decoded for one image, summed over its frames (a 48-megapixel photo fits). At about
4 bytes a pixel and at most three copies alive at once, cleaning holds under 600 MiB of pixels;
anything larger is cleaned at the container level or not at all."""
MAX_IMAGE_PIXELS = MAX_PIXELS
"""Kept for callers of the earlier name: pixels in one frame."""
MAX_TOTAL_PIXELS = MAX_PIXELS
MAX_FRAMES = 2_000
MAX_PIXELS_PER_BYTE = 1024
"""Pixels (over all frames) a file may declare per byte of its own: about the best ratio the
common encoders reach on flat pictures (zlib tops out near 1,032:1 on 8-bit samples; a white
1920x1080 PNG screenshot is ~350 pixels a byte). A 546-byte TIFF that declares 48 million
pixels (fuzzing found it; decoding took over 5 s under load) is cleaned at the container level
instead, in milliseconds. Other 1-bit scans of nearly blank pages go that way too: their
metadata is still removed, their pixels kept byte for byte. Fax pages (CCITT) are bounded by
MAX_PIXELS alone (`_is_fax`), and so are GIFs: Pillow's LZW decoder reads a flat
49-million-pixel GIF (1,300 pixels a byte) in about 0.6 s of CPU (review r11i R5's kind)."""

_FORMATS = PICTURE_FORMATS  # sniffed type -> (decoder, encoder, type of the result)

# Pixel modes each encoder writes faithfully; anything else is converted first.
_MODES = {
    "JPEG": {"L", "RGB"},
    "PNG": {"1", "L", "LA", "RGB", "RGBA", "I;16", "I;16B"},
    "WEBP": {"RGB", "RGBA"},
    "GIF": {"L", "RGB", "RGBA"},
    "TIFF": {"1", "L", "LA", "RGB", "RGBA", "CMYK", "I;16", "I;16B", "I", "F"},
}
_MULTI_FRAME_ENCODERS = {"PNG", "WEBP", "GIF", "TIFF"}


class _Undecodable(SeinpostError):
    """Pixels cannot be used (too many, or not faithfully): try the container instead.

    `warning` is the code recorded if the container cannot be cleaned either; `cleared`: its
    colour under alpha 0 was read and is 0 (`transparent_pixels.eight_bit_view_cleared`).
    """

    code = "media.not_cleanable"

    def __init__(self, warning: str, *, cleared: bool = False) -> None:
        super().__init__(warning)
        self.warning = warning
        self.cleared = cleared


def clean_image(data: bytes, media_type: str) -> Cleaned:
    """`data` (of sniffed `media_type`, one of CLEANABLE_IMAGE_TYPES) without metadata.

    Re-encoded from its pixels where they can be decoded within `MAX_PIXELS`; else cleaned at the
    container level (warning IMAGE_CLEANED_IN_CONTAINER). Raises NotCleanable(UNREADABLE_IMAGE)
    for a damaged file whose container cannot be walked either, and
    NotCleanable(TOO_LARGE_TO_CLEAN) for a picture over the bound whose container cannot be.
    """
    cleaned = _clean_picture(data, media_type)
    if media_type == sniff.JPEG and has_appended_video(data):  # review r11e I6: told, not lost
        return Cleaned(cleaned.data, cleaned.media_type,
                       (*cleaned.warnings, MOTION_PHOTO_VIDEO_DROPPED))
    return cleaned


def _clean_picture(data: bytes, media_type: str) -> Cleaned:
    decoder, encoder, out_type = _FORMATS[media_type]
    if media_type == sniff.JPEG and too_many_header_segments(lambda at, n: data[at:at + n]):
        raise NotCleanable(TOO_LARGE_TO_CLEAN)  # before Pillow lists them (r11k R11K-4)
    if media_type == sniff.JPEG:
        lossless = _lossless_jpeg(data)
        if lossless is not None:
            return lossless
    if media_type == sniff.GIF:
        try:  # every frame's own palette, disposal and transparency kept (review r11h H3)
            written, notes = clean_gif(data, max_pixels=MAX_PIXELS, max_frames=MAX_FRAMES)
            return Cleaned(written, sniff.GIF, notes)
        except NotAGif:
            pass  # damaged, or beyond the bounds: re-encoded from Pillow's frames, or refused
    if media_type == sniff.WEBP and not webp_lossless(data):
        try:  # a lossy WebP in its container: no second generation of loss (review r11i R2)
            trials = Trials(_webp_pixels, MAX_PIXELS)  # data no decoder reads cut (r11l R11L-2)
            written, notes = strip_webp(data, trials.shortest)
            return Cleaned(written, sniff.WEBP, notes)
        except NotAWebp:
            pass
    if media_type == sniff.TIFF and has_sub_images(data):
        raise NotCleanable(IMAGE_HAS_SUB_IMAGES)  # its first image is a preview (DNG, raw)
    cleared = False  # colour under alpha 0 read as 0 before the container is cleaned (R11M-14)
    try:
        if media_type == sniff.TIFF and not within_pillow_bounds(data):  # r11k R11K-1, R11K-2
            raise _Undecodable(TOO_LARGE_TO_CLEAN)  # before Pillow opens it: the container
        budget = _pixel_budget(data, decoder)  # premultiplied: samples as stored, R11M-14
        kept = premultiplied_in_container(data, budget) if media_type == sniff.TIFF else None
        return kept or _clean(data, decoder, encoder, out_type)
    except _Undecodable as outcome:
        code, cleared = outcome.warning, outcome.cleared
    except NotCleanable:
        raise
    except MemoryError:  # the cleaning child's address-space bound (`image_child`)
        code = TOO_LARGE_TO_CLEAN
    except Exception:  # hostile input: every decoder failure (incl. bombs) is an outcome
        code = UNREADABLE_IMAGE
    return clean_container(data, media_type, code, cleared=cleared)


def _webp_pixels(data: bytes) -> bytes | None:
    """The pixels libwebp decodes from the simple WebP `data`, or None when it refuses it."""
    try:
        with Image.open(io.BytesIO(data), formats=["WEBP"]) as picture:
            return picture.tobytes()
    except Exception:  # a trial cut too short, or a damaged frame: not these pixels
        return None


def _lossless_jpeg(data: bytes) -> Cleaned | None:
    """A JPEG cleaned without re-encoding (`jpeg_clean`, as inside Office files): the segments a
    decoder reads, the picture data written anew from its coefficients, the EXIF orientation
    alone and the colour profile cleaned; so every pixel stays. None where that cannot be done
    fully (a damaged file, or jpegtran could not rebuild it): then it is re-encoded instead.
    A file holding more pictures (MPO: a burst, a depth or HDR map) keeps the first, noted."""
    try:
        picture = clean_jpeg(data, appearance=True)
    except NotAJpeg:
        return None
    if JPEG_DATA_NOT_REBUILT in picture.warnings:
        return None
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as im:
            more = getattr(im, "n_frames", 1) > 1
    except Exception:  # only asked to tell a multi-picture file: the cleaning is done
        more = False
    return Cleaned(picture.data, sniff.JPEG,
                   (*picture.warnings, *((IMAGE_FRAMES_DROPPED,) if more else ())))


def _pixel_budget(data: bytes, decoder: str) -> int:
    """Pixels that may be decoded for `data`, over all its frames (see MAX_PIXELS_PER_BYTE):
    MAX_PIXELS alone for a WebP, which libwebp decodes and encodes fast (a lossless screenshot
    of 49 million pixels, 17 KB: 1.5 s of CPU both ways; review r11i R5: a 2 KB phone
    screenshot, 1,300 pixels a byte, was sealed as it was with its GPS, "too large")."""
    if decoder == "WEBP":
        return MAX_PIXELS
    return min(MAX_PIXELS, len(data) * MAX_PIXELS_PER_BYTE)


_PILLOW_AVIF_BRANDS = (b"avif", b"avis", b"mif1", b"msf1")
"""Major brands Pillow's AVIF plug-in opens; sniff took the file for AVIF by its compatible
brands, so another major brand (`miaf`) is named `avif` in the copy that is decoded."""
_FAX = frozenset({"tiff_ccitt", "group3", "group4"})  # Pillow's names of TIFF compressions 2-4


def _is_fax(frame: Image.Image) -> bool:
    """A 1-bit TIFF page in CCITT fax compression. libtiff decodes these at tens of millions
    of pixels in a few hundredths of a second of CPU (49 million, nearly blank: 0.04 s), so
    they are bounded by MAX_PIXELS alone, not per byte: a nearly blank scan page holds over
    10,000 pixels a byte, and cleaned at the container level its strips are kept whole
    (`image_data_not_trimmed`) where decoding rebuilds them."""
    return frame.format == "TIFF" and frame.mode == "1" and frame.info.get("compression") in _FAX


def _clean(data: bytes, decoder: str, encoder: str, out_type: str) -> Cleaned:
    warnings: list[str] = []
    budget = _pixel_budget(data, decoder)
    if decoder == "HEIF":
        _register_heif()
    if decoder == "AVIF" and data[8:12] not in _PILLOW_AVIF_BRANDS:
        data = data[:8] + b"avif" + data[12:]  # `miaf` first, `avif` compatible (r11h H5)
    with Image.open(io.BytesIO(data), formats=[decoder]) as im:
        width, height = im.size
        if width * height > (MAX_PIXELS if _is_fax(im) else budget):
            raise _Undecodable(TOO_LARGE_TO_CLEAN)  # before a single pixel is decoded
        if _deeper_than_pillow(im, data):
            raise _Undecodable(UNREADABLE_IMAGE, cleared=eight_bit_view_cleared(im))
        n_frames = getattr(im, "n_frames", 1)
        if n_frames > MAX_FRAMES:
            raise _Undecodable(TOO_LARGE_TO_CLEAN)
        if n_frames > 1 and encoder not in _MULTI_FRAME_ENCODERS:
            n_frames = 1
            warnings.append(IMAGE_FRAMES_DROPPED)
        frames: list[Image.Image] = []
        durations: list[int] = []
        kept = kept_from(im, data)
        if encoder == "JPEG" and _bit_depth(im, data) > 8:
            warnings.append(IMAGE_DEPTH_REDUCED)  # a 10-bit HEIC or AVIF: 8 bits (r11e H1)
        if encoder == "JPEG" and _has_alpha(im):  # a HEIC or AVIF with an alpha plane: JPEG
            encoder, out_type = "PNG", sniff.PNG  # has no transparency (r11h H2)
        for frame in _frames(im, n_frames, budget):
            fresh, said = _fresh_pixels(frame, encoder, kept)
            warnings += [code for code in said if code not in warnings]
            frames.append(fresh)
            durations.append(_duration(frame))
    written = save_frames(frames, encoder, durations=durations, kept=kept,
                          lossless=webp_lossless(data))
    if encoder == "JPEG" or (encoder == "WEBP" and not webp_lossless(data)):
        warnings.append(IMAGE_RECOMPRESSED)  # lossy: its pixels change a little (r11j J2)
    if encoder == "GIF" and not same_frames(frames, written):
        warnings.append(IMAGE_COLOURS_CHANGED)  # a new palette (review r11h H3)
    return Cleaned(written, out_type, tuple(warnings))


@functools.cache
def _register_heif() -> None:
    """Pillow's HEIF plug-in, loaded when the first HEIC is decoded: libheif's load was about a
    third of the picture child's imports, paid for every JPEG and PNG (task q11a)."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def _bit_depth(im: Image.Image, data: bytes) -> int:
    """Bits a channel of the source as its decoder tells (pillow_heif's `bit_depth`), an AVIF's
    as its item properties say (`avif_depth`: Pillow does not tell), else 8."""
    if im.format == "AVIF":
        return avif_bit_depth(data)
    depth = im.info.get("bit_depth", 8)
    return depth if isinstance(depth, int) else 8


def _deeper_than_pillow(im: Image.Image, data: bytes) -> bool:
    """Colour, or grey with alpha, at more than 8 bits a channel (TIFF or PNG): Pillow has no
    such mode and decodes it to 8 bits, so the container keeps its samples exactly instead
    (review r11e I1: a 16-bit grey and alpha PNG became 8-bit RGBA). 16-bit grey alone is fine
    (Pillow's I;16)."""
    if im.format == "PNG":
        return data[24] == 16 and data[25] in (2, 4, 6)  # IHDR bit depth; RGB, grey+alpha, RGBA
    if im.format != "TIFF":
        return False
    bits = getattr(im, "tag_v2", {}).get(258, (8,))
    bits = bits if isinstance(bits, tuple) else (bits,)
    return len(bits) > 1 and max(bits) > 8


def _frames(im: Image.Image, n_frames: int, budget: int) -> Iterator[Image.Image]:
    """The first `n_frames` frames, loaded; _Undecodable once more than MAX_PIXELS over all,
    or more than `budget` outside fax pages, would be decoded."""
    total = slow = 0
    for index, frame in enumerate(ImageSequence.Iterator(im)):
        if index >= n_frames:
            return
        pixels = frame.size[0] * frame.size[1]
        total += pixels
        slow += 0 if _is_fax(frame) else pixels
        if total > MAX_PIXELS or slow > budget:
            raise _Undecodable(TOO_LARGE_TO_CLEAN)
        frame.load()
        yield frame


def _fresh_pixels(frame: Image.Image, encoder: str, kept: Kept) -> tuple[Image.Image, list[str]]:
    """A new image holding only `frame`'s upright pixels, in sRGB or with their profile cleaned
    (`colour.kept_profile`), and what to say: COLOUR_PROFILE_DROPPED when a profile could not
    be used, IMAGE_COLOURS_CLIPPED when converting to sRGB clipped colours."""
    icc = frame.info.get("icc_profile")
    upright = _upright(frame)
    said: list[str] = []
    profile = kept_profile(icc, upright.mode, encoder) if upright.mode in _MODES[encoder] else None
    if profile is None:  # else its values stay, written with the profile cleaned (r11j J8)
        try:
            upright, clipped = converted_to_srgb(upright, icc)
            said += [IMAGE_COLOURS_CLIPPED] if clipped else []
        except ProfileDropped:
            said.append(COLOUR_PROFILE_DROPPED)
    pixels = _encodable(upright, encoder)
    fresh = pixels.copy() if pixels is frame else pixels  # one copy at most, never of a copy
    fresh.info = {}  # the whole point: nothing but pixels (and a palette for P images)
    clear_invisible_colour(fresh)  # what an eraser left under alpha 0 (r11m R11M-14)
    key = transparency_key(frame, fresh, encoder, kept)
    if key is not None:
        fresh.info["transparency"] = key  # a number, checked: what the picture is, not its maker
    if profile is not None:
        fresh.info["icc_profile"] = profile  # cleaned: colour tags only (media/colour.py)
    return fresh, said


def _upright(frame: Image.Image) -> Image.Image:
    try:
        orientation = frame.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block only costs the rotation, never the cleaning
        return frame
    if orientation in (None, 1):
        return frame  # no copy of a picture that already stands upright
    try:
        return ImageOps.exif_transpose(frame) or frame
    except Exception:
        return frame


def _encodable(im: Image.Image, encoder: str) -> Image.Image:
    if im.mode in _MODES[encoder]:
        return im
    alpha = _has_alpha(im) and "RGBA" in _MODES[encoder]
    if im.mode.startswith("I") and "L" in _MODES[encoder]:
        # 16/32-bit grey: scale down to 8 bits rather than clip (Pillow's convert clips)
        return im.convert("I").point(lambda v: v / 256).convert("L")
    return im.convert("RGBA" if alpha else "RGB")


def _has_alpha(im: Image.Image) -> bool:
    """Like Pillow's has_transparency_data, which fails on a GIF frame left without a palette."""
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info:
        return True
    return im.mode == "P" and im.palette is not None and im.palette.mode == "RGBA"


def _duration(frame: Image.Image) -> int:
    value = frame.info.get("duration", 0)
    return int(value) if isinstance(value, int | float) and 0 <= value < 600_000 else 0
