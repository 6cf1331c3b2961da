"""A GIF that cannot be rewritten frame by frame is cleaned in its container, not sealed as it is
(review r11i R7): a download cut off inside a frame, or more frames than Seinpost decodes, kept
its comment and XMP ("could not be cleaned"). And a flat GIF that compresses better than the
per-byte bound of decoding (R5's kind: 1,024 pixels a byte) is decoded: LZW decodes 49 million
pixels in about half a second. Each case is its own small file (`gif_kit`), checked with
exiftool, by a search for the canary, and by its blocks and pixels."""

from __future__ import annotations

import io

from gif_kit import Frame, blocks, extension, gif, gradient_table
from media_kit import CANARY, canaries, identifying_tags
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.images import MAX_FRAMES, MAX_PIXELS_PER_BYTE
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED

_COMMENT = extension(0xFE, CANARY + b" Jan Jansen")
_XMP = extension(0xFF, b"XMP DataXMP", b"<dc:creator>" + CANARY + b"</dc:creator>")


def _pattern(width: int, height: int, shift: int) -> bytes:
    return bytes((x + y * 3 + shift) % 8 for y in range(height) for x in range(width))


def test_a_gif_cut_off_inside_a_frame_keeps_its_whole_frames_and_loses_its_comment() -> None:
    whole = gif(32, 16, [Frame(32, 16, _pattern(32, 16, n)) for n in range(3)],
                global_table=gradient_table(8), before=_COMMENT + _XMP)
    cut = whole[: len(whole) - 40]  # inside the third frame's data
    result = clean_attachment(cut, "anim.gif")
    assert result.cleaning == "partly-cleaned"
    assert result.warnings == (IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED)
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert blocks(result.data).others == [] and len(blocks(result.data).images) == 3
    assert _first_two(result.data) == _first_two(whole)


def _first_two(data: bytes) -> list[bytes]:
    """The first two frames as Pillow composes them (it refuses to decode a frame cut short,
    which viewers show as far as it goes)."""
    shown = []
    with Image.open(io.BytesIO(data)) as im:
        for index in range(2):
            im.seek(index)
            shown.append(im.convert("RGBA").tobytes())
    return shown


def test_a_gif_with_more_frames_than_are_decoded_loses_its_comment() -> None:
    count = MAX_FRAMES + 1
    original = gif(4, 4, [Frame(4, 4, bytes([n % 8]) * 16, code_size=3) for n in range(count)],
                   global_table=gradient_table(8), before=_COMMENT)
    result = clean_attachment(original, "anim.gif")
    assert result.warnings == (IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED)
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    assert blocks(result.data).images == blocks(original).images


def test_a_flat_gif_beyond_the_per_byte_bound_is_rewritten_with_every_pixel() -> None:
    picture = Image.new("P", (4000, 3000), 0)
    picture.putpalette([255, 255, 255, 0, 0, 0])
    picture.paste(1, (40, 300, 400, 310))  # one line of a message on white
    out = io.BytesIO()
    picture.save(out, "GIF", comment=CANARY + b" Jan Jansen")
    original = out.getvalue()
    assert 4000 * 3000 > len(original) * MAX_PIXELS_PER_BYTE
    result = clean_attachment(original, "schermafbeelding.gif")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == []
    with Image.open(io.BytesIO(result.data)) as cleaned, Image.open(io.BytesIO(original)) as source:
        assert cleaned.convert("RGB").tobytes() == source.convert("RGB").tobytes()
