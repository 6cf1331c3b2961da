"""Settings the office refuses, each with one sentence in Dutch and English and nothing changed.

- a threshold under `MIN_THRESHOLD` (4), and a protection level under the threshold (0 too);
- a trend over a quarter published with other settings (the sentence names the largest
  `--compare` that works, and that one does);
- `purge --older-than` a quarter after the one running now (it would purge part of a quarter
  that has not ended, and the counts kept for reports would miss what still comes in).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from report_kit import coded_rows, insert_coded

from intake_app.cli.office import main as office_main
from intake_app.office import database, retention
from intake_app.office.report import MIN_THRESHOLD, ReportSettingsError, build_report
from intake_app.office.report.periods import Quarter
from intake_app.sentences import sentence

Q1, Q2, Q3 = Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)


def office(db: Path, quarters: list[Quarter], per_quarter: int = 120) -> None:
    conn = database.connect(db)
    insert_coded(conn, coded_rows(random.Random(5), per_quarter * len(quarters),
                                  [q.start for q in quarters]))
    conn.close()


def publications(db: Path) -> int:
    conn = database.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM publications").fetchone()[0]
    finally:
        conn.close()


def run_report(db: Path, out: Path, lang: str, monkeypatch, *extra: str) -> int:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    return office_main(["report", "--db", str(db), "--period", str(Q3), "--out", str(out),
                        *extra])


@pytest.mark.parametrize("threshold", [-1, 0, 1, MIN_THRESHOLD - 1])
def test_a_threshold_under_the_minimum_is_refused_in_both_languages(
        tmp_path: Path, capsys, monkeypatch, threshold: int) -> None:
    db = tmp_path / "office.db"
    office(db, [Q3])
    for lang in ("nl", "en"):
        code = run_report(db, tmp_path / "out", lang, monkeypatch, "--threshold", str(threshold))
        err = capsys.readouterr().err
        expected = sentence("report.threshold_low", lang, threshold=threshold,
                            least=MIN_THRESHOLD)
        assert code == 1 and err.count("\n") == 1 and expected in err
    assert publications(db) == 0 and not (tmp_path / "out").exists()
    conn = database.connect(db)
    assert build_report(conn, Q3, compare=0, threshold=MIN_THRESHOLD).threshold == MIN_THRESHOLD
    conn.close()


@pytest.mark.parametrize(("threshold", "protection"), [(5, 0), (5, -2), (5, 4), (4, 3),
                                                       (None, 4)])
def test_a_protection_level_under_the_threshold_is_refused_in_both_languages(
        tmp_path: Path, capsys, monkeypatch, threshold: int | None, protection: int) -> None:
    db = tmp_path / "office.db"
    office(db, [Q3])
    given = [] if threshold is None else ["--threshold", str(threshold)]
    for lang in ("nl", "en"):
        code = run_report(db, tmp_path / "out", lang, monkeypatch, *given,
                          "--protection", str(protection))
        err = capsys.readouterr().err
        expected = sentence("report.protection_low", lang, protection=protection,
                            threshold=threshold or 5)
        assert code == 1 and err.count("\n") == 1 and expected in err
    assert publications(db) == 0 and not (tmp_path / "out").exists()


@pytest.mark.parametrize(("threshold", "protection"), [(4, 5), (5, 7), (4, 6), (5, 10), (6, 9)])
def test_a_protection_level_over_twice_the_threshold_less_4_is_refused_in_both_languages(
        tmp_path: Path, capsys, monkeypatch, threshold: int, protection: int) -> None:
    # Review r14f C1, C1b: the fact that some hidden cell is 1 to threshold - 1 leaves as few
    # as 2 * threshold - 2 values of an interval however wide: T 3, P 4 left {1, 2, 8, 9}.
    # Review r14j R9: a pair holding every signal of a table of mentions keeps exactly those
    # (0 and N drop out), so P + 2 <= 2 * threshold - 2: T 3, P 3 left {1, 2, 10, 11}.
    db = tmp_path / "office.db"
    office(db, [Q3])
    for lang in ("nl", "en"):
        code = run_report(db, tmp_path / "out", lang, monkeypatch, "--threshold",
                          str(threshold), "--protection", str(protection))
        err = capsys.readouterr().err
        expected = sentence("report.protection_high", lang, protection=protection,
                            threshold=threshold, most=2 * threshold - 4)
        assert code == 1 and err.count("\n") == 1 and expected in err
    assert publications(db) == 0 and not (tmp_path / "out").exists()


def test_the_largest_protection_level_a_threshold_allows_is_accepted(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    office(db, [Q3])
    conn = database.connect(db)
    assert build_report(conn, Q3, compare=0, threshold=5, protection=6).protection == 6
    assert build_report(conn, Q2, compare=0, threshold=4, protection=4).protection == 4
    conn.close()


def test_a_trend_over_a_quarter_published_with_other_settings_is_refused(
        tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "office.db"
    office(db, [Q1, Q2, Q3])
    conn = database.connect(db)
    build_report(conn, Q1, compare=0, threshold=8)  # 2026-Q1 published at threshold 8
    with pytest.raises(ReportSettingsError) as refused:
        build_report(conn, Q3, compare=2)  # 2026-Q3 at the default 5, trend from 2026-Q1
    # 2026-Q3 is not published yet: the sentence also names the settings that keep the trend.
    assert refused.value.code == "report.mixed_settings_keep"
    assert refused.value.params["period"] == str(Q1) and refused.value.params["most"] == 1
    conn.close()
    assert publications(db) == 1  # nothing of the refused report was stored
    for lang in ("nl", "en"):
        code = run_report(db, tmp_path / "out", lang, monkeypatch, "--compare", "2")
        err = capsys.readouterr().err
        expected = sentence("report.mixed_settings_keep", lang, **refused.value.params)
        assert "--threshold 8 --protection 8" in expected
        assert code == 1 and err.count("\n") == 1 and expected in err
    assert publications(db) == 1 and not (tmp_path / "out").exists()
    # The --compare the sentence names works.
    assert run_report(db, tmp_path / "out", "en", monkeypatch, "--compare", "1") == 0
    assert publications(db) == 3


def test_purge_older_than_a_quarter_after_the_running_one_is_refused(
        tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "office.db"
    running = Quarter.of(datetime.now(UTC).strftime("%Y-%m-%d"))
    office(db, [running.shifted(-1), running], per_quarter=30)
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        code = office_main(["purge", "--db", str(db), "--older-than", str(running.shifted(1))])
        err = capsys.readouterr().err
        expected = sentence("office.purge_unfinished", lang, period=str(running.shifted(1)),
                            running=str(running), latest=str(running))
        assert code == 1 and err.count("\n") == 1 and expected in err
    conn = database.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0] == 60
    assert conn.execute("SELECT COUNT(*) FROM period_counts").fetchone()[0] == 0
    # Up to the running quarter is fine: every quarter before it has ended.
    assert retention.cutoff(conn, str(running), running) == running
    ended = conn.execute("SELECT COUNT(*) FROM signals WHERE received < ?",
                         (running.start,)).fetchone()[0]
    conn.close()
    monkeypatch.setenv("SEINPOST_LANG", "en")
    assert office_main(["purge", "--db", str(db), "--older-than", str(running)]) == 0
    assert f"removed {ended} signals" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["0", "-3", "401"])
def test_a_retention_period_out_of_range_is_refused_in_both_languages(
        tmp_path: Path, capsys, monkeypatch, bad: str) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        code = office_main(["settings", "--db", str(db), "--retention", bad])
        err = capsys.readouterr().err
        assert code == 1 and sentence("office.retention_range", lang, quarters=int(bad)) in err


def test_purge_older_than_in_neither_form_names_both_forms(
        tmp_path: Path, capsys, monkeypatch) -> None:
    # Review r14i, U5: the error named only the 2026-Q3 form, not 8q.
    db = tmp_path / "office.db"
    database.connect(db).close()
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        code = office_main(["purge", "--db", str(db), "--older-than", "3x", "--dry-run"])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1
        assert sentence("office.older_than_form", lang) in err
        assert "2026-Q1" in err and "8q" in err


def test_a_trial_run_fixing_the_trend_is_refused_with_compare_0_and_the_settings_that_keep_it(
        tmp_path: Path, capsys, monkeypatch) -> None:
    """Review r14m R14m-3: a first try with --threshold 6 fixed 2026-Q2 (and its trend's
    quarters); the next quarter's report with the defaults said "Give --compare 0 or less", not
    a choice, and not the way that keeps the trend."""
    db = tmp_path / "office.db"
    office(db, [Q2, Q3])
    assert office_main(["report", "--db", str(db), "--period", str(Q2), "--threshold", "6",
                        "--out", str(tmp_path / "try"), "--lang", "en"]) == 0
    for lang in ("nl", "en"):
        assert run_report(db, tmp_path / "out", lang, monkeypatch, "--compare", "1") == 1
        err = capsys.readouterr().err
        assert "--compare 0 " in err and "or less" not in err and "of minder" not in err
        assert "--threshold 6 --protection 6" in err
    assert run_report(db, tmp_path / "out", "en", monkeypatch, "--compare", "1",
                      "--threshold", "6", "--protection", "6") == 0
    assert (tmp_path / "out" / f"report-{Q3}-nl.pdf").is_file()


def test_report_help_says_a_report_fixes_its_quarters_settings(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        office_main(["report", "--help"])
    assert done.value.code == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "A report fixes the threshold and protection of its quarter and of every quarter " \
           "of its trend for good" in said
