"""Review r11m R11M-14, for pictures cleaned without decoding: colour under alpha 0 is told.

A picture Seinpost cleans at the container level (a PNG of 16 bits a channel with alpha, which
Pillow would cut to 8; a damaged or very large one) keeps its pixel data byte for byte, so a name
erased to transparency stays under it. Such a picture was told "Cleaned"; now, when it has
transparency, it is partly cleaned with `image_invisible_colour_kept`. A TIFF with premultiplied
alpha was kept that way too (review r11l R11L-6, every sample as stored); it still is when its
colour under alpha 0 reads 0 as stored, and is re-encoded with that colour cleared when not.
Each picture is written here byte by byte (PNG) or by Pillow (TIFF) and read back.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import struct
import zlib

import pytest
from media_kit import frames
from PIL import Image
from test_clean_picture_invisible_colour import _erased, _invisible_colours

from intake_app.media import sniff
from intake_app.media.clean import clean_attachment
from intake_app.media.picture_container import clean_container
from intake_app.media.result import (
    IMAGE_CLEANED_IN_CONTAINER,
    IMAGE_INVISIBLE_COLOUR_KEPT,
    UNREADABLE_IMAGE,
)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png16(colour_type: int) -> bytes:
    """An 8×4 PNG of 16 bits a channel: RGBA (6), grey and alpha (4) or RGB (2); the left half
    has alpha 0 over a red that spells nothing but is not 0."""
    channels = {6: 4, 4: 2, 2: 3}[colour_type]
    rows = b""
    for _ in range(4):
        row = b""
        for x in range(8):
            colour = (51200, 7680, 10240)[: channels - (colour_type != 2)] if colour_type != 4 else (51200,)
            alpha = (0,) if x < 4 else (65535,)
            row += struct.pack(f">{channels}H", *(colour + (alpha if colour_type != 2 else ())))
        rows += b"\0" + row
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 16, colour_type, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b""))


@pytest.mark.parametrize("colour_type", [6, 4])
def test_a_16_bit_png_with_alpha_cleaned_in_its_container_is_told_its_invisible_colour_stays(colour_type: int) -> None:
    result = clean_attachment(_png16(colour_type), "scan.png")
    assert result.cleaning == "partly-cleaned", result  # before: cleaned
    assert result.warnings == (IMAGE_CLEANED_IN_CONTAINER, IMAGE_INVISIBLE_COLOUR_KEPT)


def test_a_16_bit_png_without_alpha_cleaned_in_its_container_is_not_told() -> None:
    result = clean_attachment(_png16(2), "scan.png")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))


def _premultiplied_tiff(colour_under_alpha_0: tuple[int, int, int]) -> bytes:
    """An uncompressed TIFF whose ExtraSamples says associated (premultiplied) alpha, its pixels
    the erased picture's, the colour under alpha 0 set to `colour_under_alpha_0`; visible pixels
    premultiplied as the format says."""
    picture = _erased()
    raw = picture.tobytes()
    pixels = b"".join(bytes((*colour_under_alpha_0, 0)) if a == 0 else bytes((r * a // 255, g * a // 255, b * a // 255, a))
                      for r, g, b, a in (raw[i:i + 4] for i in range(0, len(raw), 4)))
    stored = Image.frombytes("RGBA", picture.size, pixels)
    out = io.BytesIO()
    stored.save(out, "TIFF")  # ExtraSamples 2 (unassociated), written by Pillow inline
    data = bytearray(out.getvalue())
    at = struct.unpack("<I", data[4:8])[0]
    for index in range(struct.unpack("<H", data[at:at + 2])[0]):
        entry = at + 2 + 12 * index
        if struct.unpack("<H", data[entry:entry + 2])[0] == 338:
            data[entry + 8:entry + 10] = struct.pack("<H", 1)  # associated alpha
            return bytes(data)
    raise AssertionError("no ExtraSamples")


def _extra_samples(data: bytes) -> object:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.tag_v2.get(338)


def test_a_premultiplied_tiff_storing_colour_under_alpha_0_is_written_anew_without_it() -> None:
    original = _premultiplied_tiff((200, 30, 40))
    assert _extra_samples(original) in (1, (1,))
    result = clean_attachment(original, "t.tif")
    assert result.cleaning == "cleaned", result
    assert _extra_samples(result.data) in (2, (2,))  # before: 1, the samples kept as stored
    assert _invisible_colours(result.data) == {(0, 0, 0)}
    assert frames(result.data) == frames(original)


def test_a_premultiplied_tiff_with_nothing_under_alpha_0_keeps_every_sample_in_its_container() -> None:
    original = _premultiplied_tiff((0, 0, 0))
    result = clean_attachment(original, "t.tif")
    assert (result.cleaning, result.warnings) == ("cleaned", (IMAGE_CLEANED_IN_CONTAINER,))
    assert _extra_samples(result.data) in (1, (1,))


@pytest.mark.parametrize("kind", ["HEIF", "AVIF"])
def test_a_heic_or_avif_with_an_alpha_plane_cleaned_in_its_container_is_told_its_invisible_colour_stays(kind: str) -> None:
    """The container cleaner keeps a HEIF's picture data unread (`heif_container`): reached when
    the pixel child is stopped, it says so for a picture with an alpha plane, not for one
    without."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    media_type = sniff.HEIC if kind == "HEIF" else sniff.AVIF
    told = []
    for picture in (_erased(), _erased().convert("RGB")):
        out = io.BytesIO()
        picture.save(out, kind, quality=100)
        told.append(IMAGE_INVISIBLE_COLOUR_KEPT in clean_container(out.getvalue(), media_type, UNREADABLE_IMAGE).warnings)
    assert told == [True, False]  # beside image_data_not_trimmed, which says the data was kept unread
