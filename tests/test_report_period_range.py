"""Report periods name a year from 2000 to 2099, and a quarter counts as ended by its date, not
by comparing texts (review r14j R3: 9999-Q4 was "ended" since "10000-01-01" sorts before
"2026-..", and it and 0000-Q1 were published); `purge --older-than Nq` takes 1 to 400
quarters, as the retention setting (R5: 99999q gave "before -22973-Q1"). Nothing is stored
on a refusal; each sentence in Dutch and English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake_app.cli.office import main as office_main
from intake_app.office import database
from intake_app.office.report.build import ReportPeriodError, _check_ended
from intake_app.office.report.periods import FIRST_YEAR, LAST_YEAR, Quarter
from intake_app.sentences import sentence


def stored_publications(db: Path) -> int:
    conn = database.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM publications").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("period", ["9999-Q4", "0000-Q1", "1999-Q4", "2100-Q1"])
def test_a_period_outside_the_years_is_refused_in_both_languages(
        period: str, tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        assert office_main(["report", "--db", str(db), "--period", period,
                            "--out", str(tmp_path / "out")]) == 1
        expected = sentence("report.period", lang, first=FIRST_YEAR, last=LAST_YEAR)
        assert capsys.readouterr().err == f"intake-office: {expected}\n"
    assert stored_publications(db) == 0 and not (tmp_path / "out").exists()


def test_a_quarter_counts_as_ended_from_the_first_day_after_it() -> None:
    for quarter, today in ((Quarter(LAST_YEAR, 4), date(2026, 11, 30)),
                           (Quarter(2026, 4), date(2026, 12, 31))):
        with pytest.raises(ReportPeriodError) as refused:
            _check_ended(quarter, today)
        assert refused.value.code == "report.unfinished"
    _check_ended(Quarter(2026, 3), date(2026, 10, 1))  # its last day was yesterday


@pytest.mark.parametrize("older_than", ["99999q", "0q", "401q", "-1q", "-3Q"])
def test_purge_older_than_a_number_of_quarters_outside_1_to_400_is_refused(
        older_than: str, tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    quarters = int(older_than[:-1])
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        assert office_main(["purge", "--db", str(db), "--older-than", older_than,
                            "--dry-run"]) == 1
        expected = sentence("office.retention_range", lang, quarters=quarters)
        assert capsys.readouterr() == ("", f"intake-office: {expected}\n")
