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
share one colour and draw no shape. Pictures cleaned at the container level keep their pixel
data byte for byte: see docs/CLEANING.md, row `picture-invisible-colour`.
"""

from __future__ import annotations

from PIL import Image

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
