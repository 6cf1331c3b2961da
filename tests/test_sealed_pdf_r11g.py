"""Review r11g N5: strings under standard PDF keys the inventory had no row for reached the
office from a file told "cleaned": an optional-content configuration's `/Creator` and `/Name`
(ISO 32000 §8.11.4.3, in `/OCProperties /D` and `/Configs`) and an OPI dictionary's
`/MainImage`. Through the real path (attach, save, seal, stock `age -d`, `tar`); the sealed PDF
is read byte by byte (every stream inflated) and with pikepdf.
"""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pikepdf
from media_kit import CANARY, canaries
from office_types_kit import seal
from pikepdf import Array, Dictionary, Name, String


def _pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page(page_size=(20, 20))
    layer = document.make_indirect(Dictionary(Type=Name.OCG, Name=String("Laag 1")))
    document.Root.OCProperties = Dictionary(
        OCGs=Array([layer]),
        D=Dictionary(Creator=String("CANARY ArcGIS Pro on JJ-LAPTOP"), Name=String("CANARY jjansen"), ON=Array([layer])),
        Configs=Array([Dictionary(Creator=String("CANARY Jan Jansen"), Name=String("CANARY kaart"), OFF=Array([layer]))]))
    opi = document.make_indirect(Dictionary(Type=Name.OPI, Version=2.0, MainImage=String("CANARY jjansen hires.tif"), Size=Array([10, 10])))
    image = pikepdf.Stream(document, b"\x80", Type=Name.XObject, Subtype=Name.Image, Width=1, Height=1,
                           ColorSpace=Name.DeviceGray, BitsPerComponent=8, OPI=Dictionary({"/2.0": opi}))
    document.pages[0].Resources = Dictionary(XObject=Dictionary(Im0=image))
    document.pages[0].Contents = document.make_stream(b"q 10 0 0 10 0 0 cm /Im0 Do Q")
    out = io.BytesIO()
    document.save(out, compress_streams=False)
    return out.getvalue()


def test_optional_content_configuration_makers_and_opi_main_image_are_removed(tmp_path: Path) -> None:
    original = _pdf()
    assert CANARY in original
    sealed = seal(tmp_path, {"kaart.pdf": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == []
    with pikepdf.open(io.BytesIO(data)) as cleaned:
        properties = cleaned.Root.OCProperties
        assert len(properties.OCGs) == 1 and list(properties.D.ON) == list(properties.OCGs)  # the layer still works


_TAIL = b"CANARY Jan Jansen C:\\Users\\jjansen\\Pictures\\IMG_2045.JPG"


def _pdf_with_tails() -> bytes:
    """r11g N3: a 2x2 RGB image whose Flate samples run past its 12 bytes, one whose zlib data
    is followed by bytes, a PNG-predicted one with rows past its two, an unfiltered one with bytes after its samples, and a page content
    stream with bytes after its zlib data."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(20, 20))
    pixels = bytes(range(12))

    def image(raw: bytes, flate: bool, parms: Dictionary | None = None) -> pikepdf.Stream:
        stream = pikepdf.Stream(document, b"", Type=Name.XObject, Subtype=Name.Image, Width=2, Height=2,
                                ColorSpace=Name.DeviceRGB, BitsPerComponent=8)
        stream.write(raw, filter=Name.FlateDecode if flate else None, decode_parms=parms)
        return stream

    predicted = b"\x00" + pixels[:6] + b"\x00" + pixels[6:]  # PNG rows, filter type None

    xobjects = Dictionary(
        Im0=image(zlib.compress(pixels + _TAIL), True),
        Im1=image(zlib.compress(pixels) + _TAIL, True),
        Im2=image(pixels + _TAIL, False),
        Im3=image(zlib.compress(predicted + _TAIL), True, Dictionary(Predictor=15, Columns=2, Colors=3)))
    document.pages[0].Resources = Dictionary(XObject=xobjects)
    content = pikepdf.Stream(document, b"")
    content.write(zlib.compress(b"q 10 0 0 10 0 0 cm /Im0 Do /Im1 Do /Im2 Do /Im3 Do Q") + _TAIL, filter=Name.FlateDecode)
    document.pages[0].Contents = content
    out = io.BytesIO()
    document.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def _undrawn(stream: pikepdf.Stream) -> bytes:
    """What a decoder never reads in `stream`: bytes after the zlib data, and samples past what
    an image's dictionary draws."""
    raw = stream.read_raw_bytes()
    if stream.get(Name.Filter) is not None:
        inflater = zlib.decompressobj()
        decoded = inflater.decompress(raw)
        tail = inflater.unused_data
    else:
        decoded, tail = raw, b""
    if stream.get(Name.Subtype) == Name.Image:
        tail += decoded[14 if stream.get(Name.DecodeParms) is not None else 12:]
    return tail


def test_bytes_no_decoder_reads_in_pdf_streams_are_cut_and_the_pictures_still_draw(tmp_path: Path) -> None:
    original = _pdf_with_tails()
    with pikepdf.open(io.BytesIO(original)) as before:
        assert [_undrawn(s) for s in before.objects if isinstance(s, pikepdf.Stream)].count(_TAIL) == 5
    sealed = seal(tmp_path, {"kaart.pdf": original})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data
    with pikepdf.open(io.BytesIO(data)) as cleaned:
        streams = [s for s in cleaned.objects if isinstance(s, pikepdf.Stream)]
        assert all(_undrawn(s) == b"" for s in streams)
        page = cleaned.pages[0]
        assert page.Contents.read_bytes() == b"q 10 0 0 10 0 0 cm /Im0 Do /Im1 Do /Im2 Do /Im3 Do Q"
        for name in ("/Im0", "/Im1", "/Im2", "/Im3"):
            assert page.Resources.XObject[name].read_bytes() == bytes(range(12))
