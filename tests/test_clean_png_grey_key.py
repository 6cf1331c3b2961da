"""Issue 11, review r11j J7: a grey PNG of 1, 2 or 4 bits whose transparent grey level is given
by tRNS (optipng, pngcrush and oxipng write a signature or stamp so) keeps exactly its
transparent pixels, as libpng reads them (ImageMagick), also inside a Word document; its
metadata goes. Pillow cannot see the fault (it ignores such keys on reading too)."""

from __future__ import annotations

import struct
import subprocess
import zlib

import pytest
from media_kit import exiftool, parts
from office_kit import OD, package

from intake_app.media.clean import clean_attachment


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _grey_png(width: int, height: int, bits: int, row: bytes, key: int) -> bytes:
    """The review's files (scripts/gen9.py, gen10.py): grey at `bits`, tRNS `key`, an Author."""
    header = struct.pack(">IIBBBBB", width, height, bits, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"tRNS", struct.pack(">H", key))
            + _chunk(b"tEXt", b"Author\0Jan Jansen")
            + _chunk(b"IDAT", zlib.compress(b"".join(b"\0" + row for _ in range(height))))
            + _chunk(b"IEND", b""))


SIGNATURE = _grey_png(16, 4, 1, bytes([0b11100111, 0b10011111]), 1)  # white transparent
GREY_2 = _grey_png(8, 4, 2, bytes([0b00011011, 0b11100100]), 2)
GREY_4 = _grey_png(8, 2, 4, bytes([0x01, 0x23, 0x45, 0x67]), 5)


def _alpha(png: bytes) -> bytes:
    """Each pixel's alpha as libpng gives it (ImageMagick), 8 bits a pixel."""
    return subprocess.run(["convert", "png:-", "-alpha", "extract", "-depth", "8", "gray:-"],
                          input=png, capture_output=True, check=True).stdout


@pytest.mark.parametrize(("original", "transparent"), [
    pytest.param(SIGNATURE, 48, id="1-bit"), pytest.param(GREY_2, 8, id="2-bit"),
    pytest.param(GREY_4, 2, id="4-bit")])
def test_a_low_depth_grey_png_keeps_its_transparent_pixels_for_libpng(
        original: bytes, transparent: int) -> None:
    result = clean_attachment(original, "handtekening.png")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert _alpha(original).count(0) == transparent  # the file is as the review made it
    assert _alpha(result.data) == _alpha(original)
    assert "Author" not in exiftool(result.data) and b"Jan Jansen" not in result.data


def test_a_signature_png_in_a_word_letter_stays_transparent() -> None:
    """The review's docx_signature_png.docx (scripts/gen16.py): the scanned signature covered
    the text under it with a white box."""
    letter = package("docx", parts={"word/media/image1.png": SIGNATURE},
                     main_rels=(("rIdImg", OD + "image", "media/image1.png"),))
    result = clean_attachment(letter, "brief.docx")
    pictures = [body for name, body in parts(result.data).items() if name.endswith(".png")]
    assert len(pictures) == 1 and _alpha(pictures[0]) == _alpha(SIGNATURE)
    assert b"Jan Jansen" not in result.data
