"""Container-level cleaning (JPEG segments, PNG chunks, TIFF tags) and transparency keys kept on
re-encoding: the cases of issue 11's second review that the inventory rows do not cover alone.

Each builds its own small file and checks the cleaned bytes and the decoded pixels.
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from inventory_picture_kit import CANARY_TEXT, chunk, segment
from media_kit import canaries, frames
from PIL import Image, ImageCms

from intake_app.media.clean import clean_attachment
from intake_app.media.icc import clean_icc
from intake_app.media.png_chunks import strip_png_metadata
from intake_app.media.tiff_tags import NotATiff, strip_tiff_metadata


def _png(im: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG", **options)
    return out.getvalue()


def _jpeg_tiff(compression: int = 7) -> bytes:
    """A JPEG-compressed TIFF page from Pillow, a comment segment put into its one strip."""
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 200, 30)).save(out, "TIFF", compression="jpeg")
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as im:
        (start,), (length,) = im.tag_v2[273], im.tag_v2[279]
    strip = data[start : start + length]
    dirty = strip[:2] + segment(0xFE, CANARY_TEXT) + strip[2:]
    # the strip goes to the end; its offset and byte count follow it there
    body = bytearray(data + dirty)
    order = "<" if data[:2] == b"II" else ">"
    directory = struct.unpack_from(order + "I", data, 4)[0]
    for index in range(struct.unpack_from(order + "H", data, directory)[0]):
        entry = directory + 2 + 12 * index
        tag = struct.unpack_from(order + "H", data, entry)[0]
        if tag == 273:
            struct.pack_into(order + "I", body, entry + 8, len(data))
        elif tag == 279:
            struct.pack_into(order + "I", body, entry + 8, len(dirty))
        elif tag == 259:
            struct.pack_into(order + "H", body, entry + 8, compression)
    return bytes(body)


def test_a_jpeg_compressed_tiff_strip_loses_its_comment_and_keeps_its_pixels() -> None:
    original = _jpeg_tiff()
    cleaned, _ = strip_tiff_metadata(original)
    assert CANARY_TEXT in original and CANARY_TEXT not in cleaned
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert before.convert("RGB").tobytes() == after.convert("RGB").tobytes()


def test_an_old_style_jpeg_tiff_is_not_called_clean() -> None:
    with pytest.raises(NotATiff):
        strip_tiff_metadata(_jpeg_tiff(compression=6))


@pytest.mark.parametrize(
    ("mode", "key", "dark"),
    [("RGB", (255, 255, 255), (0, 0, 0)), ("L", 255, 0), ("1", 1, 0)],
)
def test_a_png_transparency_key_survives_re_encoding(mode: str, key: object, dark: object) -> None:
    im = Image.new(mode, (8, 8), key)  # type: ignore[arg-type]
    im.putpixel((0, 0), dark)  # type: ignore[arg-type]
    original = _png(im, transparency=key)
    result = clean_attachment(original, "a.png")
    assert result.cleaning == "cleaned" and result.warnings == ()
    assert frames(result.data) == frames(original)
    with Image.open(io.BytesIO(result.data)) as cleaned:
        assert cleaned.convert("RGBA").getchannel("A").getextrema() == (0, 255)


def _profile_with_canaries() -> bytes:
    """sRGB from LittleCMS with a CANARY in its description tag and in bytes after the tags."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    grown = bytearray(profile + CANARY_TEXT)
    struct.pack_into(">I", grown, 0, len(grown))
    count = struct.unpack(">I", profile[128:132])[0]
    for index in range(count):
        sig, offset, size = struct.unpack(">4sII", profile[132 + 12 * index : 144 + 12 * index])
        if sig == b"desc" and size > 24:
            grown[offset + 12 : offset + 18] = b"CANARY"  # inside the description's text
    return bytes(grown)


def test_an_icc_profile_keeps_no_bytes_outside_its_colour_tags() -> None:
    profile = _profile_with_canaries()
    cleaned = clean_icc(profile)
    assert cleaned is not None and b"CANARY" in profile and b"CANARY" not in cleaned
    assert cleaned[36:40] == b"acsp" and len(cleaned) == len(profile)


def test_a_png_profile_in_a_container_cleaned_file_is_cleaned_not_copied() -> None:
    profile = _profile_with_canaries()
    rows = b"".join(b"\x00" + b"\x12\x34" * 24 for _ in range(8))
    original = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, 0))
                + chunk(b"iCCP", b"CANARY monitor\x00\x00" + zlib.compress(profile))
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    cleaned, dropped = strip_png_metadata(original)
    assert not dropped and canaries(cleaned) == []
    with Image.open(io.BytesIO(cleaned)) as im:
        assert im.info["icc_profile"] == clean_icc(profile)
        assert b"CANARY" not in im.info["icc_profile"]  # the chunk is compressed: look inside
