"""Issue 7, review r7d D4: nobody without the passphrase can tell beforehand whether a duress
passphrase is set.

The store says so in the row `duress_set`, boxed under the vault key. The box used to hold the
word b"set" or b"not set", and the AEAD shows the plaintext's length: 44 bytes when a duress
passphrase was set, 48 when none was (`sqlite3 store.db "select length(value) from settings
where name='duress_set'"`, laptop off). Now every settings row and every vault.json field has
the same type and length either way, and a row of the old words is rewritten at the next real
unlock.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import duress_kit
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.store import duress_proof, record_box
from intake_app.store.trust import DURESS_SET
from intake_app.vault import Vault

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def _shape(value: object) -> object:
    """What someone without any key sees of a value: its type and length (numbers as they
    are only where they are not secret-free counters: here none differ by design)."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, (str, bytes)):
        return (type(value).__name__, len(value))
    return (type(value).__name__,)


def what_shows(profile: Path) -> dict[str, object]:
    """Every settings row's type and length, vault.json's fields' types and lengths, and the
    two files' sizes."""
    conn = sqlite3.connect(profile / "store.db")
    try:
        rows = {name: _shape(value) for name, value in
                conn.execute("SELECT name, value FROM settings ORDER BY name")}
    finally:
        conn.close()
    return {"settings": rows,
            "vault.json": _shape(json.loads((profile / "vault.json").read_bytes())),
            "vault.json size": (profile / "vault.json").stat().st_size}


def profile_made(root: Path, use_keyring: bool, duress: str) -> Path:
    """A profile with one sealed signal: no duress passphrase ("none"), one ("set"), or one
    set and then removed ("removed")."""
    profile = root / duress / "profile"
    session = new_session(profile, use_keyring)
    if duress != "none":
        session.set_duress_passphrase(PASSPHRASE, DURESS)
    if duress == "removed":
        session.set_duress_passphrase(PASSPHRASE, None)
    session.seal(session.record(signal_fields()))
    session.lock()
    return profile


def test_no_settings_row_or_vault_json_field_tells_whether_a_duress_passphrase_is_set(
        tmp_path: Path, use_keyring: bool) -> None:
    shown = {duress: what_shows(profile_made(tmp_path, use_keyring, duress))
             for duress in ("none", "set", "removed")}
    assert shown["set"] == shown["none"]
    assert shown["removed"] == shown["none"]


def _old_words_row(profile: Path, is_set: bool) -> None:
    """Write `duress_set` as the previous version did (the boxed word), proof renewed, with the
    vault key the real passphrase reaches; vault.json left byte for byte."""
    vault_json = (profile / "vault.json").read_bytes()
    vault = Vault.open(profile)
    key = vault.unlock(PASSPHRASE)
    vault.lock()
    (profile / "vault.json").write_bytes(vault_json)
    word = b"set" if is_set else b"not set"
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.execute("UPDATE settings SET value = ? WHERE name = ?", (record_box.seal_record(
            record_box.subkey(key, b"duress-set"), b"duress-set", "duress-set", word),
            DURESS_SET))
        duress_proof.refresh_proof(conn, key)
        conn.commit()
    finally:
        conn.close()


def _set_row_length(profile: Path) -> int:
    conn = sqlite3.connect(profile / "store.db")
    try:
        return conn.execute("SELECT length(value) FROM settings WHERE name = ?",
                            (DURESS_SET,)).fetchone()[0]
    finally:
        conn.close()


def test_a_duress_set_row_of_the_old_words_is_rewritten_at_the_next_real_unlock(
        tmp_path: Path, use_keyring: bool) -> None:
    fresh_length = _set_row_length(profile_made(tmp_path, use_keyring, "none"))
    for is_set, duress in ((True, "set"), (False, "removed")):
        profile = profile_made(tmp_path / "old", use_keyring, duress)
        _old_words_row(profile, is_set)
        assert _set_row_length(profile) == (44 if is_set else 48)
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        try:
            assert session.duress_passphrase_set() is is_set
        finally:
            session.lock()
        assert _set_row_length(profile) == fresh_length
    # The renewed proof still holds for the duress passphrase: it empties the profile.
    session = LiaisonSession.unlock(tmp_path / "old" / "set" / "profile", DURESS)
    try:
        assert session.list_entries() == []
    finally:
        session.lock()
