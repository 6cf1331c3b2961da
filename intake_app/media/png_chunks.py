"""A PNG rebuilt from the chunks needed to show it, without decoding it: the fallback when
pixels cannot be used (a damaged file, or one too large to decode within the cleaning bounds).

Only chunks that make up the picture are copied, and only with the exact length the PNG
specification gives them for the image's colour type (a decoder reads that many bytes and
skips the rest, so a longer chunk can carry anything): image header, palette (for a palette
image only: in any other a palette is a suggestion, and can carry anything), transparency,
image data cut to what a decoder uses (`png_data`), the APNG animation chunks (renumbered),
and the rendering hints gAMA, cHRM, sRGB, sBIT, pHYs and bKGD; a palette's entries no pixel
uses become 0 (`png_palette`). A colour profile (iCCP) is
decompressed within a bound, cleaned like any ICC profile (`icc.clean_icc`: no device, maker,
owner or date) and stored under a neutral name; one that cannot be read goes. Everything else
goes: text (tEXt/zTXt/iTXt: author, software, comments, paths), eXIf (camera, GPS), tIME, and
every private or unknown chunk; of the first eXIf only the orientation is written back, in an
eXIf of its own after the header (as `jpeg_clean` does for a JPEG: the picture must stand as
it did; review r11h H4).
"""

from __future__ import annotations

import struct
import zlib

from intake_app.errors import SeinpostError
from intake_app.media.icc import clean_icc
from intake_app.media.jpeg_segments import exif_orientation, orientation_exif
from intake_app.media.png_data import TooLarge, Unusable, expected_size, used_stream
from intake_app.media.png_palette import zero_unused_entries
from intake_app.media.result import COLOUR_PROFILE_DROPPED, IMAGE_DATA_NOT_TRIMMED

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


def strip_png_metadata(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """`data` with only the picture's own chunks, and its warnings: COLOUR_PROFILE_DROPPED
    when a profile could not be read, IMAGE_DATA_NOT_TRIMMED when image data was too large to
    cut within `png_data.MAX_INFLATED` and was kept as it is, or a palette's indices could not
    be read (its unused entries stay).

    Every chunk is written anew with its checksum computed here. The image data (IDAT, and each
    APNG frame's fdAT) is cut to what a decoder uses (`png_data`); a file cut off inside it
    keeps the rows it has (a viewer shows the part it has), then IEND. Bytes after IEND go.
    Raises NotAPng when there is no PNG header or no usable image data at all.
    """
    if not data.startswith(_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 33:
        raise NotAPng
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    chunks, profile_dropped = _picture_chunks(data, colour_type)
    # palette entries no pixel uses become 0, as GIF's (review r11m R11M-21); unread: said
    untrimmed = colour_type == _PALETTE and not zero_unused_entries(
        chunks, width, height, depth, interlace == 1)
    out, sequence, whole = bytearray(_SIGNATURE), 0, False
    frame = (width, height)
    for kind, body in chunks:
        if kind == b"fcTL":
            frame = struct.unpack(">II", body[4:12])
            body = struct.pack(">I", sequence) + body[4:]
            sequence += 1
            out += _chunk(kind, body)
        elif kind in _PIXEL_DATA:
            pieces = body if isinstance(body, list) else [body]
            size = expected_size(*(frame if kind == b"fdAT" else (width, height)), depth,
                                 colour_type, interlace == 1)
            try:
                used, _ = used_stream(pieces, size)
            except Unusable as exc:
                raise NotAPng from exc
            except TooLarge:
                used, whole = pieces, True  # as it is, and said
            for piece in used:
                if kind == b"fdAT":
                    piece = struct.pack(">I", sequence) + piece
                    sequence += 1
                out += _chunk(kind, piece)
        else:
            out += _chunk(kind, body)
    warnings = ((COLOUR_PROFILE_DROPPED,) if profile_dropped else ()) + (
        (IMAGE_DATA_NOT_TRIMMED,) if whole or untrimmed else ())
    return bytes(out + _chunk(b"IEND", b"")), warnings


def _picture_chunks(data: bytes, colour_type: int) -> tuple[list[tuple[bytes, object]], bool]:
    """(kind, body) of each chunk kept, IEND left out; consecutive IDAT bodies (and each
    frame's fdAT bodies, without their sequence numbers) joined into one list of pieces."""
    chunks: list[tuple[bytes, object]] = []
    pos, profile_dropped, palette, last = len(_SIGNATURE), False, 0, b""
    orientation = 0  # the first eXIf's, once read
    seen_pixels, group = False, None
    for _ in range(MAX_CHUNKS):
        if pos + 8 > len(data):
            break  # cut off between chunks
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if kind == b"IEND" or (end > len(data) and kind not in _PIXEL_DATA):
            break
        body = data[pos + 8 : min(end - 4, len(data))]  # cut off inside the pixels: what is there
        if kind in _PIXEL_DATA:
            piece = body if kind == b"IDAT" else body[4:]  # fdAT: after its sequence number
            if last == kind:
                if group is not None:
                    group.append(piece)
            elif ((kind == b"IDAT" and not seen_pixels)
                  or (kind == b"fdAT" and chunks and chunks[-1][0] == b"fcTL")):
                group = [piece]
                chunks.append((kind, group))
            else:
                group = None  # a second run of IDAT, or fdAT without its frame: never shown
            seen_pixels = seen_pixels or kind == b"IDAT"
        elif kind == b"PLTE":
            if colour_type == _PALETTE and length % 3 == 0 and 3 <= length <= 768:
                palette = length // 3  # other colour types: only a suggestion, not needed
                chunks.append((kind, body))
        elif kind == b"eXIf" and not orientation:
            orientation = exif_orientation(body)  # only that is written back (r11h H4)
        elif kind == b"iCCP":
            profile = _cleaned_profile(body)
            profile_dropped = profile_dropped or profile is None
            if profile is not None:
                chunks.append((kind, NEUTRAL_PROFILE_NAME + b"\x00\x00" + zlib.compress(profile)))
        elif _legal_length(kind, length, colour_type, palette):
            chunks.append((kind, body))
        last = kind
        if end > len(data):
            break
        pos = end
    else:
        raise NotAPng
    if not seen_pixels:
        raise NotAPng
    if orientation > 1:  # before the image data, where every reader looks for it
        after_header = next((i + 1 for i, (k, _) in enumerate(chunks) if k == b"IHDR"), 0)
        chunks.insert(after_header, (b"eXIf", orientation_exif(orientation)))
    return chunks, profile_dropped


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
