"""People and accounts that only spreadsheets keep, taken out of an Excel part's XML.

The attribute-name rules of `office_xml` (author, userName, userId…) do not reach these:
Excel names them after the feature, not the person (review r11d E1–E4, docs/CLEANING.md):

- a custom view's name (`customWorkbookView/@name`): Excel writes one per user of a shared
  workbook, "Jan Jansen - Personal View", and people name their views themselves; each becomes
  "View <n>" (numbered: Excel wants the names distinct);
- a scenario's last user (`scenario/@user`) becomes `NEUTRAL_AUTHOR`, and its comment, which
  Excel fills in as "Created by <user> on <date>" in the user's language, is removed;
- the Windows security descriptor of a range people may edit (`protectedRange/@securityDescriptor`,
  and its element form `securityDescriptor` of Excel 2010's `x14:protectedRange` or a later
  `protectedRange`): SDDL text naming domain and account ids (`S-1-5-21-…`), removed; the range
  and its password protection stay;
- Excel starts a note's text with its author's name in bold ("Jan Jansen:"): neutralised;
- the last result Excel kept of a formula calling CELL or INFO (`c/v`): `CELL("filename")` is
  the workbook's full path with the user's folder, `INFO("directory")` the folder,
  `INFO("osversion")` the computer; removed, the formula stays and Excel computes it again on
  the office's computer (review r11l R11L-8: sealed as "cleaned").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's
from collections.abc import Callable

_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
_SECURITY_DESCRIPTORS = {f"{{{_SML}}}securityDescriptor", f"{{{_X14}}}securityDescriptor"}
_PROTECTED_RANGES = {f"{{{_SML}}}protectedRange", f"{{{_X14}}}protectedRange"}
NEUTRAL_VIEW = "View"
_WHERE_AND_WHAT_FORMULA = re.compile(r"\b(?:_xlfn\.)?(?:CELL|INFO)\s*\(", re.IGNORECASE)


def clean_sheet_people(root: ET.Element, canonical: Callable[[str], str], author: str) -> None:
    """Neutralise or remove, in place, what names a spreadsheet's users (list above).

    `canonical` maps a Strict name to its Transitional twin (`office_xml.canonical`); `author`
    is the neutral name every person becomes. Parts that are not spreadsheet XML are untouched.
    """
    views = 0
    for parent in root.iter():
        tag = canonical(parent.tag)
        if tag == f"{{{_SML}}}customWorkbookView" and "name" in parent.attrib:
            views += 1
            parent.attrib["name"] = f"{NEUTRAL_VIEW} {views}"
        elif tag == f"{{{_SML}}}scenario":
            if "user" in parent.attrib:
                parent.attrib["user"] = author
            parent.attrib.pop("comment", None)
        elif tag in _PROTECTED_RANGES:
            parent.attrib.pop("securityDescriptor", None)
            for child in list(parent):
                if canonical(child.tag) in _SECURITY_DESCRIPTORS:
                    parent.remove(child)
    _clean_note_authors(root, author)
    _clear_device_results(root, canonical)


def _clear_device_results(root: ET.Element, canonical: Callable[[str], str]) -> None:
    """Remove the kept result of each cell whose formula calls CELL or INFO, also of the cells
    that share such a formula (`f/@t="shared"` with its `si`: only the first holds the text)."""
    cells = []
    shared: set[str] = set()
    for cell in root.iter():
        if canonical(cell.tag) != f"{{{_SML}}}c":
            continue
        formula = next((child for child in cell if canonical(child.tag) == f"{{{_SML}}}f"), None)
        if formula is None:
            continue
        cells.append((cell, formula))
        if _WHERE_AND_WHAT_FORMULA.search(formula.text or ""):
            if formula.get("t") == "shared" and formula.get("si") is not None:
                shared.add(formula.get("si", ""))
    for cell, formula in cells:
        if _WHERE_AND_WHAT_FORMULA.search(formula.text or "") or (
                formula.get("t") == "shared" and formula.get("si") in shared):
            for child in list(cell):
                if canonical(child.tag) == f"{{{_SML}}}v":
                    cell.remove(child)


def _clean_note_authors(root: ET.Element, author: str) -> None:
    for text in root.iter(f"{{{_SML}}}text"):
        run = text.find(f"{{{_SML}}}r")
        shown = run.find(f"{{{_SML}}}t") if run is not None else None
        bold = run is not None and run.find(f"{{{_SML}}}rPr/{{{_SML}}}b") is not None
        if bold and shown is not None and (shown.text or "").rstrip().endswith(":"):
            shown.text = f"{author}:"
