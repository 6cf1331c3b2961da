"""What runs in an SVG, and the web page's head inside it, removed (review r11m R11M-25).

A drawing needs no code to be drawn, but SVGs saved from web pages, D3 and plotting exports and
online editors carry it, and what code says is who wrote it and where: a script's comments
(`// gemaakt door Jan Jansen op JJLAPTOP`), its variables, an event handler's text
(`onclick="alert('Jan Jansen JJLAPTOP')"`). Code also runs at the office when the drawing is
opened in a browser; the PDF cleaner removes JavaScript for both reasons (`pdf-javascript`).
Removed here (docs/CLEANING.md rows `svg-scripts`, `svg-foreign-html`):

- `<script>` elements, SVG's and XHTML's (inside `<foreignObject>`) and in no namespace, with
  their text; XHTML `<noscript>`;
- every event handler attribute (`on…`: `onclick`, `onload`, SVG's `onbegin`…), whatever the
  element, and an animation that sets one (`<set attributeName="onclick">`);
- a link or animation value that is a `javascript:` URL (`href`, `xlink:href`, `to`, `values`…);
- in `<foreignObject>`, the XHTML page's `<meta>` (`name="author"`, `generator`), `<title>`
  and `<base>` (which points at the page's own address): a head's, not a picture's.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's

_SVG = "http://www.w3.org/2000/svg"
_XHTML = "http://www.w3.org/1999/xhtml"
_CODE = {(_SVG, "script"), (_XHTML, "script"), ("", "script"), (_XHTML, "noscript"),
         (_XHTML, "meta"), (_XHTML, "title"), (_XHTML, "base")}
"""(namespace, local name) of the elements removed whole."""
_JAVASCRIPT = re.compile(r"^[\x00-\x20]*j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a[\t\n\r]*s[\t\n\r]*c"
                         r"[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t[\t\n\r]*:", re.IGNORECASE)
"""A `javascript:` URL as a browser reads it: leading spaces and controls, tabs and line breaks
anywhere in the scheme are skipped (WHATWG URL)."""


def remove_scripts(root: ET.Element) -> None:
    """Apply the module's rules to the parsed drawing `root`, in place."""
    for parent in list(root.iter()):
        for child in list(parent):
            if isinstance(child.tag, str) and (_uri(child.tag), _local(child.tag)) in _CODE:
                _remove_keeping_tail(parent, child)
    for element in root.iter():
        if _local(element.attrib.get("attributeName", "")).lower().startswith("on"):
            element.attrib.clear()  # an animation that sets a handler: it now sets nothing
            continue
        for key, value in list(element.attrib.items()):
            if _local(key).lower().startswith("on") or _JAVASCRIPT.match(value):
                del element.attrib[key]


def _remove_keeping_tail(parent: ET.Element, child: ET.Element) -> None:
    """Remove `child`; the text after it (XHTML's `<meta/>Tekst`: the page's words) stays."""
    if child.tail:
        siblings = list(parent)
        index = siblings.index(child)
        if index:
            siblings[index - 1].tail = (siblings[index - 1].tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
