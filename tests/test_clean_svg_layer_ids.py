"""Issue 11, review r11j J3: Illustrator and Sketch name an SVG's ids after its layers ("Foto
Jan Jansen (JJLAPTOP)" becomes `Foto_Jan_Jansen_x28_JJLAPTOP_x29_`), and any `data-*`
attribute (`data-author`, `data-device`) rides along; they reached the office, told
"Cleaned". Such ids are renamed to neutral ones with every reference to them, so the drawing
still draws the same; every `data-*` attribute goes."""

# ruff: noqa: E501 (SVG sources are kept as the programs write them)

from __future__ import annotations

import re

from media_kit import exiftool

from intake_app.media.clean import clean_attachment

ILLUSTRATOR = (  # the review's svg_illustrator_ids.svg (scripts/gen3.py)
    b'<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n'
    b'<svg version="1.1" id="Laag_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" viewBox="0 0 10 10" xml:space="preserve" xml:base="file:///C:/Users/jjansen/Documents/">'
    b'<g id="Foto_Jan_Jansen_x28_JJLAPTOP_x29_" data-name="Foto Jan Jansen (JJLAPTOP)"><rect class="st0" width="5" height="5" fill="blue"/></g>'
    b'<g id="Jan_Jansen_handtekening"><path d="M0 0L5 5" stroke="black"/></g>'
    b'<rect width="1" height="1" data-author="Jan Jansen" data-device="JJLAPTOP"/></svg>'
)
SKETCH = (  # the review's c19/sketch.svg: Sketch names every id after its layer
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 10">'
    b'<g id="Page-1"><g id="Jan-Jansen-avatar"><rect id="IMG_20240512_143012" width="4" height="4" fill="red"/></g>'
    b'<use xlink:href="#Jan-Jansen-avatar" x="10"/><rect width="2" height="2" fill="url(#Jan-Jansen-verloop)"/></g>'
    b'<linearGradient id="Jan-Jansen-verloop"><stop offset="0" stop-color="red"/></linearGradient></svg>'
)


def _ids(data: bytes) -> list[bytes]:
    return re.findall(rb'\bid="([^"]*)"', data)


def test_illustrators_layer_ids_and_data_attributes_go() -> None:
    result = clean_attachment(ILLUSTRATOR, "plan.svg")
    assert result.cleaning == "cleaned"
    assert b"Jansen" not in result.data and b"JJLAPTOP" not in result.data and b"data-" not in result.data
    assert "Jansen" not in str(exiftool(result.data))
    assert _ids(result.data) == [b"Laag_1", b"id-1", b"id-2"]  # Illustrator's own 'Layer 1' stays
    assert b'fill="blue"' in result.data and b'd="M0 0L5 5"' in result.data


def test_sketch_layer_ids_are_renamed_with_their_references() -> None:
    result = clean_attachment(SKETCH, "avatar.svg")
    assert b"Jansen" not in result.data
    assert _ids(result.data) == [b"Page-1", b"id-1", b"picture-1", b"id-2"]
    assert b'xlink:href="#id-1"' in result.data and b'fill="url(#id-2)"' in result.data


def test_a_layer_id_named_elsewhere_in_the_drawing_stays_so_it_draws_the_same() -> None:
    """An animation begins on a click on the layer (`begin="Jan-Jansen.click"`): renaming the
    id there would stop the animation. A named limit (module svg_names)."""
    drawing = (b'<svg xmlns="http://www.w3.org/2000/svg"><rect id="Jan-Jansen" width="4" height="4">'
               b'<animate attributeName="x" to="5" begin="Jan-Jansen.click"/></rect></svg>')
    result = clean_attachment(drawing, "a.svg")
    assert b'id="Jan-Jansen"' in result.data and b'begin="Jan-Jansen.click"' in result.data


def test_a_new_name_is_never_an_id_the_drawing_has() -> None:
    drawing = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
               b'<rect id="id-1" width="1" height="1"/><rect id="Jan_Jansen" width="2" height="2"/>'
               b'<use xlink:href="#id-1"/><use xlink:href="#Jan_Jansen"/></svg>')
    result = clean_attachment(drawing, "a.svg")
    assert _ids(result.data) == [b"id-1", b"id-2"]
    assert b'xlink:href="#id-1"/><use xlink:href="#id-2"' in result.data
