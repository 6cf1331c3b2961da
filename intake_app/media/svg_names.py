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
- `data-name`, Illustrator's name of a layer or object ("Foto Jan Jansen (JJLAPTOP)", or a
  placed picture's file: `IMG_20240512_143012_Anna_Jansen.jpg`, review r11h S1), is removed
  whatever it says, as Inkscape's `inkscape:label` is (review r11i R10; it draws nothing);
  an `aria-label` that is a file's or device's name becomes `Picture`; an `id` that is one
  becomes `picture-<n>`, and every reference to it
  (`href="#IMG_2046.jpg"`, `url(#IMG_2046.jpg)` in an attribute, a style or a stylesheet) is
  renamed with it (issue 11's task b11: before, a referred id stayed). Only when the id's text
  also stands elsewhere in the drawing (a CSS selector, where `.` is escaped with a backslash;
  an animation's `begin="IMG_2046.jpg.click"`; the drawing's own text) does it stay: renaming it
  there would change what is drawn. A named limit.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's

from intake_app.media.paths import is_file_name

NEUTRAL_NAME = "Picture"
_DOCUMENT_TEXTS = {"title", "desc"}
_LABELS = {"aria-label"}
_ILLUSTRATOR_NAME = "data-name"
_REFERENCE = re.compile(r"#([^\s\"'()#;,]+)")


def neutralise_names(root: ET.Element) -> None:
    """Apply the module's rules to the parsed drawing `root`, in place."""
    for child in list(root):
        if isinstance(child.tag, str) and _local(child.tag) in _DOCUMENT_TEXTS:
            root.remove(child)
    referred = {m.group(1) for element in root.iter() for value in
                [*element.attrib.values(), element.text or ""] for m in _REFERENCE.finditer(value)}
    renamed = 0
    for element in root.iter():
        for key, value in list(element.attrib.items()):
            name = _local(key)
            if name == _ILLUSTRATOR_NAME:
                del element.attrib[key]  # a layer's or object's name, whatever it says
            elif name in _LABELS and is_file_name(value.strip()):
                element.attrib[key] = NEUTRAL_NAME
            elif name == "id" and is_file_name(value.strip()):
                new = f"picture-{renamed + 1}"
                if value in referred and not _renamed_references(root, element, value, new):
                    continue  # its name stands elsewhere too: kept, so the drawing stays
                renamed += 1
                element.attrib[key] = new


def _renamed_references(root: ET.Element, owner: ET.Element, old: str, new: str) -> bool:
    """Rename every `#old` reference in `root` (attributes, element text) to `#new`, when
    `old` stands nowhere else than in those references and in `owner`'s id (backslashes, a CSS
    selector's escapes, ignored in that count); False, and nothing changed, otherwise."""
    reference = re.compile("#" + re.escape(old) + r"(?![^\s\"'()#;,])")
    places = [(e, k) for e in root.iter() for k in e.attrib
              if not (e is owner and _local(k) == "id")]
    texts = [e for e in root.iter() if e.text]
    values = [e.attrib[k] for e, k in places] + [e.text or "" for e in texts]
    tails = [e.tail or "" for e in root.iter()]
    found = sum(len(reference.findall(v)) for v in values)
    standing = sum(v.replace("\\", "").count(old) for v in values + tails)
    if standing != found:
        return False
    for element, key in places:
        element.attrib[key] = reference.sub("#" + new, element.attrib[key])
    for element in texts:
        element.text = reference.sub("#" + new, element.text or "")
    return True


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
