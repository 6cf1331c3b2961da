"""A report whose files cannot be written stores nothing (review r14k, K5).

A quarter's first publication fixes its settings for good (`report.published_before`) and for
every trend over it (`report.mixed_settings`). It used to be stored before the files were
written, so a typo in `--out` (or a full disk) on a try-out with `--threshold 4` fixed the
quarter at 4 unseen: the next report, without `--threshold`, was published at 4, and
`--threshold 5` was refused. Now the publication is stored only after every file is written,
and the files appear only all together.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from report_kit import coded_rows, insert_coded

from intake_app.cli.office import main as office_main
from intake_app.office import database
from intake_app.office.report import build, write
from intake_app.office.report.build import build_report
from intake_app.office.report.periods import Quarter
from intake_app.office.report.write import write_report

Q2 = Quarter(2026, 2)


def office(db: Path) -> None:
    conn = database.connect(db)
    insert_coded(conn, coded_rows(random.Random(5), 120, [Q2.start]))
    conn.close()


def stored(db: Path) -> list[tuple[str, int, int]]:
    conn = database.connect(db)
    try:
        return conn.execute("SELECT period, threshold, protection FROM publications").fetchall()
    finally:
        conn.close()


def report(db: Path, out: Path, *extra: str) -> int:
    return office_main(["report", "--db", str(db), "--period", str(Q2), "--compare", "0",
                        "--out", str(out), "--lang", "en", *extra])


def test_a_report_whose_folder_cannot_be_made_stores_no_publication(
        tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.db"
    office(db)
    (tmp_path / "afile").write_bytes(b"")
    assert report(db, tmp_path / "afile" / "sub", "--threshold", "4", "--protection", "4") == 1
    assert "could not be read or written" in capsys.readouterr().err
    assert stored(db) == []
    # The quarter is still free: the next report, without settings, takes the defaults.
    assert report(db, tmp_path / "out") == 0
    assert stored(db) == [(str(Q2), build.DEFAULT_THRESHOLD, build.DEFAULT_THRESHOLD)]


def test_a_file_that_cannot_be_written_leaves_no_file_and_no_publication(
        tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "office.db"
    office(db)
    out = tmp_path / "out"
    real = write.write_atomic
    calls = []

    def disk_full_at_the_third(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(write, "write_atomic", disk_full_at_the_third)
    conn = database.connect(db)
    with pytest.raises(OSError):
        build_report(conn, Q2, compare=0, threshold=4, protection=4,
                     deliver=lambda made: write_report(made, out, "en"))
    conn.close()
    assert len(calls) == 3
    assert stored(db) == []
    assert sorted(p.name for p in out.iterdir()) == []  # no report file, no temporary one
