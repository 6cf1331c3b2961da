"""Whether a WebP picture is lossless, from its chunk list (RIFF, Google's WebP container spec).

A lossless WebP (a screenshot, a drawing) is re-encoded lossless; a lossy one at WEBP_QUALITY.
Its kind is the kind of its image chunks: `VP8L` lossless, `VP8 ` lossy; an animation's frames
(`ANMF`) hold theirs after a 16-byte frame header. The chunks are walked one by one, so a large
colour profile (`ICCP`) or EXIF before the image no longer hides it (review r11h H1: only the
first 4 KiB were searched, and a lossless screenshot with a 6 KB profile came out lossy).
"""

from __future__ import annotations

import struct

_MAX_CHUNKS = 100_000
_FRAME_HEADER = 16  # ANMF: x, y, width, height (3 bytes each), duration (3), flags (1)


def webp_lossless(data: bytes) -> bool:
    """True when any image chunk of the WebP `data`, an animation frame's included, is `VP8L`
    (one lossless frame makes the whole animation lossless: nothing is lost that way)."""
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return False
    stack = [(12, len(data))]
    walked = 0
    while stack:
        at, end = stack.pop()
        while at + 8 <= end and walked < _MAX_CHUNKS:
            walked += 1
            kind, size = data[at:at + 4], struct.unpack("<I", data[at + 4:at + 8])[0]
            if kind == b"VP8L":
                return True
            if kind == b"ANMF":
                stack.append((at + 8 + _FRAME_HEADER, min(end, at + 8 + size)))
            at += 8 + size + (size & 1)  # chunks are padded to an even length
    return False
