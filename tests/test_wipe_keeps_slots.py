"""A wipe forgets the keyring's device secret and keeps vault.json's slots (review r7m R7M-1,
issue 7: never a wipe on the correct passphrase).

With the laptop off, someone moves the real `login.keyring` aside, writes a plain-text one named
`login` holding a device secret of theirs (the next login encrypts it with the person's own
password), and re-seals vault.json under that secret with wipe-after 1. The real passphrase then
opens no slot and triggers the wipe. It used to put random bytes over both slots, destroying the
vault the real keyring, still on the disk, opens."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import pytest
from keyring_forgery import _textual, settle
from liaison_fixtures import PASSPHRASE
from test_setup_after_wipe import used_profile

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import Vault, VaultWiped, device_secret, vault_file
from intake_app.vault.slots import ROLE_REAL


def _replace_login(keyrings: Path, profile_id: str, secret: bytes) -> None:
    (keyrings / "login.keyring").rename(keyrings / "login.keyring.aside")
    (keyrings / "login.keyring").write_text(_textual("login", {
        profile_id: base64.b64encode(secret).decode("ascii")}), encoding="utf-8")


def _put_back(keyrings: Path) -> None:
    (keyrings / "login.keyring.aside").replace(keyrings / "login.keyring")


def test_the_real_passphrase_under_a_planted_login_keyring_leaves_the_real_slots_and_the_real_keyring_opens_them(  # noqa: E501
        tmp_path: Path, secret_service) -> None:
    profile = used_profile(tmp_path, use_keyring=True)
    original = vault_file.parse((profile / "vault.json").read_bytes())
    planted = secrets.token_bytes(32)
    vault_file.write(profile, original.replace(wipe_after=1, failed_attempts=0)
                     .sealed_with(planted))
    secret_service.restart_daemon(while_stopped=lambda keyrings: _replace_login(
        keyrings, original.profile_id, planted))
    settle()

    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(profile, PASSPHRASE)

    after = vault_file.read(profile)
    assert after.wiped
    assert after.slots == original.slots  # byte for byte: nothing the real keyring opens is gone
    assert not device_secret.has_entry(original.profile_id)  # the planted secret is forgotten

    secret_service.restart_daemon(while_stopped=_put_back)
    settle()
    real = device_secret.load(original.profile_id)
    opened = Vault._try(after, PASSPHRASE, real)
    assert opened is not None and opened[1] == ROLE_REAL
