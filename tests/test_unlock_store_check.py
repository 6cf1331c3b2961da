"""Unlock checks the store while it derives the key, and still answers in the old order: a
wrong passphrase first, then a damaged store; nothing of the check outlives the unlock."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.store.database import DB_NAME
from intake_app.store.errors import StoreCorrupt
from intake_app.vault.errors import WrongPassphrase


def damaged_profile(tmp_path: Path) -> Path:
    """A real profile whose store.db has one page overwritten in its middle."""
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    for number in range(200):  # enough rows for the file to have pages past the schema
        session.record(signal_fields(description=f"Signal {number} " + "x" * 500))
    session.lock()
    db = profile / DB_NAME
    data = bytearray(db.read_bytes())
    assert len(data) > 40 * 4096
    data[20 * 4096 : 21 * 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    return profile


def store_checks_running() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "seinpost-store-check"]


def test_a_wrong_passphrase_is_the_answer_even_for_a_damaged_store(tmp_path: Path) -> None:
    profile = damaged_profile(tmp_path)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, "not the passphrase at all, sorry")
    assert store_checks_running() == []


def test_the_right_passphrase_on_a_damaged_store_is_refused_and_locked(tmp_path: Path) -> None:
    profile = damaged_profile(tmp_path)
    with pytest.raises(StoreCorrupt):
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert store_checks_running() == []
    # Refused, not repaired: the damage is still there for the liaison to take to the office.
    assert b"\xa5" * 4096 in (profile / DB_NAME).read_bytes()
