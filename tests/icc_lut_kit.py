"""A colour profile with an mAB (lutAToB) element holding bytes between and after its parts, and
a named-colour tag (`ncl2`) whose prefix, suffix and colour name hold the canary (review r11f
F4's rest: `tests/test_clean_icc_r11f.py`)."""

from __future__ import annotations

import io
import struct

CANARY = b"CANARY"
HIDDEN = CANARY + b" Jan Jansen MacBook"


def _curves(count: int) -> bytes:
    """`count` identity curves (`curv` with no entries), each 12 bytes: 4-aligned already."""
    return b"curv\0\0\0\0\0\0\0\0" * count


def lut_a_to_b() -> bytes:
    """An mAB element for 3 inputs and 3 outputs: B curves, 32 bytes of a name, the matrix,
    M curves, a 2x2x2 CLUT of 8-bit values, A curves, and a name after its end."""
    head = 32
    b_curves = _curves(3)
    gap = HIDDEN.ljust(32, b"\0")
    matrix = b"".join(struct.pack(">i", v) for v in (65536, 0, 0, 0, 65536, 0, 0, 0, 65536,
                                                       0, 0, 0))
    m_curves = _curves(3)
    grid = bytes([2, 2, 2]).ljust(16, b"\0") + b"\x01\0\0\0"
    table = bytes(v for i in range(8) for v in ((i & 4) * 63, (i & 2) * 127, (i & 1) * 255))
    a_curves = _curves(3)
    b_at = head
    matrix_at = b_at + len(b_curves) + len(gap)
    m_at = matrix_at + len(matrix)
    clut_at = m_at + len(m_curves)
    a_at = clut_at + len(grid) + len(table)
    return (b"mAB \0\0\0\0" + bytes([3, 3, 0, 0])
            + struct.pack(">5I", b_at, matrix_at, m_at, clut_at, a_at)
            + b_curves + gap + matrix + m_curves + grid + table + a_curves + HIDDEN)


def named_colours() -> bytes:
    """An ncl2 element: vendor flag, prefix, suffix and one spot colour's name hold the canary;
    its PCS values (three numbers) and no device coordinates."""
    return (b"ncl2\0\0\0\0" + CANARY[:4] + struct.pack(">II", 1, 0)
            + (CANARY + b" prefix").ljust(32, b"\0") + (CANARY + b" suffix").ljust(32, b"\0")
            + (CANARY + b" spot Jan Jansen").ljust(32, b"\0") + struct.pack(">3H", 1, 2, 3))


def profile_with_lut_and_names() -> bytes:
    """LittleCMS's sRGB profile with `lut_a_to_b` as A2B0 and `named_colours` as ncl2 added."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    (count,) = struct.unpack(">I", profile[128:132])
    tags = [struct.unpack(">4sII", profile[132 + 12 * i:144 + 12 * i]) for i in range(count)]
    elements = [(sig, profile[offset:offset + size]) for sig, offset, size in tags]
    elements += [(b"A2B0", lut_a_to_b()), (b"ncl2", named_colours())]
    at = 132 + 12 * len(elements)
    table, body = b"", b""
    for sig, element in elements:
        table += struct.pack(">4sII", sig, at + len(body), len(element))
        body += element + b"\0" * (-len(element) % 4)
    whole = profile[:128] + struct.pack(">I", len(elements)) + table + body
    return struct.pack(">I", len(whole)) + whole[4:]


def jpeg_with_lut_profile() -> bytes:
    """A JPEG attached alone carrying `profile_with_lut_and_names` (APP2)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 120, 200)).save(
        out, "JPEG", quality=95, icc_profile=profile_with_lut_and_names())
    return out.getvalue()
