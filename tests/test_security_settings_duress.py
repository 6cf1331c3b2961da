"""The duress passphrase typed as the "current passphrase" of a security setting.

It used to open the duress slot there and rewrite vault.json as a duress unlock does (the real
slot retired) while the profile stayed open and full: neither a refusal nor duress. The engine
(vault/unlocking.py) now acts on the duress passphrase only at an unlock; for a setting it is
answered exactly as a wrong passphrase: the same error, the same attempts left, counted the same
way (the same vault.json), erasure at wipe-after. The real passphrase still opens every signal
and the duress passphrase still empties the profile at an unlock. Both vault modes; the window's
own dialog is driven in tests/test_gui_security.py.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, VaultWiped, WrongPassphrase

DURESS = "what I say when forced to"
WRONG = "not my passphrase at all"
NEW = "a brand new long passphrase for later"

SETTINGS: dict[str, Callable[[LiaisonSession, str], None]] = {
    "change passphrase": lambda session, current: session.change_passphrase(current, NEW),
    "set duress passphrase": lambda session, current: session.set_duress_passphrase(
        current, "another duress passphrase"),
    "remove duress passphrase": lambda session, current: session.set_duress_passphrase(
        current, None),
    # Off in passphrase-only mode, where a number is refused before any passphrase is tried.
    "wipe after": lambda session, current: session.set_wipe_after(
        current, 5 if session.vault_status().wipe_available else None),
}


@pytest.fixture(params=["passphrase", "keyring"])
def use_keyring(request: pytest.FixtureRequest) -> bool:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
    return request.param == "keyring"


def _profile(root: Path, use_keyring: bool, *, wipe_after: int | None = None) -> Path:
    """A profile with a draft and a sealed signal, a duress passphrase (and wipe-after, keyring
    mode only: a passphrase-only vault never erases)."""
    card = make_office(root / "office").parsed
    profile = root / "profile"
    session = LiaisonSession.initialise(profile, PASSPHRASE, card, card.fingerprint,
                                        use_keyring=use_keyring,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.record(signal_fields(description="still a draft"))
    session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    if wipe_after is not None and use_keyring:
        session.set_wipe_after(PASSPHRASE, wipe_after)
    session.lock()
    return profile


def _answer(profile: Path, setting: str, current: str) -> WrongPassphrase:
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase) as refused:
            SETTINGS[setting](session, current)
    finally:
        session.lock()
    return refused.value


def _vault(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_the_duress_passphrase_as_current_passphrase_is_answered_as_a_wrong_one(
        tmp_path: Path, use_keyring: bool, setting: str) -> None:
    profile = _profile(tmp_path, use_keyring, wipe_after=4)
    twin = tmp_path / "twin"
    shutil.copytree(profile, twin)  # the same profile, given a wrong passphrase instead

    duress = _answer(profile, setting, DURESS)
    wrong = _answer(twin, setting, WRONG)

    assert (duress.code, str(duress), duress.attempts_left) == (
        wrong.code, str(wrong), wrong.attempts_left)
    assert duress.attempts_left == (3 if use_keyring else None)
    assert _vault(profile) == _vault(twin)  # counted exactly as the wrong one, nothing else
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # the real slot is still there
    assert [e.kind for e in session.list_entries()] == ["draft", "sealed"]
    session.lock()
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, NEW).lock()
    emptied = LiaisonSession.unlock(profile, DURESS)  # and duress still works at an unlock
    assert emptied.list_entries() == []
    emptied.lock()


def test_the_duress_passphrase_as_current_passphrase_counts_towards_wipe_after(
        tmp_path: Path, secret_service) -> None:
    profile = _profile(tmp_path, True, wipe_after=2)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(WrongPassphrase) as first:
        session.change_passphrase(DURESS, NEW)
    assert first.value.attempts_left == 1
    with pytest.raises(VaultWiped):
        session.change_passphrase(DURESS, NEW)
    session.lock()
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(profile, PASSPHRASE)
