"""What a workbook keeps that it no longer shows, found in the relationship graph before anything
is copied (issue 11, review r11m R11M-5, R11M-6; docs/CLEANING.md rows `shared-workbook-revisions`,
`pivot-cache-records`, `pivot-cache-orphaned`).

- A shared workbook's change history (Review > Share Workbook, ECMA-376 Part 1 §18.11):
  `revisionHeaders.xml` (who saved each revision, when), `revisionLog*.xml` (every changed
  cell's old value: a name the liaison typed over stays there) and `userNames.xml` (everyone
  who had it open). Removed, by kind and by their folder `xl/revisions/`; the workbook opens
  unshared, its cells as they are.
- Pivot cache records (`pivotCacheRecords*.xml`, §18.10): a copy of every row of the source as
  it was at the last refresh, rows deleted from the sheet since included. Removed; the cache
  definition then says so (`saveData="0"`, `office_references`), as Excel writes it when "Save
  source data with file" is off: the pivot table shows as before, Excel refreshes it from its
  source before it changes.
- A pivot cache whose worksheet source is not in the workbook (the source sheet deleted, a table
  or name that is gone, another workbook): its definition still lists every distinct value of
  each source column (`sharedItems`), shown or not. Removed, with the pivot tables built on it
  (their relationships and the workbook's `pivotCache` entry go too, `office_references`); the
  table's cells stay in its sheet as plain values.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET  # the element type only; parsing is office_xml's
from collections.abc import Callable
from dataclasses import dataclass, field

from intake_app.media import office_rels as rels
from intake_app.media.office_chart_data import chart_workbooks
from intake_app.media.office_sheet_hidden import BlankFormats, blank_formats
from intake_app.media.office_strict import canonical

REVISION_HEADERS = "revisionheaders"
REVISION_LOG = "revisionlog"
USER_NAMES = "usernames"
PIVOT_CACHE = "pivotcachedefinition"
PIVOT_RECORDS = "pivotcacherecords"
PIVOT_TABLE = "pivottable"
DROPPED_KINDS = frozenset({REVISION_HEADERS, REVISION_LOG, USER_NAMES, PIVOT_RECORDS})
"""Relationship kinds (`office_rels.relationship_kind`) whose parts are removed."""
DROPPED_FOLDERS = ("xl/revisions/",)
_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class WorkbookPlan:
    """Parts to drop (orphaned pivot caches and the tables built on them), the cell formats
    that show nothing by styles folder (`office_sheet_hidden.blank_formats`), and the embedded
    workbooks behind charts."""

    dropped: frozenset[str] = frozenset()
    blank: dict[str, BlankFormats] = field(default_factory=dict)
    charted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Embedded package part -> the chart parts it feeds (`office_chart_data`)."""


def workbook_plan(main: str, by_kind: dict[str, set[str]],
                  targets: dict[str, list[tuple[str, str]]],
                  read: Callable[[str], ET.Element]) -> WorkbookPlan:
    """What the package's spreadsheet parts need before copying (see the module docstring).

    `main` is the main part, `by_kind` the part names each relationship kind reaches,
    `targets` the (kind, part) of each relationships part's internal targets, `read` a part's
    parsed root (raising NotCleanable for unsafe XML)."""
    blank = {posixpath.dirname(name): blank_formats(read(name), canonical)
             for name in by_kind.get("styles", ()) if name.startswith("xl/")}
    return WorkbookPlan(frozenset(_orphaned(main, by_kind, targets, read)), blank,
                        chart_workbooks(by_kind, targets))


def _orphaned(main: str, by_kind: dict[str, set[str]],
              targets: dict[str, list[tuple[str, str]]],
              read: Callable[[str], ET.Element]) -> set[str]:
    """Pivot cache definitions whose worksheet source is not in this workbook, and the pivot
    tables built on them."""
    caches = by_kind.get(PIVOT_CACHE, set())
    if not caches:
        return set()
    sheets, names = _sources(read(main), [read(table) for table in by_kind.get("table", ())])
    orphans = {cache for cache in caches if _orphan(read(cache), sheets, names)}
    lowered = {cache.lower() for cache in orphans}
    built_on = {rels.source_of(rels_name) for rels_name, found in targets.items()
                if any(kind == PIVOT_CACHE and part.lower() in lowered for kind, part in found)}
    return orphans | (built_on & by_kind.get(PIVOT_TABLE, set()))  # the workbook points to it too


def _sources(workbook: ET.Element, tables: list[ET.Element]) -> tuple[set[str], set[str]]:
    """(sheet names, defined and table names) of the workbook, case-folded (Excel's own
    comparison of both)."""
    sheets, names = set(), set()
    for element in workbook.iter():
        tag = canonical(element.tag)
        if tag == f"{_SML}sheet":
            sheets.add(element.get("name", "").casefold())
        elif tag == f"{_SML}definedName":
            names.add(element.get("name", "").casefold())
    for table in tables:
        names |= {table.get(key, "").casefold() for key in ("name", "displayName")}
    return sheets, names - {""}


def _orphan(cache: ET.Element, sheets: set[str], names: set[str]) -> bool:
    """The cache's source is a worksheet range that this workbook no longer holds."""
    for source in cache:
        if canonical(source.tag) != f"{_SML}cacheSource":
            continue
        for found in source:
            if canonical(found.tag) != f"{_SML}worksheetSource":
                continue
            if any(canonical(key) == _R for key in found.attrib):
                return True  # another workbook's range: its data is not in this file
            sheet, name = found.get("sheet"), found.get("name")
            if sheet is not None:
                return sheet.casefold() not in sheets
            return name is None or name.casefold() not in names
    return False
