"""A cleaned GIF keeps what the picture is, frame by frame (issue 11, review r11h H3): each
frame's own colour table and palette indices, its transparent colour, disposal, timing, position
and interlacing, so every frame a viewer composes shows the same pixels; and nothing beside the
picture rides along (comments, XMP and other application blocks, plain text, a colour table's
unused entries, LZW codes after the frame is full, bytes after the end code or the trailer).
Each case is its own small file, built byte by byte (`gif_kit`), checked by every frame's
pixels, by the blocks the cleaned file holds, with exiftool and by a search for the canary."""

from __future__ import annotations

import pytest
from gif_kit import Frame, blocks, canary_table, extension, gif, gradient_table
from media_kit import CANARY, canaries, frames, identifying_tags
from PIL import ImageCms

from intake_app.media.clean import clean_attachment
from intake_app.media.result import COLOUR_PROFILE_DROPPED


def _pattern(width: int, height: int, colours: int, shift: int = 0) -> bytes:
    return bytes((x * 3 + y * 5 + shift) % colours for y in range(height) for x in range(width))


def transparent_colour() -> bytes:
    """A 64-colour logo, then a frame whose index 0 is transparent over it (the logo shows
    through): a GIF encoder choosing a new palette changed colours here."""
    table = gradient_table(64)
    second = bytes(0 if (x + y) % 3 else 5 + x % 50 for y in range(16) for x in range(24))
    return gif(24, 16, [Frame(24, 16, _pattern(24, 16, 64)),
                        Frame(24, 16, second, transparent=0, delay=25)], global_table=table)


def local_tables_over_256() -> bytes:
    """Two frames, each with its own 256-colour table; the second covers the right half and
    leaves the first in place, so the second picture shows 512 colours."""
    return gif(64, 32, [Frame(64, 32, bytes(range(256)) * 8, table=gradient_table(256, 0)),
                        Frame(32, 32, bytes(range(256)) * 4, left=32,
                              table=gradient_table(256, 101))])


def disposal_background() -> bytes:
    """Disposal 2 ("restore to background"): each small frame is cleared before the next, so
    a viewer shows one square at a time over a transparent canvas, never a pile."""
    square = bytes([1]) * 64
    return gif(24, 8, [Frame(8, 8, square, left=8 * n, disposal=2, transparent=0)
                       for n in range(3)], global_table=gradient_table(4))


def disposal_previous() -> bytes:
    """Disposal 3 ("restore to previous"): a background, then a square drawn and taken back
    before the next square."""
    return gif(24, 8, [Frame(24, 8, _pattern(24, 8, 4)),
                       Frame(8, 8, bytes([3]) * 64, left=4, disposal=3),
                       Frame(8, 8, bytes([2]) * 64, left=14, disposal=3)],
               global_table=gradient_table(4))


def interlaced() -> bytes:
    """An interlaced frame of 37 rows (every pass of the interlace holds rows), 16 colours."""
    return gif(20, 37, [Frame(20, 37, _pattern(20, 37, 16), interlaced=True, code_size=4)],
               global_table=gradient_table(16), loop=None)


def partial_first_frame() -> bytes:
    """A 20×20 canvas whose first frame covers 10×10 at (5, 5), no transparent colour, and a
    red background colour: browsers show the rest of the canvas transparent, Pillow fills it
    with the background; a copy baked from Pillow's frames showed an opaque border (review
    r11i R4). Written block by block, the frame stays 10×10 at (5, 5)."""
    table = bytes([255, 0, 0]) + gradient_table(3)
    return gif(20, 20, [Frame(10, 10, _pattern(10, 10, 3, 1), left=5, top=5),
                        Frame(4, 4, bytes([2]) * 16, left=1, top=1, disposal=2)],
               global_table=table, background=0)


PICTURES = {
    "transparent-colour": transparent_colour,
    "local-colour-tables-over-256": local_tables_over_256,
    "disposal-restore-to-background": disposal_background,
    "disposal-restore-to-previous": disposal_previous,
    "interlaced": interlaced,
    "first-frame-smaller-than-the-canvas": partial_first_frame,
}


@pytest.mark.parametrize("make", PICTURES.values(), ids=PICTURES.keys())
def test_every_frame_shows_the_same_pixels_without_a_note(make) -> None:
    original = make()
    result = clean_attachment(original, "anim.gif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert frames(result.data) == frames(original)


@pytest.mark.parametrize("make", PICTURES.values(), ids=PICTURES.keys())
def test_positions_disposal_timing_transparency_interlacing_and_loop_stay(make) -> None:
    original = make()
    cleaned = blocks(clean_attachment(original, "anim.gif").data)
    source = blocks(original)
    assert (cleaned.images, cleaned.loop) == (source.images, source.loop)


def _with_block(where: str, block: bytes, planted: bool) -> bytes:
    frames_ = [Frame(16, 8, _pattern(16, 8, 8)), Frame(16, 8, _pattern(16, 8, 8, 3))]
    return gif(16, 8, frames_, global_table=gradient_table(8), **{where: block * planted})


def _table(used: int, planted: bool) -> bytes:
    return canary_table(used) if planted else gradient_table(256)


HIDDEN = {
    "comment": lambda planted: _with_block(
        "before", extension(0xFE, CANARY + b" made by Jan Jansen"), planted),
    "xmp-application-block": lambda planted: _with_block("before", extension(
        0xFF, b"XMP DataXMP", b"<x:xmpmeta><dc:creator>" + CANARY + b"</dc:creator></x:xmpmeta>"),
        planted),
    "program-application-block": lambda planted: _with_block("between", extension(
        0xFF, b"ACMEPRIV1.0", CANARY + b" C:\\Users\\jjansen\\anim.psd"), planted),
    "plain-text-block": lambda planted: _with_block("between", extension(
        0x01, bytes(12), CANARY + b" Jan Jansen"), planted),
    "after-the-trailer": lambda planted: _with_block("after", CANARY + b" Jan Jansen", planted),
    "unused-colour-table-entries": lambda planted: gif(
        16, 8, [Frame(16, 8, _pattern(16, 8, 6))], global_table=_table(6, planted)),
    "unused-local-table-entries": lambda planted: gif(
        16, 8, [Frame(16, 8, _pattern(16, 8, 6), table=_table(6, planted))]),
    "codes-after-the-frame-is-full": lambda planted: gif(
        16, 8, [Frame(16, 8, _pattern(16, 8, 8), extra_codes=CANARY * 4 * planted)],
        global_table=gradient_table(256)),
    "bytes-after-the-end-code": lambda planted: gif(
        16, 8, [Frame(16, 8, _pattern(16, 8, 8), after_end=CANARY * planted)],
        global_table=gradient_table(8)),
    "colour-profile-with-a-name": lambda planted: _with_block("before", extension(
        0xFF, b"ICCRGBG1012", *_chunks(_named_profile())), planted),
}
"""Each makes a GIF with (`planted`) or without a place a program can hide a name in."""


def _named_profile() -> bytes:
    """LittleCMS's sRGB profile with the canary in its free header bytes."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[48:56] = CANARY + b"mb"
    return bytes(profile)


def _chunks(data: bytes) -> list[bytes]:
    return [data[i : i + 255] for i in range(0, len(data), 255)]


@pytest.mark.parametrize("make", HIDDEN.values(), ids=HIDDEN.keys())
def test_nothing_beside_the_picture_stays(make) -> None:
    """The cleaned file is byte for byte the cleaned twin without the hiding place (LZW codes
    cannot be searched for a canary), and holds no canary, tag or other block."""
    original = make(True)
    result = clean_attachment(original, "anim.gif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert result.data == clean_attachment(make(False), "anim.gif").data
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert frames(result.data) == frames(original)
    assert blocks(result.data).others == [] and blocks(result.data).after_trailer == b""


def test_every_hiding_place_is_really_planted() -> None:
    """The twins differ, and the canary is readable in each planted file but one (LZW codes)."""
    planted = {name: make(True) for name, make in HIDDEN.items()}
    assert all(planted[name] != make(False) for name, make in HIDDEN.items())
    assert [name for name, data in planted.items() if not canaries(data)] == [
        "codes-after-the-frame-is-full"]


def test_a_colour_profile_that_cannot_be_read_goes_with_a_note() -> None:
    original = _with_block("before", extension(0xFF, b"ICCRGBG1012", CANARY * 20), True)
    result = clean_attachment(original, "anim.gif")
    assert result.warnings == (COLOUR_PROFILE_DROPPED,) and result.cleaning == "cleaned"
    assert canaries(result.data) == [] and frames(result.data) == frames(original)
