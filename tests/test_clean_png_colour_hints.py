"""A re-encoded PNG keeps the chunks that say how its samples are shown (review r11i, R3).

`gAMA`, `cHRM` and `sRGB` (PNG 3rd edition §11.3.2) name nobody; a viewer applies them, so a PNG
written with gamma 1.0 (linear light) or 1/1.8 (older Mac tools) shows brighter or darker once
they are dropped, while a sample-by-sample compare still calls it identical. Where the PNG has a
colour profile (`iCCP`) its samples are converted to sRGB, so its hints no longer hold and go.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import Image

from intake_app.media.clean import clean_attachment

GAMMA_LINEAR = struct.pack(">I", 100000)
GAMMA_MAC = struct.pack(">I", 55556)
CHROMATICITIES = struct.pack(">8I", 31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(*chunks: bytes) -> bytes:
    """A 16×8 RGB PNG with `chunks` between IHDR and the image data, and an author."""
    rows = b"".join(b"\0" + bytes((x * 13 + y * 29) & 0xFF for x in range(16 * 3))
                    for y in range(8))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 8, 8, 2, 0, 0, 0))
            + b"".join(chunks) + _chunk(b"tEXt", b"Author\0CANARY Jan Jansen")
            + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b""))


def _chunks(png: bytes) -> dict[bytes, bytes]:
    found, pos = {}, 8
    while pos + 8 <= len(png):
        length = int.from_bytes(png[pos:pos + 4], "big")
        found.setdefault(png[pos + 4:pos + 8], png[pos + 8:pos + 8 + length])
        pos += 12 + length
    return found


def _exiftool(data: bytes) -> dict:
    tool = shutil.which("exiftool")
    assert tool, "exiftool is in packaging/system-packages.txt"
    out = subprocess.run([tool, "-j", "-G1", "-"], input=data, capture_output=True, check=True)
    return json.loads(out.stdout)[0]


@pytest.mark.parametrize(("name", "hints"), [
    ("linear-gamma", {b"gAMA": GAMMA_LINEAR}),
    ("mac-gamma-and-primaries", {b"gAMA": GAMMA_MAC, b"cHRM": CHROMATICITIES}),
    ("srgb-intent", {b"sRGB": b"\x01", b"gAMA": struct.pack(">I", 45455)}),
])
def test_a_cleaned_png_keeps_its_gamma_primaries_and_srgb_intent(name, hints):
    source = _png(*(_chunk(kind, body) for kind, body in hints.items()))
    result = clean_attachment(source, f"{name}.png")
    assert result.cleaning == "cleaned", result.warnings
    kept = _chunks(result.data)
    for kind, body in hints.items():
        assert kept.get(kind) == body, kind
    assert b"CANARY" not in result.data
    assert not any("Author" in key for key in _exiftool(result.data))
    with Image.open(io.BytesIO(source)) as before, Image.open(io.BytesIO(result.data)) as after:
        assert after.convert("RGB").tobytes() == before.convert("RGB").tobytes()
        assert after.info.get("gamma") == before.info.get("gamma")


def test_a_png_with_a_colour_profile_loses_the_gamma_its_converted_samples_no_longer_have():
    from PIL import ImageCms
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    iccp = _chunk(b"iCCP", b"profiel\0\0" + zlib.compress(profile))
    result = clean_attachment(_png(_chunk(b"gAMA", GAMMA_LINEAR), iccp), "profiel.png")
    assert result.cleaning == "cleaned", result.warnings
    assert b"gAMA" not in _chunks(result.data)
