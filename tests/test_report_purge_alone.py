"""`purge` removes for good only with the office database to itself (review r14j R1, issue 14).

Another connection (a database browser, a backup, a second command), idle or reading, kept the
old pages of a purged signal alive: its snapshot blocked the final checkpoint, and every purged
description stayed in the file while purge said "removed". Now purge refuses while any other
connection is open, in the terminal's language, and removes nothing; once that connection is
closed it runs, and no other connection can read until it is done.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_report_purge import fill, office_bytes

from intake_app.cli.office import main as office_main
from intake_app.office import database, retention
from intake_app.office.report.periods import Quarter
from intake_app.sentences import sentence


def signal_count(db: Path) -> int:
    conn = database.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("reading", [True, False], ids=["reading", "idle"])
def test_purge_refuses_while_another_connection_is_open_and_then_leaves_no_byte(
        reading: bool, tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "office.db"
    old, new = fill(db)
    other = sqlite3.connect(db, isolation_level=None)
    if reading:
        other.execute("BEGIN")
    other.execute("SELECT COUNT(*) FROM signals").fetchone()
    for lang in ("nl", "en"):
        monkeypatch.setenv("SEINPOST_LANG", lang)
        assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2"]) == 1
        expected = sentence("office.purge_in_use", lang, path=str(db))
        assert capsys.readouterr() == ("", f"intake-office: {expected}\n")
    assert signal_count(db) == 100 and all(word in office_bytes(db) for word in old)
    if reading:
        other.execute("COMMIT")
    other.close()

    assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2"]) == 0
    after = office_bytes(db)
    assert [word for word in old if word in after] == []
    assert all(word in after for word in new)
    assert not db.with_name(db.name + "-journal").exists()
    conn = database.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # given back as it was
    conn.close()


def test_no_other_connection_can_read_while_purge_removes(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "office.db"
    fill(db)
    refused: list[str] = []
    shred = retention._shred

    def shred_and_try_to_read(path: Path) -> None:
        shred(path)
        reader = sqlite3.connect(db, timeout=0)
        try:
            reader.execute("SELECT signal_json FROM signals").fetchall()
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        finally:
            reader.close()

    monkeypatch.setattr(retention, "_shred", shred_and_try_to_read)
    conn = database.connect(db)
    plan = retention.purge(conn, db, Quarter(2026, 2))
    conn.close()
    assert plan.attachment_files == 60 and refused == ["database is locked"] * 60
