"""A locked system keyring, as a desktop keyring can be (locked by its owner or a timeout): the
real private gnome-keyring with its login keyring locked (keyring_session.login_locked).

A locked keyring is never taken for an empty one: the right passphrase is never counted as
wrong, nothing opens past the checks the keyring takes part in (the device secret, the
rollback mark, a file switched to passphrase-only), and the person reads one sentence.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
import secretstorage
from liaison_fixtures import PASSPHRASE, make_office, run_cli, signal_fields

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, KeyringUnavailable, VaultTampered
from intake_app.vault.device_secret import SERVICE


def vault_doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def profile_files(profile: Path) -> dict[str, bytes]:
    return {str(p.relative_to(profile)): p.read_bytes() for p in sorted(profile.rglob("*"))
            if p.is_file()}


def make_profile(tmp_path: Path, *, use_keyring: bool) -> Path:
    """A profile with one sealed signal and, in keyring mode, wipe-after 2 (a passphrase-only
    vault never erases)."""
    card = make_office(tmp_path / "office").parsed
    profile = tmp_path / "profile"
    session = LiaisonSession.initialise(
        profile, PASSPHRASE, card, card.fingerprint, use_keyring=use_keyring,
        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.seal(session.record(signal_fields()))
    if use_keyring:
        session.set_wipe_after(PASSPHRASE, 2)
    session.lock()
    assert vault_doc(profile)["keyring"] == ("os-keyring" if use_keyring else "passphrase-only")
    return profile


def login_is_locked() -> bool:
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        return secretstorage.get_default_collection(conn).is_locked()


def test_a_keyring_profile_with_the_keyring_locked_is_refused_in_one_sentence_and_counts_nothing(
        secret_service, tmp_path: Path) -> None:
    profile = make_profile(tmp_path, use_keyring=True)
    before = profile_files(profile)
    passphrase_file = tmp_path / "passphrase"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with secret_service.login_locked():
        assert login_is_locked()
        with pytest.raises(KeyringUnavailable) as refused:
            LiaisonSession.unlock(profile, PASSPHRASE)
        cli = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                       str(passphrase_file)], cwd=tmp_path, env={"SEINPOST_LANG": "nl"})
    assert refused.value.code == "vault.keyring_locked"
    for lang in ("nl", "en"):
        assert refused.value.sentence(lang) == sentence("vault.keyring_locked", lang)
    assert cli.returncode != 0
    assert cli.stderr.strip() == "intake-app: " + sentence("vault.keyring_locked", "nl")
    assert profile_files(profile) == before  # nothing counted, nothing erased, nothing opened
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # unlocked keyring: the profile opens


def test_a_keyring_vault_switched_to_passphrase_only_is_refused_while_the_keyring_is_locked(
        secret_service, tmp_path: Path) -> None:
    """The keyring still holds this profile's entry, locked: a search says so without an
    unlock prompt. Read as "no entry", the right passphrase counted as wrong and, with
    wipe-after 1, erased the profile."""
    profile = make_profile(tmp_path, use_keyring=True)
    doc = vault_doc(profile)
    doc.update(keyring="passphrase-only", mac=None, wipe_after=1, failed_attempts=0)
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())
    with secret_service.login_locked():
        with pytest.raises(VaultTampered):
            LiaisonSession.unlock(profile, PASSPHRASE)
        assert login_is_locked()  # asked without unlocking
    assert vault_doc(profile)["failed_attempts"] == 0
    assert vault_doc(profile)["wiped"] is False


def test_a_passphrase_only_profile_opens_while_the_keyring_is_locked(
        secret_service, tmp_path: Path) -> None:
    profile = make_profile(tmp_path, use_keyring=False)
    with secret_service.login_locked():
        LiaisonSession.unlock(profile, PASSPHRASE).lock()
        assert login_is_locked()
    assert vault_doc(profile)["failed_attempts"] == 0
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        ours = [item for item in secretstorage.search_items(conn, {"service": SERVICE})
                if item.get_attributes().get("username") == vault_doc(profile)["profile_id"]]
    assert ours == []
