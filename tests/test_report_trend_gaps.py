"""The trend's "–" and the number left out for consent are protected like hidden cells.

A "–" in the trend (an actor without a row of its own that quarter, counted under other actors)
hides that actor's count. Given everything published about the quarter (its stored
publication: every table, the other-actors total or its interval) and the rule for an own row
(at least `fold_below` signals), the count lies in an interval that must be wider than the
protection level, like any hidden cell. This test computes that interval independently (scipy's
linprog over the quarter's stored tables, then the rule) for every "–" of generated reports.
The legend says exactly what "·" and "–" hold, in Dutch and English; the consent count is exact
only where "fewer than fold_below" would not be narrower.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from report_kit import coded_rows, insert_coded, linprog_intervals
from report_strategies import GeneratedOffice, generated_offices, office_with

from intake_app.domain import taxonomy
from intake_app.office import database
from intake_app.office.report import publications
from intake_app.office.report.build import (
    ReportSettingsError,
    build_report,
)
from intake_app.office.report.periods import Quarter
from intake_app.office.report.tables import OTHER_ACTORS, TOTAL
from intake_app.office.report.write import write_report

Q2, Q3 = Quarter(2026, 2), Quarter(2026, 3)


def dash_intervals(conn, report) -> dict[tuple[str, str], tuple[float, float]]:
    """Every "–" of the report's trend -> the interval an attacker gets for it."""
    trend = report.tables["trend"]
    names = len(taxonomy.codes("actor"))
    cap = report.fold_below - 1
    found = {}
    for col in trend.cols:
        dashes = [row for row in trend.rows if (row, col) in trend.absent]
        if not dashes:
            continue
        stored = publications.load(conn, Quarter.parse(col))
        main = stored.tables["actor_category"]
        other = (OTHER_ACTORS, TOTAL)
        assert other in main.values  # a "–" only where other actors have a row
        if other in main.suppressed:
            low, high = linprog_intervals(list(stored.tables.values()))[("actor_category",
                                                                         other)]
        else:
            low = high = main.values[other]
        without = names - len([r for r in main.rows if r != OTHER_ACTORS])
        for row in dashes:
            found[(row, col)] = (max(0.0, low - (without - 1) * cap), min(cap, high))
    return found


def _rows(actor: str, count: int, quarter: Quarter, seed: int) -> list[tuple]:
    return coded_rows(random.Random(seed), count, [quarter.start], (actor,))


def test_a_dash_leaves_more_than_the_protection_level(tmp_path: Path) -> None:
    # 2026-Q3: CN 3 and IR 2 have no row (other actors: 5 in all). Cut at the threshold, a
    # "–" held 0 to 4 and the published other-actors total 5 bounded it too: 5 values.
    conn = database.connect(tmp_path / "office.db")
    rows = (_rows("CN", 30, Q2, 1) + _rows("RU", 30, Q2, 2) + _rows("RU", 40, Q3, 3)
            + _rows("TR", 30, Q3, 4) + _rows("CN", 3, Q3, 5) + _rows("IR", 2, Q3, 6))
    insert_coded(conn, [(*r[:9], "office_only", *r[10:]) for r in rows])
    report = build_report(conn, Q3, compare=1)
    assert (report.threshold, report.protection, report.fold_below) == (5, 5, 7)
    dashes = dash_intervals(conn, report)
    assert ("CN", str(Q3)) in dashes
    for where, (low, high) in dashes.items():
        assert high - low > report.protection, (where, low, high)
    conn.close()


def test_an_other_actors_total_up_to_the_protection_level_is_hidden(tmp_path: Path) -> None:
    # Threshold 5, protection 5 (threshold 4 allows protection 4 at most since r14j R9): CN 3
    # signals in one category, IR 3 in another. Other actors: 6, not small (6 >= 5). Shown,
    # that 6 would leave a "–" only 0 to 6.
    first, second = taxonomy.codes("category")[:2]
    conn = database.connect(tmp_path / "office.db")
    # 2026-Q2 has two actors: a quarter of one actor is counted under other actors whole.
    rows = (_rows("CN", 30, Q2, 1) + _rows("TR", 30, Q2, 2) + _rows("RU", 40, Q3, 3)
            + _rows("TR", 30, Q3, 4) + [(r[0], first, *r[2:]) for r in _rows("CN", 3, Q3, 5)]
            + [(r[0], second, *r[2:]) for r in _rows("IR", 3, Q3, 6)])
    insert_coded(conn, [(*r[:9], "office_only", *r[10:]) for r in rows])
    report = build_report(conn, Q3, compare=1, threshold=5, protection=5)
    main = report.tables["actor_category"]
    assert main.values[(OTHER_ACTORS, TOTAL)] == 6
    assert (OTHER_ACTORS, TOTAL) in main.suppressed
    dashes = dash_intervals(conn, report)
    assert ("CN", str(Q3)) in dashes
    for where, (low, high) in dashes.items():
        assert high - low > report.protection, (where, low, high)
    conn.close()


# 5 generated cases a run, not 12: the report's audits solve integer programs, and CI has 30
# minutes for the whole suite; each run (no example database in CI) draws new cases.
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_offices(30, 220))
def test_every_dash_of_generated_reports_is_protected(office: GeneratedOffice) -> None:
    with office_with(office.rows) as conn:
        report = build_report(conn, Q3, compare=office.compare, threshold=office.threshold,
                              protection=office.protection)
        for where, (low, high) in dash_intervals(conn, report).items():
            assert high - low > report.protection, (where, low, high)


def test_without_other_actors_the_trend_shows_zero_not_a_dash(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "office.db")
    # Two actors in 2026-Q3: a quarter of one actor is counted under other actors whole.
    insert_coded(conn, _rows("CN", 30, Q2, 1) + _rows("RU", 30, Q2, 2) + _rows("RU", 40, Q3, 3)
                 + _rows("TR", 30, Q3, 4))
    report = build_report(conn, Q3, compare=1)
    conn.close()
    trend = report.tables["trend"]
    assert OTHER_ACTORS not in report.tables["actor_category"].rows
    assert ("CN", str(Q3)) not in trend.absent and trend.shown(("CN", str(Q3))) == 0


@pytest.mark.parametrize(("lang", "cell", "dash"), [
    ("nl", "een aantal van 1 tot en met 4", "0 tot en met 6 signalen"),
    ("en", "a count from 1 to 4", "0 to 6 signals")])
def test_the_legend_says_exactly_what_a_dot_and_a_dash_hold(
        tmp_path: Path, lang: str, cell: str, dash: str) -> None:
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, coded_rows(random.Random(8), 300, [Q2.start, Q3.start]))
    report = build_report(conn, Q3, compare=1)
    conn.close()
    html = next(p for p in write_report(report, tmp_path / "out", lang)
                if p.suffix == ".html").read_text("utf-8")
    assert cell in html and dash in html


@pytest.mark.parametrize(("lang", "clause", "dash"), [
    ("nl", "het totaal van ‘Overige actoren’ en dat van de actor erboven (altijd samen",
     "tot en met 12 voor een actor die na de laatste eigen rij"),
    ("en", "the ‘Other actors’ total and the total of the actor above it (always hidden",
     "up to 12 for an actor that comes after the last actor row of that quarter")])
def test_the_legend_covers_the_other_actors_total_and_the_pair_rule(
        tmp_path: Path, lang: str, clause: str, dash: str) -> None:
    # Threshold 5, protection 5: KP 2 + SY 3 make an other-actors total of 5, hidden with
    # TR's total (always, whatever its count), though it is not "a count from 1 to 4"; an
    # actor after the last row may hold up to 2P + 2 = 12 (the pair rule, `fold_rare`).
    counts = {("RU", "intimidation"): 12, ("RU", "diaspora_tax"): 8, ("TR", "intimidation"): 9,
              ("TR", "diaspora_tax"): 6, ("KP", "intimidation"): 2, ("SY", "diaspora_tax"): 3}
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [("2026-07-02T12:00:00Z", c, a, "individual", "phone", "online", None,
                         "fear_for_safety", "medium", "office_only", "B", "2")
                        for (a, c), n in counts.items() for _ in range(n)])
    report = build_report(conn, Q3, compare=0, threshold=5, protection=5)
    conn.close()
    main = report.tables["actor_category"]
    assert main.shown((OTHER_ACTORS, TOTAL)) is None and main.shown(("TR", TOTAL)) is None
    assert main.values[(OTHER_ACTORS, TOTAL)] == 5 > report.threshold - 1
    html = next(p for p in write_report(report, tmp_path / "out", lang)
                if p.suffix == ".html").read_text("utf-8")
    assert clause in html and dash in html


@pytest.mark.parametrize(("left_out", "en", "nl"), [
    (0, "analysis: fewer than 7.", "analyse: minder dan 7."),
    (3, "analysis: fewer than 7.", "analyse: minder dan 7."),
    (6, "analysis: fewer than 7.", "analyse: minder dan 7."),
    (7, "analysis: 7.", "analyse: 7."),
    (12, "analysis: 12.", "analyse: 12.")])
def test_the_number_left_out_is_exact_only_where_that_cannot_narrow_it(
        tmp_path: Path, left_out: int, en: str, nl: str) -> None:
    conn = database.connect(tmp_path / "office.db")
    rows = [(*r[:9], "office_only", *r[10:]) for r in coded_rows(random.Random(9), 200,
                                                                  [Q3.start])]
    rows += [(*r[:9], "no_analysis", *r[10:]) for r in rows[:left_out]]
    insert_coded(conn, rows)
    report = build_report(conn, Q3, compare=0)
    conn.close()
    assert report.excluded == left_out
    for lang, sentence in (("en", en), ("nl", nl)):
        html = next(p for p in write_report(report, tmp_path / lang, lang)
                    if p.suffix == ".html").read_text("utf-8")
        assert sentence in html, lang


def test_a_trend_over_a_quarter_with_the_old_own_row_rule_is_refused(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, coded_rows(random.Random(2), 300, [Q2.start, Q3.start]))
    build_report(conn, Q2, compare=0)
    conn.execute("UPDATE publications SET fold_below = NULL")  # as stored before migration 5
    with pytest.raises(ReportSettingsError) as refused:
        build_report(conn, Q3, compare=1)
    assert refused.value.code == "report.mixed_settings_none"  # no settings give fold 5 again
    assert (refused.value.params["fold"], refused.value.params["own_fold"]) == (5, 7)
    assert build_report(conn, Q3, compare=0).fold_below == 7
    conn.close()


