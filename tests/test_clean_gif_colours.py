"""A GIF keeps its colours (review r11h H3): re-encoded from composed pixels, a GIF with a
transparent colour, or whose frames show more than 256 colours, was given a new palette by the
encoder and some pixels changed colour. Since issue 11's task b11 a GIF is written anew block by
block with each frame's own palette (`media/gif_blocks.py`, `tests/test_clean_gif_blocks.py`),
so these come out with the same pixels and no note; only a GIF the block rewriter refuses but
Pillow reads (an LZW code size over 8) is still re-encoded, and the liaison reads when its
pixels are not the same."""

from __future__ import annotations

import io
import struct

import pytest
from gif_kit import Frame, gif, gradient_table
from media_kit import frames
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import IMAGE_COLOURS_CHANGED


def _gradient(size: tuple[int, int] = (24, 16)) -> Image.Image:
    width, height = size
    picture = Image.new("RGB", size)
    picture.putdata([(x * 10 % 256, y * 15 % 256, (x + y) * 7 % 256)
                     for y in range(height) for x in range(width)])
    return picture


def _still_gif(*, transparent: bool) -> bytes:
    """A 24×16 logo in 64 colours, with or without a transparent colour (index 0)."""
    out = io.BytesIO()
    palette = _gradient().convert("P", palette=Image.Palette.ADAPTIVE, colors=64)
    palette.save(out, "GIF", **({"transparency": 0} if transparent else {}))
    return out.getvalue()


def _frame_block(picture: Image.Image, left: int, top: int) -> bytes:
    """One GIF image block (graphic control with "leave in place", descriptor with a local
    colour table of 256 entries at `left`, `top`, and its LZW data as Pillow encodes it)."""
    out = io.BytesIO()
    picture.save(out, "GIF")
    data = out.getvalue()
    pos = 13 + (3 * 2 ** ((data[10] & 7) + 1) if data[10] & 0x80 else 0)
    while data[pos] == 0x21:  # extensions Pillow wrote
        pos += 2
        while data[pos]:
            pos += data[pos] + 1
        pos += 1
    descriptor = data[pos : pos + 10]
    start = pos + 10 + (3 * 2 ** ((descriptor[9] & 7) + 1) if descriptor[9] & 0x80 else 0)
    end = start + 1
    while data[end]:
        end += data[end] + 1
    control = b"\x21\xf9\x04" + bytes([1 << 2]) + struct.pack("<H", 10) + b"\x00\x00"
    header = b"\x2c" + struct.pack("<HHHH", left, top, *picture.size) + bytes([0x87])
    return control + header + bytes(picture.getpalette()[:768]) + data[start : end + 1]


def _many_colours_gif() -> bytes:
    """Two frames, each with its own local colour table of 256 colours; the second covers the
    right half and leaves the first in place, so the composed second frame shows 512 colours
    (gifski and screen recorders write these)."""
    first = Image.new("P", (64, 32))
    first.putpalette([c for i in range(256) for c in (i, 0, 255 - i)])
    first.putdata([(x + y * 64) % 256 for y in range(32) for x in range(64)])
    second = Image.new("P", (32, 32))
    second.putpalette([c for i in range(256) for c in (0, i, i * 7 % 256)])
    second.putdata([(x * 8 + y) % 256 for y in range(32) for x in range(32)])
    head = b"GIF89a" + struct.pack("<HH", 64, 32) + b"\x00\x00\x00"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    return head + loop + _frame_block(first, 0, 0) + _frame_block(second, 32, 0) + b"\x3b"


@pytest.mark.parametrize("source", [
    pytest.param(lambda: _still_gif(transparent=True), id="still-with-a-transparent-colour"),
    pytest.param(_many_colours_gif, id="frames-over-256-colours"),
    pytest.param(lambda: _still_gif(transparent=False), id="still-opaque"),
])
def test_a_gif_keeps_its_pixels_without_a_note(source) -> None:
    original = source()
    result = clean_attachment(original, "logo.gif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert frames(result.data) == frames(original)


def test_a_gif_that_is_re_encoded_says_its_colours_changed() -> None:
    """A 64-colour still with a transparent colour and an LZW code size of 9 (Pillow reads it;
    the block rewriter takes 2 to 8 only): re-encoded with a new palette, told."""
    pixels = bytes((x * 3 + y * 5) % 64 for y in range(16) for x in range(24))
    original = gif(24, 16, [Frame(24, 16, pixels, code_size=9, transparent=0)],
                   global_table=gradient_table(256), loop=None)
    result = clean_attachment(original, "logo.gif")
    assert result.cleaning == "cleaned" and IMAGE_COLOURS_CHANGED in result.warnings
    assert [f[0] for f in frames(result.data)] != [f[0] for f in frames(original)]


def test_the_opaque_64_colour_gif_comes_out_identical_and_unremarked() -> None:
    original = _still_gif(transparent=False)
    result = clean_attachment(original, "logo.gif")
    assert frames(result.data) == frames(original) and result.warnings == ()


def test_the_note_is_told_in_both_languages() -> None:
    outcome = attachment_outcome(1, "cleaned", (IMAGE_COLOURS_CHANGED,))
    assert outcome.is_clean  # a note: nothing identifying stayed
    assert "256" in " ".join(outcome.sentences("en")) and "256" in " ".join(outcome.sentences("nl"))
