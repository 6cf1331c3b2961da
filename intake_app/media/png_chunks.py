"""Metadata chunks cut out of a PNG without decoding it: the fallback when pixels cannot be used.

Used when a PNG is damaged (for example cut off) or too large to decode within the cleaning
bounds. Only the chunks that make up the picture are copied, byte for byte: image header,
palette, transparency, image data and the APNG animation chunks, plus the colour-rendering
hints gAMA/cHRM/sRGB/sBIT and bKGD, which hold numbers only. Everything else goes: text
(tEXt/zTXt/iTXt: author, software, comments, paths), eXIf (camera, GPS), iCCP (a profile is
free-form), tIME, pHYs, and every private or unknown chunk. Nothing is decompressed, so a
decompression bomb costs nothing here.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KEPT = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS",
        b"acTL", b"fcTL", b"fdAT",
        b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD",
    }
)
_PIXEL_DATA = frozenset({b"IDAT", b"fdAT"})
MAX_CHUNKS = 1_000_000
"""More chunks than any real PNG has; a file with more is not walked."""


class NotAPng(SeinpostError):
    """The bytes are not a PNG this module can walk safely; leave them alone."""

    code = "media.not_a_png"


def strip_png_metadata(data: bytes) -> tuple[bytes, bool]:
    """`data` with only the picture's own chunks, and whether a colour profile was dropped.

    A file cut off inside its image data keeps what is there (a viewer shows the part it has);
    bytes after IEND go. Raises NotAPng when there is no PNG header or no image data at all.
    """
    if not data.startswith(_SIGNATURE) or data[12:16] != b"IHDR":
        raise NotAPng
    out = bytearray(_SIGNATURE)
    pos, seen_pixels, profile_dropped = len(_SIGNATURE), False, False
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
        if kind in _KEPT:
            out += data[pos:end]
            seen_pixels = seen_pixels or kind in _PIXEL_DATA
        elif kind == b"iCCP":
            profile_dropped = True
        pos = end
        if kind == b"IEND":
            break
    else:
        raise NotAPng
    if not seen_pixels:
        raise NotAPng
    return bytes(out), profile_dropped
