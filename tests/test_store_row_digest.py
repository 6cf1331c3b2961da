"""The authenticated row digest (store/contents.py) on its own, as if SQLite's integrity check
had missed an attack (review r7, F2 and F3): a sum of keyed row hashes and a count per table,
read by table scans that refuse a key twice, masked in the state row. Two identical planted
rows must not cancel, a planted export-journal pair must never mark a held signal exported,
and the state row must tell nothing about the row hashes from one copy to the next.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, sealed_file, signal_fields
from store_index_attacks import insert_pair

from intake_app.services.liaison import LiaisonSession
from intake_app.store import contents, database, schema
from intake_app.store.integrity_errors import StoreTampered
from intake_app.vault import KdfParams


@pytest.fixture(params=["passphrase-only", "keyring"])
def mode(request) -> str:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
    return request.param


@pytest.fixture
def without_the_file_check(monkeypatch):
    """store.db opened with none of database.py's checks (no integrity_check): what the
    digest alone must refuse."""
    def unchecked(profile_dir: Path, **_: object) -> sqlite3.Connection:
        return database._connect(Path(profile_dir) / database.DB_NAME, existing=True)

    monkeypatch.setattr(database, "check_database", unchecked)


def new_session(tmp_path: Path, mode: str = "passphrase-only") -> LiaisonSession:
    card = make_office(tmp_path / "office").parsed
    return LiaisonSession.initialise(tmp_path / "profile", PASSPHRASE, card, card.fingerprint,
                                     use_keyring=mode == "keyring",
                                     kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)


def state_row(profile: Path) -> dict:
    conn = sqlite3.connect(profile / "store.db")
    try:
        raw = conn.execute("SELECT value FROM settings WHERE name = 'profile_state'").fetchone()
    finally:
        conn.close()
    return json.loads(raw[0])


def test_two_more_copies_of_a_row_change_the_digest() -> None:
    key = secrets.token_bytes(32)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    conn.execute("INSERT INTO items VALUES ('a', 1, 'h', 't', 'sealed', 't', '[]', NULL)")
    base = contents.full_digest(conn, key)
    row = contents.rows_digest(conn, key, "items", ["a"])
    assert row != contents.ZERO
    assert base + row + row != base
    assert (base + row + row).counts != base.counts


def test_a_primary_key_twice_is_refused_by_the_digest_scan_itself() -> None:
    key = secrets.token_bytes(32)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for table, (_, columns) in contents.TABLES.items():  # the same columns, no key at all
        conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    conn.execute("INSERT INTO items VALUES ('a', 1, 'h', 'sealed', '[]', NULL)")
    contents.full_digest(conn, key)
    conn.execute("INSERT INTO items VALUES ('a', 1, 'h', 'deleted', '[]', NULL)")
    with pytest.raises(StoreTampered):
        contents.full_digest(conn, key)


@pytest.mark.usefixtures("without_the_file_check")
def test_two_identical_deleted_rows_are_refused_by_the_digest_alone(
        tmp_path: Path, mode: str) -> None:
    session = new_session(tmp_path, mode)
    held = session.seal(session.record(signal_fields(description="held"))).id
    row = session.item(held)
    session.lock()
    profile = tmp_path / "profile"
    insert_pair(profile / "store.db", "items", {
        "id": held, "size": row.size, "sha256": row.sha256, "sealed_at": row.sealed_at,
        "status": "deleted", "status_at": row.status_at, "warnings": "[]", "bundle_id": None})

    with pytest.raises(StoreTampered):
        LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert sealed_file(profile, held).exists()


@pytest.mark.usefixtures("without_the_file_check")
def test_a_planted_export_journal_pair_never_marks_a_held_signal_exported_by_the_digest_alone(
        tmp_path: Path, mode: str) -> None:
    session = new_session(tmp_path, mode)
    exported = session.seal(session.record(signal_fields(description="A"))).id
    held = session.seal(session.record(signal_fields(description="B, not exported"))).id
    usb = tmp_path / "usb"
    usb.mkdir()
    [part] = session.export(usb, [exported]).paths
    session.lock()
    profile = tmp_path / "profile"
    info = os.stat(usb)
    intent = {"bundle_id": secrets.token_hex(16), "set_id": part.name[:-len(".zip")],
              "counter": 1, "item_ids": [held], "target": str(usb), "device": info.st_dev,
              "inode": info.st_ino, "finals": [part.name], "temps": []}
    insert_pair(profile / "store.db", "settings",
                {"name": "export_journal", "value": json.dumps([intent], sort_keys=True)})

    try:
        opened = LiaisonSession.unlock(profile, PASSPHRASE)
    except StoreTampered:
        assert part.exists()
        return
    try:
        assert opened.item(held).status.value == "sealed"
        assert opened.item(held).bundle_id is None
    finally:
        opened.lock()


def test_a_single_planted_journal_row_is_dropped_unread(tmp_path: Path) -> None:
    """One journal row the digest never covered is still dropped at open, acting on nothing
    (as before; with the sum it is found by the count and the total)."""
    session = new_session(tmp_path)
    held = session.seal(session.record(signal_fields())).id
    usb = tmp_path / "usb"
    usb.mkdir()
    session.lock()
    profile = tmp_path / "profile"
    info = os.stat(usb)
    intent = {"bundle_id": secrets.token_hex(16), "set_id": secrets.token_hex(16),
              "counter": 1, "item_ids": [held], "target": str(usb), "device": info.st_dev,
              "inode": info.st_ino, "finals": [], "temps": []}
    conn = sqlite3.connect(profile / "store.db")
    conn.execute("INSERT INTO settings (name, value) VALUES ('export_journal', ?)",
                 (json.dumps([intent], sort_keys=True),))
    conn.commit()
    conn.close()

    opened = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        assert opened.item(held).status.value == "sealed"
    finally:
        opened.lock()
    with sqlite3.connect(profile / "store.db") as conn:
        assert conn.execute("SELECT count(*) FROM settings WHERE name = 'export_journal'"
                            ).fetchone()[0] == 0


def test_the_state_row_shows_another_digest_for_the_same_rows_after_a_change(
        tmp_path: Path) -> None:
    """The sum is masked by the change number: a draft made and deleted leaves the same rows,
    but the state row's digest differs, so copies taken at two inspections tell nothing
    about the hashes of the rows that changed between them."""
    session = new_session(tmp_path)
    session.seal(session.record(signal_fields()))
    session.lock()
    profile = tmp_path / "profile"
    before = state_row(profile)

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.delete(session.record(signal_fields(description="made and deleted")))
    session.lock()
    after = state_row(profile)

    assert after["counts"] == before["counts"]
    assert after["epoch"] > before["epoch"]
    assert after["rows"] != before["rows"]
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # and it is the same digest underneath
