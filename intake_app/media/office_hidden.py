"""Content an Office file keeps out of sight, told to the liaison (issue 11, task q11b).

What a person wrote but a reader of the file does not see when simply viewing it: an Excel sheet
hidden (`sheet/@state` "hidden", or "veryHidden", which Excel's own menus cannot even unhide;
ECMA-376 Part 1 §18.2.19), a PowerPoint slide hidden from the slide show (`p:sld/@show` false,
§19.3.1.38), a slide's speaker notes (`p:notes` holding text other than the slide number field,
§19.3.1.26). Each is the document's own content, so it is kept as it is, and the outcome says so
(`office_hidden_content_kept`: the liaison can unhide and check it, or delete it, before
attaching). Word's hidden text is removed instead (`office_revisions`, `office_styles`): Word
gives no sign that it is there at all. docs/CLEANING.md rows `hidden-sheets`, `hidden-slides`,
`speaker-notes`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable

HIDDEN_CONTENT = "hidden_content"
"""The note `office_xml.scrub_part` adds for a part that holds such content."""
_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_DML = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_OFF = {"0", "false", "off"}


def holds_hidden_content(root: ET.Element, canonical: Callable[[str], str]) -> bool:
    """Whether the parsed part `root` is a workbook with a hidden sheet, a hidden slide, or a
    notes slide with text (see the module docstring). `canonical` maps a Strict name to its
    Transitional twin (`office_strict.canonical`)."""
    tag = canonical(root.tag)
    if tag == f"{_SML}workbook":
        return any(canonical(sheet.tag) == f"{_SML}sheet"
                   and sheet.get("state", "visible").strip() in ("hidden", "veryHidden")
                   for sheets in root if canonical(sheets.tag) == f"{_SML}sheets"
                   for sheet in sheets)
    if tag == f"{_PML}sld":
        return root.get("show", "1").strip().lower() in _OFF
    if tag == f"{_PML}notes":
        numbers = {id(text) for field in root.iter(f"{_DML}fld") for text in field}
        return any((text.text or "").strip() for text in root.iter(f"{_DML}t")
                   if id(text) not in numbers)
    return False
