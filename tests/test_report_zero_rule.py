"""The zero rule is public, so what it implies about hidden cells is something a reader knows.

The rule hides the zeros of a group (a row of the actor table, a one-way table) with exactly one
non-zero cell. A group that shows a zero therefore has no single non-zero cell: with only zeros
shown beside two hidden cells, both hidden cells are at least 1 (a review found RU's two hidden
cells of a row of 7 narrowed to [1, 6], width 5 with P = 5). The engine's audit counts that
(`tables.zero_rule_floors`), and the attacker's program of the tests
(`UnionProgram.zero_rule_facts`, written from the CSV files alone) does too.
"""

from __future__ import annotations

from pathlib import Path

from report_kit import insert_coded
from test_report_across_periods import UnionProgram, read_tables, write_csvs

from intake_app.domain import taxonomy
from intake_app.office import database
from intake_app.office.report.audit import unprotected
from intake_app.office.report.periods import Quarter
from intake_app.office.report.tables import TOTAL, actor_floors, two_way

Q3 = Quarter(2026, 3)
P = 5


def signal(actor: str, category: str, channel: str = "phone") -> tuple:
    """A code row (`insert_coded`) of 2026-Q3."""
    return ("2026-07-02T12:00:00Z", category, actor, "individual", channel, "online", None,
            "fear_for_safety", "medium", "office_only", "B", "2")


def narrow_cells(tmp_path: Path, rows: list[tuple]) -> dict[str, tuple[float, float]]:
    """Publish `rows` as the 2026-Q3 report and return every hidden cell the attacker's
    program (published numbers, layout and zero rule) narrows to P + 1 values or fewer."""
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, rows)
    conn.close()
    folder = write_csvs(tmp_path / "office.db", Q3, 0, tmp_path / "q3")
    intervals = UnionProgram([folder]).intervals()
    assert intervals  # something is hidden
    return {where: (low, high) for where, (low, high) in intervals.items()
            if not high - low > P}


def test_a_row_of_shown_zeros_beside_two_hidden_cells_leaves_each_wider_than_p(
        tmp_path: Path) -> None:
    # The review's F1: RU 5 intimidation + 2 diaspora tax (row total 7), TR 6 + 5, CN 5 + 8.
    counts = {("RU", "intimidation"): 5, ("RU", "diaspora_tax"): 2,
              ("TR", "intimidation"): 6, ("TR", "family_pressure"): 5,
              ("CN", "intimidation"): 5, ("CN", "diaspora_tax"): 8}
    rows = [signal(a, c) for (a, c), n in counts.items() for _ in range(n)]
    assert narrow_cells(tmp_path, rows) == {}


def test_a_one_way_table_showing_zeros_beside_two_hidden_rows_leaves_each_wider_than_p(
        tmp_path: Path) -> None:
    # The review's F2: 7 signals, 4 in person and 3 by phone, every other channel 0.
    in_person, phone = taxonomy.codes("channel")[:2]
    rows = [signal("RU", "intimidation", in_person)] * 4 + [signal("RU", "intimidation",
                                                                   phone)] * 3
    assert narrow_cells(tmp_path, rows) == {}


def test_the_engines_audit_counts_what_the_zero_rule_tells_about_a_row() -> None:
    # F1's pattern by hand: RU's two cells hidden beside shown zeros, its total 7 shown.
    cats = ["intimidation", "diaspora_tax", "family_pressure"]
    table = two_way("actor_category", ["CN", "RU", "TR"], cats, {
        ("RU", "intimidation"): 5, ("RU", "diaspora_tax"): 2, ("TR", "intimidation"): 6,
        ("TR", "family_pressure"): 5, ("CN", "intimidation"): 5, ("CN", "diaspora_tax"): 8})
    actor_floors(table, P + 2)
    table.suppressed = {("RU", "intimidation"), ("RU", "diaspora_tax"),
                        ("CN", "intimidation"), ("CN", "diaspora_tax"),
                        (TOTAL, "intimidation"), (TOTAL, "diaspora_tax")}
    found = {i.key: (i.lower, i.upper) for i in unprotected([table], P)}
    # Numbers alone leave [0, 7]; the rule adds "at least 1": [1, 6], five values too few.
    assert found[("RU", "intimidation")] == (1.0, 6.0)
    assert found[("RU", "diaspora_tax")] == (1.0, 6.0)


def test_a_category_reported_about_one_actor_only_shows_no_zero_for_the_other_actors(
        tmp_path: Path) -> None:
    # The review's F4: every family-pressure signal is RU's (2); CN and TR showed 0 there,
    # which placed anyone known to have reported family pressure with RU.
    counts = {("RU", "intimidation"): 10, ("RU", "family_pressure"): 2,
              ("TR", "intimidation"): 10, ("CN", "intimidation"): 10,
              ("TR", "diaspora_tax"): 8, ("CN", "diaspora_tax"): 8}
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [signal(a, c) for (a, c), n in counts.items() for _ in range(n)])
    conn.close()
    folder = write_csvs(tmp_path / "office.db", Q3, 0, tmp_path / "q3")
    published = read_tables(folder)[(str(Q3), "actor_category")]
    column = {row: text for (row, col), text in published.items()
              if col == "family_pressure" and row != TOTAL}
    assert column["RU"] == "·" and "0" not in column.values()
    intervals = UnionProgram([folder]).intervals()
    assert {w: i for w, i in intervals.items() if not i[1] - i[0] > P} == {}


def test_a_quarter_with_a_single_actor_does_not_show_every_other_actor_as_zero(
        tmp_path: Path) -> None:
    # The review's F5: all 31 signals of 2026-Q2 are RU's. Its table had only an RU row, and
    # the 2026-Q3 trend showed every other actor 0 for 2026-Q2: every reporter named RU.
    q2 = Quarter(2026, 2)
    rows = [(f"2026-04-0{1 + i % 9}T12:00:00Z", *signal("RU", c)[1:])
            for i, c in enumerate(["intimidation"] * 12 + ["diaspora_tax"] * 10
                                  + ["family_pressure"] * 9)]
    rows += [signal(a, c) for a, c, n in (("RU", "intimidation", 12), ("TR", "diaspora_tax",
                                                                      10),
                                          ("CN", "family_pressure", 9)) for _ in range(n)]
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, rows)
    conn.close()
    own = read_tables(write_csvs(tmp_path / "office.db", q2, 0, tmp_path / "q2"))
    assert {row for row, _ in own[(str(q2), "actor_category")]} == {"other_actors", TOTAL}
    later = read_tables(write_csvs(tmp_path / "office.db", Q3, 1, tmp_path / "q3"))
    trend = later[(str(Q3), "trend")]
    column = {row: text for (row, quarter), text in trend.items()
              if quarter == str(q2) and row != TOTAL}
    assert {"CN", "RU", "TR"} <= column.keys()
    assert "0" not in column.values() and trend[(TOTAL, str(q2))] == "31"
