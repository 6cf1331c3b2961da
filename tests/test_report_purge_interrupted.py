"""Review r14l L1, L2: a purge stopped after its DELETE committed (Ctrl-C during the long
overwrite of the attachment files, a kill, a power cut). L1: the purged attachments stayed in the
store for good, since the next purge found files through the rows just deleted ("removed 0
attachment files"). L2: until the purge ended, office.db-journal held every purged description
(under the exclusive lock a DELETE journal is kept with only its header zeroed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_report_purge import fill, office_bytes

from intake_app.cli.office import main as office_main
from intake_app.office import retention

PURGE = ["--older-than", "2026-Q2", "--yes"]


def test_a_purge_stopped_while_shredding_says_so_and_leaves_its_files_to_the_next_purge(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "office.db"
    old, new = fill(db)
    real, calls = retention._shred, [0]

    def stopped_at_the_third(path: Path) -> None:
        calls[0] += 1
        if calls[0] == 3:
            raise KeyboardInterrupt  # the analyst presses Ctrl-C during a long overwrite
        real(path)

    monkeypatch.setattr(retention, "_shred", stopped_at_the_third)
    monkeypatch.setenv("SEINPOST_LANG", "en")
    assert office_main(["purge", "--db", str(db), *PURGE]) != 0
    told = capsys.readouterr().err
    assert "Interrupted after the signals were removed" in told and "nothing was" not in told
    assert calls[0] == 3 and any(word in office_bytes(db) for word in old)  # it did stop
    monkeypatch.setattr(retention, "_shred", real)
    assert office_main(["purge", "--db", str(db), "--dry-run", "--older-than", "2026-Q2"]) == 0
    assert office_main(["purge", "--db", str(db), *PURGE]) == 0
    after = office_bytes(db)
    assert [word for word in old if word in after] == []
    assert all(word in after for word in new)


def test_the_journal_holds_no_purged_page_while_the_files_are_shredded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "office.db"
    old, _new = fill(db)
    real, seen = retention._shred, []

    def look_at_the_disk_first(path: Path) -> None:
        # What a kill at this moment would leave beside the database.
        seen.append(b"".join(p.read_bytes() for p in tmp_path.glob("office.db-*")
                             if p.is_file()))
        real(path)

    monkeypatch.setattr(retention, "_shred", look_at_the_disk_first)
    assert office_main(["purge", "--db", str(db), *PURGE]) == 0
    assert len(seen) == 60
    assert [word for word in old if word in seen[0]] == []
