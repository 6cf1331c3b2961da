"""A chart's embedded workbook holding data the chart does not show (issue 11, review r11m
R11M-15; docs/CLEANING.md row `chart-workbook-data`).

A chart in a Word document or a PowerPoint slide draws the numbers cached in its own part
(`c:numCache`, `c:strCache`); the workbook behind "Edit Data" travels beside it as an embedded
package (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`, reached from the chart by a `package`
relationship, `c:externalData`). People paste a whole sheet there, or keep working in it: extra
sheets and cells outside the chart's ranges reach the office, and nobody reading the document
sees them. The workbook is cleaned like any embedded document (`office_docs`, recursively, within
`MAX_NESTING`); this module tells whether it holds a value in a cell that none of the chart's
formulas (`c:f`: series names, categories, values, bubble sizes) names. Such data is the
liaison's content, kept and told (`office_sheet_hidden_content_kept`); a chart formula that is
not a plain range (a name, a whole column, another workbook) counts as not understood: told too.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
import zipfile
from collections.abc import Iterable

from intake_app.media import office_rels as rels
from intake_app.media.office_sheet_hidden import valued_cells
from intake_app.media.office_strict import canonical
from intake_app.media.office_xml import parse_part
from intake_app.media.office_zip import checked_entries, read_xml
from intake_app.media.result import UNREADABLE_OFFICE_DOCUMENT, NotCleanable

_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RANGE = re.compile(
    r"\A(?:'((?:[^']|'')+)'|([^'!,()]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})"
    r"(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\Z")
CHART_KINDS = frozenset({"chart", "http://schemas.microsoft.com/office/2014/relationships/chartex"})
"""Relationship kinds (`office_rels.relationship_kind`) of chart parts."""
_Box = tuple[int, int, int, int]  # first row, first column, last row, last column


def chart_workbooks(by_kind: dict[str, set[str]],
                    targets: dict[str, list[tuple[str, str]]]) -> dict[str, tuple[str, ...]]:
    """Embedded package part (lower case, as OPC compares names) -> the chart parts it feeds,
    from the relationship graph (`by_kind`: part names by relationship kind; `targets`: each
    relationships part's (kind, part))."""
    charts = {part.lower(): part for kind in CHART_KINDS for part in by_kind.get(kind, ())}
    fed: dict[str, list[str]] = {}
    for rels_name, found in targets.items():
        chart = charts.get(rels.source_of(rels_name).lower())
        for kind, part in found if chart is not None else ():
            if kind == "package":
                fed.setdefault(part.lower(), []).append(chart)
    return {part: tuple(sorted(set(found))) for part, found in fed.items()}


def unshown_chart_data(workbook: bytes, charts: Iterable[ET.Element]) -> bool:
    """Whether the embedded workbook `workbook` (the package's bytes) holds a value in a cell
    that no formula of the parsed chart parts `charts` names, or cannot be read so far."""
    boxes = _boxes(charts)
    if boxes is None:
        return True
    try:
        return any(not any(_inside(row, column, box) for box in boxes.get(sheet.casefold(), ()))
                   for sheet, root in _sheets(workbook)
                   for row, column, _ in valued_cells(root, canonical))
    except MemoryError:
        raise  # the bounded child's end (office_child), not a damaged workbook
    except Exception:  # unreadable or outsized: its own cleaning says so; told here too
        return True


def _boxes(charts: Iterable[ET.Element]) -> dict[str, list[_Box]] | None:
    """Sheet name (case-folded) -> the ranges the charts' formulas name; None when a formula is
    not a list of plain ranges."""
    boxes: dict[str, list[_Box]] = {}
    for chart in charts:
        for formula in chart.iter():
            if formula.tag.rsplit("}", 1)[-1] != "f" or not (formula.text or "").strip():
                continue
            for reference in formula.text.strip().strip("()").split(","):
                found = _RANGE.match(reference.strip())
                if found is None:
                    return None
                sheet = (found.group(1) or "").replace("''", "'") or found.group(2)
                first = (int(found.group(4)), _column(found.group(3)))
                last = (int(found.group(6)), _column(found.group(5))) if found.group(5) else first
                boxes.setdefault(sheet.strip().casefold(), []).append((*first, *last))
    return boxes


def _sheets(workbook: bytes) -> list[tuple[str, ET.Element]]:
    """(name, parsed worksheet) of each sheet of the embedded workbook, read within the bounds
    of `office_zip`; raises for anything that is not a readable workbook."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as package:
        names = {info.filename for info in checked_entries(package)}
        main = rels.main_part(parse_part(read_xml(package, rels.PACKAGE_RELS))[0], names)
        if main is None:
            raise NotCleanable(UNREADABLE_OFFICE_DOCUMENT)
        book_rels = rels.rels_part_of(main[0])
        parts = ({rel.get("Id"): rels.resolve(book_rels, rel.get("Target", ""))
                  for rel in parse_part(read_xml(package, book_rels))[0].iter(
                      f"{{{rels.REL_NS}}}Relationship")} if book_rels in names else {})
        found = []
        for sheet in parse_part(read_xml(package, main[0]))[0].iter():
            if canonical(sheet.tag) != f"{_SML}sheet":
                continue
            part = next((parts.get(v) for k, v in sheet.attrib.items() if canonical(k) == _R_ID),
                        None)
            if part in names:
                found.append((sheet.get("name", ""), parse_part(read_xml(package, part))[0]))
        return found


def _inside(row: int, column: int, box: _Box) -> bool:
    return box[0] <= row <= box[2] and box[1] <= column <= box[3]


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
