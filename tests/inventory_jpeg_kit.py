"""Builders and checks for the inventory rows of the third cleaning review (r11c J1-J4, I1, I2):
JPEG pictures inside documents that must keep what they *are* (orientation, colour profile)
and lose what hides where a decoder reads and then ignores (an unused table, bytes after a
scan), and ICC profiles whose free header bytes carry a name.
"""

from __future__ import annotations

import io
import struct
import zlib

import pikepdf
from inventory_picture_kit import chunk, segment
from media_kit import frames
from pikepdf import Array, Dictionary, Name
from PIL import Image, ImageCms

CANARY_TEXT = b"CANARY Anna Jansen MacBook Pro, Utrecht"


def photo(size: tuple[int, int] = (48, 32), **options: object) -> bytes:
    """A small JPEG that is not symmetric (so a lost rotation shows), saved with `options`."""
    picture = Image.new("RGB", size, (200, 50, 50))
    picture.paste((0, 0, 255), (0, 0, 16, 8))
    picture.paste((20, 220, 20), (size[0] - 8, size[1] - 16, size[0], size[1]))
    out = io.BytesIO()
    picture.save(out, "JPEG", **options)
    return out.getvalue()


def rotated_photo() -> bytes:
    """A phone photo stored lying down: EXIF Orientation 6 (turn 90° clockwise to show), with
    the camera owner's name beside it."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x013B] = CANARY_TEXT.decode()  # Artist
    return photo(exif=exif.tobytes())


def profile_with_names() -> bytes:
    """A real colour profile (LittleCMS's sRGB, version 4) whose free header bytes name the
    computer: preferred CMM, platform, device maker and model, the vendor bits of the flags and
    attributes, and the 28 reserved bytes 100 to 127."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[4:8] = b"CANA"
    profile[40:44] = b"RY.."
    profile[44:46] = b"\x7f\x7f"
    profile[48:56] = b"CANARYmb"
    profile[56:60] = b"\x7f\x7f\x7f\x7f"
    profile[100:128] = CANARY_TEXT[:28]
    return bytes(profile)


def photo_with_profile() -> bytes:
    return photo(icc_profile=profile_with_names())


def unused_table_photo() -> bytes:
    """A quantisation table in slot 3, which no component uses: libjpeg reads all 64 bytes."""
    data = photo()
    return data[:2] + segment(0xDB, b"\x03" + CANARY_TEXT.ljust(64, b" ")[:64]) + data[2:]


def scan_tail_photo() -> bytes:
    """Bytes after the scan's last block, before the end marker: decoders skip them."""
    data = photo()
    return data[:-2] + CANARY_TEXT + b"\xff\xd9"


def huge_scan_tail_photo() -> bytes:
    """A scan tail in a JPEG that declares 60,000 × 60,000 pixels: too large to rebuild."""
    data = scan_tail_photo()
    sof = data.index(b"\xff\xc0")
    return data[: sof + 5] + struct.pack(">HH", 60000, 60000) + data[sof + 9 :]


def pdf_scan_tail_image(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A /DCTDecode image whose JPEG has bytes after its scan."""
    image = document.make_stream(scan_tail_photo(), Type=Name.XObject, Subtype=Name.Image,
                                 Width=48, Height=32, ColorSpace=Name.DeviceRGB,
                                 BitsPerComponent=8, Filter=Name.DCTDecode)
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = document.make_stream(b"q 48 0 0 32 0 0 cm /Im0 Do Q")


def pdf_icc_image(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """An image in an /ICCBased colour space whose profile's free header bytes name a computer."""
    profile = document.make_stream(profile_with_names(), N=3)
    image = document.make_stream(bytes([200, 30, 30]) * 4, Type=Name.XObject, Subtype=Name.Image,
                                 Width=2, Height=2, BitsPerComponent=8,
                                 ColorSpace=Array([Name.ICCBased, profile]))
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = document.make_stream(b"q 100 0 0 100 0 0 cm /Im0 Do Q")


def deep_png_with_profile() -> bytes:
    """16-bit RGB (cleaned in its container) with an iCCP profile naming a computer."""
    rows = b"".join(b"\x00" + b"\x12\x34" * 24 for _ in range(8))
    profile = b"ICC profile\x00\x00" + zlib.compress(profile_with_names(), 0)  # readable
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, 0))
            + chunk(b"iCCP", profile) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def png_profile(data: bytes) -> bytes:
    """The decompressed iCCP profile of a PNG (b"" if it has none)."""
    pos = 8
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        if data[pos + 4 : pos + 8] == b"iCCP":
            body = data[pos + 8 : pos + 8 + length]
            return zlib.decompress(body[body.index(b"\x00") + 2 :])
        pos += 12 + length
    return b""


def header_is_clean(profile: bytes) -> bool:
    """Only colour fields in the 128-byte header: every other byte zero, the colour tags as in
    the profile that went in."""
    original = profile_with_names()
    zero = (*range(4, 8), *range(24, 36), *range(40, 47), *range(48, 63), *range(80, 128))
    return (len(profile) >= 132 and all(profile[i] == 0 for i in zero)
            and profile[47] == original[47] & 0x03
            and profile[8:24] == original[8:24] and profile[64:80] == original[64:80]
            and _tag(profile, b"rXYZ") == _tag(original, b"rXYZ")
            and _tag(profile, b"rTRC") == _tag(original, b"rTRC"))


def _tag(profile: bytes, signature: bytes) -> bytes:
    (count,) = struct.unpack(">I", profile[128:132])
    for i in range(count):
        sig, offset, size = struct.unpack(">4sII", profile[132 + 12 * i : 144 + 12 * i])
        if sig == signature:
            return profile[offset : offset + size]
    return b""


def jpeg_profile(data: bytes) -> bytes:
    """The ICC profile a JPEG carries, as Pillow reads it (b"" if none)."""
    with Image.open(io.BytesIO(data)) as im:
        return im.info.get("icc_profile") or b""


def orientation(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as im:
        return int(im.getexif().get(0x0112, 1))


def same_upright_pixels(cleaned: bytes, original: bytes) -> bool:
    """The pictures show the same pixels once each is turned by its own EXIF orientation."""
    return frames(cleaned) == frames(original)


def quantisation_slots(data: bytes) -> set[int]:
    """Slots of every quantisation table a JPEG defines."""
    slots, pos = set(), 2
    while pos + 4 <= len(data) and data[pos] == 0xFF and data[pos + 1] != 0xDA:
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if data[pos + 1] == 0xDB:
            at = pos + 4
            while at < end:
                slots.add(data[at] & 0x0F)
                at += 1 + 64 * ((data[at] >> 4) + 1)
        pos = end
    return slots
