"""Review r11h: re-encoding kept what the picture said about its maker out, but lost what it *is*.

H1: a lossless WebP whose image chunk starts after its first 4 KiB (a 6 KB colour profile
before it, as calibrated displays write) was re-encoded lossy; H2: a HEIC or AVIF with an alpha
plane became a JPEG and lost its transparency (the transparent half turned black), both told
"Cleaned". Each file goes the real path (attach, save, seal, stock age, tar) and what reached the
office is decoded and compared pixel for pixel with what the original decodes to.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import struct
from pathlib import Path

import pillow_heif
from media_kit import canaries, frames
from office_types_kit import seal
from PIL import Image, ImageCms

pillow_heif.register_heif_opener()


def _profile_of(size: int) -> bytes:
    """sRGB with a private tag of `size` bytes, as a display calibrator writes a large profile."""
    srgb = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = struct.unpack(">I", srgb[128:132])[0]
    for index in range(count):  # every offset moves by the new table entry's 12 bytes
        at = 132 + 12 * index + 4
        srgb[at:at + 4] = struct.pack(">I", struct.unpack(">I", srgb[at:at + 4])[0] + 12)
    table = srgb[132:132 + 12 * count] + struct.pack(">4sII", b"priv", len(srgb) + 12, size)
    profile = srgb[:128] + struct.pack(">I", count + 1) + table + srgb[132 + 12 * count:]
    profile += b"priv" + bytes(size - 4)
    return struct.pack(">I", len(profile)) + bytes(profile[4:])


def _screenshot() -> Image.Image:
    return Image.frombytes("RGB", (48, 48), bytes(
        v for y in range(48) for x in range(48) for v in ((x * 5) % 256, (y * 5) % 256, (x * y) % 256)))


def _chunks(webp: bytes) -> list[bytes]:
    found, at = [], 12
    while at + 8 <= len(webp):
        size = struct.unpack("<I", webp[at + 4:at + 8])[0]
        found.append(webp[at:at + 4])
        at += 8 + size + (size & 1)
    return found


def _rgba(data: bytes) -> tuple[str, bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return im.format, im.convert("RGBA").tobytes()


def test_a_lossless_webp_with_a_large_profile_stays_lossless_with_every_pixel(tmp_path: Path) -> None:
    out = io.BytesIO()
    _screenshot().save(out, "WEBP", lossless=True, icc_profile=_profile_of(6000))
    original = out.getvalue()
    assert original.index(b"VP8L") > 4096
    sealed = seal(tmp_path, {"scherm.webp": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    assert b"VP8L" in _chunks(data) and b"VP8 " not in _chunks(data)
    assert _rgba(data)[1] == _rgba(original)[1]


def _half_transparent(fmt: str, profile: bytes | None = None) -> bytes:
    im = Image.new("RGBA", (32, 32), (200, 30, 30, 255))
    im.paste((0, 0, 0, 0), (0, 0, 32, 16))  # the top half fully transparent: a logo, a sticker
    out = io.BytesIO()
    im.save(out, fmt, quality=100, **({} if profile is None else {"icc_profile": profile}))
    return out.getvalue()


def test_a_heic_and_an_avif_with_an_alpha_plane_keep_their_transparency_as_png(tmp_path: Path) -> None:
    originals = {"sticker.heic": _half_transparent("HEIF"), "logo.avif": _half_transparent("AVIF")}
    sealed = seal(tmp_path, originals)
    for index, (name, original) in enumerate(originals.items()):
        entry = sealed.signal["attachments"][index]
        assert (entry["cleaning"], entry["warnings"]) == ("cleaned", []), name
        member = sealed.members[index + 1]
        assert member.endswith(".png"), member
        assert sealed.forecasts[index].stored_name.endswith(".png"), name  # told before saving
        data = sealed.files[member]
        assert canaries(data) == []
        kind, pixels = _rgba(data)
        # as a viewer composes it: the colour under alpha 0 is cleared since r11m R11M-14
        assert kind == "PNG" and frames(data)[0][0] == frames(original)[0][0], name
        assert pixels[3] == 0 and pixels[-1] == 255, name  # top left clear, bottom right opaque


def test_the_forecast_names_the_png_of_a_heic_and_an_avif_whose_alpha_is_declared_past_4_kib(
        tmp_path: Path) -> None:
    """Review r11l R11L-3: with a 13 KB colour profile the alpha property lies past the first
    4 KiB the forecast read, so it said `.jpg` and the picture was sealed as `.png`."""
    profile = _profile_of(13000)
    originals = {"sticker.heic": _half_transparent("HEIF", profile),
                 "logo.avif": _half_transparent("AVIF", profile)}
    for name, data in originals.items():
        assert data.find(b"auxC") > 4096, name
    sealed = seal(tmp_path, originals)
    for index, name in enumerate(originals):
        assert sealed.members[index + 1].endswith(".png"), name
        assert sealed.forecasts[index].stored_name.endswith(".png"), name  # told before saving
