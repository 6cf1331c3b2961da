"""A WebP cleaned in its RIFF container, without decoding (issue 11; review r11i R2, R5, R7).

A lossy WebP (a photo from the web or a messenger) was decoded and encoded again at quality 92:
one more generation of loss on every cleaning (r11i R2: 81 % of the samples changed). Its
metadata lives in chunks of its own, so it is cleaned here instead, and every pixel stays; a
lossless WebP is still re-encoded losslessly (`images`), and comes here only when it cannot be
decoded.

Format source: Google's WebP Container Specification (RIFF: `RIFF`, size, `WEBP`, then chunks
of a FourCC, a little-endian size, the data and a pad byte to an even length). Written anew:
- a simple file's image chunk (`VP8 ` lossy, `VP8L` lossless) as it is;
- an extended file's `VP8X` (alpha and animation flags and the canvas size; the ICC and EXIF
  flags set only for what is written here, XMP and reserved bits zero), `ANIM` (background
  colour and loop count, its 6 bytes), each `ANMF` frame (its 16-byte header, reserved bits zero;
  inside only `ALPH`, `VP8 `, `VP8L`), `ALPH` (reserved bits zero) and the image chunk;
- the colour profile (`ICCP`) cleaned like any (`icc.clean_icc`: no device, maker, owner or
  date), or dropped with the note COLOUR_PROFILE_DROPPED;
- of `EXIF`, only the orientation (as `png_chunks` writes it back for a PNG: the picture must
  stand as it did).
Dropped: `XMP `, every other chunk (inside frames too), an `ALPH` no decoder reads (after its
image chunk, or beside a `VP8L`), a second image chunk, and what follows the RIFF's end or its
last whole chunk. The compressed picture data of a `VP8 ` chunk and its `ALPH` is cut by the
caller's `cut` (`vp8_partitions.Trials.shortest`, which decodes it: review r11l R11L-2) where
one is given; without one (`picture_container`, no pixel decoded) it is kept as it is, and so
is a VP8L bitstream's (docs/CLEANING.md names these limits).
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from intake_app.errors import SeinpostError
from intake_app.media.icc import clean_icc
from intake_app.media.jpeg_segments import exif_orientation, orientation_exif
from intake_app.media.result import COLOUR_PROFILE_DROPPED, IMAGE_DATA_NOT_TRIMMED

MAX_CHUNKS = 100_000
"""Chunks walked in one file (an animation holds one ANMF a frame, `images.MAX_FRAMES`)."""
_IMAGE = (b"VP8 ", b"VP8L")
_IN_FRAME = (b"ALPH", b"VP8 ", b"VP8L")
_ICC, _ALPHA, _EXIF, _ANIMATION = 0x20, 0x10, 0x08, 0x02  # VP8X flags
_FRAME_HEADER = 16


class NotAWebp(SeinpostError):
    """The bytes are not a WebP this module can walk safely; leave them alone."""

    code = "media.not_a_webp"


def strip_webp(data: bytes, cut: Cut | None = None) -> tuple[bytes, tuple[str, ...]]:
    """`data` with only the chunks that make up the picture, and the notes
    (COLOUR_PROFILE_DROPPED; IMAGE_DATA_NOT_TRIMMED when `cut` answered None for a frame, or a
    frame holds more than one `ALPH`). `cut` takes a `VP8 ` chunk's data and its `ALPH` chunk's
    (or None) and answers both cut to what a decoder reads, or None to keep them. Raises
    NotAWebp when it has no RIFF WebP header or no image chunk (`VP8 `, `VP8L`, or an `ANMF`
    frame) that is whole."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise NotAWebp
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    image = _Image(cut)
    chunks = _chunks(data, 12, end)
    if chunks and chunks[0][0] in _IMAGE:
        return _riff(image.frame(chunks[:1])), image.notes
    if not chunks or chunks[0][0] != b"VP8X" or len(chunks[0][1]) < 10:
        raise NotAWebp
    flags = chunks[0][1][0] & (_ALPHA | _ANIMATION)
    canvas = chunks[0][1][4:10]
    head: list[bytes] = []
    body: list[bytes] = []
    notes: tuple[str, ...] = ()
    orientation = 0
    still = [(kind, value) for kind, value in chunks[1:] if kind in _IN_FRAME]
    for kind, value in chunks[1:]:
        if kind == b"ICCP" and not head:
            profile = clean_icc(value)
            if profile is None:
                notes = (COLOUR_PROFILE_DROPPED,)
            else:
                head.append(_chunk(b"ICCP", profile))
                flags |= _ICC
        elif kind == b"ANIM" and len(value) >= 6:
            body.append(_chunk(b"ANIM", value[:6]))
        elif kind == b"ANMF" and len(value) >= _FRAME_HEADER:
            header = value[: _FRAME_HEADER - 1] + bytes([value[_FRAME_HEADER - 1] & 0x03])
            inner = image.frame(_chunks(value, _FRAME_HEADER, len(value)))
            body.append(_chunk(b"ANMF", header + b"".join(inner)))
        elif kind in _IMAGE:
            body.extend(image.frame(still))
            still = []
        elif kind == b"EXIF" and not orientation:
            orientation = exif_orientation(value)
    if not any(part[:4] in (*_IMAGE, b"ANMF") for part in body):
        raise NotAWebp
    tail = []
    if orientation > 1:
        tail.append(_chunk(b"EXIF", orientation_exif(orientation)))
        flags |= _EXIF
    vp8x = _chunk(b"VP8X", bytes([flags, 0, 0, 0]) + canvas)
    return _riff([vp8x, *head, *body, *tail]), (*notes, *image.notes)


Cut = Callable[[bytes, "bytes | None"], "tuple[bytes, bytes | None] | None"]
"""A `VP8 ` chunk's data and its `ALPH` chunk's (or None) -> both cut, or None to keep them."""


class _Image:
    """A frame's image chunks written anew: its `ALPH` (reserved bits zero) and image chunk,
    the `VP8 ` one's data and its alpha's through `cut` where one is given."""

    def __init__(self, cut: Cut | None) -> None:
        self._cut = cut
        self.notes: tuple[str, ...] = ()

    def frame(self, chunks: list[tuple[bytes, bytes]]) -> list[bytes]:
        """The chunks of one frame (or a still picture) up to its image chunk: the image chunk
        and, for a `VP8 `, the `ALPH` before it (a decoder reads no other: an `ALPH` after the
        image or beside a `VP8L` goes). More than one `ALPH` (libwebp's still decoder reads the
        last, its demuxer the first) are all kept, uncut, and told."""
        alphas = []
        for kind, value in chunks:
            if kind == b"ALPH" and value:
                alphas.append(bytes([value[0] & 0x3F]) + value[1:])
            elif kind in _IMAGE:
                return self._image(kind, value, alphas)
        return []

    def _image(self, kind: bytes, value: bytes, alphas: list[bytes]) -> list[bytes]:
        if kind == b"VP8L":
            return [_chunk(kind, value)]
        if self._cut is not None:  # without one, all is kept unread (`picture_container`)
            cut = self._cut(value, alphas[0] if alphas else None) if len(alphas) < 2 else None
            if cut is None:
                self.notes = (IMAGE_DATA_NOT_TRIMMED,)
            else:
                value, alphas = cut[0], [] if cut[1] is None else [cut[1]]
        return [*(_chunk(b"ALPH", alpha) for alpha in alphas), _chunk(kind, value)]


def _chunks(data: bytes, start: int, end: int) -> list[tuple[bytes, bytes]]:
    """(FourCC, data) of the whole chunks between `start` and `end`; a chunk the data ends
    inside, and anything after it, is left out."""
    found = []
    pos = start
    while pos + 8 <= end:
        if len(found) >= MAX_CHUNKS:
            raise NotAWebp
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if pos + 8 + size > end:
            break
        found.append((kind, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)
    return found


def _chunk(kind: bytes, value: bytes) -> bytes:
    return kind + struct.pack("<I", len(value)) + value + (b"\x00" if len(value) & 1 else b"")


def _riff(chunks: list[bytes]) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
