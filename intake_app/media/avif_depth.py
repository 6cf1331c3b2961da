"""The bits a channel of an AVIF picture holds, and whether a HEIF picture has an alpha plane,
read from its item properties.

Pillow's AVIF plug-in decodes a 10- or 12-bit AVIF to 8 bits a channel and does not say what
it had (pillow_heif's `bit_depth` does for HEIC). The file says it in its item properties
(ISO/IEC 23008-12, inside `meta` → `iprp` → `ipco`): `pixi` (bits per channel) and the AV1
codec configuration `av1C` (AV1 Codec ISO Media File Format Binding, 2.3: `high_bitdepth`,
`twelve_bit`). Read within the file's bounds, box by box; anything unreadable is 8 bits (the
note `image_depth_reduced` is then not given, as before).

An alpha plane is an auxiliary image whose `auxC` property names it (MIAF, ISO/IEC 23000-22
§7.3.5.3; HEVC's `urn:mpeg:hevc:2015:auxid:1`): the forecast reads it from the file's first
bytes to tell, before saving, that such a HEIC or AVIF is sealed as PNG (`images`: JPEG has no
transparency).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

_CONTAINERS = {b"meta": 4, b"iprp": 0, b"ipco": 0}
"""Boxes whose children are read, and the bytes before the first child (`meta` is a full box:
version and flags)."""
_MAX_BOXES = 4096


ALPHA_URNS = (b"urn:mpeg:mpegB:cicp:systems:auxiliary:alpha", b"urn:mpeg:hevc:2015:auxid:1",
              b"urn:mpeg:avc:2015:auxid:1")
"""`auxC` types of an alpha plane (AVIF and MIAF; HEVC and AVC images)."""


def avif_bit_depth(data: bytes) -> int:
    """The largest bits per channel any `pixi` or `av1C` property of the AVIF `data` declares;
    8 when it declares none or cannot be read."""
    depths = [8]
    for kind, body in _properties(data):
        if kind == b"pixi" and len(body) >= 5:
            count = body[4]
            depths.extend(body[5:5 + count])
        elif kind == b"av1C" and len(body) >= 3:
            high, twelve = body[2] & 0x40, body[2] & 0x20
            depths.append(12 if high and twelve else 10 if high else 8)
    return max(depths)


def declares_alpha(data: bytes) -> bool:
    """Whether the HEIF (HEIC or AVIF) `data`, or its first bytes, declares an alpha plane (an
    `auxC` property of an ALPHA_URNS type); False when it cannot be read."""
    return any(kind == b"auxC" and body[4:].split(b"\0", 1)[0] in ALPHA_URNS
               for kind, body in _properties(data))


def _properties(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(type, body) of each box inside `meta`, `iprp` and `ipco`, within `data`'s bounds."""
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
            if size < head or (at + size > end and kind not in _CONTAINERS):
                break  # damaged: what was read stands
            size = min(size, end - at)  # a container cut off (the forecast's first bytes)
            body = data[at + head:at + size]
            if kind in _CONTAINERS:
                stack.append((at + head + _CONTAINERS[kind], at + size))
            else:
                yield kind, body
            at += size
