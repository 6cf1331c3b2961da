"""Review r7j, R7J-2 (medium): a duress unlock turned wipe-after off and auto-lock back to 5.

The status before an unlock says "Erases itself after 4 wrong passphrases (4 left)" (vault.json's
own setting, authenticated in keyring mode). A duress unlock wrote its new vault.json with
wipe-after off, so after it the warning was gone and the settings said "off": the person who
watched the unlock saw the profile had been replaced. Now the duress unlock keeps the setting
the person chose where it was authenticated (vault/unlocking.py `_duress_file`), and the status
after it reads as before; with the real gnome-keyring.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import Vault


def _shown(profile: Path) -> tuple:
    status = Vault.open(profile).status()
    return status.wipe_after, status.attempts_left


def test_a_duress_unlock_keeps_the_wipe_after_shown_before_it(tmp_path: Path,
                                                              secret_service) -> None:
    profile = tmp_path / "profile"
    session = new_session(profile, True)
    session.record(signal_fields(description="a draft"))
    session.set_wipe_after(PASSPHRASE, 4)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    before = _shown(profile)
    assert before == (4, 4)
    coerced = LiaisonSession.unlock(profile, DURESS)
    assert coerced.list_entries() == []  # emptied
    assert coerced.vault_status().wipe_after == 4
    coerced.lock()
    assert _shown(profile) == before
    again = LiaisonSession.unlock(profile, DURESS)
    assert again.list_entries() == []
    again.lock()
    assert _shown(profile) == before


@pytest.mark.parametrize("use_keyring", [False, True], ids=["passphrase-only", "keyring"])
def test_a_duress_unlock_keeps_the_auto_lock_the_settings_showed_before_it(
        tmp_path: Path, use_keyring: bool, request) -> None:
    """R7J-2's auto-lock part: the emptied store went back to 5 minutes, so Security settings
    showed the profile had been replaced; the minutes (a row checked under the proven digest)
    are now kept in the new store, in both vault modes."""
    if use_keyring:
        request.getfixturevalue("secret_service")
    profile = tmp_path / "profile"
    session = new_session(profile, use_keyring)
    session.record(signal_fields(description="a draft"))
    session.set_auto_lock_minutes(17)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    coerced = LiaisonSession.unlock(profile, DURESS)
    assert coerced.list_entries() == []  # emptied
    assert coerced.auto_lock_minutes() == 17
    coerced.lock()
    again = LiaisonSession.unlock(profile, DURESS)  # the renewed store opens as it is
    assert again.auto_lock_minutes() == 17
    again.lock()
