"""Retention at the office: `intake-office purge` removes old signals for good.

After a purge, no byte of a purged signal's description, notes or attachment is left in the
office database file, its write-ahead log or the attachment store; kept signals are untouched;
and the report of a purged quarter is still the same bytes, from the stored aggregate counts.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from report_kit import add_bundle, add_liaison, add_signal, random_form

from intake_app.cli.office import main as office_main
from intake_app.errors import SeinpostError
from intake_app.office import database, retention
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
from intake_app.office.report.write import write_report

OLD, NEW = Quarter(2026, 1), Quarter(2026, 3)


def _letters(number: int) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in f"{number:04d}")


def fill(db: Path) -> tuple[list[bytes], list[bytes]]:
    """60 signals in 2026-Q1 and 40 in 2026-Q3, each with its own text and attachment."""
    conn = database.connect(db)
    key_id = add_liaison(conn, "Contactpersoon")
    add_bundle(conn, key_id, "ab" * 16, 1)
    rng = random.Random(21)
    old, new = [], []
    for n in range(100):
        tag = _letters(n)
        purged = n < 60
        month = 2 if purged else 8
        words = [f"Omschrijvingpurge{tag}", f"Toelichtingpurge{tag}", f"Inhoudpurge{tag}"]
        form = random_form(rng, description=words[0] + " details", impact_notes=words[1],
                           actor=rng.choice(("RU", "TR")))
        add_signal(conn, db, key_id, "ab" * 16, f"{n:032x}", f"2026-{month:02d}-10T09:00:00Z",
                   form, [(f"attachments/01-bijlage{tag}.bin", (words[2] + " ") .encode() * 50)])
        (old if purged else new).extend(w.encode() for w in words)
    conn.close()
    return old, new


def office_bytes(db: Path) -> bytes:
    parts = [db.read_bytes()]
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        parts.append(wal.read_bytes())
    parts += [p.read_bytes() for p in sorted(database.attachments_dir(db).rglob("*"))
              if p.is_file()]
    return b"\n".join(parts)


def report_files(db: Path, out: Path, quarter: Quarter) -> dict[str, bytes]:
    conn = database.connect(db)
    try:
        written = write_report(build_report(conn, quarter, compare=2), out, "nl")
    finally:
        conn.close()
    return {p.name: p.read_bytes() for p in written if p.suffix != ".pdf"}


def test_purge_leaves_no_byte_of_a_purged_signal_and_reports_stay_the_same(tmp_path: Path
                                                                           ) -> None:
    db = tmp_path / "office.db"
    old, new = fill(db)
    before = office_bytes(db)
    assert all(word in before for word in old + new)  # the scan does see the content
    old_report = report_files(db, tmp_path / "before-old", OLD)
    new_report = report_files(db, tmp_path / "before-new", NEW)

    assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2"]) == 0

    after = office_bytes(db)
    leaked = [word for word in old if word in after]
    assert leaked == []
    assert all(word in after for word in new)
    conn = database.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM signals").fetchone()[0] == 40
    assert conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 40
    conn.close()
    assert report_files(db, tmp_path / "after-old", OLD) == old_report
    assert report_files(db, tmp_path / "after-new", NEW) == new_report


def test_dry_run_changes_nothing_and_says_what_would_go(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.db"
    fill(db)
    before = office_bytes(db)
    assert office_main(["purge", "--db", str(db), "--older-than", "2026-Q2",
                        "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would remove 60 signals" in out and "2026-Q1" in out and "60 attachment" in out
    assert office_bytes(db) == before


def test_purge_uses_the_retention_setting_and_refuses_without_one(tmp_path: Path,
                                                                  capsys) -> None:
    db = tmp_path / "office.db"
    fill(db)
    assert office_main(["purge", "--db", str(db)]) == 1
    assert "retention" in capsys.readouterr().err
    assert office_main(["settings", "--db", str(db), "--retention", "2"]) == 0
    conn = database.connect(db)
    assert retention.retention_quarters(conn) == 2
    assert retention.cutoff(conn, None, Quarter(2026, 3)) == Quarter(2026, 1)
    assert retention.cutoff(conn, "1q", Quarter(2026, 3)) == Quarter(2026, 2)
    plan = retention.purge(conn, db, retention.cutoff(conn, None, Quarter(2026, 4)))
    assert plan.signals == 60 and plan.quarters == [OLD]
    conn.close()


@pytest.mark.parametrize("bad", ["2026", "0", "401"])
def test_bad_retention_values_are_refused(tmp_path: Path, bad: str) -> None:
    conn = database.connect(tmp_path / "office.db")
    with pytest.raises(SeinpostError):
        if bad.isdigit() and len(bad) < 4:
            retention.set_retention_quarters(conn, int(bad))
        else:
            retention.cutoff(conn, bad, Quarter(2026, 3))
    conn.close()
