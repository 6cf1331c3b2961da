"""A database another program holds (SQLite busy or locked) is said as such, in both languages,
with exit status 1, not as an internal error with status 70 (review r14j R10, issue 14)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from intake_app.cli.console import Console
from intake_app.cli.front_door import EXIT_ERROR, run
from intake_app.cli.office import main as office_main
from intake_app.office import database
from intake_app.sentences import sentence


def busy_error(db: Path) -> sqlite3.OperationalError:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    late = sqlite3.connect(db, isolation_level=None, timeout=0)
    try:
        late.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        late.close()
        holder.execute("ROLLBACK")
        holder.close()
    raise AssertionError("the second writer was not refused")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_busy_database_is_one_sentence_and_status_1(lang: str, tmp_path: Path,
                                                       capsys) -> None:
    exc = busy_error(tmp_path / "x.db")
    console = Console("intake-office", sys.stdin, sys.stdout, sys.stderr, lang)

    def command() -> int:
        raise exc

    assert run(console, command) == EXIT_ERROR
    assert capsys.readouterr().err == f"intake-office: {sentence('database_busy', lang)}\n"


def test_settings_while_another_program_writes_says_the_database_is_busy(
        tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setenv("SEINPOST_LANG", "nl")
    try:
        assert office_main(["settings", "--db", str(db), "--retention", "8"]) == EXIT_ERROR
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert capsys.readouterr().err == f"intake-office: {sentence('database_busy', 'nl')}\n"
