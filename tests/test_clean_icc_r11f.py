"""Colour profiles keep only the bytes a reader uses (review r11f F4): a colour tag declared
longer than its type reads loses the tail, a colorant table's ink names become neutral. A JPEG
attached alone and a 16-bit PNG cleaned in its container, through `clean_attachment`, read
byte by byte and with exiftool; the colours stay (the tags a reader uses are as they were).
An mAB element keeps only its parts (not the bytes between or after them) and a named-colour
tag's names become neutral (F4's rest), LittleCMS reading the same colours through it."""

from __future__ import annotations

import io
import struct

import icc_lut_kit as lut
import inventory_jpeg_kit as jpegs
import inventory_r11f_kit as kit
import pytest
from media_kit import CANARY, canaries, identifying_tags
from PIL import Image, ImageCms

from intake_app.media.clean import clean_attachment
from intake_app.media.icc import used_length
from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER

CASES = {
    "jpeg": (kit.jpeg_with_tailed_profile, "foto.jpg", jpegs.jpeg_profile, ()),
    "png16": (kit.deep_png_with_tailed_profile, "scan.png", jpegs.png_profile,
              (IMAGE_CLEANED_IN_CONTAINER,)),
}


def tags(profile: bytes) -> dict[bytes, bytes]:
    """Each tag's element, as long as the tag table declares it."""
    (count,) = struct.unpack(">I", profile[128:132])
    found = {}
    for i in range(count):
        sig, offset, size = struct.unpack(">4sII", profile[132 + 12 * i:144 + 12 * i])
        found[sig] = profile[offset:offset + size]
    return found


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_colour_tags_tail_and_colorant_names_are_gone_and_the_colours_stay(case: str) -> None:
    build, name, profile_of, notes = CASES[case]
    original = build()
    assert CANARY in profile_of(original) and canaries(original)
    result = clean_attachment(original, name)
    assert (result.cleaning, result.warnings) == ("cleaned", notes)
    profile = profile_of(result.data)
    assert CANARY not in profile and canaries(result.data) == []
    assert identifying_tags(result.data) == []
    before, after = tags(profile_of(original)), tags(profile)
    for sig in (b"rXYZ", b"gXYZ", b"bXYZ", b"wtpt", b"gTRC", b"bTRC"):
        assert after[sig] == before[sig]
    used = used_length(before[b"rTRC"])
    assert used is not None and used < len(before[b"rTRC"])
    assert after[b"rTRC"] == before[b"rTRC"][:used] + bytes(len(before[b"rTRC"]) - used)
    assert after[b"clrt"][12:44] == b"Colorant 1".ljust(32, b"\0")
    assert after[b"clrt"][44:50] == before[b"clrt"][44:50]  # the ink's PCS values stay


def _lab(profile: bytes) -> list[tuple[int, ...]]:
    """A few colours through `profile` into Lab by LittleCMS: what the profile means."""
    picture = Image.new("RGB", (4, 1))
    picture.putdata([(10, 120, 200), (255, 0, 0), (0, 255, 0), (30, 30, 30)])
    lab = ImageCms.profileToProfile(picture, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                    ImageCms.createProfile("LAB"), outputMode="LAB")
    assert lab is not None
    return [lab.getpixel((x, 0)) for x in range(4)]


def test_an_mab_elements_gap_and_tail_and_the_named_colour_names_are_gone_and_colours_stay(
) -> None:
    original = lut.jpeg_with_lut_profile()
    result = clean_attachment(original, "foto.jpg")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    profile = jpegs.jpeg_profile(result.data)
    assert CANARY not in profile and canaries(result.data) == []
    assert identifying_tags(result.data) == []
    before, after = tags(jpegs.jpeg_profile(original)), tags(profile)
    # mAB: the 32 bytes between the B curves and the matrix, and what follows the A curves
    gap, tail = 32 + 36, len(before[b"A2B0"]) - len(lut.HIDDEN)
    expected = bytearray(before[b"A2B0"])
    expected[gap:gap + 32] = bytes(32)
    expected[tail:] = bytes(len(lut.HIDDEN))
    assert after[b"A2B0"] == bytes(expected)
    # ncl2: vendor flag, prefix and suffix empty, the colour's name neutral, its values kept
    assert after[b"ncl2"][8:12] == bytes(4) and after[b"ncl2"][20:84] == bytes(64)
    assert after[b"ncl2"][84:116] == b"Colour 1".ljust(32, b"\0")
    assert after[b"ncl2"][116:] == before[b"ncl2"][116:]
    assert _lab(profile) == _lab(jpegs.jpeg_profile(original))
