"""An SVG id that is a file's name is renamed with every reference to it (issue 11, task b11
line 3): Illustrator names a placed picture's symbol or pattern after its file
(`IMG_20240512_143012_Anna_Jansen.jpg`), and a `<use href="#…">` or `fill="url(#…)"` points at
it. Before, an id something referred to stayed whole. Only where the name also stands in a form
Seinpost does not rewrite (a CSS selector) does it stay, and the drawing with it."""

# ruff: noqa: E501 (one drawing a line)

from __future__ import annotations

import re

from media_kit import CANARY, canaries

from intake_app.media.clean import clean_attachment

_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20">'


def _ids_and_references(data: bytes) -> tuple[set[str], set[str]]:
    text = data.decode()
    ids = set(re.findall(r'\bid="([^"]+)"', text))
    references = set(re.findall(r"#([^\s\"'()#;,]+)", text))
    return ids, references


def test_a_referred_id_that_is_a_file_name_is_renamed_with_its_references() -> None:
    drawing = (_HEAD + "<style>.a{fill:url(#IMG_20240512_143012_CANARY)}</style>"
               '<defs><linearGradient id="IMG_20240512_143012_CANARY"><stop offset="0" stop-color="red"/></linearGradient>'
               '<symbol id="CANARY_foto.jpg"><rect width="2" height="2"/></symbol></defs>'
               '<rect class="a" width="5" height="5" fill="url(#IMG_20240512_143012_CANARY)" style="stroke:url(#IMG_20240512_143012_CANARY)"/>'
               '<use href="#CANARY_foto.jpg" x="10"/><use xlink:href="#CANARY_foto.jpg" x="20"/></svg>')
    result = clean_attachment(drawing.encode(), "kaart.svg")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert CANARY not in result.data and canaries(result.data) == []
    ids, references = _ids_and_references(result.data)
    assert ids == {"picture-1", "picture-2"} and references == ids  # every reference still finds its target
    assert result.data.count(b"url(#picture-1)") == 3 and result.data.count(b'href="#picture-2"') == 2


def test_a_referred_id_also_named_by_a_css_selector_stays_and_still_draws() -> None:
    drawing = (_HEAD + "<style>#IMG_2046\\.jpg{fill:red}</style>"
               '<symbol id="IMG_2046.jpg"><rect width="2" height="2"/></symbol><use href="#IMG_2046.jpg"/></svg>')
    result = clean_attachment(drawing.encode(), "kaart.svg")
    assert b'id="IMG_2046.jpg"' in result.data and b'href="#IMG_2046.jpg"' in result.data
    assert b"#IMG_2046\\.jpg{fill:red}" in result.data
