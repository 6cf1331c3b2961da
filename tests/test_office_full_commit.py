"""A COMMIT that meets a full disk at the office says the disk is full and leaves the
database as it was (issue 7, task p7 line 5).

SQLite rolls a transaction back itself when its COMMIT fails for a full disk ("may or may not
be rolled back automatically"); `purge` then ran an unconditional ROLLBACK, which raised
"cannot rollback - no transaction is active" in place of the full disk: the office read
"Something went wrong inside Seinpost" at every level from 0 to ~112 KiB free. Now every
office transaction (purge, a report's publications, opening a bundle) rolls back only what is
still open (`database.rollback`), so the full disk is what is said, no transaction is left
open, nothing was removed or published, and the same command works once space is freed.
On a real small file system (a tmpfs, tests/small_disk.py).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from small_disk import small_tmpfs
from test_report_purge import fill

from intake_app.errors import classify
from intake_app.office import database, retention
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter

# From nothing free to enough, densest where the COMMIT (not a statement) is what fails.
FREE_KIB = (0, 16, 48, 80, 96, 104, 112, 160, 1024)


def _purge(conn, db: Path) -> None:
    retention.purge(conn, db, Quarter.parse("2026-Q2"))


def _report(conn, _db: Path) -> None:
    build_report(conn, Quarter.parse("2026-Q1"), compare=2)


def _state(conn) -> tuple[int, int]:
    return (conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM publications").fetchone()[0])


@pytest.mark.parametrize("work", [_purge, _report], ids=["purge", "report"])
def test_an_office_transaction_whose_commit_meets_a_full_disk_says_so_and_changes_nothing(
        tmp_path: Path, work: Callable) -> None:
    fill(tmp_path / "src" / "office.db")
    answers = {}
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        for free in FREE_KIB:
            shutil.rmtree(disk / "o", ignore_errors=True)
            (disk / "fill").unlink(missing_ok=True)
            shutil.copytree(tmp_path / "src", disk / "o")
            db = disk / "o" / "office.db"
            conn = database.connect(db)
            try:
                before = _state(conn)
                stat = os.statvfs(disk)
                with open(disk / "fill", "wb") as handle:
                    handle.write(b"\0" * max(stat.f_bavail * stat.f_frsize - free * 1024, 0))
                try:
                    work(conn, db)
                except Exception as exc:  # what reaches the office is checked
                    answers[free] = classify(exc)[0]
                    assert answers[free] == "disk_full", (free, repr(exc))
                    assert not conn.in_transaction, free
                    (disk / "fill").unlink()
                    assert _state(conn) == before, free
                    work(conn, db)  # the same command, with space again
                else:
                    answers[free] = "done"
                assert _state(conn) != before, free
            finally:
                conn.close()
    assert answers[FREE_KIB[0]] == "disk_full"
    assert answers[FREE_KIB[-1]] == "done"
