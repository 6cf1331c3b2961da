"""Samples past what an image draws, in every colour space and with the TIFF predictor (issue 11).

Since r11g N3 an image's samples past Width x Height x components x bits were cut for device,
CIE and indexed colour spaces and PNG predictors; an image in `/ICCBased`, `/Separation` or
`/DeviceN`, or with the TIFF predictor (`/Predictor 2`), kept them: a name after the pixels
reached the office from a file told "cleaned". Through the real path (attach, save, seal, stock
age, tar); each sealed image is inflated and its samples compared with what it draws.
"""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pikepdf
from media_kit import CANARY, canaries
from office_types_kit import seal
from pikepdf import Array, Dictionary, Name
from PIL import ImageCms

_TAIL = b"CANARY Jan Jansen C:\\Users\\jjansen\\Pictures\\IMG_2045.JPG"
_PIXELS = {"/Icc": bytes(range(12)), "/IccRaw": bytes(range(12)), "/Sep": bytes(range(4)),
           "/DevN": bytes(range(8)), "/Tiff": bytes(range(12))}
"""What each 2 x 2 image draws: ICC RGB (Flate, and unfiltered), a separation (one
component), DeviceN with two colourants, and RGB through the TIFF predictor."""


def _pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(20, 20))
    profile = pikepdf.Stream(document, ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(), N=3)
    tint = Dictionary(FunctionType=2, Domain=Array([0, 1]), C0=Array([1]), C1=Array([0]), N=1)
    spot = document.make_stream(b"{ 0 0 }", FunctionType=4, Domain=Array([0, 1, 0, 1]), Range=Array([0, 1] * 4))
    spaces = {
        "/Icc": Array([Name.ICCBased, profile]),
        "/IccRaw": Array([Name.ICCBased, profile]),
        "/Sep": Array([Name.Separation, Name("/Spot"), Name.DeviceGray, tint]),
        "/DevN": Array([Name.DeviceN, Array([Name("/Spot1"), Name("/Spot2")]), Name.DeviceCMYK, spot]),
        "/Tiff": Name.DeviceRGB,
    }
    xobjects = Dictionary()
    for key, space in spaces.items():
        image = pikepdf.Stream(document, b"", Type=Name.XObject, Subtype=Name.Image, Width=2, Height=2,
                               ColorSpace=space, BitsPerComponent=8)
        if key == "/IccRaw":
            image.write(_PIXELS[key] + _TAIL)
        else:
            parms = Dictionary(Predictor=2, Columns=2, Colors=3) if key == "/Tiff" else None
            image.write(zlib.compress(_PIXELS[key] + _TAIL), filter=Name.FlateDecode, decode_parms=parms)
        xobjects[key] = image
    document.pages[0].Resources = Dictionary(XObject=xobjects)
    document.pages[0].Contents = document.make_stream(b"q 10 0 0 10 0 0 cm " + b" ".join(k.encode() + b" Do" for k in spaces) + b" Q")
    out = io.BytesIO()
    document.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def _samples(image: pikepdf.Stream) -> bytes:
    """The image's samples as its filter leaves them (a predictor is not undone)."""
    raw = image.read_raw_bytes()
    return zlib.decompress(raw) if image.get(Name.Filter) is not None else raw


def test_samples_past_the_image_are_cut_in_icc_separation_devicen_and_tiff_predicted_images(tmp_path: Path) -> None:
    original = _pdf()
    with pikepdf.open(io.BytesIO(original)) as before:
        assert all(_samples(before.pages[0].Resources.XObject[k]) == _PIXELS[k] + _TAIL for k in _PIXELS)
    sealed = seal(tmp_path, {"kaart.pdf": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == []
    with pikepdf.open(io.BytesIO(data)) as cleaned:
        xobjects = cleaned.pages[0].Resources.XObject
        assert {k: _samples(xobjects[k]) for k in _PIXELS} == _PIXELS
        tiff = xobjects["/Tiff"]
        assert tiff.DecodeParms.Predictor == 2 and len(tiff.read_bytes()) == 12  # still decodes
