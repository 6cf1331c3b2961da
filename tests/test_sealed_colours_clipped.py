"""Issue 11, the rest of review r11j J8 (task q11b): colours clipped on the way to sRGB are told.

A picture whose colour profile cannot be kept cleaned (a GIF has no place for one Seinpost
writes; a profile `clean_icc` cannot read) has its colours converted to sRGB, and colours of a
wide gamut (Adobe RGB, Display P3) that sRGB does not hold are clipped: a saturated green
became a duller one, told "Cleaned" with nothing more. Now the conversion takes each colour back
through the profile and, where one moved, the outcome carries the note `image_colours_clipped`
(the file is still "cleaned": nothing identifying stayed). Each GIF goes the real path
(forecast, attach, seal, stock age, tar).
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

from pathlib import Path

from gif_kit import Frame, extension, gif
from office_types_kit import seal
from test_clean_wide_gamut import _wide_profile

from intake_app.sentences import sentence


def _gif_in_wide_gamut(colours: bytes) -> bytes:
    """An 8x4 GIF of two colours, its colour table in a profile with Adobe RGB's primaries
    (`ICCRGBG1012` application block, in 255-byte sub-blocks)."""
    profile = _wide_profile()
    chunks = [profile[i:i + 255] for i in range(0, len(profile), 255)]
    return gif(8, 4, [Frame(8, 4, bytes([0] * 16 + [1] * 16), code_size=2)],
               global_table=colours, before=extension(0xFF, b"ICCRGBG1012", *chunks))


def test_a_gif_whose_saturated_green_is_clipped_to_srgb_is_told(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"groen.gif": _gif_in_wide_gamut(bytes((0, 255, 0, 128, 128, 128)))})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", ["image_colours_clipped"])  # before: []


def test_a_gif_whose_colours_all_fit_in_srgb_is_not_told(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"grijs.gif": _gif_in_wide_gamut(bytes((128, 128, 128, 60, 60, 60)))})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])


def test_the_note_says_the_colours_are_less_vivid_in_both_languages() -> None:
    assert "minder fel" in sentence("media.image_colours_clipped", "nl")
    assert "less vivid" in sentence("media.image_colours_clipped", "en")


def _camera_jpeg(colour_space: int, index: bytes, order: str = ">") -> bytes:
    """A JPEG whose EXIF says what a camera set to Adobe RGB says (ColorSpace 0xFFFF,
    InteropIndex "R03", no ICC profile), or sRGB (1, "R98"), in either byte order."""
    import io
    import struct

    from PIL import Image

    def directory(entries: list[tuple[int, int, int, bytes]]) -> bytes:
        return struct.pack(order + "H", len(entries)) + b"".join(
            struct.pack(order + "HHI", tag, kind, count) + value.ljust(4, b"\0")
            for tag, kind, count, value in entries) + b"\0\0\0\0"

    exif_at, interop_at = 8 + 18, 8 + 18 + 30
    tiff = ((b"MM\0*" if order == ">" else b"II*\0") + struct.pack(order + "I", 8)
            + directory([(0x8769, 4, 1, struct.pack(order + "I", exif_at))])
            + directory([(0xA001, 3, 1, struct.pack(order + "H", colour_space)),
                         (0xA005, 4, 1, struct.pack(order + "I", interop_at))])
            + directory([(0x0001, 2, 4, index + b"\0")]))
    out = io.BytesIO()
    Image.new("RGB", (16, 8), (30, 160, 60)).save(out, "JPEG")
    body = b"Exif\0\0" + tiff
    return out.getvalue()[:2] + b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body + out.getvalue()[2:]


def test_a_camera_jpeg_in_adobe_rgb_without_a_profile_is_told_its_colours_may_change(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"_DSC0001.JPG": _camera_jpeg(0xFFFF, b"R03"), "_DSC0002.JPG": _camera_jpeg(0xFFFF, b"R03", "<"),
                             "DSC_0003.JPG": _camera_jpeg(1, b"R98")})
    adobe, adobe_le, srgb = sealed.signal["attachments"]
    assert (adobe["cleaning"], adobe["warnings"]) == ("cleaned", ["colour_profile_dropped"])  # before: []
    assert (adobe_le["cleaning"], adobe_le["warnings"]) == ("cleaned", ["colour_profile_dropped"])
    assert (srgb["cleaning"], srgb["warnings"]) == ("cleaned", [])
