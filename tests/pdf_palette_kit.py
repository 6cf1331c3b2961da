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
