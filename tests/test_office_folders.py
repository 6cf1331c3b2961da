"""The office's folders: never change what exists, create private, say what is wrong.

Issue 10, cases 7, 8 and 9: `--db /tmp/office.db` made /tmp 0700 for everyone; the database was
created 0644; a full or read-only folder read "not an office database (disk I/O error)";
staging leftovers of a killed open are cleaned by the next office command.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from small_disk import small_tmpfs
from transfer_kit import seal_signals, set_up

from intake_app.office import database, registry
from intake_app.office.ingest import describe_failure, open_bundle, open_bundles
from intake_app.office.store_signals import STAGING_PREFIX, StagingFolder
from intake_app.sentences import SENTENCES, sentence


def office_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "intake_app.cli.office", *args], cwd=cwd,
                          text=True, capture_output=True, env=env, timeout=120, check=False)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_an_existing_shared_folder_keeps_its_mode_and_the_database_is_private(
        tmp_path: Path) -> None:
    shared = tmp_path / "tmp-like"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # what /tmp looks like
    result = office_cli("liaison", "list", "--db", str(shared / "office.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert mode(shared) == 0o1777
    assert mode(shared / "office.db") == 0o600
    assert mode(shared / "office.db.attachments") == 0o700


def test_missing_folders_for_the_database_are_created_private(tmp_path: Path) -> None:
    parent = tmp_path / "a"
    database.connect(parent / "b" / "office.db").close()
    assert mode(parent) == 0o700 and mode(parent / "b") == 0o700
    assert mode(parent / "b" / "office.db") == 0o600


def test_an_existing_receipts_folder_keeps_its_mode(tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    seal_signals(session, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session.export(stick).paths
    receipts = tmp_path / "shared-receipts"
    receipts.mkdir()
    os.chmod(receipts, 0o755)
    summary = open_bundle(bundle, office.conn, office.db_path, office.keys, receipts_dir=receipts)
    assert summary.receipt_path is not None and summary.receipt_path.parent == receipts
    assert mode(receipts) == 0o755
    session.lock()


def test_an_existing_report_folder_keeps_its_mode_and_a_new_one_is_private(
        tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    assert office_cli("liaison", "list", "--db", str(db), cwd=tmp_path).returncode == 0
    shared = tmp_path / "tmp-like"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # `--out /tmp`
    for out in (shared, tmp_path / "new" / "report"):
        result = office_cli("report", "--db", str(db), "--period", "2026-Q3", "--out", str(out),
                            cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert any(out.glob("report-2026-Q3-nl.pdf"))
    assert mode(shared) == 0o1777
    assert mode(tmp_path / "new") == 0o700 and mode(tmp_path / "new" / "report") == 0o700


def test_an_existing_world_readable_office_database_is_made_private_before_use(
        tmp_path: Path) -> None:
    """An empty file is not an office database and is left alone (tests/
    test_office_db_identity.py); an office database someone made readable is made private."""
    db = tmp_path / "office.db"
    database.connect(db).close()
    os.chmod(db, 0o644)
    result = office_cli("liaison", "list", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert mode(db) == 0o600
    for extra in ("-wal", "-shm"):
        side = db.with_name(db.name + extra)
        assert not side.exists() or mode(side) == 0o600


def test_a_read_only_folder_is_named_as_such(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "ro", "1m") as folder:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        result = office_cli("liaison", "list", "--db", str(folder / "office.db"), cwd=tmp_path)
        assert result.returncode == 1
        assert sentence("office.db_folder_read_only", "en", path=str(folder)) in result.stderr, \
            result.stderr
        assert "not an office database" not in result.stderr


def test_a_full_folder_is_named_as_such(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "full", "64k") as folder:
        with pytest.raises(OSError), open(folder / "filler", "wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        result = office_cli("liaison", "list", "--db", str(folder / "office.db"), cwd=tmp_path)
        assert result.returncode == 1
        assert sentence("office.disk_full", "en", path=str(folder)) in result.stderr, \
            result.stderr
        assert "not an office database" not in result.stderr


def test_staging_is_a_private_folder_inside_the_private_store_and_every_command_sweeps_it(
        tmp_path: Path) -> None:
    db = tmp_path / "office" / "office.db"
    database.connect(db).close()
    store = database.attachments_dir(db)
    staging = StagingFolder(store)
    assert mode(staging.path) == 0o700 and mode(store) == 0o700
    (staging.path / "leftover.staged").write_bytes(b"plaintext of a killed open")
    staging._lock.close()  # the open was killed: nothing holds its lock any more
    result = office_cli("liaison", "list", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list(store.glob(f"{STAGING_PREFIX}*")) == []


def test_a_full_disk_while_opening_into_an_existing_database_is_a_sentence(
        tmp_path: Path) -> None:
    office, session = set_up(tmp_path)
    seal_signals(session, 1, attachment_size=400_000, folder=tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session.export(stick).paths
    card = session.liaison_card()
    session.lock()
    with small_tmpfs(tmp_path / "small", "240k") as folder:
        db = folder / "o.db"
        conn = database.connect(db)
        registry.add_liaison(conn, card)
        (outcome,) = open_bundles(bundle, conn, db, office.keys, receipts_dir=folder / "r")
        conn.close()
    assert outcome.summary is None
    assert outcome.error == sentence("office.disk_full", "en", path=str(folder))


@pytest.mark.parametrize("failure", [RuntimeError("boom"), KeyError("x"),
                                     sqlite3.OperationalError("database is locked"),
                                     PermissionError(13, "Permission denied")])
def test_every_failure_of_an_open_is_a_sentence_without_a_class_name(
        tmp_path: Path, failure: Exception) -> None:
    text = describe_failure(failure, tmp_path / "o.db")
    assert not re.search(r"[A-Z][a-z]+(Error|Exception)\b|internal error \(", text), text
    known = [entry["en"].split("{")[0][:25] for entry in SENTENCES.values()]
    assert any(text.startswith(start) for start in known if start) or \
        text.startswith(str(tmp_path)), text
