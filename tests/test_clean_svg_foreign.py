"""An SVG loses what any editor wrote beside the drawing, not only the editors on a list (review
r11i R10, issue 11): Vectornator's (Linearity Curve's) layer names and creator, Boxy SVG's
origin, CorelDRAW's data with a home-folder path as element text, and draw.io's whole editable
diagram in the root's `content` (the device's OS and app versions, the save time, pages not
drawn) stayed, told "Cleaned". Each case is its own small file, checked with exiftool and by a
search for the canary; what the drawing draws (SVG, XLink, XHTML in a foreignObject) stays."""

# ruff: noqa: E501 (one drawing a line)

from __future__ import annotations

import base64
import zlib

import pytest
from defusedxml import ElementTree as SafeET
from media_kit import canaries, identifying_tags

from intake_app.media.clean import clean_attachment

_SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
_DRAWN = '<rect id="r" width="4" height="4" fill="red"/><use xlink:href="#r" x="5"/>'


def _drawio_content() -> str:
    mxfile = ('<mxfile host="Electron" modified="2024-05-12T14:30:12.345Z" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) '
              'CANARY draw.io/21.6.5 Chrome/114 Electron/25.5.0"><diagram name="Pagina van Jan">CANARY</diagram></mxfile>')
    deflater = zlib.compressobj(wbits=-15)
    packed = base64.b64encode(deflater.compress(mxfile.encode()) + deflater.flush()).decode()
    return f'&lt;mxfile host=&quot;Electron&quot; agent=&quot;CANARY&quot;&gt;&lt;diagram&gt;{packed}&lt;/diagram&gt;&lt;/mxfile&gt;'


CASES = {
    "vectornator": f'<svg {_SVG} xmlns:vectornator="http://vectornator.io" vectornator:creator="CANARY Jan Jansen"><g vectornator:layerName="CANARY Laag van Jan">{_DRAWN}</g></svg>',
    "boxy-svg": f'<svg {_SVG} xmlns:bx="https://boxy-svg.com"><defs><bx:grid x="0" y="0" width="10" height="10"/></defs><g bx:origin="CANARY JJLAPTOP">{_DRAWN}</g></svg>',
    "coreldraw-text-path": f'<svg {_SVG} xmlns:xodm="http://www.corel.com/coreldraw/odm/2003"><xodm:info>C:\\Users\\jjansen\\corel\\CANARY kaart.cdr</xodm:info>{_DRAWN}</svg>',
    "drawio-diagram": f'<svg {_SVG} content="{_drawio_content()}" width="10" height="5">{_DRAWN}</svg>',
    "illustrator-layer-names": f'<svg {_SVG}><g id="Laag_1" data-name="Foto CANARY Jan Jansen (JJLAPTOP)">{_DRAWN}</g></svg>',
    "unknown-namespace-element-with-children": f'<svg {_SVG} xmlns:acme="urn:acme:cad"><acme:meta><acme:user>CANARY Jan Jansen</acme:user></acme:meta>{_DRAWN}</svg>',
}


@pytest.mark.parametrize("drawing", CASES.values(), ids=CASES.keys())
def test_an_editors_data_goes_whatever_the_editor_and_the_drawing_stays(drawing: str) -> None:
    assert "CANARY" in drawing
    result = clean_attachment(drawing.encode(), "kaart.svg")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    root = SafeET.fromstring(result.data)
    assert {e.tag.rsplit("}", 1)[-1] for e in root.iter()} >= {"svg", "rect", "use"}
    assert b'xlink:href="#r"' in result.data and b'fill="red"' in result.data
    assert b"jjansen" not in result.data and b"mxfile" not in result.data


def test_xhtml_in_a_foreign_object_stays() -> None:
    drawing = (f'<svg {_SVG}><foreignObject width="50" height="20"><div xmlns="http://www.w3.org/1999/xhtml">'
               "Dreigbrief</div></foreignObject></svg>")
    result = clean_attachment(drawing.encode(), "kaart.svg")
    assert b"Dreigbrief</" in result.data and b"http://www.w3.org/1999/xhtml" in result.data
