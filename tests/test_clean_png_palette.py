"""A palette PNG cleaned at the container level keeps no palette entry that no pixel uses (review
r11m R11M-21).

The review's `png-big-pal.png` (8,000 × 7,000, over the decoding bound, every pixel index 0) and
`png-cut-pal.png` (200 × 100, its image data cut off) carried "Jan Jansen JJLAPTOP C:\\Users\\…"
in `PLTE` and `tRNS` entries no pixel uses, told "Cleaned". Those entries now become 0, as the
GIF rewriter's do; the image data is untouched.
"""

from __future__ import annotations

import random
import struct
import zlib

import pytest

from intake_app.media import palette_indices
from intake_app.media.clean import clean_attachment

SECRET = b"CANARY Jan Jansen JJLAPTOP C:\\Users\\jjansen\\ 52.0907N 5.1214E "
PALETTE = b"\x00\x00\x00\xff\xff\xff" + (SECRET * 20)[:762]
ALPHA = b"\xff\xff" + (SECRET * 10)[:254]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def palette_png(width: int, height: int, rows: bytes, *, cut: int = 0) -> bytes:
    """An 8-bit palette PNG with PALETTE and ALPHA, its filtered `rows` compressed (the last
    `cut` bytes of the stream cut off, and no IEND then, as a download cut short)."""
    data = zlib.compress(rows, 9)
    data = data[:-cut] if cut else data
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    out = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"PLTE", PALETTE)
           + _chunk(b"tRNS", ALPHA) + _chunk(b"IDAT", data))
    return out if cut else out + _chunk(b"IEND", b"")


def big_png() -> bytes:
    """The review's `png-big-pal.png`: 56 million pixels, all index 0 (over `images.MAX_PIXELS`),
    so entry 1 (white) is unused too."""
    return palette_png(8000, 7000, (b"\x00" + bytes(8000)) * 7000)


def cut_png() -> bytes:
    """The review's `png-cut-pal.png`: 200 × 100 pixels of indices 0 and 1, cut off."""
    pick = random.Random(1)
    rows = b"".join(b"\x00" + bytes(pick.randint(0, 1) for _ in range(200)) for _ in range(100))
    return palette_png(200, 100, rows, cut=200)


def chunk_body(png: bytes, kind: bytes) -> bytes:
    """The body of the first chunk of `kind` in `png`."""
    at = png.index(kind) - 4
    return png[at + 8:at + 8 + int.from_bytes(png[at:at + 4], "big")]


@pytest.mark.parametrize("build,used", [(big_png, 1), (cut_png, 2)],
                         ids=["over-the-bound", "cut-off"])
def test_palette_entries_no_pixel_uses_become_zero(build: object, used: int) -> None:
    original = build()  # type: ignore[operator]
    result = clean_attachment(original, "a.png")
    assert result.cleaning == "cleaned", result
    assert b"Jan Jansen" not in result.data and b"JJLAPTOP" not in result.data
    assert chunk_body(result.data, b"PLTE") == PALETTE[:3 * used] + bytes(768 - 3 * used)
    assert chunk_body(result.data, b"tRNS") == ALPHA[:used] + bytes(256 - used)
    kept = _rows(result.data)
    assert kept and kept == _rows(original)[:len(kept)]  # the pixels as they were


def _rows(png: bytes) -> bytes:
    """The image data's rows, as far as its stream goes."""
    return zlib.decompressobj().decompress(chunk_body(png, b"IDAT"))


def _filtered(raw_rows: list[bytes]) -> bytes:
    """`raw_rows` PNG-filtered with filter types 0…4 in turn (one byte the left neighbour)."""
    out, prior = bytearray(), bytes(len(raw_rows[0]))
    for number, row in enumerate(raw_rows):
        kind = number % 5
        out.append(kind)
        for x, value in enumerate(row):
            left, up, corner = (row[x - 1] if x else 0), prior[x], (prior[x - 1] if x else 0)
            guess = left + up - corner
            paeth = min((abs(guess - left), 0, left), (abs(guess - up), 1, up),
                        (abs(guess - corner), 2, corner))[2]
            out.append((value - (0, left, up, (left + up) // 2, paeth)[kind]) % 256)
        prior = row
    return bytes(out)


def test_indices_read_across_bands_through_every_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    pick = random.Random(7)
    raw_rows = [bytes(pick.choice((3, 9, 77, 200)) for _ in range(31)) for _ in range(40)]
    monkeypatch.setattr(palette_indices, "_BAND", 100)  # three rows a band: 14 bands
    found = palette_indices.filtered_indices([zlib.compress(_filtered(raw_rows))], 31, 40, 8)
    assert found == {3, 9, 77, 200}
