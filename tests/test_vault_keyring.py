"""The vault with real keyring backends: the Secret Service (gnome-keyring on a private D-Bus
session, see keyring_session.py) and keyring's own "fail" backend for the passphrase-only
fallback. Nothing here is a mock: the device secret really goes through D-Bus into gnome-keyring.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil

import keyring
import pytest
import secretstorage
from keyring.backends import SecretService, fail

from intake_app.vault import (
    DeviceSecretMissing,
    KdfParams,
    KeyringUnavailable,
    Vault,
    WrongPassphrase,
)
from intake_app.vault.device_secret import SERVICE

FAST = KdfParams.fast_for_tests()
REAL = "correct horse battery staple"

pytestmark = pytest.mark.usefixtures("secret_service")


def make(profile, **kwargs) -> Vault:
    return Vault.create(profile, REAL, kdf=FAST, allow_weak_kdf=True, **kwargs)


def profile_id(profile) -> str:
    return json.loads((profile / "vault.json").read_bytes())["profile_id"]


def items_in_secret_service(username: str) -> list[bytes]:
    """Ask gnome-keyring directly (not through `keyring`) what it holds for this profile."""
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        found = secretstorage.search_items(conn, {"service": SERVICE, "username": username})
        return [item.get_secret() for item in found]


def snapshot(profile) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(profile.iterdir())}


@pytest.fixture
def keyring_fails():
    """keyring's real "fail" backend: what a machine without any keyring service gets."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_device_secret_lives_in_the_secret_service(tmp_path):
    backend = keyring.get_keyring()
    assert isinstance(backend, SecretService.Keyring)  # keyring's secretstorage-based backend
    profile = tmp_path / "profile"
    vault = make(profile)
    key = vault.key

    status = vault.status()
    assert status.keyring == "secret-service" and status.warning is None
    assert json.loads((profile / "vault.json").read_bytes())["keyring"] == "os-keyring"
    stored = items_in_secret_service(profile_id(profile))
    assert len(stored) == 1 and len(base64.b64decode(stored[0])) == 32
    assert stored[0] not in (profile / "vault.json").read_bytes()

    assert Vault.open(profile).unlock(REAL) == key


def test_copied_profile_without_the_keyring_entry_cannot_be_opened(tmp_path):
    """A copy on another device (the entry is absent there) is useless even with the passphrase;
    the message is clear and nothing is deleted: restoring the entry opens it again."""
    original = tmp_path / "laptop"
    vault = make(original)
    key = vault.key
    (original / "store.sqlite").write_bytes(b"stand-in for the encrypted store")
    copy = tmp_path / "new-device"
    shutil.copytree(original, copy)
    username = profile_id(original)
    entry = keyring.get_password(SERVICE, username)
    keyring.delete_password(SERVICE, username)  # the new device's keyring has no such entry

    before = snapshot(copy)
    for profile in (copy, original):
        with pytest.raises(DeviceSecretMissing) as raised:
            Vault.open(profile).unlock(REAL)
        assert "keyring" in str(raised.value) and "Nothing was deleted" in str(raised.value)
    assert snapshot(copy) == before  # not even an attempt was counted
    assert snapshot(original) == before

    keyring.set_password(SERVICE, username, entry)
    assert Vault.open(copy).unlock(REAL) == key


def test_wrong_passphrase_with_keyring_keeps_everything(tmp_path):
    profile = tmp_path / "profile"
    key = make(profile).key
    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock("not it")
    assert len(items_in_secret_service(profile_id(profile))) == 1
    assert Vault.open(profile).unlock(REAL) == key


def test_no_keyring_falls_back_to_passphrase_only_with_a_warning(tmp_path, keyring_fails):
    profile = tmp_path / "profile"
    vault = make(profile)
    status = vault.status()
    assert status.keyring == "passphrase-only"
    assert status.warning and "passphrase only" in status.warning
    assert json.loads((profile / "vault.json").read_bytes())["keyring"] == "passphrase-only"
    assert items_in_secret_service(profile_id(profile)) == []
    assert Vault.open(profile).unlock(REAL) == vault.key


def test_passphrase_only_vault_opens_whatever_the_keyring(tmp_path):
    profile = tmp_path / "profile"
    key = make(profile, use_keyring=False).key
    assert items_in_secret_service(profile_id(profile)) == []
    assert Vault.open(profile).status().warning
    assert Vault.open(profile).unlock(REAL) == key


def test_keyring_profile_when_the_keyring_is_gone(tmp_path):
    profile = tmp_path / "profile"
    key = make(profile).key
    before = snapshot(profile)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable, match="Nothing was deleted"):
            Vault.open(profile).unlock(REAL)
        status = Vault.open(profile).status()
        assert status.keyring == "unavailable" and status.warning
    finally:
        keyring.set_keyring(previous)
    assert snapshot(profile) == before
    assert Vault.open(profile).unlock(REAL) == key


def test_destroy_deletes_the_keyring_entry(tmp_path):
    profile = tmp_path / "profile"
    vault = make(profile)
    username = profile_id(profile)
    vault.destroy()
    assert items_in_secret_service(username) == []


def test_duress_replaces_the_device_secret(tmp_path):
    profile = tmp_path / "profile"
    vault = make(profile)
    old_username = profile_id(profile)
    vault.set_duress_passphrase(REAL, "all is well on the eastern front")
    duress_key = Vault.open(profile).unlock("all is well on the eastern front")
    assert items_in_secret_service(old_username) == []
    assert len(items_in_secret_service(profile_id(profile))) == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(profile).unlock(REAL)
    assert Vault.open(profile).unlock("all is well on the eastern front") == duress_key
