"""The published tables as CSV: codes, not labels, so the files are the same in every language.

One file per table. Suppressed cells read "·"; a trend cell of an actor that had no row of its
own that quarter (counted under other actors) reads "–" (the report's legend explains both).
Rows and columns in the report's fixed order, "\\n" line ends, UTF-8: byte-identical for the
same data.
"""

from __future__ import annotations

import csv
import io

from intake_app.office.report.tables import TOTAL, Table

SUPPRESSED = "·"
ABSENT = "–"


def cell_text(table: Table, key: tuple[str, str]) -> str:
    """A cell as published: its count, SUPPRESSED or ABSENT."""
    if key in table.absent:
        return ABSENT
    shown = table.shown(key)
    return SUPPRESSED if shown is None else str(shown)


def table_csv(table: Table) -> bytes:
    """One table as CSV bytes. One-way: `code,count`; two-way: first column the row code."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if table.one_way:
        writer.writerow([table.name, "count"])
        for row in [*table.rows, TOTAL]:
            writer.writerow([row, cell_text(table, (row, ""))])
    else:
        cols = [*table.cols, TOTAL] if table.row_totals else table.cols
        writer.writerow([table.name, *cols])
        for row in [*table.rows, TOTAL]:
            writer.writerow([row, *(cell_text(table, (row, col)) for col in cols)])
    return out.getvalue().encode("utf-8")
