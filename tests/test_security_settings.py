"""Security settings through the service both front ends use, on a real vault and store."""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest
from liaison_fixtures import draft_ids, signal_fields

from intake_app.crypto import age, keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import (
    DuressIsPassphrase,
    InvalidSetting,
    KdfParams,
    VaultWiped,
    WrongPassphrase,
)

PASS = "first passphrase of the liaison"


def _session(tmp_path: Path, *, use_keyring: bool = False) -> LiaisonSession:
    _identity, recipient = age.generate_x25519()
    card = keycard.parse_card(
        keycard.create_card(nacl.signing.SigningKey.generate(), "office", "Meldpunt", [recipient])
    )
    return LiaisonSession.initialise(
        tmp_path / "profile", PASS, card, card.fingerprint, use_keyring=use_keyring,
        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True,
    )


@pytest.fixture
def session(tmp_path: Path) -> LiaisonSession:
    session = _session(tmp_path)
    yield session
    session.lock()


def test_auto_lock_defaults_to_five_minutes_and_is_kept(session, tmp_path: Path) -> None:
    assert session.auto_lock_minutes() == 5
    session.set_auto_lock_minutes(15)
    session.lock()
    again = LiaisonSession.unlock(tmp_path / "profile", PASS)
    assert again.auto_lock_minutes() == 15
    again.lock()


@pytest.mark.parametrize("minutes", [0, 121, "5"])
def test_auto_lock_out_of_range_is_refused(session, minutes) -> None:
    with pytest.raises(InvalidSetting):
        session.set_auto_lock_minutes(minutes)
    assert session.auto_lock_minutes() == 5


def test_change_passphrase_keeps_the_drafts(session, tmp_path: Path) -> None:
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"attachment bytes kept across the change\n" * 100)
    first = session.record(signal_fields(description="First draft, kept."))
    second = session.record(signal_fields(description="Second draft, kept."))
    session.attach(second, evidence)
    session.change_passphrase(PASS, "a brand new passphrase")
    session.lock()
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(tmp_path / "profile", PASS)
    again = LiaisonSession.unlock(tmp_path / "profile", "a brand new passphrase")
    try:
        assert again.status().office_name == "Meldpunt"
        assert again.read_draft(first)["description"] == "First draft, kept."
        assert again.read_draft(second)["description"] == "Second draft, kept."
        [attachment] = again.stored_attachments(second)
        with again.open_attachment(second, attachment.id) as handle:
            assert handle.read() == evidence.read_bytes()
        assert sorted(draft_ids(again)) == sorted([first, second])
    finally:
        again.lock()


def test_wrong_current_passphrase_changes_nothing(session, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        session.change_passphrase("not it", "whatever the weather brings tomorrow")
    session.lock()
    LiaisonSession.unlock(tmp_path / "profile", PASS).lock()


def test_duress_must_differ_and_wipe_after_takes_effect(tmp_path: Path, secret_service) -> None:
    session = _session(tmp_path, use_keyring=True)  # a passphrase-only vault never erases
    with pytest.raises(DuressIsPassphrase):
        session.set_duress_passphrase(PASS, PASS)
    session.set_wipe_after(PASS, 2)
    session.lock()
    for _ in range(2):
        with pytest.raises((WrongPassphrase, VaultWiped)):
            LiaisonSession.unlock(tmp_path / "profile", "wrong")
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(tmp_path / "profile", PASS)


def test_command_line_settings(tmp_path: Path) -> None:
    from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    current = tmp_path / "current"
    current.write_text(PASSPHRASE + "\n")
    new = tmp_path / "new"
    new.write_text("the new passphrase, long enough\n")
    common = ["--profile", str(tmp_path / "profile"), "--passphrase-file", str(current)]

    shown = run_cli(["settings", *common], cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Auto-lock: 5 minute(s)" in shown.stdout and "off" in shown.stdout

    # Passphrase-only: wipe-after is refused in one sentence before anything else changes.
    no_wipe = run_cli(["settings", *common, "--auto-lock", "10", "--wipe-after", "5"],
                      cwd=tmp_path)
    assert no_wipe.returncode != 0 and len(no_wipe.stderr.strip().splitlines()) == 1
    assert "only with the system keyring" in no_wipe.stderr
    assert "Auto-lock: 5 minute(s)" in run_cli(["settings", *common], cwd=tmp_path).stdout

    changed = run_cli(["settings", *common, "--auto-lock", "10",
                       "--new-passphrase-file", str(new)], cwd=tmp_path)
    assert changed.returncode == 0, changed.stderr
    assert "Auto-lock: 10 minute(s)" in changed.stdout
    assert "off (only with the system keyring" in changed.stdout

    refused = run_cli(["settings", *common], cwd=tmp_path)  # the old passphrase no longer works
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    common[-1] = str(new)
    bad = run_cli(["settings", *common, "--auto-lock", "0"], cwd=tmp_path)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_whether_a_duress_passphrase_is_set_is_answered_after_unlock(session, tmp_path) -> None:
    assert session.duress_passphrase_set() is False  # a new profile has none
    session.set_duress_passphrase(PASS, "the passphrase I give when forced")
    assert session.duress_passphrase_set() is True
    session.lock()
    again = LiaisonSession.unlock(tmp_path / "profile", PASS)
    try:
        assert again.duress_passphrase_set() is True  # kept across a lock
        again.set_duress_passphrase(PASS, None)
        assert again.duress_passphrase_set() is False
    finally:
        again.lock()


def test_a_store_that_never_recorded_the_answer_says_it_does_not_know(session, tmp_path) -> None:
    import sqlite3

    from intake_app.store.trust import DURESS_SET

    # As a store prepared by a version before the answer existed: no such row.
    with sqlite3.connect(tmp_path / "profile" / "store.db") as conn:
        conn.execute("DELETE FROM settings WHERE name = ?", (DURESS_SET,))
    assert session.duress_passphrase_set() is None
