"""Review r11g N5: strings under standard PDF keys the inventory had no row for reached the
office from a file told "cleaned": an optional-content configuration's `/Creator` and `/Name`
(ISO 32000 §8.11.4.3, in `/OCProperties /D` and `/Configs`) and an OPI dictionary's
`/MainImage`. Through the real path (attach, save, seal, stock `age -d`, `tar`); the sealed PDF
is read byte by byte (every stream inflated) and with pikepdf.
"""

# ruff: noqa: E501 (one PDF object a line)

from __future__ import annotations

import io
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
