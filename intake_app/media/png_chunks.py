"""A PNG rebuilt from the chunks needed to show it, without decoding it: the fallback when
pixels cannot be used (a damaged file, or one too large to decode within the cleaning bounds).

Only chunks that make up the picture are copied, byte for byte, and only with the exact length
the PNG specification gives them for the image's colour type (a decoder reads that many bytes
and skips the rest, so a longer chunk can carry anything): image header, palette, transparency,
image data, the APNG animation chunks, and the rendering hints gAMA, cHRM, sRGB, sBIT, pHYs and
bKGD. A colour profile (iCCP) is decompressed within a bound, cleaned like any ICC profile
(`icc.clean_icc`: no device, maker, owner or date) and stored under a neutral name; one that
cannot be read goes. Everything else goes: text (tEXt/zTXt/iTXt: author, software, comments,
paths), eXIf (camera, GPS), tIME, and every private or unknown chunk.
"""

from __future__ import annotations

import struct
import zlib

from intake_app.errors import SeinpostError
from intake_app.media.icc import clean_icc

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PIXEL_DATA = frozenset({b"IDAT", b"fdAT"})
_GREY, _RGB, _PALETTE, _GREY_ALPHA, _RGB_ALPHA = 0, 2, 3, 4, 6
_FIXED = {b"IHDR": 13, b"IEND": 0, b"gAMA": 4, b"cHRM": 32, b"sRGB": 1, b"pHYs": 9,
          b"acTL": 8, b"fcTL": 26}
"""Chunks whose length does not depend on the colour type."""
_BY_COLOUR_TYPE = {
    b"sBIT": {_GREY: 1, _RGB: 3, _PALETTE: 3, _GREY_ALPHA: 2, _RGB_ALPHA: 4},
    b"bKGD": {_GREY: 2, _RGB: 6, _PALETTE: 1, _GREY_ALPHA: 2, _RGB_ALPHA: 6},
    b"tRNS": {_GREY: 2, _RGB: 6},  # palette images: one byte per palette entry at most
}
MAX_CHUNKS = 1_000_000
"""More chunks than any real PNG has; a file with more is not walked."""
MAX_PROFILE = 4 * 1024 * 1024
"""Largest colour profile decompressed from an iCCP chunk (real ones are under 1 MiB)."""
NEUTRAL_PROFILE_NAME = b"ICC profile"


class NotAPng(SeinpostError):
    """The bytes are not a PNG this module can walk safely; leave them alone."""

    code = "media.not_a_png"


def strip_png_metadata(data: bytes) -> tuple[bytes, bool]:
    """`data` with only the picture's own chunks, and whether a colour profile was dropped.

    A file cut off inside its image data keeps what is there (a viewer shows the part it has);
    bytes after IEND go. Raises NotAPng when there is no PNG header or no image data at all.
    """
    if not data.startswith(_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 33:
        raise NotAPng
    colour_type = data[25]
    out = bytearray(_SIGNATURE)
    pos, seen_pixels, profile_dropped, palette = len(_SIGNATURE), False, False, 0
    for _ in range(MAX_CHUNKS):
        if pos + 8 > len(data):
            break  # cut off between chunks
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            if kind in _PIXEL_DATA:
                out += data[pos:]  # cut off inside the pixels: keep them as they are
                seen_pixels = True
            break
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"PLTE" and length % 3 == 0 and 3 <= length <= 768:
            palette = length // 3
            out += data[pos:end]
        elif kind in _PIXEL_DATA:
            out += data[pos:end]
            seen_pixels = True
        elif kind == b"iCCP":
            profile = _cleaned_profile(body)
            profile_dropped = profile_dropped or profile is None
            if profile is not None:
                out += _chunk(b"iCCP", NEUTRAL_PROFILE_NAME + b"\x00\x00" + zlib.compress(profile))
        elif _legal_length(kind, length, colour_type, palette):
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    else:
        raise NotAPng
    if not seen_pixels:
        raise NotAPng
    return bytes(out), profile_dropped


def _legal_length(kind: bytes, length: int, colour_type: int, palette: int) -> bool:
    """Whether `kind` is kept and `length` is exactly what the specification gives it."""
    if kind in _FIXED:
        return length == _FIXED[kind]
    if kind == b"tRNS" and colour_type == _PALETTE:
        return 1 <= length <= palette
    return kind in _BY_COLOUR_TYPE and _BY_COLOUR_TYPE[kind].get(colour_type) == length


def _cleaned_profile(body: bytes) -> bytes | None:
    """The iCCP chunk's profile, decompressed within MAX_PROFILE and cleaned; None if unusable."""
    name_end = body.find(b"\x00", 0, 80)
    if name_end < 1 or body[name_end + 1 : name_end + 2] != b"\x00":  # method 0: zlib
        return None
    inflater = zlib.decompressobj()
    try:
        profile = inflater.decompress(body[name_end + 2 :], MAX_PROFILE + 1)
    except zlib.error:
        return None
    if len(profile) > MAX_PROFILE or inflater.unconsumed_tail:
        return None
    return clean_icc(profile)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
