"""Labels a person or organisation gave to a document's look, and the Office build that saved it,
taken out of an Office part's XML (review r11i R12, L7; docs/CLEANING.md rows `theme-names`,
`office-build`).

Nothing in a document shows these, and they stay in every copy:

- a theme's name (`a:theme/@name`): the name of the `.thmx` someone saved with "Save Current
  Theme…", the house style of an organisation or employer ("Huisstijl Stichting Jan Jansen");
  and the names of its colour, font and effect schemes (`a:clrScheme`, `a:fontScheme`,
  `a:fmtScheme`, also an extra colour scheme's), which Office asks when someone makes one
  ("Kleuren JJLAPTOP"): each becomes the name Office's own theme has ("Office Theme",
  "Office"); a custom colour's name (`a:custClr/@name`, optional) is removed;
- the theme family (`thm15:themeFamily`, in an `a:ext` of the theme's `extLst`): a custom
  theme's name again and the ids it has in every document of that organisation; its `a:ext`
  is removed (Office opens a theme without one, as themes before 2013 are);
- Excel's exact build (`fileVersion/@rupBuild`, "27328"): the same information as
  `AppVersion` in docProps/app.xml, which is emptied, a fingerprint of the author's Office
  installation; removed (optional: Excel opens the book without it).

DrawingML's Transitional and Strict namespaces are read alike.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is defusedxml's

_DRAWING = ("http://schemas.openxmlformats.org/drawingml/2006/main",
            "http://purl.oclc.org/ooxml/drawingml/main")
_SML = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main")
NEUTRAL_THEME = "Office Theme"
NEUTRAL_SCHEME = "Office"
_NAMED = {f"{{{uri}}}{local}": neutral for uri in _DRAWING for local, neutral in (
    ("theme", NEUTRAL_THEME), ("clrScheme", NEUTRAL_SCHEME), ("fontScheme", NEUTRAL_SCHEME),
    ("fmtScheme", NEUTRAL_SCHEME))}
_CUSTOM_COLOURS = {f"{{{uri}}}custClr" for uri in _DRAWING}
_EXTENSIONS = {f"{{{uri}}}ext" for uri in _DRAWING}
_THEME_FAMILY = "{http://schemas.microsoft.com/office/thememl/2012/main}themeFamily"
_FILE_VERSIONS = {f"{{{uri}}}fileVersion" for uri in _SML}


def clean_labels(root: ET.Element) -> None:
    """Neutralise or remove, in place, under `root` (a parsed part), what the module lists.
    Parts without a theme or a workbook's file version are left as they are."""
    for element in list(root.iter()):
        tag = element.tag
        if tag in _NAMED and "name" in element.attrib:
            element.set("name", _NAMED[tag])
        elif tag in _CUSTOM_COLOURS or tag in _FILE_VERSIONS:
            element.attrib.pop("name" if tag in _CUSTOM_COLOURS else "rupBuild", None)
        for child in list(element):
            if child.tag in _EXTENSIONS and child.find(_THEME_FAMILY) is not None:
                element.remove(child)
