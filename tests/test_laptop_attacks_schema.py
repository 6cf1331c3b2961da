"""The review's attacks on store.db's schema (issue 7, B3), written as the attacker would make
them with sqlite3 on the powered-off laptop: a trigger that rewrites every new row after the app
wrote it (so the app would fold the change into its own authenticated digest), and tables
renamed, dropped or a schema version changed. Each must end in the store's clear "changed
outside Seinpost" refusal, never in a silent change and never in "Something went wrong".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import (
    PASSPHRASE,
    fast_session,
    make_office,
    run_cli,
    sealed_file,
    signal_fields,
)

from intake_app.services.liaison import LiaisonSession

TRIGGER = ("CREATE TRIGGER zz AFTER INSERT ON items BEGIN "
           "UPDATE items SET status = 'deleted' WHERE id = NEW.id; END;")


def tamper(profile: Path, statement: str) -> None:
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.executescript(statement)
    finally:
        conn.close()


def test_a_trigger_that_deletes_every_new_seal_is_refused_at_unlock(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    draft = session.record(signal_fields())
    session.lock()
    tamper(profile, TRIGGER)

    try:
        opened = LiaisonSession.unlock(profile, PASSPHRASE)
    except Exception as exc:  # the refusal is asserted below
        assert "changed outside Seinpost" in str(exc)
        return
    item = opened.seal(draft)  # what the attacker wants: the new seal quietly "deleted"
    assert opened.item(item.id).status.value == "sealed"
    assert sealed_file(profile, item.id).exists()
    opened.lock()
    pytest.fail("a store with a foreign trigger was opened")


@pytest.mark.parametrize("statement", [
    "ALTER TABLE items RENAME TO x",
    "DROP TABLE exports",
    "PRAGMA user_version = 3",
    "CREATE VIEW v AS SELECT id FROM items",
    "CREATE INDEX extra ON items(bundle_id)",
], ids=["renamed-table", "dropped-table", "older-version", "view", "extra-index"])
def test_a_changed_schema_gives_the_store_sentence_on_the_command_line(
        tmp_path: Path, statement: str) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    session.seal(session.record(signal_fields()))
    session.lock()
    tamper(profile, statement)
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE + "\n")

    result = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passphrase)],
                     cwd=tmp_path)
    assert result.returncode not in (0, 70), result.stderr
    assert "changed outside Seinpost" in result.stderr
    assert "Something went wrong" not in result.stderr
