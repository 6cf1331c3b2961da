"""An SVG's scripts, event handlers and embedded page head are removed (review r11m R11M-25).

The review's `svg2.svg` reached the office whole, told "Cleaned": a script whose comment named
the author and computer, an `onclick` with the same, an XHTML `<meta name="author">` in a
`<foreignObject>`, and a link titled with a camera's file name.
"""

# ruff: noqa: E501 (the drawing is kept as a web page's export writes it)

from __future__ import annotations

import re

from media_kit import canaries

from intake_app.media.clean import clean_attachment

SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">
  <script type="text/javascript"><![CDATA[ // gemaakt door CANARY Jan Jansen op JJLAPTOP
    var author = "CANARY Jan Jansen"; ]]></script>
  <rect width="10" height="10" fill="red" onclick="alert('CANARY Jan Jansen JJLAPTOP')" ONLOAD="x('CANARY')"/>
  <set attributeName="onmouseover" to="alert('CANARY')"/>
  <foreignObject width="50" height="50"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>CANARY pagina</title><meta name="author" content="CANARY Jan Jansen"/><base href="https://intranet.example/CANARY/"/></head><body><div><meta name="generator" content="CANARY editor"/>Zichtbare tekst<script>var u = "CANARY";</script> en meer</div></body></html></foreignObject>
  <a xlink:title="IMG_20240512_143012.jpg" href="#r"><circle id="r" r="5"/></a>
  <a xlink:href=" java&#9;script:alert('CANARY')"><circle r="6"/></a>
  <a href="https://example.org/melding" title="Meldpunt"><circle r="7"/></a>
</svg>
"""


def test_scripts_handlers_and_an_embedded_page_head_are_removed_and_the_drawing_stays() -> None:
    result = clean_attachment(SVG, "a.svg")
    assert result.cleaning == "cleaned", result
    text = result.data.decode()
    assert canaries(result.data) == [], text
    assert not re.search(r"<(\w+:)?(script|meta|title|base)\b|\bon\w+=|javascript", text, re.I)
    assert '<rect width="10" height="10" fill="red"' in text
    assert "Zichtbare tekst en meer" in text  # the page's words after a removed <meta> stay
    assert 'href="https://example.org/melding" title="Meldpunt"' in text


def test_a_link_titled_with_a_camera_file_name_is_titled_picture() -> None:
    text = clean_attachment(SVG, "a.svg").data.decode()
    assert "IMG_20240512" not in text
    assert 'xlink:title="Picture"' in text
