"""The bits a channel of an AVIF picture holds, read from its item properties.

Pillow's AVIF plug-in decodes a 10- or 12-bit AVIF to 8 bits a channel and does not say what
it had (pillow_heif's `bit_depth` does for HEIC). The file says it in its item properties
(ISO/IEC 23008-12, inside `meta` → `iprp` → `ipco`): `pixi` (bits per channel) and the AV1
codec configuration `av1C` (AV1 Codec ISO Media File Format Binding, 2.3: `high_bitdepth`,
`twelve_bit`). Read within the file's bounds, box by box; anything unreadable is 8 bits (the
note `image_depth_reduced` is then not given, as before).
"""

from __future__ import annotations

import struct

_CONTAINERS = {b"meta": 4, b"iprp": 0, b"ipco": 0}
"""Boxes whose children are read, and the bytes before the first child (`meta` is a full box:
version and flags)."""
_MAX_BOXES = 4096


def avif_bit_depth(data: bytes) -> int:
    """The largest bits per channel any `pixi` or `av1C` property of the AVIF `data` declares;
    8 when it declares none or cannot be read."""
    depths = [8]
    seen = 0
    stack = [(0, len(data))]
    while stack and seen < _MAX_BOXES:
        at, end = stack.pop()
        while at + 8 <= end and seen < _MAX_BOXES:
            seen += 1
            size, kind = struct.unpack(">I4s", data[at:at + 8])
            head = 8
            if size == 1 and at + 16 <= end:
                (size,) = struct.unpack(">Q", data[at + 8:at + 16])
                head = 16
            elif size == 0:
                size = end - at
            if size < head or at + size > end:
                break  # damaged: what was read stands
            body = data[at + head:at + size]
            if kind in _CONTAINERS:
                stack.append((at + head + _CONTAINERS[kind], at + size))
            elif kind == b"pixi" and len(body) >= 5:
                count = body[4]
                depths.extend(body[5:5 + count])
            elif kind == b"av1C" and len(body) >= 3:
                high, twelve = body[2] & 0x40, body[2] & 0x20
                depths.append(12 if high and twelve else 10 if high else 8)
            at += size
    return max(depths)
