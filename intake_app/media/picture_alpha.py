"""Whether a picture file has transparency that can hide colour, read from its container alone
(no pixel decoded, no Pillow): for a picture Seinpost cleans at the container level, whose colour
under fully transparent pixels it cannot clear (`transparent_pixels`, review r11m R11M-14).

- PNG: an alpha channel (colour type 4, grey with alpha, or 6, RGBA; PNG 3rd ed. §11.2.1), or a
  palette whose `tRNS` makes two or more entries fully transparent (one such entry is a colour
  key: its pixels share one colour and draw no shape);
- TIFF: a page with ExtraSamples (tag 338) 1 or 2, associated or unassociated alpha (TIFF 6.0
  §18), each page of the chain read (at most `MAX_PAGES`, a loop ends the walk);
- WebP: the VP8X alpha flag, an `ALPH` chunk, or a lossless frame's `alpha_is_used` bit;
- HEIC and AVIF: an alpha plane declared in the item properties (`avif_depth.declares_alpha`),
  whose colour image the container cleaner keeps unread (`heif_container`).

A GIF has one transparent palette index a frame; a JPEG has no transparency.
"""

from __future__ import annotations

import struct

from intake_app.media import sniff
from intake_app.media.avif_depth import declares_alpha

MAX_PAGES = 2_000
"""TIFF directories read for ExtraSamples, as many as the container cleaner keeps."""
_MAX_ENTRIES = 4_096
_ALPHA_SAMPLES = (1, 2)  # ExtraSamples: associated alpha, unassociated alpha


def has_alpha_channel(data: bytes, media_type: str) -> bool:
    """Whether `data` (of sniffed `media_type`) has transparency that can hide colour (see the
    module docstring); False for other types and for what cannot be read."""
    try:
        if media_type == sniff.PNG:
            return _png_alpha(data)
        if media_type == sniff.TIFF:
            return _tiff_alpha(data)
        if media_type == sniff.WEBP:
            return _webp_alpha(data)
        if media_type in (sniff.HEIC, sniff.AVIF):
            return declares_alpha(data)
    except (struct.error, IndexError):
        return False  # cut short where the cleaner read it: nothing more to say
    return False


def _png_alpha(data: bytes) -> bool:
    if data[25] in (4, 6):  # IHDR colour type
        return True
    pos = 8
    while data[25] == 3 and pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"tRNS":
            return data[pos + 8:pos + 8 + length].count(0) >= 2
        if kind in (b"IDAT", b"IEND"):
            break
        pos += 12 + length
    return False


def _tiff_alpha(data: bytes) -> bool:
    order = "<" if data[:2] == b"II" else ">"
    at = struct.unpack(order + "I", data[4:8])[0]
    seen: set[int] = set()
    while at and at not in seen and len(seen) < MAX_PAGES and at + 2 <= len(data):
        seen.add(at)
        count = min(struct.unpack(order + "H", data[at:at + 2])[0], _MAX_ENTRIES)
        for index in range(count):
            entry = at + 2 + 12 * index
            tag, kind, number = struct.unpack(order + "HHI", data[entry:entry + 8])
            if tag == 338 and kind == 3 and 0 < number <= 16:  # SHORT values
                where = entry + 8 if number <= 2 else struct.unpack(
                    order + "I", data[entry + 8:entry + 12])[0]
                values = struct.unpack(f"{order}{number}H", data[where:where + 2 * number])
                if any(value in _ALPHA_SAMPLES for value in values):
                    return True
        end = at + 2 + 12 * count
        at = struct.unpack(order + "I", data[end:end + 4])[0]
    return False


def _webp_alpha(data: bytes) -> bool:
    pos = 12
    while pos + 8 <= len(data):
        kind, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + min(length, 5)]
        if (kind == b"VP8X" and body[0] & 0x10) or kind == b"ALPH":
            return True
        if kind == b"VP8L" and len(body) == 5 and struct.unpack("<I", body[1:5])[0] >> 28 & 1:
            return True
        pos += 8 + length + (length & 1)
    return False
