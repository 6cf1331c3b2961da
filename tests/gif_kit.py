"""GIF files built byte by byte for the cleaning tests, with an LZW encoder of their own (not
Pillow's, which the cleaner uses), and a reader of the blocks a cleaned GIF holds.

Format source: the GIF89a specification. The encoder writes literal codes only, with a clear
code before the code width would grow (a valid stream every decoder reads), and can add codes
after the frame is full and bytes after the end code, as a program hiding data would.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from media_kit import CANARY


@dataclass
class Frame:
    """One image block. `indices`: width × height palette indices, row by row (written in
    interlaced order when `interlaced`). `table`: a local colour table (RGB bytes, 2^n entries)."""

    width: int
    height: int
    indices: bytes
    left: int = 0
    top: int = 0
    table: bytes | None = None
    disposal: int = 1
    delay: int = 10
    transparent: int | None = None
    interlaced: bool = False
    code_size: int = 8
    extra_codes: bytes = b""  # palette indices after the frame is full (before the end code)
    after_end: bytes = b""  # bytes after the end code, in the same data sub-blocks


def lzw(indices: bytes, code_size: int, *, extra_codes: bytes = b"", after_end: bytes = b""
        ) -> bytes:
    """`indices` as GIF LZW data: the code size byte, sub-blocks of at most 255, terminator."""
    clear, end = 1 << code_size, (1 << code_size) + 1
    width = code_size + 1
    codes = [clear]
    run = 0
    for index in indices + extra_codes:
        if run == (1 << code_size) - 3:  # before the decoder's table would need a wider code
            codes.append(clear)
            run = 0
        codes.append(index)
        run += 1
    codes.append(end)
    bits = 0
    count = 0
    out = bytearray()
    for code in codes:
        bits |= code << count
        count += width
        while count >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            count -= 8
    if count:
        out.append(bits & 0xFF)
    out += after_end
    blocks = b"".join(bytes([len(out[i : i + 255])]) + out[i : i + 255]
                      for i in range(0, len(out), 255))
    return bytes([code_size]) + blocks + b"\x00"


def interlaced_rows(indices: bytes, width: int, height: int) -> bytes:
    rows = [indices[y * width : (y + 1) * width] for y in range(height)]
    order = [*range(0, height, 8), *range(4, height, 8), *range(2, height, 4), *range(1, height, 2)]
    return b"".join(rows[y] for y in order)


def table_bits(table: bytes) -> int:
    return (len(table) // 3).bit_length() - 2


def gif(width: int, height: int, frames: list[Frame], *, global_table: bytes | None = None,
        background: int = 0, loop: int | None = 0, before: bytes = b"", between: bytes = b"",
        after: bytes = b"") -> bytes:
    """A GIF89a: `before` (extension blocks) after the loop block, `between` before every frame
    but the first, `after` after the trailer."""
    flags = (0x80 | 0x70 | table_bits(global_table)) if global_table else 0
    out = [b"GIF89a", struct.pack("<HHBBB", width, height, flags, background, 0),
           global_table or b""]
    if loop is not None:
        out.append(b"\x21\xff\x0bNETSCAPE2.0\x03\x01" + struct.pack("<H", loop) + b"\x00")
    out.append(before)
    for number, frame in enumerate(frames):
        if number:
            out.append(between)
        packed = (frame.disposal << 2) | (1 if frame.transparent is not None else 0)
        out.append(b"\x21\xf9\x04" + struct.pack("<BHB", packed, frame.delay,
                                                 frame.transparent or 0) + b"\x00")
        descriptor = (0x80 | table_bits(frame.table)) if frame.table else 0
        descriptor |= 0x40 if frame.interlaced else 0
        out.append(b"\x2c" + struct.pack("<HHHHB", frame.left, frame.top, frame.width,
                                         frame.height, descriptor) + (frame.table or b""))
        rows = (interlaced_rows(frame.indices, frame.width, frame.height) if frame.interlaced
                else frame.indices)
        out.append(lzw(rows, frame.code_size, extra_codes=frame.extra_codes,
                       after_end=frame.after_end))
    out.append(b"\x3b" + after)
    return b"".join(out)


def extension(label: int, *bodies: bytes) -> bytes:
    """An extension block whose sub-blocks are `bodies` (each at most 255 bytes)."""
    return bytes([0x21, label]) + b"".join(bytes([len(b)]) + b for b in bodies) + b"\x00"


def gradient_table(entries: int = 256, seed: int = 0) -> bytes:
    return bytes(c for i in range(entries)
                 for c in ((i * 7 + seed) % 256, (i * 13 + 2 * seed) % 256, (255 - i + seed) % 256))


def canary_table(used: int, entries: int = 256) -> bytes:
    """A colour table whose first `used` entries are colours and the rest spell the canary."""
    filler = (CANARY + b" Jan Jansen ") * 64
    return gradient_table(entries)[: 3 * used] + filler[: 3 * (entries - used)]


@dataclass
class Blocks:
    """What a GIF holds, block by block: every image's (left, top, width, height, interlaced,
    disposal, delay, transparent index or None), the loop count, and the labels of the other
    extension blocks (application blocks by their 11-byte name)."""

    images: list[tuple[int, int, int, int, bool, int, int, int | None]]
    loop: int | None
    others: list[object]
    after_trailer: bytes


def blocks(data: bytes) -> Blocks:
    pos = 13 + ((3 << ((data[10] & 7) + 1)) if data[10] & 0x80 else 0)
    images, others, loop, control = [], [], None, (0, 0, None)

    def sub_blocks(at: int) -> tuple[list[bytes], int]:
        found = []
        while data[at]:
            found.append(data[at + 1 : at + 1 + data[at]])
            at += 1 + data[at]
        return found, at + 1

    while data[pos] != 0x3B:
        if data[pos] == 0x21:
            label = data[pos + 1]
            bodies, pos = sub_blocks(pos + 2)
            if label == 0xF9:
                packed, delay, index = struct.unpack("<BHB", bodies[0])
                control = ((packed >> 2) & 7, delay, index if packed & 1 else None)
            elif label == 0xFF and bodies[0] == b"NETSCAPE2.0":
                loop = struct.unpack("<H", bodies[1][1:3])[0]
            else:
                others.append(bodies[0] if label == 0xFF else label)
            continue
        left, top, width, height, flags = struct.unpack("<HHHHB", data[pos + 1 : pos + 10])
        pos += 10 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0) + 1
        _, pos = sub_blocks(pos)
        images.append((left, top, width, height, bool(flags & 0x40), *control))
        control = (0, 0, None)
    return Blocks(images, loop, others, data[pos + 1 :])
