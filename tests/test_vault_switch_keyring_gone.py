"""Review r7g H2 b: a keyring-mode profile's vault.json rewritten with the laptop off as a
passphrase-only file (`"keyring": "passphrase-only"`, `"mac": null`, wipe-after 3, two failed
attempts) AND the keyring's own files deleted (the next login makes an empty login keyring).
Nothing outside the profile is left to tell the switch: the right passphrase, bound to keyring
mode, opens nothing in such a file and cannot be told from a wrong one. It used to be counted
and, at the third run, erased the vault ("This vault was erased"). Now a passphrase-only file's
counter never erases (nothing can vouch for it, vault/unlocking.py `_may_wipe`): the right
passphrase is told "wrong", the slots stay as they are, and wipe-after cannot be set in
passphrase-only mode at all. The real gnome-keyring on a private D-Bus (keyring_session.py).
"""

from __future__ import annotations

import contextlib
import json
import secrets
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from passphrase_kit import wipe_after_three

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import (
    KeyringUnavailable,
    Vault,
    VaultWiped,
    WipeNeedsKeyring,
    WrongPassphrase,
    device_secret,
    vault_state,
)


def _profile(root: Path, *, use_keyring: bool) -> Path:
    return wipe_after_three(root, PASSPHRASE, keyring=use_keyring)


def _settle() -> None:
    """After the daemon's restart this process's one connection refuses its first write once
    (its Secret Service session belonged to the old daemon) and then opens a new session: do
    that write here, so the profile below and the tests after this one meet a settled keyring."""
    with contextlib.suppress(KeyringUnavailable):
        device_secret.save_mark("settle", "0")
    device_secret.save_mark("settle", "0")
    device_secret.delete("settle")


def _doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def _write(profile: Path, doc: dict) -> None:
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


@pytest.mark.parametrize("new_id", [False, True], ids=["same id", "new id"])
def test_switched_to_passphrase_only_with_the_keyring_files_deleted_the_right_passphrase_never_erases(  # noqa: E501
        secret_service, tmp_path: Path, new_id: bool) -> None:
    profile = _profile(tmp_path, use_keyring=True)
    doc = _doc(profile)
    doc.update(keyring="passphrase-only", mac=None, wipe_after=3, failed_attempts=2)
    if new_id:
        doc["profile_id"] = secrets.token_hex(16)
    _write(profile, doc)
    secret_service.restart_daemon(delete_keyring_files=True)
    _settle()
    assert not device_secret.folder_noted(vault_state.folder_tag(profile))  # nothing tells
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as wrong:
            LiaisonSession.unlock(profile, PASSPHRASE)
        assert wrong.value.attempts_left is None  # no erasure is announced either
    after = _doc(profile)
    assert after["wiped"] is False
    assert after["slots"] == doc["slots"]  # the keyring-bound slots are still there
    assert Vault.open(profile).status().attempts_left is None


def test_a_counter_written_into_a_passphrase_only_file_never_erases(tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=False)
    doc = _doc(profile)
    doc.update(wipe_after=2, failed_attempts=7)
    _write(profile, doc)
    status = Vault.open(profile).status()
    assert (status.wipe_after, status.attempts_left, status.wipe_available) == (None, None, False)
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as wrong:
            LiaisonSession.unlock(profile, "not the passphrase")
        assert wrong.value.attempts_left is None
    assert _doc(profile)["wiped"] is False
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # still opens


def test_wipe_after_is_refused_in_passphrase_only_mode_before_anything_is_counted(
        tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=False)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        with pytest.raises(WipeNeedsKeyring):
            session.set_wipe_after("not the passphrase", 3)
        assert _doc(profile)["failed_attempts"] == 0  # refused before the passphrase was tried
        with pytest.raises(WipeNeedsKeyring):
            session.set_wipe_after(PASSPHRASE, 3)
        session.set_wipe_after(PASSPHRASE, None)  # turning it off is always allowed
    finally:
        session.lock()
    assert _doc(profile)["wipe_after"] is None


def test_a_keyring_vault_still_erases_at_wipe_after(secret_service, tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=True)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "not the passphrase")
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(profile, "not the passphrase")
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(profile, PASSPHRASE)
