"""Quarters stored under an earlier protection rule are re-protected or refused, never repeated.

Review r14e, B2: publications carried no rule version, so a quarter stored by the value-driven
engine (before 078ba22) or by 078ba22's first position rule (its other-actors total hidden by
its count: B1) was republished byte for byte in every later report, leak and all. Now a
publication records its rule (office database migration 6, `publications.RULE`); one stored
without it is protected again under today's rule and replaces the stored one only where it
hides every cell the stored one hid (`publications.covers`), else the report is refused with
a sentence in Dutch and English.

The database is the golden `tests/golden/office-publications-norule/`, written once by the
earlier engines themselves (`scripts/make_golden_publications.py`): 2026-Q1 is the review's
case T0 published by the value-driven engine, 2026-Q2 an other-actors total of 8 shown by the
first position rule, 2026-Q3 the review's case B1 by the first position rule.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pattern_kit import quarter_counts
from report_kit import insert_coded

from intake_app.office import database, schema
from intake_app.office.report import publications
from intake_app.office.report.build import ReportRuleError, build_report
from intake_app.office.report.csv_out import table_csv
from intake_app.office.report.periods import Quarter
from intake_app.office.report.publish import publish_quarter
from intake_app.office.report.snapshots import counts_for
from intake_app.office.report.tables import TOTAL
from intake_app.sentences import sentence

GOLDEN = Path(__file__).resolve().parent / "golden" / "office-publications-norule"
DB = "office-db-publications-norule"
Q1, Q2, Q3, Q4 = (Quarter(2026, n) for n in (1, 2, 3, 4))
AFTER_Q4 = date(2027, 1, 15)


def golden_copy(tmp_path: Path) -> Path:
    """A copy of the golden database (opening it migrates it in place)."""
    for line in (GOLDEN / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((GOLDEN / name).read_bytes()).hexdigest() == digest, name
    target = tmp_path / "office.db"
    shutil.copyfile(GOLDEN / DB, target)
    return target


def stored(conn: sqlite3.Connection, quarter: Quarter) -> publications.Publication:
    found = publications.load(conn, quarter)
    assert found is not None
    return found


def test_the_golden_publications_open_with_no_rule(tmp_path: Path) -> None:
    raw = sqlite3.connect(golden_copy(tmp_path))
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 5
    raw.close()
    conn = database.connect(tmp_path / "office.db")
    assert schema.schema_version(conn) == schema.CURRENT_VERSION
    assert [stored(conn, q).rule for q in (Q1, Q2, Q3)] == [None, None, None]
    conn.close()


@pytest.mark.parametrize("quarter", [Q2])
def test_an_old_rule_quarter_that_todays_rule_covers_is_protected_again_and_stored(
        tmp_path: Path, quarter: Quarter) -> None:
    # Q2: today's rule hides the other-actors total 8 and TR's total beside it, which the old
    # rule showed; it shows nothing the old one hid. (Q1, T0, was covered by rule 6, which hid
    # the whole inside; rule 7 shows CN's row: see the next test.)
    conn = database.connect(golden_copy(tmp_path))
    before = stored(conn, quarter)
    report = build_report(conn, quarter, compare=0, today=AFTER_Q4)
    after = stored(conn, quarter)
    assert after.rule == publications.RULE
    for name, table in after.tables.items():
        assert before.tables[name].suppressed <= table.suppressed, name
        assert before.tables[name].values == table.values, name
    assert any(before.tables[n].suppressed != t.suppressed for n, t in after.tables.items())
    # Exactly what today's engine publishes from the quarter's counts, and so in every report.
    fresh = publish_quarter(counts_for(conn, quarter), 5, 5)
    for name in fresh.tables:
        assert table_csv(report.tables[name]) == table_csv(fresh.tables[name]), name
    assert table_csv(build_report(conn, quarter, compare=0, today=AFTER_Q4).tables[
        "actor_category"]) == table_csv(fresh.tables["actor_category"])
    conn.close()


def test_the_value_driven_t0_quarter_is_refused_now_that_todays_rule_shows_cns_row(
        tmp_path: Path) -> None:
    # Q1 (T0, value-driven) hid CN's three cells and showed the category totals; rule 7 (issue
    # 14, review r14j R7) hides only RU's and TR's rows (and the category totals) and shows
    # CN's. Together the two would pin RU's and TR's cells: the quarter is refused.
    conn = database.connect(golden_copy(tmp_path))
    assert ("CN", "intimidation") in stored(conn, Q1).tables["actor_category"].suppressed
    fresh = publish_quarter(counts_for(conn, Q1), 5, 5).tables["actor_category"]
    assert ("CN", "intimidation") not in fresh.suppressed
    with pytest.raises(ReportRuleError) as refused:
        build_report(conn, Q1, compare=0, today=AFTER_Q4)
    assert refused.value.code == "report.old_rule"
    assert stored(conn, Q1).rule is None
    conn.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_old_rule_quarter_that_todays_rule_would_show_more_of_is_refused(
        tmp_path: Path, lang: str) -> None:
    # Q3 (B1 by the first position rule): today's rule counts TR (8) under other actors (TR and
    # the other actors hold 11 < 2P + 4 = 14 together), so its rows differ and it would show
    # the category totals 11 and 10, which the stored publication hid.
    conn = database.connect(golden_copy(tmp_path))
    with pytest.raises(ReportRuleError) as refused:
        build_report(conn, Q3, compare=1, today=AFTER_Q4)
    assert refused.value.code == "report.old_rule"
    assert refused.value.params == {"period": "2026-Q3"}
    said = sentence(refused.value.code, lang, **refused.value.params)
    assert "2026-Q3" in said and {"nl": "niet opnieuw", "en": "not publish"}[lang] in said
    # Nothing stored: not the refused quarter, not the one before it in the same transaction.
    assert stored(conn, Q3).rule is None and stored(conn, Q2).rule is None
    assert publications.load(conn, Q4) is None
    conn.close()


def test_a_trend_over_a_refused_quarter_names_the_compare_that_leaves_it_out(
        tmp_path: Path) -> None:
    conn = database.connect(golden_copy(tmp_path))
    with pytest.raises(ReportRuleError) as refused:
        build_report(conn, Q4, compare=2, today=AFTER_Q4)
    assert refused.value.code == "report.old_rule_trend"
    assert refused.value.params == {"period": "2026-Q3", "most": 0}
    assert publications.load(conn, Q4) is None  # rolled back with the refusal
    report = build_report(conn, Q4, compare=0, today=AFTER_Q4)
    assert stored(conn, Q4).rule == publications.RULE and report.tables["trend"].cols == [
        "2026-Q4"]
    conn.close()


def test_a_new_publication_records_todays_rule(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [("2026-08-02T12:00:00Z", "intimidation", actor, "individual", "phone",
                         "online", None, "fear_for_safety", "medium", "office_only", "B", "2")
                        for actor in ("RU",) * 9 + ("TR",) * 8])
    build_report(conn, Q3, compare=0)
    assert conn.execute("SELECT rule FROM publications").fetchall() == [(publications.RULE,)]
    conn.close()


def test_covers_refuses_a_publication_that_would_show_a_hidden_cell() -> None:
    cells = {("RU", "intimidation"): 5, ("RU", "diaspora_tax"): 5, ("TR", "intimidation"): 8,
             ("TR", "diaspora_tax"): 3, ("TR", "family_pressure"): 1}
    fresh = publish_quarter(quarter_counts(cells, {}), 5, 5)
    old = publish_quarter(quarter_counts(cells, {}), 5, 5)
    assert publications.covers(fresh, old)
    old.tables["actor_category"].suppressed.add(("RU", "total"))  # hidden before, shown now
    assert not publications.covers(fresh, old)


def test_a_quarter_stored_under_rule_6_is_no_longer_repeated_where_today_shows_more(
        tmp_path: Path) -> None:
    # Rule 6 hid the whole inside of the actor table for one small cell (review r14j R7) and
    # was repeated as it was until rule 9: its one-way tables hid pairs, which a liaison who
    # knows one row whole reads (review r14l, L4). Today's rule shows the large actors' rows
    # that rule 6 hid, so the two together could give more away: the quarter is refused.
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [("2026-08-02T12:00:00Z", category, actor, "individual", "phone",
                         "online", None, "fear_for_safety", "medium", "office_only", "B", "2")
                        for actor, n in (("CN", 8), ("RU", 3), ("TR", 9), ("IR", 9))
                        for category in ("intimidation", "diaspora_tax", "family_pressure")
                        for _ in range(n)])
    fresh = publish_quarter(counts_for(conn, Q3), 5, 5)
    main = fresh.tables["actor_category"]
    old = publish_quarter(counts_for(conn, Q3), 5, 5)
    old.rule = 6
    old.tables["actor_category"].suppressed |= {(r, c) for r in main.rows for c in main.cols}
    assert old.tables["actor_category"].suppressed != main.suppressed
    with conn:
        publications.save(conn, old)
    with pytest.raises(ReportRuleError) as refused:
        build_report(conn, Q3, compare=0, today=AFTER_Q4)
    assert refused.value.code == "report.old_rule"
    assert stored(conn, Q3).rule == 6
    conn.close()


def test_a_quarter_stored_under_rule_8_is_protected_again_with_groups_of_three(
        tmp_path: Path) -> None:
    # Rule 8 hid the region pair (Groningen 2, Friesland 12): the only liaison in Friesland
    # read Groningen from the pair's sum (review r14l, L4). Rule 9 hides Drenthe with them,
    # every cell rule 8 hid included, so it covers the stored quarter and replaces it.
    regions = {"nl-gr": 2, "nl-fr": 12, "nl-dr": 8, "nl-ov": 8, "nl-fl": 8, "nl-ge": 8,
               "nl-ut": 10, "nl-nh": 10, "nl-zh": 10, "nl-ze": 6, "nl-nb": 8, "nl-li": 6}
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [("2026-08-02T12:00:00Z", category, actor, "individual", "phone",
                         "province", region, "fear_for_safety", "medium", "office_only",
                         "B", "2")
                        for region, n in regions.items() for index in range(n)
                        for actor, category in [(("RU", "TR")[index % 2], "intimidation")]])
    old = publish_quarter(counts_for(conn, Q3), 5, 5)
    region = old.tables["region"]
    assert {("nl-gr", ""), ("nl-fr", ""), ("nl-dr", "")} <= region.suppressed
    old.rule = 8
    region.suppressed = {("nl-gr", ""), ("nl-fr", "")}  # as rule 8 published it
    with conn:
        publications.save(conn, old)
    report = build_report(conn, Q3, compare=0, today=AFTER_Q4)
    assert ("nl-dr", "") in report.tables["region"].suppressed
    assert stored(conn, Q3).rule == publications.RULE == 10
    conn.close()


def test_a_quarter_stored_under_rule_7_is_protected_again_with_its_category_totals_hidden(
        tmp_path: Path) -> None:
    # Rule 7 showed the category totals beside CN and ER hidden as a block of two: ER's
    # liaison, who filed all 19 ER signals, read CN's row exactly (review r14k, K2). Rule 8
    # hides the same rows and those totals too, so it covers the stored quarter and replaces it.
    rows = {"CN": (10, 10, 2), "ER": (3, 8, 8), "MA": (9, 8, 7), "RU": (8, 8, 8)}
    conn = database.connect(tmp_path / "office.db")
    insert_coded(conn, [("2026-08-02T12:00:00Z", category, actor, "individual", "phone",
                         "online", None, "fear_for_safety", "medium", "office_only", "B", "2")
                        for actor, counts in rows.items()
                        for category, n in zip(("intimidation", "diaspora_tax",
                                                "informants_surveillance"), counts, strict=True)
                        for _ in range(n)])
    old = publish_quarter(counts_for(conn, Q3), 5, 5)
    old.rule = 7
    main = old.tables["actor_category"]
    totals = {(row, col) for row, col in main.suppressed if row == TOTAL}
    assert totals  # rule 8 hides them
    main.suppressed -= totals  # as rule 7 published them
    with conn:
        publications.save(conn, old)
    report = build_report(conn, Q3, compare=0, today=AFTER_Q4)
    again = report.tables["actor_category"]
    assert totals <= again.suppressed
    assert again.suppressed - totals == main.suppressed
    assert stored(conn, Q3).rule == publications.RULE
    conn.close()
