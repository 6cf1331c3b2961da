"""Aggregate counts of purged quarters, kept so that earlier reports can be made again.

Before `purge` deletes a quarter's signals it stores that quarter's raw counts per table cell
in `period_counts` (codes and numbers only: no text, no ids). A report reads a quarter from
there when it has been stored, else counts the signals still in the database. Both give the
same numbers for a finished quarter, because a signal's quarter is the day the office received
it, which is never in the past. The table is created here (one `CREATE TABLE IF NOT EXISTS`),
separate from the office schema's versioned migrations.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from intake_app.office.report.counts import DIMENSIONS, PeriodCounts, count_live
from intake_app.office.report.periods import Quarter

_TABLE = """CREATE TABLE IF NOT EXISTS period_counts (
    period TEXT NOT NULL,
    dimension TEXT NOT NULL,
    row TEXT NOT NULL,
    col TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (period, dimension, row, col)
)"""
_META = ("_meta", "analysed"), ("_meta", "excluded")


def ensure_table(conn: sqlite3.Connection) -> None:
    """Create `period_counts` if this database does not have it yet."""
    conn.execute(_TABLE)


def _has_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                       "AND name = 'period_counts'").fetchone()
    return row is not None


def stored(conn: sqlite3.Connection, quarter: Quarter) -> PeriodCounts | None:
    """The stored counts of `quarter`, or None if it was never stored."""
    if not _has_table(conn):
        return None
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
    ensure_table(conn)
    rows: list[tuple[str, str, str, str, int]] = []
    period = str(counts.quarter)
    rows.append((period, "_meta", "analysed", "", counts.analysed))
    rows.append((period, "_meta", "excluded", "", counts.excluded))
    for dimension, cells in counts.cells.items():
        rows.extend((period, dimension, row, col, n) for (row, col), n in
                    sorted(Counter(cells).items()))
    conn.executemany("INSERT OR IGNORE INTO period_counts VALUES (?, ?, ?, ?, ?)", rows)
