"""Palette pictures inside PDFs (review r11m R11M-22): an 8-bit `/Indexed` image whose lookup is a
binary string, as img2pdf, Word and LibreOffice embed a palette PNG."""

from __future__ import annotations

import io
import zlib

import numpy as np
import pikepdf
from pikepdf import Array, Dictionary, Name, String
from PIL import Image, ImageFilter

GREY_RAMP = bytes(v for i in range(256) for v in (i, i, i))
"""The lookup (i, i, i) for i = 0…255: holds 0x5C 0x5C 0x5C followed by ']', read as `\\\\host`."""


def photo_palette() -> tuple[bytes, bytes, int, int]:
    """(lookup of 768 bytes, one index byte a pixel, width, height): a blurred photo-like picture
    quantised to 256 colours by Pillow's median cut; the 24th of the review's seeded series, one
    whose lookup the path recogniser read as a path."""
    series = np.random.RandomState(0)
    for _ in range(24):
        base = series.rand(12, 16, 3) * 255
        image = Image.fromarray(base.astype("uint8")).resize((160, 120), Image.Resampling.BICUBIC)
        noisy = np.asarray(image.filter(ImageFilter.GaussianBlur(2))).astype(float)
        noisy += series.randn(120, 160, 3) * 6
        quantised = Image.fromarray(np.clip(noisy, 0, 255).astype("uint8")).quantize(
            256, method=Image.Quantize.MEDIANCUT)
    return bytes(quantised.getpalette()[:768]), quantised.tobytes(), 160, 120


def indexed_pdf(lookup: bytes, samples: bytes, width: int, height: int) -> bytes:
    """A one-page PDF drawing one Flate-compressed 8-bit `[/Indexed /DeviceRGB hival <lookup>]`
    image over the whole page."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(width, height))
    image = document.make_stream(zlib.compress(samples), Type=Name.XObject, Subtype=Name.Image,
                                 Width=width, Height=height, BitsPerComponent=8,
                                 Filter=Name.FlateDecode,
                                 ColorSpace=Array([Name.Indexed, Name.DeviceRGB,
                                                   len(lookup) // 3 - 1, String(lookup)]))
    page = document.pages[0]
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = document.make_stream(f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode())
    out = io.BytesIO()
    document.save(out, static_id=True)
    return out.getvalue()


def grey_ramp_pdf() -> bytes:
    """256×40 pixels, each column i drawn with index i of the grey ramp."""
    return indexed_pdf(GREY_RAMP, bytes(x for _ in range(40) for x in range(256)), 256, 40)


BRIGHT_RAMP = bytes(v for i in range(0x20, 0x100) if i not in (0x7F, 0x9F, 0xAD) for v in (i, i, i))
"""A lookup of light greys only: every byte reads as a PDFDocEncoding character, so only its
place in the `/Indexed` array tells it is not text."""


def bright_ramp_pdf() -> bytes:
    """The light greys (`BRIGHT_RAMP`), one column each."""
    count = len(BRIGHT_RAMP) // 3
    return indexed_pdf(BRIGHT_RAMP, bytes(x for _ in range(20) for x in range(count)), count, 20)


def photo_pdf() -> bytes:
    """The quantised photo (`photo_palette`)."""
    return indexed_pdf(*photo_palette())


def lookup_of(data: bytes) -> bytes:
    """The lookup string of the first page's image `/Im0`."""
    with pikepdf.open(io.BytesIO(data)) as document:
        return bytes(document.pages[0].obj.Resources.XObject.Im0.ColorSpace[3])


def pixels_of(data: bytes) -> bytes:
    """The first page's image `/Im0` decoded to RGB by pikepdf (palette applied)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        image = pikepdf.PdfImage(document.pages[0].obj.Resources.XObject.Im0).as_pil_image()
        return image.convert("RGB").tobytes()


NAMED = b"CANARY Jan Jansen JJLAPTOP C:\\Users\\jjansen\\ 52.0907N 5.1214E "
"""What the review's `mkpdfidx.py` wrote into a lookup's unused entries."""


def named_lookup(used: int = 4) -> bytes:
    """256 RGB entries: the first `used` distinct colours, the rest spelling NAMED over and over."""
    colours = bytes(v for i in range(used) for v in (40 * i, 255 - 40 * i, 60))
    return colours + (NAMED * 20)[:768 - len(colours)]


def _png_idat(samples: bytes, width: int, height: int) -> bytes:
    """The joined IDAT bodies Pillow writes for an 8-bit palette picture (PNG-filtered rows)."""
    picture = Image.frombytes("P", (width, height), samples)
    picture.putpalette(bytes(range(256)) * 3)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=False)
    data, pos, idat = out.getvalue(), 8, b""
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        if data[pos + 4:pos + 8] == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return idat


def named_palette_pdf(layout: str, *, shared: bool = False) -> bytes:
    """A 64×16 picture using entries 0…3 of `named_lookup`, its samples laid out as `layout`
    says: "flate", "png-predictor" (img2pdf's way), "raw", "4-bit" (Flate, two samples a
    byte), "lzw" (which Seinpost does not read). With `shared`, its colour space is an
    indirect object (another image or a page could paint with it)."""
    width, height = 64, 16
    samples = bytes((x // 16) for _ in range(height) for x in range(width))
    document = pikepdf.new()
    document.add_blank_page(page_size=(width, height))
    space = Array([Name.Indexed, Name.DeviceRGB, 255, String(named_lookup())])
    extra: dict[str, object] = {"Filter": Name.FlateDecode}
    data = zlib.compress(samples)
    depth = 8
    if layout == "png-predictor":
        data = _png_idat(samples, width, height)
        extra["DecodeParms"] = Dictionary(Predictor=15, Colors=1, BitsPerComponent=8,
                                          Columns=width)
    elif layout == "raw":
        data, extra = samples, {}
    elif layout == "4-bit":
        depth = 4
        data = zlib.compress(bytes((a << 4) | b for a, b in zip(samples[::2], samples[1::2],
                                                                 strict=True)))
    elif layout == "lzw":
        data, extra = lzw(samples), {"Filter": Name.LZWDecode}
    image = document.make_stream(data, Type=Name.XObject, Subtype=Name.Image, Width=width,
                                 Height=height, BitsPerComponent=depth,
                                 ColorSpace=document.make_indirect(space) if shared else space,
                                 **extra)
    page = document.pages[0]
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = document.make_stream(f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode())
    out = io.BytesIO()
    document.save(out, static_id=True, compress_streams=False)
    return out.getvalue()


def lzw(data: bytes) -> bytes:
    """`data` LZW-compressed as PDF's /LZWDecode reads it (early change 1), with a clear code
    before every 200 bytes so the code stays 9 bits wide."""
    codes: list[int] = []
    for start in range(0, len(data), 200):
        codes.append(256)  # clear
        codes.extend(data[start:start + 200])
    codes.append(257)  # end of data
    bits = "".join(format(code, "09b") for code in codes)
    bits += "0" * (-len(bits) % 8)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
