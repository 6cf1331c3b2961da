"""Review r14m R14m-4: purge and settings for a first-time analyst. They had no `--lang` (report
has one): Dutch came only from the terminal's language. Without a retention setting purge said
"set one" but not how. On a terminal, a purge that would remove nothing still asked "Remove
these 0 signals for good?"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_report_purge import fill
from test_report_purge_question import purge_on_terminal

from intake_app.cli.office import main as office_main
from intake_app.office.report.periods import Quarter
from intake_app.sentences import sentence


@pytest.mark.parametrize(("lang", "terminal"), [("nl", "en"), ("en", "nl")])
def test_purge_and_settings_speak_the_language_given_with_lang(
        lang: str, terminal: str, tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    fill(db)
    monkeypatch.setenv("SEINPOST_LANG", terminal)
    assert office_main(["settings", "--db", str(db), "--retention", "8", "--lang", lang]) == 0
    assert capsys.readouterr().out == sentence("office_out.retention", lang, quarters=8) + "\n"
    assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2", "--dry-run",
                        "--lang", lang]) == 0
    assert capsys.readouterr().out == sentence(
        "office_out.would_purge", lang, count=60, before="2026-Q2", quarters="2026-Q1",
        files=60) + "\n"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_purge_without_a_retention_setting_says_how_to_set_one(
        lang: str, tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.db"
    fill(db)
    assert office_main(["purge", "--db", str(db), "--lang", lang]) == 1
    said = capsys.readouterr().err
    assert said == f"intake-office: {sentence('office.retention', lang)}\n"
    assert "intake-office settings --db DB --retention" in said


def test_purge_on_a_terminal_with_nothing_to_remove_does_not_ask(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    fill(db)
    # "n": were it asked, the answer would be no (exit 1), never a wait for input.
    code, output = purge_on_terminal(["--db", str(db), "--older-than", "2025-Q4"], tmp_path,
                                     b"n\n", "en")
    assert code == 0, output
    assert sentence("office_out.purge_question", "en", count=0) not in output
    assert "would remove 0 signals" in output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_reminds_of_signals_older_than_the_retention_period(
        lang: str, tmp_path: Path, capsys) -> None:
    """The retention setting removes nothing by itself; `report` says what is overdue."""
    db = tmp_path / "office.db"
    fill(db)  # 60 signals in 2026-Q1, 40 in 2026-Q3
    args = ["report", "--db", str(db), "--period", "2026-Q3", "--compare", "0", "--lang", lang]
    assert office_main([*args, "--out", str(tmp_path / "a")]) == 0
    assert capsys.readouterr().err == ""  # no retention set: nothing to remind of
    assert office_main(["settings", "--db", str(db), "--retention", "1"]) == 0
    capsys.readouterr()
    today = Quarter.of(datetime.now(UTC).strftime("%Y-%m-%d"))
    before = today.shifted(-1)
    count = 60 + (40 if before > Quarter(2026, 3) else 0)
    assert office_main([*args, "--out", str(tmp_path / "b")]) == 0
    line = sentence("office_out.retention_overdue", lang, count=count, before=before, db=db)
    assert capsys.readouterr().err == sentence("cli.warning", lang, line=line) + "\n"
    assert f"intake-office purge --db {db}" in line
