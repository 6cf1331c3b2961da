"""Zeros are shown only where a zero cannot itself disclose something.

An actor whose signals all have one category has one non-zero cell in its row: shown, the
zeros around it tell that every signal of that actor has that category, whether that cell is
shown or hidden. Likewise a one-way table whose counts are all in one row. Those zeros are
primary suppressed (`tables.disclosing_zeros`), protected like any hidden cell (their interval
wider than the protection level), and the audit (`audit.shown_disclosing_zeros`) fails a
publication that shows one.
"""

from __future__ import annotations

import random
from pathlib import Path

from report_kit import coded_rows, insert_coded, linprog_intervals

from intake_app.domain import taxonomy
from intake_app.office import database
from intake_app.office.report import suppression
from intake_app.office.report.audit import shown_disclosing_zeros
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
from intake_app.office.report.tables import TOTAL, actor_floors, disclosing_zeros, two_way
from intake_app.office.report.write import write_report

QUARTER = Quarter(2026, 3)
CATEGORIES = ["a", "b", "c", "d"]


def actor_table() -> object:
    """RU: all 9 signals in "c"; CN and TR spread out."""
    counts = {("RU", "c"): 9,
              ("CN", "a"): 8, ("CN", "b"): 7, ("CN", "c"): 6, ("CN", "d"): 9,
              ("TR", "a"): 6, ("TR", "b"): 9, ("TR", "c"): 7, ("TR", "d"): 8}
    table = two_way("actor_category", ["CN", "RU", "TR"], CATEGORIES, counts)
    actor_floors(table, 5)
    table.keep.add((TOTAL, TOTAL))
    return table


def test_the_zeros_of_a_row_with_one_non_zero_cell_are_hidden_and_protected() -> None:
    table = actor_table()
    zeros = {("RU", c) for c in ("a", "b", "d")}
    assert disclosing_zeros(table) == zeros
    suppression.primary(table, 5)
    assert zeros <= table.suppressed
    suppression.secondary_two_way(table, 5)
    suppression.settle([table], 5, 5)
    assert shown_disclosing_zeros([table]) == []
    intervals = linprog_intervals([table])
    for key in zeros:  # hidden like a small cell: more than 5 possible values
        low, high = intervals[("actor_category", key)]
        assert high - low > 5, (key, low, high)
    # The row can no longer be read as "every RU signal is in c".
    assert ("RU", "c") in table.suppressed or ("RU", TOTAL) in table.suppressed


def test_the_audit_fails_a_publication_that_shows_a_disclosing_zero() -> None:
    table = actor_table()
    assert shown_disclosing_zeros([table]) == [("actor_category", ("RU", k)) for k in "abd"]
    table.suppressed = {("RU", "c")}  # the non-zero cell hidden, its zeros shown: still tells
    assert ("actor_category", ("RU", "a")) in shown_disclosing_zeros([table])


def test_a_row_with_two_non_zero_cells_keeps_its_zeros() -> None:
    table = actor_table()
    table.values[("RU", "a")] = 6  # no longer one category for all RU signals
    assert disclosing_zeros(table) == set()


def _rows_with_one_category_for_ru(count: int) -> list[tuple]:
    rows = coded_rows(random.Random(4), count, [QUARTER.start], ("CN", "TR", "IR"))
    single = taxonomy.codes("category")[2]
    rows += [(r[0], single, "RU", *r[3:]) for r in coded_rows(random.Random(5), 14,
                                                              [QUARTER.start], ("RU",))]
    return rows


def test_a_report_never_shows_a_disclosing_zero(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "office.db")
    rows = _rows_with_one_category_for_ru(240)
    # Every signal also came through one channel: the channel table's zeros disclose too.
    channel = taxonomy.codes("channel")[1]
    insert_coded(conn, [(*r[:4], channel, *r[5:]) for r in rows])
    report = build_report(conn, QUARTER, compare=0)
    conn.close()
    tables = list(report.tables.values())
    main, channels = report.tables["actor_category"], report.tables["channel"]
    # Every zero of RU's row is hidden but where no actor has the category (its total reads
    # 0 and tells those zeros itself: tables.zero_groups).
    used = [c for c in main.cols if main.values[(TOTAL, c)]]
    assert {("RU", c) for c in used if main.values[("RU", c)] == 0} <= main.suppressed
    assert any(main.values[("RU", c)] == 0 for c in used)  # there are such zeros
    assert main.values[("RU", TOTAL)] == 14
    assert all((row, "") in channels.suppressed for row in channels.rows)
    assert shown_disclosing_zeros(tables) == []
    assert all(high - low > report.protection
               for low, high in linprog_intervals(tables).values())
    written = write_report(report, tmp_path / "out", "en")
    csv = next(p for p in written if p.name.endswith("-actor_category.csv"))
    lines = csv.read_text().splitlines()
    ru = next(line for line in lines if line.startswith("RU,")).split(",")
    totals = next(line for line in lines if line.split(",")[0] not in (
        "RU", *main.rows) and line.split(",")[-1] == str(main.values[(TOTAL, TOTAL)]))
    assert [i for i, text in enumerate(ru) if text == "0"] == [
        i for i, text in enumerate(totals.split(",")) if text == "0"]
