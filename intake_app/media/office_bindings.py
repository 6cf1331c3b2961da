"""Word content controls bound to document properties: their shown text neutralised, the binding
removed.

Insert → Quick Parts → Document Property, every built-in cover page and many header building
blocks make a content control (`w:sdt`) whose `w:dataBinding` points with an XPath into the
core, app or custom properties or a customXml part (cover pages: company address, e-mail,
phone). Word copies the bound value into the control's shown text (`w:sdtContent`). The cleaner
empties or removes every one of those sources (docs/CLEANING.md rows `core-properties`,
`app-properties`, `custom-properties`, `custom-xml`), so the shown text is the last copy of the
author's name or company: it becomes what a field showing the same property shows
(`office_fields.neutral_shown`), and the binding goes, so Word never fills it in again from
anywhere. docs/CLEANING.md row `bound-content-controls`.

Mendeley Cite keeps each citation in its content control's tag: `MENDELEY_CITATION_v3_` and the
citation as base64 JSON, with the library's ids of the cited documents (review r11i R9; the
same ids the older `ADDIN CSL_CITATION` field holds as `mendeley.com/documents/?uuid=` links,
which `paths` removes). The tag becomes `MENDELEY_CITATION`: the control and the citation the
reader sees stay (docs/CLEANING.md row `citation-library-ids`); every other content control's
tag, a program's key never shown, is emptied, a title (`w:alias`) that is a path or a file's name
neutralised, and the attribute values of custom XML markup and smart tags removed (review r11m
R11M-10: rows `content-control-tags`, `word-markup-attributes`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

from intake_app.media.office_fields import neutral_shown, property_kind
from intake_app.media.paths import is_file_name, without_paths

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SDT = f"{{{_W}}}sdt"
_SDT_PR = f"{{{_W}}}sdtPr"
_SDT_CONTENT = f"{{{_W}}}sdtContent"
_TEXT = {f"{{{_W}}}t", f"{{{_W}}}delText"}
_TAG = f"{{{_W}}}tag"
_VAL = f"{{{_W}}}val"
_ALIAS = f"{{{_W}}}alias"
_ATTR = f"{{{_W}}}attr"
_MARKUP_PROPERTIES = {f"{{{_W}}}customXmlPr", f"{{{_W}}}smartTagPr"}
MENDELEY_TAG = "MENDELEY_CITATION"
NEUTRAL_PICTURE = "Picture"
"""A content control title that is a file's name becomes this (as `office_xml.NEUTRAL_PICTURE`)."""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def clean_bound_controls(root: ET.Element, name_of: Callable[[str], str]) -> bool:
    """Neutralise every data-bound content control of a WordprocessingML part in place.

    `name_of` gives a name's Transitional spelling (Strict parts). Any `dataBinding` in the
    control's properties counts, whatever its namespace (`w:`, Word 2010's `w14:`, 2013's
    `w15:`): every store it can point at is removed by the cleaner. True if anything changed.
    """
    changed = False
    for sdt in [e for e in root.iter() if name_of(e.tag) == _SDT]:
        properties = next((c for c in sdt if name_of(c.tag) == _SDT_PR), None)
        if properties is None:
            continue
        bindings = [c for c in properties if _local(c.tag) == "dataBinding"]
        if not bindings:
            continue
        xpath = next((v for b in bindings for k, v in b.attrib.items()
                      if _local(k) == "xpath"), "")
        step = xpath.rstrip("/").rsplit("/", 1)[-1].split("[", 1)[0].rsplit(":", 1)[-1]
        kind = property_kind(step)
        for binding in bindings:
            properties.remove(binding)
        changed = True
        if kind == "count":  # a page or word count says nothing about the maker
            continue
        for content in (c for c in sdt if name_of(c.tag) == _SDT_CONTENT):
            texts = [e for e in content.iter() if name_of(e.tag) in _TEXT]
            for position, text in enumerate(texts):
                text.text = "" if position else neutral_shown(kind)
    return changed


def clean_citation_tags(root: ET.Element, name_of: Callable[[str], str]) -> bool:
    """Every content control's tag (`w:sdtPr/w:tag`), in place: one that holds a Mendeley
    citation becomes MENDELEY_TAG (Mendeley Cite finds its citations by it), any other
    becomes empty: a program's key, never shown (`dms:user=jjansen;host=JJLAPTOP`, review
    r11m R11M-10), and no binding Seinpost knows needs it. True if anything changed."""
    changed = False
    for tag in (e for e in root.iter() if name_of(e.tag) == _TAG):
        for key in [k for k in tag.attrib if name_of(k) == _VAL]:
            value = tag.attrib[key]
            new = MENDELEY_TAG if value.startswith(MENDELEY_TAG) else ""
            if new != value:
                tag.attrib[key] = new
                changed = True
    return changed


def clean_markup_properties(root: ET.Element, name_of: Callable[[str], str]) -> bool:
    """Custom XML markup's and smart tags' attribute values (`w:customXmlPr/w:attr`,
    `w:smartTagPr/w:attr`, ECMA-376 Part 1 §17.5.1, §17.5.1.9: what a document-management or
    XML workflow, or Word's smart tags, stored beside the text; Word shows none of it) removed,
    and a content control's title (`w:alias`) that is a path or a file's name made neutral as a
    picture's description is (review r11m R11M-10). In place; True if anything changed."""
    changed = False
    for element in root.iter():
        kind = name_of(element.tag)
        if kind in _MARKUP_PROPERTIES:
            for attribute in [c for c in element if name_of(c.tag) == _ATTR]:
                element.remove(attribute)
                changed = True
        elif kind == _ALIAS:
            for key in [k for k in element.attrib if name_of(k) == _VAL]:
                value = element.attrib[key]
                new = NEUTRAL_PICTURE if is_file_name(value.strip()) else without_paths(value)
                if new != value:
                    element.attrib[key] = new
                    changed = True
    return changed
