"""Review r14m R14m-5: a report whose COMMIT failed left a complete report in `--out`.

Every file was renamed into place inside the report's transaction; when the COMMIT then met a
full disk (the report's own files had just filled it), SQLite rolled back, no publication was
stored, yet all files stood there like any good report and the message said "nothing was
lost": the next run could publish the quarter a second, different way. Now the files become
visible only after the COMMIT succeeded; a failed COMMIT removes them and says that no report
was written. The disk here really fills up (a small tmpfs), so it is SQLite's own COMMIT that
fails.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from small_disk import small_tmpfs
from test_report_write_failure import Q2, office, stored

from intake_app.cli.office import main as office_main
from intake_app.office.report import write
from intake_app.office.report.build import TABLE_ORDER
from intake_app.sentences import sentence


def fill_up(folder: Path) -> Path:
    """Take every free byte of `folder`'s file system with one file; returns it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        os.posix_fallocate(fd, 0, free)
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0
    return filler


def test_a_report_whose_commit_meets_a_full_disk_leaves_no_file_and_says_so(
        tmp_path: Path, monkeypatch, capsys) -> None:
    made = tmp_path / "made.db"
    office(made)
    disk = small_tmpfs(tmp_path / "disk", "4m")
    with disk:
        db = tmp_path / "disk" / "office.db"
        shutil.copyfile(made, db)
        real, files = write.write_atomic, 2 + len(TABLE_ORDER)
        written: list[Path] = []

        def fill_after_the_last_file(path: Path, data: bytes) -> None:
            real(path, data)
            written.append(path)
            if len(written) % files == 0:  # every file of the report is ready
                fill_up(db.parent)

        monkeypatch.setattr(write, "write_atomic", fill_after_the_last_file)
        for lang in ("nl", "en"):
            out = tmp_path / f"out-{lang}"
            assert office_main(["report", "--db", str(db), "--period", str(Q2), "--compare",
                                "0", "--threshold", "6", "--protection", "6", "--out",
                                str(out), "--lang", lang]) == 1
            expected = sentence("report.not_stored_full", lang, path=str(out))
            assert capsys.readouterr() == ("", f"intake-office: {expected}\n")
            assert sorted(p.name for p in out.iterdir()) == []  # no report, no temporary file
            (db.parent / "filler").unlink()
        assert len(written) == 2 * files
        assert stored(db) == []

        monkeypatch.setattr(write, "write_atomic", real)
        out = tmp_path / "out"
        assert office_main(["report", "--db", str(db), "--period", str(Q2), "--compare", "0",
                            "--out", str(out), "--lang", "en"]) == 0
        assert len(list(out.iterdir())) == files
        assert stored(db) == [(str(Q2), 5, 5)]
