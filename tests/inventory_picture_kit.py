"""Picture builders for the inventory rows of issue 11's second review (test_media_inventory.py):
JPEG segments, PNG chunks and TIFF tags that decoders skip but that carry a CANARY all the same.

The JPEGs are built from a real encoder's output with one segment added or lengthened, the way a
camera, an editor or a hostile sender writes them; the PNG and TIFF go to the container cleaner
(16 bits a channel; 400 megapixels in 4 kB), where nothing is decoded.
"""

from __future__ import annotations

import io
import struct
import zlib

import pikepdf
from pikepdf import Dictionary, Name
from PIL import Image

CANARY_TEXT = b"CANARY Anna Jansen, Nikon D750 SN 6021337, Utrecht"


def segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(body) + 2).to_bytes(2, "big") + body


def plain_jpeg(size: tuple[int, int] = (16, 16)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 50, 50)).save(out, "JPEG")
    return out.getvalue()


def adobe_tail_jpeg() -> bytes:
    """Adobe's APP14 with the 12 bytes libjpeg reads, then a CANARY it skips."""
    data = plain_jpeg()
    return data[:2] + segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01" + CANARY_TEXT) + data[2:]


def structural_tails_jpeg() -> bytes:
    """A CANARY where libjpeg skips it outside EXIF, XMP and comments: a JFIF thumbnail and the
    bytes after JFIF's fields, a DNL segment, a reserved marker (JPG0, which other decoders
    skip), after the end of the image."""
    data = plain_jpeg()
    out = bytearray(data[:2])
    pos = 2
    while data[pos + 1] != 0xDA:  # header segments up to the first scan
        marker = data[pos + 1]
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        body = data[pos + 4 : end]
        if marker == 0xE0:
            thumb = b"\x01\x01" + CANARY_TEXT[:3]  # a 1x1 thumbnail, "CAN" as its pixel
            body = body[:12] + thumb + CANARY_TEXT
        out += segment(marker, body)
        pos = end
    out += segment(0xDC, b"\x00\x10" + CANARY_TEXT) + segment(0xF0, CANARY_TEXT)
    out += data[pos:] + CANARY_TEXT
    return bytes(out)


def huge_jpeg() -> bytes:
    """An APP14 tail in a JPEG that declares 81 million pixels: cleaned in its container."""
    data = adobe_tail_jpeg()
    sof = data.index(b"\xff\xc0")
    return data[: sof + 5] + struct.pack(">HH", 9000, 9000) + data[sof + 9 :]


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def deep_png() -> bytes:
    """16-bit RGB (cleaned in its container): bKGD, sBIT, gAMA, tRNS and pHYs each a legal
    chunk with a CANARY after the bytes the specification gives it."""
    rows = b"".join(b"\x00" + b"\x12\x34" * 24 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, 0))
            + chunk(b"gAMA", struct.pack(">I", 45455) + CANARY_TEXT)
            + chunk(b"sBIT", b"\x10\x10\x10" + CANARY_TEXT)
            + chunk(b"pHYs", struct.pack(">IIB", 2835, 2835, 1) + CANARY_TEXT)
            + chunk(b"bKGD", b"\x00\x01\x00\x02\x00\x03" + CANARY_TEXT)
            + chunk(b"tRNS", b"\x00\x01\x00\x02\x00\x03" + CANARY_TEXT)
            + chunk(b"sRGB", b"\x00")
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def tiff_with_jpeg_tables() -> bytes:
    """A 400-megapixel bilevel page in 4 kB (cleaned in its container) whose JPEGTables tag holds
    a comment segment."""
    width = height = 20000
    strip = b"\x00" * 64
    tables = b"\xff\xd8" + segment(0xFE, CANARY_TEXT) + b"\xff\xd9"
    strip_at, tables_at = 8, 8 + len(strip)
    directory_at = tables_at + len(tables)
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 1), (259, 3, 1, 1),
               (262, 3, 1, 0), (273, 4, 1, strip_at), (277, 3, 1, 1), (278, 4, 1, height),
               (279, 4, 1, len(strip)), (347, 7, len(tables), tables_at)]
    directory = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHI", tag, kind, count)
        + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
        for tag, kind, count, value in entries) + b"\x00\x00\x00\x00"
    return b"II*\x00" + struct.pack("<I", directory_at) + strip + tables + directory


def pdf_jpeg_image(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A /DCTDecode image XObject whose JPEG has an APP14 tail."""
    image = document.make_stream(adobe_tail_jpeg(), Type=Name.XObject, Subtype=Name.Image,
                                 Width=16, Height=16, ColorSpace=Name.DeviceRGB,
                                 BitsPerComponent=8, Filter=Name.DCTDecode)
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))


def pixels(data: bytes) -> bytes:
    """The decoded RGB pixels of a picture (to show cleaning changed none)."""
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


def size(data: bytes) -> tuple[int, int]:
    """A picture's width and height, read from its header alone."""
    with Image.open(io.BytesIO(data)) as im:
        return im.size
