"""References to parts the cleaner removed, taken out of the parts that pointed to them.

When a part goes (printer settings, embedded fonts, a change log), its relationship goes with
it, and the element that named that relationship (`pageSetup r:id`, `w:embedRegular`,
`p:embeddedFont`, `w:printerSettings`) would point at nothing: Office then reports the file as
damaged and offers to "repair" it. So an element that exists only to carry the reference is
removed, and on any other element only the reference attribute goes (a `pageSetup` keeps its
margins); a pivot cache definition whose records went says it saves none (`saveData="0"`). A
workbook's `sheet` whose part went (an Excel 4.0 macro sheet) is removed with the
names local to it, and the positions after it move down. docs/CLEANING.md rows
`printer-settings`, `embedded-fonts`, `office-macros`, `pivot-cache-records`,
`pivot-cache-orphaned`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's

_R = {"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships"}
_REFERENCE_ONLY = {
    "embedRegular", "embedBold", "embedItalic", "embedBoldItalic",  # w:font in fontTable.xml
    "regular", "bold", "italic", "boldItalic",  # p:embeddedFont in presentation.xml
    "printerSettings",  # w:printerSettings in settings.xml
    "pivotCache",  # a workbook's entry for an orphaned pivot cache (office_workbook)
}
_FONT_FACES = {"regular", "bold", "italic", "boldItalic"}


def drop_references(root: ET.Element, removed_ids: frozenset[str]) -> bool:
    """Remove references to `removed_ids` (relationship ids of this part); True if any was."""
    if not removed_ids:
        return False
    _drop_sheets(root, removed_ids)
    parents = {child: parent for parent in root.iter() for child in parent}
    changed = False
    for element in list(root.iter()):
        for key in list(element.attrib):
            if _uri(key) not in _R or element.attrib[key] not in removed_ids:
                continue
            changed = True
            if _local(element.tag) in _REFERENCE_ONLY and element in parents:
                parents[element].remove(element)
                break
            del element.attrib[key]
            if element is root and _local(root.tag) == "pivotCacheDefinition":
                root.set("saveData", "0")  # its records went (office_workbook): none saved
    for element in list(root.iter()):  # a presentation's embedded font left with no face
        if _local(element.tag) == "embeddedFont" and element in parents and not any(
            _local(child.tag) in _FONT_FACES for child in element
        ):
            parents[element].remove(element)
        elif _local(element.tag) == "pivotCaches" and element in parents and not len(element):
            parents[element].remove(element)  # the schema wants one pivotCache at least
    return changed


def _drop_sheets(root: ET.Element, removed_ids: frozenset[str]) -> None:
    """A workbook's `sheet` whose part was removed (an Excel 4.0 macro sheet) goes, and so do
    the names local to it; names, the active tab and the first tab shown after it move down one
    (they count sheets by position)."""
    sheets = next((e for e in root.iter() if _local(e.tag) == "sheets"), None)
    if _local(root.tag) != "workbook" or sheets is None:
        return
    for index in reversed(range(len(sheets))):
        sheet = sheets[index]
        if not any(_uri(k) in _R and v in removed_ids for k, v in sheet.attrib.items()):
            continue
        sheets.remove(sheet)
        for parent in list(root.iter()):
            for child in list(parent):
                for key in ("localSheetId", "activeTab", "firstSheet"):
                    value = child.get(key, "")
                    if not value.isdigit():
                        continue
                    if key == "localSheetId" and int(value) == index:
                        parent.remove(child)  # a name of the removed sheet (Auto_Open)
                        break
                    if int(value) > index or (int(value) == index and key != "localSheetId"):
                        child.set(key, str(max(int(value) - 1, 0)))


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _uri(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""
