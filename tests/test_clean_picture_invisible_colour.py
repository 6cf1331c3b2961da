"""Review r11m R11M-14: colour kept under fully transparent pixels came back when alpha was dropped.

A name written on a picture and then "erased" to transparency (an eraser on a transparent layer,
a layer mask applied) leaves alpha 0 over its red, green and blue samples. The cleaner re-encoded
every pixel as it was, so flattening the sealed picture onto its colour channels showed the name
again. Now every pixel with alpha 0 has colour 0 in the sealed file, in each format the cleaner
re-encodes with alpha (PNG in RGBA, grey with alpha, a palette with several transparent entries,
an animated PNG; lossless WebP; TIFF), alone and inside a Word document; what a viewer shows is
the same before and after. Each picture is made here with Pillow and read back pixel by pixel.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile

import pytest
from media_kit import frames
from office_kit import OD, package
from PIL import Image, ImageDraw, ImageSequence

from intake_app.media.clean import clean_attachment

HIDDEN = (200, 30, 40)  # the erased text's colour, under alpha 0


def _erased(mode: str = "RGBA", size: tuple[int, int] = (48, 24)) -> Image.Image:
    """A picture with a visible square and a name written under alpha 0 beside it."""
    picture = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.text((2, 6), "JAN", fill=(*HIDDEN, 0))  # erased: colour stays, alpha 0
    draw.rectangle((36, 4, 44, 18), fill=(10, 120, 200, 255))
    draw.rectangle((30, 18, 34, 22), fill=(0, 200, 0, 128))  # half transparent: its colour shows
    if mode == "LA":
        picture = picture.convert("LA")
    return picture


def _palette_with_two_transparent_entries() -> bytes:
    """A palette PNG whose tRNS makes entries 1 (white) and 2 (the hidden red) both transparent."""
    picture = Image.new("P", (32, 16), 1)
    picture.putpalette([10, 120, 200, 255, 255, 255, *HIDDEN] + [0] * (253 * 3))
    ImageDraw.Draw(picture).text((2, 2), "JAN", fill=2)
    picture.paste(0, (26, 2, 30, 12))
    out = io.BytesIO()
    picture.save(out, "PNG", transparency=bytes([255, 0, 0]))
    return out.getvalue()


def _saved(picture: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, kind, **options)
    return out.getvalue()


def _animated_png() -> bytes:
    second = _erased()
    ImageDraw.Draw(second).rectangle((36, 4, 44, 18), fill=(200, 200, 0, 255))
    return _saved(_erased(), "PNG", save_all=True, append_images=[second], duration=[100, 100], loop=0)


PICTURES = {
    "rgba.png": lambda: _saved(_erased(), "PNG"),
    "grey-alpha.png": lambda: _saved(_erased("LA"), "PNG"),
    "palette.png": _palette_with_two_transparent_entries,
    "animated.png": _animated_png,
    "lossless.webp": lambda: _saved(_erased(), "WEBP", lossless=True, exact=True),
    "rgba.tiff": lambda: _saved(_erased(), "TIFF", compression="tiff_deflate"),
}


def _invisible_colours(data: bytes) -> set[tuple[int, ...]]:
    """The colour samples stored under alpha 0, over every frame, as a decoder gives them."""
    found: set[tuple[int, ...]] = set()
    with Image.open(io.BytesIO(data)) as picture:
        for frame in ImageSequence.Iterator(picture):
            rgba = frame.convert("RGBA")
            alpha = rgba.getchannel("A").tobytes()
            pixels = rgba.tobytes()
            found |= {tuple(pixels[4 * i:4 * i + 3]) for i, a in enumerate(alpha) if a == 0}
    return found


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_colour_under_fully_transparent_pixels_is_cleared_and_the_visible_picture_stays(name: str) -> None:
    original = PICTURES[name]()
    assert _invisible_colours(original) - {(0, 0, 0)}  # planted: the name under alpha 0
    result = clean_attachment(original, name)
    assert result.cleaning == "cleaned", result
    assert _invisible_colours(result.data) == {(0, 0, 0)}  # before: the erased name's colour
    assert frames(result.data) == frames(original)  # as a viewer composes it: the same


def test_colour_under_fully_transparent_pixels_is_cleared_in_a_picture_inside_a_word_document() -> None:
    original = package("docx", parts={"word/media/image1.png": _saved(_erased(), "PNG")},
                       main_rels=(("rIdImage", OD + "image", "media/image1.png"),))
    result = clean_attachment(original, "brief.docx")
    with zipfile.ZipFile(io.BytesIO(result.data)) as cleaned:
        picture = cleaned.read("word/media/image1.png")
    assert _invisible_colours(picture) == {(0, 0, 0)}
    assert frames(picture) == frames(_saved(_erased(), "PNG"))
