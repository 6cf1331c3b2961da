"""The random ids Office stamps on paragraphs, shapes, slides and sheets, renumbered.

Word gives every paragraph a random `w14:paraId` and `w14:textId`, every drawing a
`wp14:anchorId` and `wp14:editId`, every comment a `w16cid:durableId`, every content control a
`w:id`; PowerPoint every slide a `p14:creationId`, every shape an `a16:creationId`, table rows
and columns `a16:rowId`/`a16:colId`, comments and their authors GUIDs; Excel every sheet, table,
comment and pivot an `xr:uid`, threaded comments and their persons GUIDs, conditional formats
an `x14:id`. They stay
the same when the file is copied or saved again, so the sealed file and the author's own copy
(or another file made from the same draft on the author's machine) share them: they link
copies of one document, like a PDF's permanent `/ID` (`pdf-document-id`). The editing-session
ids `w:rsid*` are removed (`office_xml`); these cannot be, because other parts point to them
(a comment's reply to its paragraph's `paraId`, a modern PowerPoint comment to its slide's
`creationId` and its shape's `a16:creationId`).

So each distinct value becomes the next number of one counter for the whole package, written in
the value's own form (8 hex digits, a decimal number, a braced GUID), and the same old value
becomes the same new one in every part: the links inside the file hold, the link to the
author's copies goes. docs/CLEANING.md row `office-random-ids`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's

WORD_IDS = frozenset({"paraId", "textId", "paraIdParent", "durableId", "anchorId", "editId"})
"""Word's ids (w14, w15, w16cid, w16cex, wp14): always 8 hex digits (ST_LongHexNumber)."""
NUMBERED = {"creationId": ("id", "val"), "rowId": ("val",), "colId": ("val",), "id": ("val",)}
"""Elements whose attribute holds a random number: PowerPoint's `p14:creationId/@val` (a
slide), `a16:rowId`, `a16:colId` (a table's rows and columns); Word's `w:sdtPr/w:id/@w:val` (a
content control: a signed number)."""
NUMBER_POINTERS = frozenset({"creationId", "rowId", "colId"})
"""Attributes that point at one: modern comments' `pc:sldMk/@creationId`, `ac:tcMk/@rowId`."""
KEPT_GUIDS = frozenset({"uri", "classid", "clsid", "fmtid", "provid", "storeItemID"})
"""Attributes whose GUID is not a random id of this file: an extension's kind (`a:ext/@uri`),
a COM class (ActiveX), a property set, a signature provider, the well-known store items of
bound content controls."""
_KEPT_GUID_ELEMENTS = frozenset({"themeFamily"})  # Microsoft's own theme's ids
_NIL = "{00000000-0000-0000-0000-000000000000}"
_HEX8 = re.compile(r"[0-9A-Fa-f]{8}")
_NUMBER = re.compile(r"-?\d{1,10}")
_GUID = re.compile(r"\{[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}")


class RandomIds:
    """One package's renumbering: old value -> new value, the same in every part."""

    def __init__(self) -> None:
        self._new: dict[tuple[str, str], str] = {}

    def renumber(self, root: ET.Element) -> None:
        """Replace, in place, every random id under `root` by its package-wide new value:
        Word's hex ids, every GUID in an attribute (but `KEPT_GUIDS`) or as the whole text of
        an `id` element (`x14:id`, a conditional format's link to its rule), and `NUMBERED`."""
        for element in root.iter():
            local = _local(element.tag)
            for key, value in element.attrib.items():
                form = self._form(local, _local(key), value)
                if form:
                    element.attrib[key] = self._value(form, value)
            text = (element.text or "").strip()
            if local == "id" and _GUID.fullmatch(text) and text != _NIL:
                element.text = self._value("guid", text)

    @staticmethod
    def _form(element: str, name: str, value: str) -> str:
        if name in WORD_IDS and _HEX8.fullmatch(value):
            return "hex"
        if _GUID.fullmatch(value):
            keep = name in KEPT_GUIDS or element in _KEPT_GUID_ELEMENTS or value == _NIL
            return "" if keep else "guid"
        if (name in NUMBER_POINTERS or name in NUMBERED.get(element, ())) and (
                _NUMBER.fullmatch(value)):
            return "number"
        return ""

    def _value(self, form: str, old: str) -> str:
        if (form, old) not in self._new:
            number = len(self._new) + 1
            self._new[form, old] = (f"{number:08X}" if form == "hex" else str(number)
                                    if form == "number"
                                    else f"{{00000000-0000-0000-0000-{number:012X}}}")
        return self._new[form, old]


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
