"""Aggregate counts of purged quarters, kept so that earlier reports can be made again.

Before `purge` deletes a quarter's signals it stores that quarter's raw counts per table cell
in `period_counts` (codes and numbers only: no text, no ids). A report reads a quarter from
there when it has been stored, else counts the signals still in the database. Both give the
same numbers for a finished quarter, because a signal's quarter is the day the office received
it, which is never in the past. The table comes with the office database's migration 3
(`office/schema.py`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from intake_app.office.report.counts import DIMENSIONS, PeriodCounts, count_live
from intake_app.office.report.periods import Quarter


def stored(conn: sqlite3.Connection, quarter: Quarter) -> PeriodCounts | None:
    """The stored counts of `quarter`, or None if it was never stored."""
    rows = conn.execute("SELECT dimension, row, col, value FROM period_counts WHERE period = ?",
                        (str(quarter),)).fetchall()
    if not rows:
        return None
    counts = PeriodCounts(quarter)
    for dimension, row, col, value in rows:
        if dimension == "_meta":
            setattr(counts, row, value)
        elif dimension in DIMENSIONS:
            counts.cells[dimension][(row, col)] = value
    return counts


def counts_for(conn: sqlite3.Connection, quarter: Quarter) -> PeriodCounts:
    """The counts of `quarter`: stored ones if the quarter was purged, else live ones."""
    return stored(conn, quarter) or count_live(conn, quarter)


def store(conn: sqlite3.Connection, counts: PeriodCounts) -> None:
    """Store `counts` for its quarter (inside the caller's transaction), replacing none."""
    rows: list[tuple[str, str, str, str, int]] = []
    period = str(counts.quarter)
    rows.append((period, "_meta", "analysed", "", counts.analysed))
    rows.append((period, "_meta", "excluded", "", counts.excluded))
    for dimension, cells in counts.cells.items():
        rows.extend((period, dimension, row, col, n) for (row, col), n in
                    sorted(Counter(cells).items()))
    conn.executemany("INSERT OR IGNORE INTO period_counts VALUES (?, ?, ?, ?, ?)", rows)
