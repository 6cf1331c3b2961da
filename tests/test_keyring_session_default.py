"""Review r7j, R7J-12 (high): one 7-byte file beside the keyring made a fine profile "lost for
good", and a new set-up keep its device secret in memory only.

gnome-keyring reads its default alias from ~/.local/share/keyrings/default, a plain file anyone
with the powered-off disk can write. Set to `session` it points the default at the in-memory
collection, which forgets everything at logout. This profile's entries stay in the login
keyring, so the app said the profile's key was missing and that "if that keyring is gone for
good, its signals cannot be opened again"; and a set-up stored its device secret in the session
collection, so everything recorded was lost at the next login. Now a default collection that
does not persist is refused, before anything is counted or made, with one sentence that says
what happened and how to set it right (vault/secret_service.py `_default_collection`).
With the real gnome-keyring.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from duress_kit import new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KeyringUnavailable, device_secret


def _settle() -> None:
    """After the daemon's restart this process's connection refuses its first write once (its
    session belonged to the old daemon): do that write here (as test_vault_switch_keyring_gone)."""
    with contextlib.suppress(KeyringUnavailable):
        device_secret.save_mark("settle", "0")
    device_secret.save_mark("settle", "0")
    device_secret.delete("settle")


def test_a_profile_under_a_session_default_is_refused_as_such_not_lost(
        tmp_path: Path, secret_service) -> None:
    profile = tmp_path / "profile"
    session = new_session(profile, True)
    session.record(signal_fields(description="a draft"))
    session.lock()
    vault_json = (profile / "vault.json").read_bytes()
    secret_service.restart_daemon(default_alias="session")
    try:
        for _ in range(2):
            with pytest.raises(KeyringUnavailable) as refused:
                LiaisonSession.unlock(profile, PASSPHRASE)
            assert refused.value.code == "vault.keyring_not_persistent"
        assert (profile / "vault.json").read_bytes() == vault_json  # nothing counted
    finally:
        secret_service.restart_daemon(default_alias="")
        _settle()
    reopened = LiaisonSession.unlock(profile, PASSPHRASE)  # it was fine all along
    assert len(reopened.list_entries()) == 1
    reopened.lock()


def test_a_set_up_under_a_session_default_is_refused_and_leaves_nothing(
        tmp_path: Path, secret_service) -> None:
    profile = tmp_path / "profile"
    secret_service.restart_daemon(default_alias="session")
    try:
        with pytest.raises(KeyringUnavailable) as refused:
            new_session(profile, True)
        assert refused.value.code == "vault.keyring_not_persistent"
        assert not profile.exists() or list(profile.iterdir()) == []
    finally:
        secret_service.restart_daemon(default_alias="")
        _settle()
    session = new_session(profile, True)  # set up once the default is put back
    session.record(signal_fields(description="a draft"))
    session.lock()
    secret_service.restart_daemon()  # the next login: the device secret was kept on disk
    _settle()
    reopened = LiaisonSession.unlock(profile, PASSPHRASE)
    assert len(reopened.list_entries()) == 1
    reopened.lock()
