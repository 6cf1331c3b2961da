"""A GIF rewritten block by block: every frame's own palette indices, colour table, position,
timing, disposal, transparent colour and interlacing kept, so every pixel a viewer composes
stays the same (issue 11, review r11h H3: re-encoded from composed pixels, a GIF with a
transparent colour, or whose frames show more than 256 colours together, changed colour).

Format source: GIF89a specification (W3C/CompuServe, 1990): header, logical screen
descriptor, global colour table, then blocks: extension `0x21` (graphic control `0xF9`,
comment `0xFE`, plain text `0x01`, application `0xFF`), image `0x2C`, trailer `0x3B`.

Written anew, only what a decoder uses to draw:
- the header and logical screen descriptor as they were (size, background index, aspect);
- each colour table with the entries no pixel, transparent colour or background uses set to
  black (a table of 256 entries whose frames use 10 can carry 738 bytes of anything);
- one graphic control block per frame (its fixed 4 bytes, reserved bits zero): disposal,
  delay (1/100 s), transparent index, user input;
- the loop count of a NETSCAPE2.0 (or ANIMEXTS1.0) block, as NETSCAPE2.0;
- each image: its descriptor (reserved bits zero), its local colour table, and its LZW data
  decoded to palette indices by Pillow's GIF decoder and encoded anew by Pillow's GIF encoder
  with the same minimum code size and interlacing, so codes after the frame is full, bytes
  after the end code and data blocks after it cannot ride along. Each is decoded again and
  compared before it is written.
Dropped: comments, plain text blocks (text no current viewer draws, with their graphic
control), every other application block (XMP, IPTC, a program's own), data after the trailer.
An ICC profile (`ICCRGBG1012` application block, rare) is not carried over: the colour tables
are converted to sRGB through it instead (`colour.converted_to_srgb`; colours that fell outside
are told, IMAGE_COLOURS_CLIPPED), or, when it cannot be used, the note COLOUR_PROFILE_DROPPED
says so.

Where a GIF cannot be rewritten so (a frame cut short, damaged, or over the bounds of decoding),
`strip_gif` writes the same blocks without decoding: each frame's LZW data and colour tables as
they are, a frame the file ends inside as far as it goes (a viewer shows that part), with the
note IMAGE_DATA_NOT_TRIMMED (review r11i R7: such a GIF was sealed as it was, its comment
included).

Uses Pillow's GIF codec through `Image._getdecoder`/`_getencoder` (how Pillow's own GIF plug-in
calls it; args: minimum code size, interlaced). Raises NotAGif for anything it cannot rewrite
exactly (no trailer is needed: a file cut after a whole frame keeps its whole frames, but a
frame cut short, or an LZW stream that ends before its frame is full, is refused); the caller
then re-encodes from Pillow's composed frames, told by `image_colours_changed` where that
changes colours.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from PIL import Image

from intake_app.errors import SeinpostError
from intake_app.media.colour import ProfileDropped, converted_to_srgb
from intake_app.media.result import (
    COLOUR_PROFILE_DROPPED,
    IMAGE_COLOURS_CLIPPED,
    IMAGE_DATA_NOT_TRIMMED,
)

_HEADERS = (b"GIF87a", b"GIF89a")
_LOOP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
_ICC_APP = b"ICCRGBG1012"
MAX_ICC = 4 * 1024 * 1024
"""Largest colour profile read from a GIF (real ones are under 1 MiB)."""


class NotAGif(SeinpostError):
    """The bytes are not a GIF this module can rewrite exactly; leave them to the re-encoder."""

    code = "media.not_a_gif"


@dataclass
class _Frame:
    control: bytes | None  # the 4 bytes of the graphic control block, cleaned
    left: int
    top: int
    width: int
    height: int
    flags: int  # the descriptor's packed byte, its reserved bits cleared
    table: bytearray | None  # local colour table
    code_size: int
    framed: bytes  # the LZW data as found: code size byte, sub-blocks, terminator
    indices: Image.Image | None = None  # mode "P" (no palette used): the palette indices


@dataclass
class _Gif:
    header: bytes
    screen: bytes  # the logical screen descriptor
    global_table: bytearray | None
    frames: list[_Frame]
    loop: int | None
    icc: bytes | None


def clean_gif(data: bytes, *, max_pixels: int, max_frames: int) -> tuple[bytes, tuple[str, ...]]:
    """`data` written anew as described above, and its notes (COLOUR_PROFILE_DROPPED).

    `max_pixels` bounds the pixels decoded over all frames, `max_frames` the frames: a file over
    either raises NotAGif before a pixel is decoded.
    """
    gif = _parsed(data, cut_off=False)
    if len(gif.frames) > max_frames or sum(f.width * f.height for f in gif.frames) > max_pixels:
        raise NotAGif
    for frame in gif.frames:
        frame.indices = _decoded(frame.framed, frame.width, frame.height, frame.code_size,
                                 frame.flags & 0x40)
    notes = _clean_tables(gif.screen[5], gif.global_table, gif.frames, gif.icc)
    return _written(gif), notes


def strip_gif(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """`data` without what `clean_gif` drops, for a GIF it cannot rewrite (a frame cut short or
    damaged, over the bounds of decoding): no pixel is decoded, so each frame's LZW data and
    colour tables are kept as they are (a frame cut off by the end of the file as far as it
    goes), with the note IMAGE_DATA_NOT_TRIMMED (bytes after an end code may stay), and
    COLOUR_PROFILE_DROPPED where a profile could not be used. Raises NotAGif when not even the
    blocks can be walked."""
    gif = _parsed(data, cut_off=True)
    notes = {IMAGE_DATA_NOT_TRIMMED}
    for table in [gif.global_table, *(frame.table for frame in gif.frames)]:
        if table is not None:
            notes |= _to_srgb(table, gif.icc)
    return _written(gif), tuple(sorted(notes))


def _parsed(data: bytes, *, cut_off: bool) -> _Gif:
    """The blocks of `data`; with `cut_off`, a last frame the file ends inside is kept as far
    as it goes (else NotAGif)."""
    reader = _Reader(data)
    header = reader.take(6)
    if header not in _HEADERS:
        raise NotAGif
    screen = reader.take(7)
    global_table = bytearray(reader.take(_table_size(screen[4]))) if screen[4] & 0x80 else None
    gif = _Gif(header, screen, global_table, [], None, None)
    control: bytes | None = None
    while reader.more():
        kind = reader.byte()
        if kind == 0x3B:
            break
        if kind == 0x21:
            label = reader.byte()
            blocks = reader.sub_blocks()
            if label == 0xF9:
                control = _control(blocks)
            elif label == 0x01:
                control = None  # it belonged to the plain text, which goes
            elif label == 0xFF and blocks and blocks[0] in _LOOP_APPS and gif.loop is None:
                gif.loop = _loop(blocks[1:])
            elif label == 0xFF and blocks and blocks[0] == _ICC_APP and gif.icc is None:
                gif.icc = b"".join(blocks[1:])[:MAX_ICC]
            continue
        if kind != 0x2C:
            if gif.frames:
                break  # bytes where the next block should be: the picture ends here
            raise NotAGif
        left, top, width, height, flags = struct.unpack("<HHHHB", reader.take(9))
        table = bytearray(reader.take(_table_size(flags))) if flags & 0x80 else None
        start = reader.pos
        try:
            code_size = reader.byte()
            reader.sub_blocks()
            framed = data[start : reader.pos]
        except NotAGif:
            if not cut_off or reader.pos <= start:
                raise
            code_size, framed = data[start], _closed(data[start:])
            reader.pos = len(data)
        gif.frames.append(_Frame(control, left, top, width, height, flags & 0xE7, table,
                                 code_size, framed))
        control = None
    if not gif.frames:
        raise NotAGif
    return gif


def _closed(cut: bytes) -> bytes:
    """LZW data the file ends inside (code size byte, sub-blocks): its whole sub-blocks, the
    last one as far as it goes (its length byte set to match), then a terminator."""
    pos = 1
    while pos < len(cut) and cut[pos]:
        size = cut[pos]
        if pos + 1 + size > len(cut):
            rest = cut[pos + 1 :]
            return cut[:pos] + (bytes([len(rest)]) + rest if rest else b"") + b"\x00"
        pos += 1 + size
    return cut[:pos] + b"\x00"


class _Reader:
    """Bytes read in order; NotAGif when the file ends before what it announces."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def more(self) -> bool:
        return self.pos < len(self.data)

    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise NotAGif
        self.pos += count
        return self.data[self.pos - count : self.pos]

    def byte(self) -> int:
        return self.take(1)[0]

    def sub_blocks(self) -> list[bytes]:
        """The data sub-blocks up to and including the terminator (its bodies)."""
        blocks = []
        while (size := self.byte()) != 0:
            blocks.append(self.take(size))
        return blocks


def _table_size(flags: int) -> int:
    return 3 << ((flags & 7) + 1)


def _control(blocks: list[bytes]) -> bytes | None:
    """The graphic control block's 4 bytes with reserved bits zero; None when malformed."""
    if not blocks or len(blocks[0]) != 4:
        return None
    packed, delay, transparent = struct.unpack("<BHB", blocks[0])
    packed &= 0x1F  # disposal (3 bits), user input, transparent flag
    return struct.pack("<BHB", packed, delay, transparent if packed & 1 else 0)


def _loop(blocks: list[bytes]) -> int | None:
    for block in blocks:
        if len(block) == 3 and block[0] == 1:
            return int.from_bytes(block[1:], "little")
    return None


def _decoded(framed: bytes, width: int, height: int, code_size: int, interlaced: int
             ) -> Image.Image:
    """The frame's palette indices from its LZW data (`code_size` byte, sub-blocks,
    terminator). NotAGif when it does not fill the frame exactly or cannot be decoded."""
    if not (width and height and 2 <= code_size <= 8):
        raise NotAGif
    target = Image.new("P", (width, height), 0)
    try:
        decoder = Image._getdecoder("P", "gif", (code_size, 1 if interlaced else 0))
        decoder.setimage(target.im, (0, 0, width, height))
        consumed, error = decoder.decode(framed[1:])
    except Exception as exc:  # hostile data: any failure of the codec means "not exactly"
        raise NotAGif from exc
    if consumed >= 0 or error < 0:  # the stream ended before the frame was full, or broke
        raise NotAGif
    return target


def _encoded(frame: _Frame) -> bytes:
    """The frame's indices as LZW data: code size byte, sub-blocks, terminator; decoded again
    and compared (NotAGif when they differ)."""
    assert frame.indices is not None
    interlaced = 1 if frame.flags & 0x40 else 0
    size = (0, 0, frame.width, frame.height)
    try:
        encoder = Image._getencoder("P", "gif", ("P", frame.code_size, interlaced))
        encoder.setimage(frame.indices.im, size)
        chunks = []
        while True:
            _, error, chunk = encoder.encode(65536)
            chunks.append(chunk)
            if error:
                break
    except Exception as exc:
        raise NotAGif from exc
    if error < 0:
        raise NotAGif
    framed = bytes([frame.code_size]) + b"".join(chunks) + b"\x00"
    again = _decoded(framed, frame.width, frame.height, frame.code_size, interlaced)
    if again.tobytes() != frame.indices.tobytes():
        raise NotAGif
    return framed


def _clean_tables(background: int, global_table: bytearray | None, frames: list[_Frame],
                  icc: bytes | None) -> tuple[str, ...]:
    """Unused entries of every colour table set to black; tables converted to sRGB by `icc`.
    Returns the notes."""
    used_global: set[int] = {background}
    notes: set[str] = set()
    for frame in frames:
        assert frame.indices is not None  # decoded by clean_gif
        used = {index for index, count in enumerate(frame.indices.histogram()) if count}
        if frame.control is not None and frame.control[0] & 1:
            used.add(frame.control[3])
        if frame.table is None:
            used_global |= used
        else:
            _keep_only(frame.table, used)
            notes |= _to_srgb(frame.table, icc)
    if global_table is not None:
        _keep_only(global_table, used_global)
        notes |= _to_srgb(global_table, icc)
    return tuple(sorted(notes))


def _keep_only(table: bytearray, used: set[int]) -> None:
    for index in range(len(table) // 3):
        if index not in used:
            table[3 * index : 3 * index + 3] = b"\x00\x00\x00"


def _to_srgb(table: bytearray, icc: bytes | None) -> set[str]:
    if not icc:
        return set()
    colours = Image.frombytes("RGB", (len(table) // 3, 1), bytes(table))
    try:
        converted, clipped = converted_to_srgb(colours, icc)
    except ProfileDropped:
        return {COLOUR_PROFILE_DROPPED}
    table[:] = converted.tobytes()
    return {IMAGE_COLOURS_CLIPPED} if clipped else set()  # told (task q11b, r11j J8's rest)


def _written(gif: _Gif) -> bytes:
    """The file: each frame's LZW data encoded anew where it was decoded, else as found."""
    out = [gif.header, gif.screen, bytes(gif.global_table or b"")]
    if gif.loop is not None:
        out.append(b"\x21\xff\x0bNETSCAPE2.0\x03\x01" + struct.pack("<H", gif.loop) + b"\x00")
    for frame in gif.frames:
        if frame.control is not None:
            out.append(b"\x21\xf9\x04" + frame.control + b"\x00")
        out.append(b"\x2c" + struct.pack("<HHHHB", frame.left, frame.top, frame.width,
                                         frame.height, frame.flags))
        out.append(bytes(frame.table or b""))
        out.append(frame.framed if frame.indices is None else _encoded(frame))
    out.append(b"\x3b")
    return b"".join(out)
