"""Where an SVG keeps a person's or a file's name in plain text, and what becomes of it.

Decided per place (docs/CLEANING.md rows `svg-document-title`, `svg-layer-names`,
`svg-object-titles`, `svg-file-name-ids`; task i11-i):

- the drawing's own `<title>` and `<desc>` (children of the root `<svg>`): the document's title
  and description, which Inkscape fills from Document Properties next to the RDF creator, and
  converters from the file's name or "Made by <user>": removed, as a PDF's Info title and an
  Office file's core title are;
- `<metadata>` and the editors' attributes (`inkscape:label`, a layer's name; `sodipodi:docname`,
  the file's name) are removed with the editor data (`svg._drop_editor_data`);
- a `<title>` or `<desc>` inside the drawing (a shape's tooltip and accessible text): what a
  person wrote about the drawing, kept as the liaison's content; a path or a file's name there
  becomes `removed-path` (`svg._text_without_paths`);
- every `data-*` attribute is removed whatever it says: `data-name`, Illustrator's name of a
  layer or object ("Foto Jan Jansen (JJLAPTOP)", or a placed picture's file:
  `IMG_20240512_143012_Anna_Jansen.jpg`, review r11h S1), as Inkscape's `inkscape:label` is
  (review r11i R10), and any other (`data-author`, `data-device`: review r11j J3); none draws;
- an `aria-label`, `xlink:title` or `title` attribute that is a file's or device's name becomes
  `Picture` (a link titled `IMG_20240512_143012.jpg`: review r11m R11M-25);
- an `id` that is a file's or device's name becomes `picture-<n>`; one made from a layer's
  name (an element with Illustrator's `data-name`, Illustrator's `_x28_` escapes, two words of
  letters: Illustrator and Sketch name ids after layers, `Foto_Jan_Jansen_x28_JJLAPTOP_x29_`,
  `Jan-Jansen-avatar`, review r11j J3) becomes `id-<n>`, never an id the drawing has; a
  one-word id (`Jansen`) stays, a named limit. Every reference to it
  (`href="#IMG_2046.jpg"`, `url(#IMG_2046.jpg)` in an attribute, a style or a stylesheet) is
  renamed with it (issue 11's task b11: before, a referred id stayed). Only when the id's text
  also stands elsewhere in the drawing (a CSS selector, where `.` is escaped with a backslash;
  an animation's `begin="IMG_2046.jpg.click"`; the drawing's own text) does it stay: renaming it
  there would change what is drawn. A named limit.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's
from collections import Counter

from intake_app.media.paths import is_file_name

NEUTRAL_NAME = "Picture"
_DOCUMENT_TEXTS = {"title", "desc"}
_LABELS = {"aria-label", "title"}
"""Labels a viewer shows as a tooltip or reads aloud: `aria-label`, `xlink:title`, `title`."""
_DATA = "data-"
"""HTML's custom data attributes, which SVG 2 allows on every element (§ 6.4): no renderer
draws them; Illustrator writes a layer's name in `data-name`, tools and people anything."""
_REFERENCE = re.compile(r"#([^\s\"'()#;,]+)")
_ILLUSTRATOR_NAME = "data-name"
_LAYER_NAME = re.compile(r"_x[0-9A-Fa-f]{2}_|(?<![^\W\d_])[^\W\d_]{2,}+[_\s-]++[^\W\d_]{2}")
"""An id made from a layer's name: Illustrator's escapes (`_x28_` for `(`), or two words of
letters (`Jan_Jansen_handtekening`, Sketch's `Jan-Jansen-avatar`); `Layer_1`, `svg1`, `g12`,
`Page-1` are not. A word is matched from its start only, possessively: linear time."""
_WORD = re.compile(r"[\w-]+")
"""A run of characters an id is usually made of; `.` and `:` end it (`begin="id.click"`)."""


def neutralise_names(root: ET.Element) -> None:
    """Apply the module's rules to the parsed drawing `root`, in place. Linear in the drawing's
    size: the places an id's text stands are counted once for all ids."""
    for child in list(root):
        if isinstance(child.tag, str) and _local(child.tag) in _DOCUMENT_TEXTS:
            root.remove(child)
    ids: list[tuple[ET.Element, str, str]] = []
    for element in root.iter():
        named = any(_local(k) == _ILLUSTRATOR_NAME for k in element.attrib)
        for key, value in list(element.attrib.items()):
            name = _local(key)
            if name.startswith(_DATA) and not _uri(key):
                del element.attrib[key]  # data-name, data-author…: never drawn (r11j J3)
            elif name in _LABELS and is_file_name(value.strip()):
                element.attrib[key] = NEUTRAL_NAME
            elif name == "id" and (named or _LAYER_NAME.search(value) or is_file_name(value)):
                ids.append((element, key, value))
    renames = _renames(root, ids)
    for element, key, value in ids:
        if value in renames:
            element.attrib[key] = renames[value]
    if renames:
        def renamed(m: re.Match[str]) -> str:
            return "#" + renames.get(m.group(1), m.group(1))
        for element in root.iter():
            for key, value in element.attrib.items():
                if "#" in value and _local(key) != "id":
                    element.attrib[key] = _REFERENCE.sub(renamed, value)
            if element.text and "#" in element.text:
                element.text = _REFERENCE.sub(renamed, element.text)


def _renames(root: ET.Element, ids: list[tuple[ET.Element, str, str]]) -> dict[str, str]:
    """Old id -> new id (`picture-<n>` for a file's or device's name, else `id-<n>`, never an
    id the drawing has) for every id whose text stands nowhere else than in `#id` references
    (backslashes, a CSS selector's escapes, ignored in that count); an id with other places
    (a selector, `begin="id.click"`, `aria-labelledby`, the drawing's text) is kept."""
    own = {(id(element), key) for element, key, _ in ids}
    values = [v for e in root.iter() for k, v in e.attrib.items()
              if (id(e), k) not in own and _local(k) != "id"]
    values += [e.text or "" for e in root.iter()] + [e.tail or "" for e in root.iter()]
    raw = "\n".join(values)
    flat = raw.replace("\\", "")
    references = Counter(m.group(1) for m in _REFERENCE.finditer(raw))
    words = Counter(_WORD.findall(flat))
    taken = {v for e in root.iter() for k, v in e.attrib.items() if _local(k) == "id"}
    counters = {"picture": 0, "id": 0}
    renames: dict[str, str] = {}
    for _, _, value in ids:
        if value in renames or _neutral(value) or value.count("#"):
            continue
        standing = words[value] if _WORD.fullmatch(value) else flat.count(value)
        if standing != references[value]:
            continue  # its name stands elsewhere too: kept, so the drawing stays
        kind = "picture" if is_file_name(value.strip()) else "id"
        while f"{kind}-{counters[kind] + 1}" in taken:
            counters[kind] += 1
        counters[kind] += 1
        renames[value] = f"{kind}-{counters[kind]}"
        taken.add(renames[value])
    return renames


def _neutral(value: str) -> bool:
    """An id this module writes (`picture-<n>`, `id-<n>`): a drawing cleaned twice keeps it."""
    return re.fullmatch(r"(?:picture|id)-\d+", value) is not None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
