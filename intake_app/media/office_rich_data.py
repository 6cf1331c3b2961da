"""Excel's rich values (`xl/richData/`): a picture placed in a cell and linked data types.

A picture placed in a cell ("Place in Cell", Excel 365) is not a drawing but a rich value:
`rdrichvalue.xml` holds one `rv` per value, its `v` children in the order of the keys of the
structure it names (`s`, an index into `rdrichvaluestructure.xml`). A local picture's structure,
`_localImage`, has the keys `_rvRel:LocalImageIdentifier`, `CalcOrigin` and `Text`, its alt text:
as for a drawing's description, a camera's or phone's file name (`IMG_20240512_143012.jpg`) there
says when and with which device it was taken (review r11f F8). Row `excel-in-cell-picture-names`
of docs/CLEANING.md:

- the value of every `Text` key (any structure: a web picture's `_webimage` has one too) becomes
  "Picture" when it is a name a tool gave a file (`paths.is_file_name`); typed alt text stays;
- every value in the other rich-data parts (supporting property bags, arrays) and every other
  key's value has its paths cut (`paths.without_paths`). Numbers, a linked data type's names
  (a city, a stock) are the workbook's content and stay.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's

from intake_app.media.paths import is_file_name, without_paths

_RICH_DATA = (
    "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata",
    "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2",
)
_RV_DATA = f"{{{_RICH_DATA[0]}}}rvData"
_STRUCTURES = f"{{{_RICH_DATA[0]}}}rvStructures"
_TEXT_KEY = "Text"
NEUTRAL_PICTURE = "Picture"
STRUCTURE_PART = "rdrichvaluestructure.xml"
"""The part naming each structure's keys, beside `rdrichvalue.xml` (Excel's names)."""


def structure_beside(name: str) -> str | None:
    """The structure part's name for the rich values part `name`; None for any other part."""
    folder, _, base = name.rpartition("/")
    return f"{folder}/{STRUCTURE_PART}" if base.lower() == "rdrichvalue.xml" else None


def is_rich_data(root: ET.Element) -> bool:
    """True for the root of a part of Excel's rich data (values, structures, property bags)."""
    return root.tag.startswith(tuple(f"{{{uri}}}" for uri in _RICH_DATA))


def text_positions(structures: ET.Element | None) -> dict[str, set[int]] | None:
    """Structure index (as written in `rv/@s`) -> positions of its `Text` keys, from the root
    of `rdrichvaluestructure.xml`; None when there is no such part or it is something else."""
    if structures is None or structures.tag != _STRUCTURES:
        return None
    found: dict[str, set[int]] = {}
    for index, structure in enumerate(structures.findall(f"{{{_RICH_DATA[0]}}}s")):
        keys = structure.findall(f"{{{_RICH_DATA[0]}}}k")
        found[str(index)] = {i for i, key in enumerate(keys) if key.get("n") == _TEXT_KEY}
    return found


def clean_rich_data(root: ET.Element, positions: dict[str, set[int]] | None) -> None:
    """Clean a rich-data part in place: paths cut from every value, and in `rdrichvalue.xml`
    a `Text` key's value that is a file's name becomes "Picture". Without `positions` (no
    structure part) every value of a rich value that is a file's name and not a number is
    taken for alt text: nothing else in a rich value is a file's name."""
    if root.tag == _RV_DATA:
        for rich_value in root.findall(f"{{{_RICH_DATA[0]}}}rv"):
            _clean_alt_text(rich_value, positions)
    for value in root.iter():
        if value.tag.rsplit("}", 1)[-1] == "v" and value.text:
            value.text = without_paths(value.text)


def _clean_alt_text(rich_value: ET.Element, positions: dict[str, set[int]] | None) -> None:
    values = rich_value.findall(f"{{{_RICH_DATA[0]}}}v")
    texts = positions.get(rich_value.get("s", ""), set()) if positions is not None else None
    for position, value in enumerate(values):
        text = value.text or ""
        alt_text = position in texts if texts is not None else not _is_number(text)
        if alt_text and is_file_name(text):
            value.text = NEUTRAL_PICTURE


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
