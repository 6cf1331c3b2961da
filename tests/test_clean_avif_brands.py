"""An AVIF whose ftyp names the generic image brand first (`mif1`, `miaf`) and `avif` among the
compatible brands, as the AVIF specification allows, is cleaned as AVIF (review r11h H5): it
was taken for HEIC, not decoded, and sealed as it was, its EXIF with it."""

from __future__ import annotations

import struct

import inventory_r11d_kit as kit
import pytest
from media_kit import canaries, identifying_tags

from intake_app.media import sniff
from intake_app.media.clean import clean_attachment


def _with_major_brand(data: bytes, major: bytes) -> bytes:
    assert data[4:12] == b"ftypavif"  # Pillow's AVIF: major avif, compatible avif mif1 miaf…
    return data[:8] + major + data[12:]


@pytest.mark.parametrize("major", [b"mif1", b"miaf"])
def test_an_avif_naming_a_generic_brand_first_is_cleaned_as_avif(major: bytes) -> None:
    original = _with_major_brand(kit.avif_photo(), major)
    assert canaries(original)
    assert sniff.sniff_media_type(original[:4096], "foto.avif") == sniff.AVIF
    result = clean_attachment(original, "foto.avif")
    assert (result.cleaning, result.media_type) == ("cleaned", "image/jpeg")
    assert result.suggested_name.endswith(".jpg")
    assert canaries(result.data) == [] and identifying_tags(result.data) == []


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\0\0\0\0" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\0" * 64


@pytest.mark.parametrize(("head", "kind"), [
    pytest.param(_ftyp(b"mif1", b"mif1", b"heic"), sniff.HEIC, id="mif1-heic"),
    pytest.param(_ftyp(b"heic", b"mif1", b"heic", b"avif"), sniff.HEIC, id="heic-first"),
    pytest.param(_ftyp(b"msf1", b"msf1", b"avis"), sniff.AVIF, id="msf1-avis"),
    pytest.param(_ftyp(b"avif", b"avif", b"mif1"), sniff.AVIF, id="avif-first"),
])
def test_heif_and_avif_brands_are_told_apart(head: bytes, kind: str) -> None:
    assert sniff.sniff_media_type(head, "x") == kind
