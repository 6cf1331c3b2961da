"""Schema migrations: each version upgrades in place, and nothing unknown is ever overwritten."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import nacl.signing
import pytest

from intake_app.crypto import age, keycard
from intake_app.store import schema
from intake_app.store.database import APPLICATION_ID, DB_NAME
from intake_app.store.errors import StoreCorrupt, StoreTooNew
from intake_app.store.local_store import LocalStore


def _card() -> bytes:
    _, recipient = age.generate_x25519()
    return keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Centraal Meldpunt",
                               [recipient])


OFFICE_CARD = _card()



def indexes(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
                if not r[0].startswith("sqlite_")}
    finally:
        conn.close()


def test_new_store_is_at_the_current_version(tmp_path: Path) -> None:
    with LocalStore.create(tmp_path, secrets.token_bytes(32), OFFICE_CARD, "Liaison"):
        pass
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION == 4
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_migration_1_alone_gives_the_first_schema(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert schema.migrate(conn, target=1) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"settings", "drafts", "attachments", "items"}
    conn.close()


def test_a_version_1_store_upgrades_with_its_drafts(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison") as store:
        draft_id = store.create_draft({"description": "kept across the upgrade"})
    # Turn it back into exactly what version 1 wrote.
    conn = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    for name in ("drafts_listing", "attachments_sizes", "items_by_status"):
        conn.execute("DROP INDEX " + name)
    conn.execute("ALTER TABLE drafts DROP COLUMN record_size")
    conn.execute("DROP TABLE exports")  # migration 4; the ledger is empty here
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert indexes(tmp_path / DB_NAME) == set()
    with LocalStore.open(tmp_path, key) as store:
        assert store.read_draft(draft_id) == {"description": "kept across the upgrade"}
    assert indexes(tmp_path / DB_NAME) == {"items_by_status", "drafts_listing",
                                            "attachments_sizes"}
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    with LocalStore.create(tmp_path, key, OFFICE_CARD, "Liaison"):
        pass
    conn = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(StoreTooNew):
        LocalStore.open(tmp_path, key)
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt):
        LocalStore.open(tmp_path, secrets.token_bytes(32))
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
    conn.close()
