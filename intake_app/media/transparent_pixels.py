"""Colour under fully transparent pixels, cleared before a picture is encoded anew.

A pixel whose alpha is 0 shows nothing, but its red, green and blue (or grey) samples are still
stored. Text or a face "erased" with an editor's eraser on a transparent layer, or a layer mask
applied, usually keeps its colour there: drop the alpha channel (any image tool does it in a
click) and it is back (review r11m R11M-14, on PNG, WebP, TIFF and GIF). So every frame the
cleaner re-encodes (`images`: a picture attached alone, inside an Office document, an SVG or
attached to a PDF, all through `picture_clean.clean_picture` or `images.clean_image`) has the
colour of each pixel with alpha 0 set to 0 first; the picture as a viewer composes it is the
same, and the encoders write those zeros as they are (lossless WebP too: libwebp keeps a
transparent pixel's colour 0 without `exact`; `tests/test_clean_picture_invisible_colour.py`).
A GIF needs none of this: a frame has one transparent palette index, so its transparent pixels
share one colour and draw no shape. A picture cleaned at the container level keeps its pixel
data byte for byte, so one with transparency (`picture_alpha`) is told
`image_invisible_colour_kept`, unless its colour under alpha 0 was read and found 0 (a TIFF
with premultiplied alpha: `premultiplied_in_container`; a PNG of 16 bits a channel:
`eight_bit_view_cleared`). docs/CLEANING.md rows
`picture-invisible-colour`, `picture-invisible-colour-kept`.
"""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageSequence

from intake_app.media import sniff
from intake_app.media.picture_container import clean_container
from intake_app.media.result import NOTES, UNREADABLE_IMAGE, Cleaned, NotCleanable

_WITH_ALPHA = frozenset({"RGBA", "LA"})
"""Modes `images` encodes with an alpha channel; every other mode with alpha is converted to
RGBA first (`images._encodable`), and a palette or colour key marks one colour transparent,
whose pixels hold nothing else."""
_INVISIBLE = [255] + [0] * 255  # alpha 0 -> mask 255 (clear it), any other alpha -> 0 (keep)


def clear_invisible_colour(picture: Image.Image) -> bool:
    """Set every channel of each pixel of `picture` (mode RGBA or LA, changed in place) whose
    alpha is 0 to 0. Returns whether any such pixel was found; other modes are left alone
    (False). Holds two extra bytes a pixel while it runs (the alpha band and its mask)."""
    if picture.mode not in _WITH_ALPHA:
        return False
    mask = picture.getchannel("A").point(_INVISIBLE)
    if mask.getbbox() is None:
        return False
    picture.paste((0,) * len(picture.getbands()), mask=mask)
    return True


def invisible_colour_cleared(picture: Image.Image) -> bool:
    """Whether every pixel of the loaded `picture` whose alpha is 0 has colour 0 (True for a
    mode other than RGBA or LA: `clear_invisible_colour` would not change it either)."""
    if picture.mode not in _WITH_ALPHA:
        return True
    mask = picture.getchannel("A").point(_INVISIBLE)
    return mask.getbbox() is None or all(
        ImageChops.darker(picture.getchannel(band), mask).getbbox() is None
        for band in picture.getbands()[:-1])



def eight_bit_view_cleared(picture: Image.Image) -> bool:
    """Whether the just opened `picture` of 16 bits a channel, as Pillow decodes it (the high
    byte of each sample: no pixel has alpha 0 there unless its alpha is under 256 of 65,535),
    shows colour 0 under every pixel with alpha 0: then what such a pixel stores is under 256
    of 65,535, black to the eye however its levels are stretched. False when it cannot be read
    (a TIFF Pillow does not decode)."""
    try:
        picture.load()
        view = picture if picture.mode in _WITH_ALPHA else picture.convert("RGBA")
    except Exception:  # hostile input: what cannot be read is not cleared
        return False
    return invisible_colour_cleared(view)


_STORED = {"RGBa": "RGBA", "La": "LA"}
"""Pillow's raw modes of premultiplied samples -> the same samples read as they are stored."""


def premultiplied_in_container(data: bytes, max_pixels: int) -> Cleaned | None:
    """A TIFF with a page of associated (premultiplied) alpha, cleaned at the container level:
    Pillow un-premultiplies and writes unassociated alpha, each sample rounded (review r11l
    R11L-6: 1,120 of 1,200 pixels moved half a level). None for any other TIFF, when the
    container would keep something, when a pixel with alpha 0 stores a colour (a premultiplied
    colour is at most its alpha, so only a hand-made file does: R11M-14), or when its pages hold
    more than `max_pixels` (not read): then it is re-encoded, its invisible colour cleared."""
    with Image.open(io.BytesIO(data), formats=["TIFF"]) as im:
        if not any(page.tag_v2.get(338) in (1, (1,)) for page in ImageSequence.Iterator(im)):
            return None
        total = 0
        for page in ImageSequence.Iterator(im):
            total += page.size[0] * page.size[1]
            if total > max_pixels:
                return None
            page.tile = [tile._replace(args=(_STORED.get(tile.args[0], tile.args[0]),
                                             *tile.args[1:]))
                         if isinstance(tile.args, tuple) and tile.args else tile
                         for tile in page.tile]  # the samples as stored, not divided by alpha
            page.load()
            if not invisible_colour_cleared(page):
                return None
    try:
        kept = clean_container(data, sniff.TIFF, UNREADABLE_IMAGE, cleared=True)
    except NotCleanable:
        return None
    return kept if all(code in NOTES for code in kept.warnings) else None
