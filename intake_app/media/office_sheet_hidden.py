"""Spreadsheet content a viewer does not see, found and told (issue 11, review r11m R11M-4).

A hidden sheet is `office_hidden`'s. Excel hides content in smaller places too, and before
review r11m each reached the office told "Cleaned" (docs/CLEANING.md rows `hidden-rows-columns`,
`blank-formatted-cells`, `defined-name-constants`, `pivot-cache-outside-source`):

- a row or column hidden (`row/@hidden`, a row of height 0, rows hidden by default by
  `sheetFormatPr/@zeroHeight`; `col/@hidden`, a column of width 0; ECMA-376 Part 1 §18.3.1)
  with a cell holding a value in it (hidden empty columns, as people hide unused ones, hold
  nothing and are not told);
- a cell holding a value whose number format shows nothing (`;;;`: every section empty, §18.8.31;
  a number is hidden when the first three sections are, text when a fourth is);
- a defined name (Formulas > Name Manager, §18.2.5) that holds text or a constant
  (`"Jan Jansen 06-…"`, `{…}`, a number) rather than a reference or a formula of references, or
  that is hidden (`hidden="1"`: not even the Name Manager lists it); Excel's own names
  (`_xlnm.Print_Area`, `_xlnm._FilterDatabase`, `_xlfn.` functions) are not told;
- a pivot cache whose source is not a range of the workbook (an external connection,
  consolidation ranges, scenarios): its items are values from elsewhere, shown or not.

Each is the liaison's own content, so it is kept as it is and told (removing a hidden row or a
name changes what formulas compute; revealing it changes the sheet): the liaison can unhide
and check it, or delete it, before attaching. White text on a white fill is not read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

SHEET_HIDDEN_CONTENT = "sheet_hidden_content"
"""The note `office_xml.scrub_part` adds for a part that holds such content."""
_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_TRUE = {"1", "true", "on"}
_EXCELS_OWN = ("_xlnm.", "_xlfn.", "_xlpm.")
_CONSTANT = re.compile(
    r"\A=?\s*(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?|\{.*\}|TRUE|FALSE)\s*\Z",
    re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"\A\$?([A-Za-z]{1,3})\$?(\d{1,7})\Z")
_OUTSIDE_SOURCES = {"external", "consolidation", "scenario"}


@dataclass(frozen=True)
class BlankFormats:
    """Cell formats (positions in `styles.xml`'s `cellXfs`) whose number format shows no number,
    and those that show no text."""

    numbers: frozenset[int] = frozenset()
    text: frozenset[int] = frozenset()


def blank_formats(styles: ET.Element, canonical: Callable[[str], str]) -> BlankFormats:
    """The cell formats of the parsed spreadsheet `styles.xml` (`styles`) that show nothing;
    empty for any other part. `canonical` maps a Strict name to its Transitional twin."""
    codes: dict[str, tuple[bool, bool]] = {}
    numbers, text = set(), set()
    for element in styles:
        tag = canonical(element.tag)
        if tag == f"{_SML}numFmts":
            for number_format in element:
                codes[number_format.get("numFmtId", "")] = _shows_nothing(
                    number_format.get("formatCode", ""))
        elif tag == f"{_SML}cellXfs":
            for index, xf in enumerate(element):
                hides_numbers, hides_text = codes.get(xf.get("numFmtId", "0"), (False, False))
                if hides_numbers:
                    numbers.add(index)
                if hides_text:
                    text.add(index)
    return BlankFormats(frozenset(numbers), frozenset(text))


def _shows_nothing(code: str) -> tuple[bool, bool]:
    """(hides numbers, hides text) for a number format code."""
    sections, current, quoted, escaped, bracket = [], [], False, False, False
    for char in code:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\" and not quoted:
            escaped = True
            current.append(char)
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == "[" and not quoted:
            bracket = True
        elif char == "]" and bracket:
            bracket = False
        elif char == ";" and not quoted and not bracket:
            sections.append("".join(current))
            current = []
        elif not bracket:
            current.append(char)
    sections.append("".join(current))
    shown = [bool(re.sub(r'"\s*"|[_*].|\s', "", section, flags=re.DOTALL)) for section in sections]
    hides_numbers = not any(shown[:3]) and (len(sections) > 1 or bool(sections[0]))
    return hides_numbers, len(sections) > 3 and not shown[3]


def holds_hidden_cells(root: ET.Element, canonical: Callable[[str], str],
                       blank: BlankFormats | None) -> bool:
    """Whether the parsed part `root` is a worksheet with a value in a hidden row or column or
    in a cell formatted to show nothing (`blank`: its folder's formats), a workbook with a name
    holding text, a constant or hidden, or a pivot cache of values from outside the workbook."""
    tag = canonical(root.tag)
    if tag == f"{_SML}worksheet":
        return _sheet_hides(root, canonical, blank or BlankFormats())
    if tag == f"{_SML}workbook":
        return any(_name_hides(name) for name in root.iter()
                   if canonical(name.tag) == f"{_SML}definedName")
    if tag == f"{_SML}pivotCacheDefinition":
        return any(canonical(source.tag) == f"{_SML}cacheSource"
                   and source.get("type", "worksheet").strip() in _OUTSIDE_SOURCES
                   for source in root)
    return False


def _name_hides(name: ET.Element) -> bool:
    if name.get("name", "").startswith(_EXCELS_OWN):
        return False
    value = name.text or ""
    return (name.get("hidden", "").strip().lower() in _TRUE or '"' in value
            or _CONSTANT.match(value) is not None)


def _sheet_hides(sheet: ET.Element, canonical: Callable[[str], str], blank: BlankFormats) -> bool:
    rows_hidden, columns = False, []
    for element in sheet:
        tag = canonical(element.tag)
        if tag == f"{_SML}sheetFormatPr":
            rows_hidden = element.get("zeroHeight", "").strip().lower() in _TRUE
        elif tag == f"{_SML}cols":
            columns = [(_number(col.get("min")), _number(col.get("max"))) for col in element
                       if col.get("hidden", "").strip().lower() in _TRUE
                       or _number(col.get("width"), 1.0) == 0]
        elif tag == f"{_SML}sheetData":
            return _data_hides(element, canonical, blank, rows_hidden, columns)
    return False


def _data_hides(data: ET.Element, canonical: Callable[[str], str], blank: BlankFormats,
                rows_hidden: bool, columns: list[tuple[float, float]]) -> bool:
    starts, ends = _merged(columns)  # thousands of `col` entries cost a lookup, not a walk
    for _, column, cell, row in _cells(data, canonical):
        at = bisect_right(starts, column) - 1
        if (at >= 0 and column <= ends[at]) or _row_hidden(row, rows_hidden):
            return True
        style = _integer(cell.get("s"), 0)
        is_text = cell.get("t", "n").strip() in ("s", "inlineStr", "str")
        if style in (blank.text if is_text else blank.numbers):
            return True
    return False


def _merged(ranges: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """The column ranges joined where they touch or overlap: (starts, ends), sorted."""
    starts: list[float] = []
    ends: list[float] = []
    for low, high in sorted(ranges):
        if ends and low <= ends[-1] + 1:
            ends[-1] = max(ends[-1], high)
        else:
            starts.append(low)
            ends.append(high)
    return starts, ends


def valued_cells(sheet: ET.Element, canonical: Callable[[str], str]
                 ) -> Iterator[tuple[int, int, ET.Element]]:
    """(row, column, cell) of each cell of the parsed worksheet `sheet` that holds a value, a
    formula or inline text, counted from 1 (a cell or row without its `r` follows the one before
    it, as ECMA-376 §18.3.1.4 says)."""
    for data in sheet:
        if canonical(data.tag) == f"{_SML}sheetData":
            for row_number, column, cell, _ in _cells(data, canonical):
                yield row_number, column, cell


def _cells(data: ET.Element, canonical: Callable[[str], str]
           ) -> Iterator[tuple[int, int, ET.Element, ET.Element]]:
    row_number = 0
    for row in data:
        if canonical(row.tag) != f"{_SML}row":
            continue
        row_number = _integer(row.get("r"), row_number + 1)
        column = 0
        for cell in row:
            if canonical(cell.tag) != f"{_SML}c":
                continue
            found = _CELL.match(cell.get("r", "").strip())
            column = _column(found.group(1)) if found else column + 1
            if _holds_value(cell, canonical):
                yield row_number, column, cell, row


def _row_hidden(row: ET.Element, rows_hidden: bool) -> bool:
    if row.get("hidden", "").strip().lower() in _TRUE or _number(row.get("ht"), 1.0) == 0:
        return True
    custom = row.get("customHeight", "").strip().lower() in _TRUE
    return rows_hidden and not (custom and _number(row.get("ht"), 0) > 0)


def _holds_value(cell: ET.Element, canonical: Callable[[str], str]) -> bool:
    for child in cell:
        tag = canonical(child.tag)
        if tag in (f"{_SML}v", f"{_SML}f") and (child.text or "").strip():
            return True
        if tag == f"{_SML}is" and any((text.text or "").strip() for text in child.iter()):
            return True
    return False


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _integer(value: str | None, default: int) -> int:
    text = (value or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else default


def _number(value: str | None, default: float = 0) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default
