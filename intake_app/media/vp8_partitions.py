"""A lossy WebP's VP8 frame and alpha cut to the bytes a decoder reads (issue 11; r11l R11L-2).

A lossy WebP is cleaned in its RIFF container (`webp_container`: no second generation of
loss), but its picture data can hide bytes no decoder reads: after the last partition's real
end (that partition has no size field: it runs to the chunk's end), and between the first or a
non-last token partition's real end and its declared size. r11l planted "Jan Jansen
C:\\Users\\jjansen\\Desktop SERIAL9876" after the last partition; Pillow decoded the file the
same, and it reached the office told "Cleaned".

Format source: RFC 6386 (VP8 Data Format and Decoding Guide) §9.1 (the frame tag: key frame
bit, version, show bit, a 19-bit first partition size; on a key frame the start code 9d 01 2a
and two 16-bit sizes), §9.2–9.6 and §19.2 (the first partition's frame header, read here with
the §7 boolean decoder as far as `log2_nbr_of_dct_partitions`), §9.5 (after the first
partition, a 3-byte little-endian size for every token partition but the last). WebP allows key
frames only (Google's WebP container specification).

How the end is found: only decoding the tokens tells where a partition's data stops, so each
partition is made shorter and the frame decoded in full (`Trials.decode`, libwebp through
Pillow in the bounded cleaning child) until one byte fewer no longer gives the same pixels.
libwebp refuses a frame whose boolean decoder needs a byte past its partition's end (it does
not guess), so a decode that succeeds read only bytes that are kept, and what is cut was never
read. The shortest length is found by galloping down from the declared one (1, 2, 4… bytes
fewer) and halving the last gap: a normal file costs about two decodes a partition (libwebp's
encoder writes a byte or two its decoder does not need; they go too), a hidden tail of k bytes
about 2·log2(k). Every length kept gave exactly the pixels of the original frame.

The frame's alpha plane (its `ALPH` chunk, WebP container specification "Alpha") is cut the same
way: raw alpha at its header byte and a byte a pixel; lossless alpha (a VP8L image stream
without its header, which has no size field either) at the shortest length whose decode, with
the frame, gives the same pixels (libwebp's VP8L reader marks the end of its stream once a
code needs bits past it).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from intake_app.media.result import IMAGE_DATA_NOT_TRIMMED, NotCleanable

MAX_TRIAL_PIXELS = 500_000_000
"""Pixels decoded in trials for one file, over all its frames: about 40 decodes of a
12-megapixel photo (libwebp: about 0.3 s of CPU each), ten of the largest picture allowed
(`images.MAX_PIXELS`). A file that needs more keeps its picture data, warned."""
_KEY_FRAME_HEADER = 10  # frame tag (3), start code (3), width and height (2 each)
_START_CODE = b"\x9d\x01\x2a"


class _Spent(NotCleanable):
    """The trial budget ran out, or a frame cannot be trimmed: its data stays as it is
    (caught here; the caller warns `image_data_not_trimmed`)."""

    def __init__(self) -> None:
        super().__init__(IMAGE_DATA_NOT_TRIMMED)


@dataclass
class Trials:
    """Decodes for `shortest`, bounded over one file.

    `decode` takes a WebP file (a `VP8 ` chunk, with an `ALPH` before it when it has alpha)
    and answers its pixels (any fixed layout, compared byte for byte), or None when it does not
    decode. `max_pixels` bounds one frame's width × height; `pixels_left` the pixels of every
    trial together."""

    decode: Callable[[bytes], bytes | None]
    max_pixels: int
    pixels_left: int = MAX_TRIAL_PIXELS

    def shortest(self, payload: bytes, alpha: bytes | None) -> tuple[bytes, bytes | None] | None:
        """The `VP8 ` chunk data `payload` and its `ALPH` chunk data `alpha` (or None), each cut
        to what its decoder reads (`shortest_frame`, `shortest_alpha`); None when either cannot
        be: then the caller keeps both and says their data was not trimmed."""
        frame = self.shortest_frame(payload)
        if frame is None or alpha is None:
            return None if frame is None else (frame, None)
        cut = self.shortest_alpha(alpha, frame)
        return None if cut is None else (frame, cut)

    def shortest_frame(self, payload: bytes) -> bytes | None:
        """The `VP8 ` chunk data `payload` with every partition cut to the shortest length that
        decodes to the same pixels, the size fields written anew; None when that cannot be
        found (not a key frame, sizes beyond the data, a frame that does not decode, over the
        pixel bounds)."""
        frame = _parse(payload)
        if frame is None or frame.area > self.max_pixels:
            return None
        lengths = list(frame.lengths)
        try:
            original = self._pixels(simple_webp(payload), frame.area)
            if original is None:
                return None
            for index in range(len(lengths)):

                def same(length: int, index: int = index) -> bool:
                    trial = [*lengths[:index], length, *lengths[index + 1:]]
                    return self._pixels(simple_webp(frame.build(trial)), frame.area) == original

                lengths[index] = _shortest(same, lengths[index])
        except _Spent:
            return None
        return frame.build(lengths)

    def shortest_alpha(self, alpha: bytes, payload: bytes) -> bytes | None:
        """The `ALPH` chunk data `alpha` of the frame `payload` cut to what its decoder reads
        (WebP container specification, "Alpha"): raw (compression 0) at its header byte and
        one byte a pixel; lossless (1, a VP8L image stream without its header) at the
        shortest length that decodes to the same pixels. None when that cannot be found."""
        frame = _parse(payload)
        if frame is None or frame.area > self.max_pixels or not alpha or alpha[0] & 3 > 1:
            return None
        size = (frame.width, frame.height)
        try:
            original = self._pixels(alpha_webp(alpha, payload, size), frame.area)
            if original is None:
                return None

            def same(length: int) -> bool:
                trial = alpha_webp(alpha[:length], payload, size)
                return self._pixels(trial, frame.area) == original

            if alpha[0] & 3 == 0:
                raw = 1 + frame.area
                return alpha[:raw] if raw == len(alpha) or same(raw) else None
            return alpha[:_shortest(same, len(alpha))]
        except _Spent:
            return None

    def _pixels(self, webp: bytes, area: int) -> bytes | None:
        if area > self.pixels_left:
            raise _Spent
        self.pixels_left -= area
        return self.decode(webp)


def _shortest(same: Callable[[int], bool], length: int) -> int:
    """The shortest length, at most `length` (known good), for which `same` holds: gallop down
    (1, 2, 4… fewer), then halve the gap. Every length answered was found `same`."""
    good, bad, step = length, -1, 1
    while good - step > bad:
        if not same(good - step):
            bad = good - step
            break
        good, step = good - step, step * 2
    while good - bad > 1:
        middle = (good + bad) // 2
        good, bad = (middle, bad) if same(middle) else (good, middle)
    return good


def simple_webp(payload: bytes) -> bytes:
    """A simple (lossy) WebP file holding the `VP8 ` chunk data `payload` alone."""
    return _riff(_chunk(b"VP8 ", payload))


def alpha_webp(alpha: bytes, payload: bytes, size: tuple[int, int]) -> bytes:
    """An extended WebP of `size` (width, height) holding the `ALPH` chunk data `alpha` and
    the `VP8 ` chunk data `payload` (container specification: `VP8X` with the alpha flag)."""
    canvas = (size[0] - 1).to_bytes(3, "little") + (size[1] - 1).to_bytes(3, "little")
    vp8x = _chunk(b"VP8X", b"\x10\x00\x00\x00" + canvas)
    return _riff(vp8x + _chunk(b"ALPH", alpha) + _chunk(b"VP8 ", payload))


def _chunk(kind: bytes, value: bytes) -> bytes:
    return kind + struct.pack("<I", len(value)) + value + b"\x00" * (len(value) & 1)


def _riff(chunks: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


@dataclass(frozen=True)
class _Frame:
    """A key frame's fixed header, its first partition and token partitions (bytes)."""

    header: bytes
    partitions: tuple[bytes, ...]
    width: int
    height: int

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def lengths(self) -> tuple[int, ...]:
        return tuple(len(part) for part in self.partitions)

    def build(self, lengths: list[int] | tuple[int, ...]) -> bytes:
        """The frame with partition i cut to `lengths[i]` bytes, its size fields written anew."""
        parts = [part[:length] for part, length in zip(self.partitions, lengths, strict=True)]
        tag = int.from_bytes(self.header[:3], "little") & 0x1F | len(parts[0]) << 5
        sizes = b"".join(len(part).to_bytes(3, "little") for part in parts[1:-1])
        return tag.to_bytes(3, "little") + self.header[3:] + parts[0] + sizes + b"".join(parts[1:])


def _parse(payload: bytes) -> _Frame | None:
    """The partitions of the key frame `payload` (RFC 6386 §9.1, §9.5), or None when it is not
    one whose partitions lie within it."""
    if len(payload) < _KEY_FRAME_HEADER or payload[3:6] != _START_CODE or payload[0] & 1:
        return None
    first = int.from_bytes(payload[:3], "little") >> 5
    width, height = (struct.unpack("<H", payload[at:at + 2])[0] & 0x3FFF for at in (6, 8))
    at = _KEY_FRAME_HEADER + first
    if first < 2 or at > len(payload) or not width or not height:
        return None
    count = 1 << _partition_bits(payload[_KEY_FRAME_HEADER:at])
    sizes_end = at + 3 * (count - 1)
    if sizes_end >= len(payload):
        return None
    parts, start = [payload[_KEY_FRAME_HEADER:at]], sizes_end
    for index in range(count - 1):
        size = int.from_bytes(payload[at + 3 * index:at + 3 * index + 3], "little")
        parts.append(payload[start:start + size])
        start += size
    if start >= len(payload):  # libwebp refuses an empty last partition too
        return None
    parts.append(payload[start:])
    return _Frame(payload[:_KEY_FRAME_HEADER], tuple(parts), width, height)


def _partition_bits(first: bytes) -> int:
    """`log2_nbr_of_dct_partitions` from the key frame header at the start of the first
    partition (RFC 6386 §9.2–9.5, §19.2), read with the boolean decoder of §7 (prob 128)."""
    reader = _BoolReader(first)
    read = reader.literal
    read(2)  # colour space, clamping type
    if read(1):  # segmentation enabled
        update_map, update_data = read(1), read(1)
        if update_data:
            read(1)  # segment feature mode
            for bits in (7, 7, 7, 7, 6, 6, 6, 6):  # quantizer, then loop filter, updates
                if read(1):
                    read(bits + 1)  # value and sign
        if update_map:
            for _ in range(3):
                if read(1):
                    read(8)
    read(1 + 6 + 3)  # filter type, loop filter level, sharpness
    if read(1) and read(1):  # loop filter deltas enabled, and updated
        for _ in range(8):
            if read(1):
                read(6 + 1)
    return read(2)


class _BoolReader:
    """RFC 6386 §7.3's boolean decoder, for literals (probability 128); past the data it
    reads zeros (such a frame does not decode, and is then kept, warned)."""

    def __init__(self, data: bytes) -> None:
        self._data, self._at = data, 2
        self._value = int.from_bytes(data[:2].ljust(2, b"\x00"), "big")
        self._range, self._bits = 255, 0

    def literal(self, count: int) -> int:
        value = 0
        for _ in range(count):
            split = 1 + ((self._range - 1) * 128 >> 8)
            bit = self._value >= split << 8
            if bit:
                self._range -= split
                self._value -= split << 8
            else:
                self._range = split
            while self._range < 128:
                self._value, self._range = self._value << 1, self._range << 1
                self._bits += 1
                if self._bits == 8:
                    self._bits = 0
                    self._value |= self._data[self._at] if self._at < len(self._data) else 0
                    self._at += 1
            value = value << 1 | bit
        return value
