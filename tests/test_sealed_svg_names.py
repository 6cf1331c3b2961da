"""Issue 11, task line 6 (and review r11h S1): a person's or a file's name in an SVG's plain text,
decided per place (`media/svg_names.py`, CLEANING.md rows `svg-document-title`,
`svg-layer-names`, `svg-object-titles`, `svg-file-name-ids`): the drawing's own title and
description are removed (as a PDF's or Office file's title is), `<metadata>` and the editors'
`inkscape:label` and `sodipodi:docname` are removed, a shape's own title is the liaison's
content and stays, labels and ids that are a file's name are neutralised (a referred id with
its references). Through
the real path (forecast, attach, save, seal, stock age, tar).
"""

# ruff: noqa: E501 (SVG is kept as the editors write it)

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree as SafeET
from media_kit import CANARY, canaries
from office_types_kit import seal

_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"
     viewBox="0 0 40 20" sodipodi:docname="CANARY Jan Jansen kaart.svg">
  <title>Kaart van CANARY Jan Jansen</title>
  <desc>Getekend door CANARY Jan Jansen op zijn laptop</desc>
  <metadata><rdf:RDF><cc:Work rdf:about=""><dc:creator><cc:Agent><dc:title>CANARY Jan Jansen</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF></metadata>
  <g inkscape:label="Laag van CANARY Jan" inkscape:groupmode="layer" id="layer1">
    <g id="plein"><title>Plein bij het station</title><desc>Hier stond de auto</desc><rect width="10" height="10"/></g>
    <image id="IMG_20240512_143012_CANARY_Anna_Jansen.jpg" data-name="IMG_20240512_143012_CANARY_Anna_Jansen.jpg" aria-label="CANARY_scan_0001.tif" width="4" height="4" href="#x"/>
    <symbol id="IMG_2046.jpg"><rect width="2" height="2"/></symbol>
    <use href="#IMG_2046.jpg"/>
  </g>
</svg>
"""

_SVG_NS = "{http://www.w3.org/2000/svg}"


def test_names_in_an_svgs_plain_text_are_removed_neutralised_or_kept_as_decided_per_place(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"kaart.svg": _SVG})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [])
    assert sealed.forecasts[0].cleaning == "cleaned"
    data = sealed.files[sealed.members[1]]
    assert CANARY not in data and canaries(data) == []
    root = SafeET.fromstring(data)
    assert [child.tag for child in root if child.tag in (f"{_SVG_NS}title", f"{_SVG_NS}desc", f"{_SVG_NS}metadata")] == []
    assert b"inkscape:" not in data and b"sodipodi:" not in data
    square = root.find(f".//{_SVG_NS}g[@id='plein']")
    assert (square.find(f"{_SVG_NS}title").text, square.find(f"{_SVG_NS}desc").text) == ("Plein bij het station", "Hier stond de auto")
    image = root.find(f".//{_SVG_NS}image")
    assert (image.get("id"), image.get("data-name"), image.get("aria-label")) == ("picture-1", None, "Picture")
    assert root.find(f".//{_SVG_NS}symbol").get("id") == "picture-2"  # renamed with its <use> (task b11)
    assert root.find(f".//{_SVG_NS}use").get("href") == "#picture-2"
