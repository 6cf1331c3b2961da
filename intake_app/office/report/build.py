"""Build the protected report of one quarter from the office database.

`build_report(conn, quarter)` counts the quarter and the `compare` quarters before it, lays
the counts out as tables (see `counts.DIMENSIONS`), and protects them (`suppression`). The
result holds raw counts *and* the suppression pattern; writers show only `Table.shown`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from intake_app.domain import places, taxonomy
from intake_app.office.report import suppression
from intake_app.office.report.audit import unprotected
from intake_app.office.report.counts import PeriodCounts
from intake_app.office.report.periods import Quarter
from intake_app.office.report.snapshots import counts_for
from intake_app.office.report.tables import TOTAL, Table, one_way, two_way

DEFAULT_THRESHOLD = 5
DEFAULT_COMPARE = 4
OTHER_ACTORS = "other_actors"  # the row that counts actors too rare for a row of their own

# table name -> the code list of its rows (one-way tables)
ONE_WAY = {
    "target": "target",
    "channel": "channel",
    "region": None,  # places.REGIONS
    "impact": "impact",
    "urgency": "urgency",
    "source_reliability": "source_reliability",
    "information_credibility": "information_credibility",
}
TABLE_ORDER = ("actor_category", "trend", *ONE_WAY)


@dataclass
class Report:
    """A protected report. `tables` by name in `TABLE_ORDER`; `too_few` when nothing could be
    published; `excluded` raw, shown through `excluded_shown` only."""

    quarter: Quarter
    series: list[Quarter]
    threshold: int
    protection: int
    analysed: int
    excluded: int
    too_few: bool
    tables: dict[str, Table] = field(default_factory=dict)

    @property
    def excluded_shown(self) -> str:
        """The number left out for consent as published: exact, or "<threshold"."""
        if 0 < self.excluded < self.threshold:
            return f"<{self.threshold}"
        return str(self.excluded)

    @property
    def analysed_shown(self) -> str:
        return "·" if self.too_few else str(self.analysed)


def _actor_order(codes: set[str]) -> list[str]:
    # By code, "unknown" and "other actors" last. Never by size: an order by raw totals would
    # leak hidden ones.
    last = [code for code in (taxonomy.UNKNOWN_ACTOR, OTHER_ACTORS) if code in codes]
    return sorted(codes - set(last)) + last


def _fold_rare(counts: dict[Quarter, PeriodCounts], quarter: Quarter, threshold: int) -> None:
    """Count actors with fewer than `threshold` signals in `quarter` under OTHER_ACTORS, in
    every quarter of the window (global recoding, as tau-ARGUS does): a row of tiny counts
    could only be protected by hiding large cells of other actors."""
    totals: dict[str, int] = {}
    for (actor, _), n in counts[quarter].cells["actor_category"].items():
        totals[actor] = totals.get(actor, 0) + n
    for period in counts.values():
        cells = period.cells["actor_category"]
        folded: dict[tuple[str, str], int] = {}
        for (actor, category), n in cells.items():
            row = actor if totals.get(actor, 0) >= threshold else OTHER_ACTORS
            folded[(row, category)] = folded.get((row, category), 0) + n
        cells.clear()
        cells.update(folded)


def _trend(actors: list[str], series: list[Quarter], counts: dict[Quarter, PeriodCounts],
           main: Table) -> Table:
    cols = [str(q) for q in series]
    table = Table("trend", actors, cols, row_totals=False)
    current = cols[-1]
    for quarter, col in zip(series[:-1], cols[:-1], strict=True):
        per_actor: dict[str, int] = {}
        for (actor, _), n in counts[quarter].cells["actor_category"].items():
            per_actor[actor] = per_actor.get(actor, 0) + n
        for actor in actors:
            table.values[(actor, col)] = per_actor.get(actor, 0)
            table.members[(actor, col)] = [("trend", actor, col)]
        table.values[(TOTAL, col)] = sum(table.values[(a, col)] for a in actors)
        table.members[(TOTAL, col)] = [("trend", a, col) for a in actors]
    for actor in actors:  # the current quarter is the actor table's row totals, shared
        table.values[(actor, current)] = main.values[(actor, TOTAL)]
        table.members[(actor, current)] = main.members[(actor, TOTAL)]
    table.values[(TOTAL, current)] = main.values[(TOTAL, TOTAL)]
    table.members[(TOTAL, current)] = main.members[(TOTAL, TOTAL)]
    return table


def build_report(conn: sqlite3.Connection, quarter: Quarter, *,
                 compare: int = DEFAULT_COMPARE, threshold: int = DEFAULT_THRESHOLD,
                 protection: int | None = None) -> Report:
    """Count, lay out and protect the report of `quarter` with `compare` quarters of trend.

    `threshold`: cells below it (and above 0) are suppressed; `protection` (default: the
    threshold): every suppressed cell's feasible interval must be wider than this.
    """
    protection = threshold if protection is None else protection
    series = quarter.series(compare)
    counts = {q: counts_for(conn, q) for q in series}
    now = counts[quarter]
    _fold_rare(counts, quarter, threshold)
    actors = _actor_order({a for c in counts.values() for (a, _) in c.cells["actor_category"]})
    main = two_way("actor_category", actors, taxonomy.codes("category"),
                   now.cells["actor_category"])
    tables = {"actor_category": main, "trend": _trend(actors, series, counts, main)}
    for name, list_name in ONE_WAY.items():
        rows = places.REGIONS if list_name is None else taxonomy.codes(list_name)
        raw = {row: n for (row, _), n in now.cells[name].items()}
        tables[name] = one_way(name, rows, raw)
    grand = main.values[(TOTAL, TOTAL)]
    too_few = grand < threshold or grand <= protection
    report = Report(quarter, series, threshold, protection, now.analysed, now.excluded,
                    too_few, tables)
    if too_few:
        for table in tables.values():
            table.suppressed = set(table.keys())
        return report
    _protect(tables, threshold, protection)
    return report


def _protect(tables: dict[str, Table], threshold: int, protection: int) -> None:
    main, trend = tables["actor_category"], tables["trend"]
    for table in tables.values():
        suppression.primary(table, threshold)
    current = trend.cols[-1]
    main.keep.add((TOTAL, TOTAL))
    trend.keep.add((TOTAL, current))
    for name in ("channel", "region", "urgency", "source_reliability",
                 "information_credibility"):
        tables[name].keep.add((TOTAL, ""))  # these totals are the number of signals

    def sync() -> None:
        for row in [*main.rows, TOTAL]:
            pair = ((row, TOTAL), (row, current))
            if pair[0] in main.suppressed or pair[1] in trend.suppressed:
                main.suppressed.add(pair[0])
                trend.suppressed.add(pair[1])

    sync()
    suppression.secondary_two_way(main, protection)
    sync()
    for col in trend.cols[:-1]:
        cells = [(row, col) for row in trend.rows]
        suppression.secondary_one_way(trend, cells, (TOTAL, col), protection)
    for name in ONE_WAY:
        table = tables[name]
        suppression.secondary_one_way(table, [(r, "") for r in table.rows], (TOTAL, ""),
                                      protection)
    suppression.settle(list(tables.values()), protection, threshold, sync)
    # Secondary suppression is chosen one small cell at a time and can hide more than needed.
    # The actor totals carry the trend: publish again each one the audit does not need hidden.
    for row in sorted(main.rows, key=lambda r: -main.values[(r, TOTAL)]):
        key = (row, TOTAL)
        if key not in main.suppressed or 0 < main.values[key] < threshold:
            continue
        main.suppressed.discard(key)
        trend.suppressed.discard((row, current))
        if unprotected(list(tables.values()), protection, threshold):
            main.suppressed.add(key)
            trend.suppressed.add((row, current))
