"""Review r7l R7L-1 (high): a keyring someone writes as a file while the laptop is off is no
proof that a profile was erased, and the `default` alias cannot redirect a profile's keyring.

The attack: with the laptop off, write a plain-text gnome-keyring file with no password holding
Seinpost's erasure note for the profile (naming its store files, which anyone can stat), point
the `default` file at it, and set `"wiped": true` in vault.json. Seinpost took the note as proof:
the lock page hid the passphrase field and offered a set-up, and the advice (export --keyless,
then init --discard-sealed) destroyed a profile the real passphrase still opened. Now an erasure
is proven only when no keyring holds the profile's entries any more (vault/keyring_home.py), and
a default that is not the keyring holding them is refused before anything is read or counted.
A second attack on the same redirect: the forged keyring holds a device secret of its own, and
vault.json is sealed with it with wipe-after 1; the real passphrase then failed against it and
the app erased the real slots itself. With the real gnome-keyring and real files.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

import pytest
from duress_kit import new_session
from keyring_forgery import forged_keyring, settle
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from test_setup_after_wipe import cli_init, digests, used_profile, write_vault_doc

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.ui.main_window import MainWindow
from intake_app.vault import (
    DeviceSecretMissing,
    KeyringUnavailable,
    Vault,
    VaultTampered,
    vault_file,
)
from intake_app.vault.core import store_witness


def _attacked(profile: Path) -> tuple[dict, dict[str, str]]:
    """vault.json flagged `wiped`, and the keyring note Seinpost leaves after an erasure, for
    this profile and these store files, as the person with the powered-off disk writes them."""
    doc = json.loads((profile / "vault.json").read_bytes())
    doc["wiped"] = True
    write_vault_doc(profile, doc)
    note = {f"{doc['profile_id']}/wiped": f"wiped {store_witness(profile)}"}
    return doc, note


def _refused_as_redirected(profile: Path) -> KeyringUnavailable:
    with pytest.raises(KeyringUnavailable) as refused:
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert refused.value.code == "vault.keyring_redirected"
    assert refused.value.params == {"home": "login", "default": "evil"}
    return refused.value


def test_a_forged_keyring_made_the_default_proves_no_erasure_and_set_up_destroys_nothing(
        tmp_path: Path, secret_service) -> None:
    profile = used_profile(tmp_path, use_keyring=True)
    doc, note = _attacked(profile)
    with forged_keyring(secret_service, note):
        before = digests(profile)
        assert Vault.erasure_proven(profile) is None
        assert Vault.open(profile).status().wiped is False
        for extra in ((), ("--discard-sealed",)):  # the advice that destroyed the profile
            done = cli_init(tmp_path, *extra)
            assert done.returncode != 0
            assert digests(profile) == before
        for _ in range(2):  # refused, nothing counted, the same again
            _refused_as_redirected(profile)
            assert digests(profile) == before
    # The login keyring the default again: the flag is a change to a sealed file, said as such.
    with pytest.raises(VaultTampered):
        LiaisonSession.unlock(profile, PASSPHRASE)
    doc["wiped"] = False
    write_vault_doc(profile, doc)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert [entry.kind for entry in session.list_entries()] == ["sealed"]
    session.lock()


def test_a_forged_keyring_with_its_own_device_secret_never_lets_the_real_passphrase_erase(
        tmp_path: Path, secret_service) -> None:
    profile = used_profile(tmp_path, use_keyring=True)
    original = (profile / "vault.json").read_bytes()
    forged_secret = secrets.token_bytes(32)
    file = vault_file.parse(original)
    forged = file.replace(wipe_after=1, failed_attempts=0).sealed_with(forged_secret)
    vault_file.write(profile, forged)
    entry = {file.profile_id: base64.b64encode(forged_secret).decode("ascii")}
    with forged_keyring(secret_service, entry):
        before = digests(profile)
        for _ in range(2):
            with pytest.raises(KeyringUnavailable) as refused:
                LiaisonSession.unlock(profile, PASSPHRASE)
            assert refused.value.code == "vault.keyring_second_entry"
            assert refused.value.params == {"keyrings": "'evil', 'login'"}
            assert digests(profile) == before  # nothing counted, nothing erased
    (profile / "vault.json").write_bytes(original)  # the person's own file, put back
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert [entry.kind for entry in session.list_entries()] == ["sealed"]
    session.lock()


def test_a_forged_note_beside_a_deleted_login_keyring_is_no_erasure_but_a_missing_key(
        tmp_path: Path, secret_service) -> None:
    """The login keyring's own file deleted too: the secret is off the laptop for real, but the
    note in a keyring file anyone can write still proves no erasure, and set-up removes
    nothing; the unlock says the key is missing (a keyring backup brings it back)."""
    profile = used_profile(tmp_path, use_keyring=True)
    _doc, note = _attacked(profile)
    secret_service.restart_daemon(delete_keyring_files=True)  # the next login: an empty one
    settle()
    with forged_keyring(secret_service, note):
        before = digests(profile)
        assert Vault.erasure_proven(profile) is None
        status = Vault.open(profile).status()
        assert status.erasure_unproven and not status.wiped
        for extra in ((), ("--discard-sealed",)):
            done = cli_init(tmp_path, *extra)
            assert done.returncode != 0
            assert digests(profile) == before
        with pytest.raises(DeviceSecretMissing):
            LiaisonSession.unlock(profile, PASSPHRASE)
        assert digests(profile) == before


@pytest.mark.usefixtures("english_ui")
def test_the_lock_page_keeps_the_passphrase_field_and_names_the_redirected_keyring(
        qtbot, tmp_path: Path, secret_service) -> None:
    profile = used_profile(tmp_path, use_keyring=True)
    _doc, note = _attacked(profile)
    with forged_keyring(secret_service, note):
        window = MainWindow(profile, language="en")
        qtbot.addWidget(window)
        window.show()
        page = window.unlock_page
        page.refresh()
        qtbot.waitUntil(lambda: window.engines.is_ready, timeout=20000)
        qtbot.waitUntil(page.notice.isVisible, timeout=20000)  # the status has answered
        assert page.passphrase.isVisible() and not page.setup_again.isVisible()
        assert "erased" not in page.title.text()
        assert sentence("vault.erasure_unproven", "en") in page.notice.text()
        page.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
        qtbot.waitUntil(page.error.isVisible, timeout=20000)
        assert sentence("vault.keyring_redirected", "en", home="login",
                        default="evil") in page.error.text()
        assert page.passphrase.isVisible() and not page.setup_again.isVisible()
        window.close()


def test_a_set_up_under_a_default_pointed_at_a_keyring_without_a_password_is_refused(
        tmp_path: Path, secret_service) -> None:
    """The same two files, before a set-up: the new profile's device secret would be kept in a
    plain-text file of someone else's making. Refused, nothing made; set up once put back."""
    profile = tmp_path / "profile"
    with forged_keyring(secret_service, {}):
        with pytest.raises(KeyringUnavailable) as refused:
            new_session(profile, True)
        assert refused.value.code == "vault.keyring_default_unprotected"
        assert refused.value.params == {"default": "evil", "protected": "login"}
        assert not profile.exists() or list(profile.iterdir()) == []
        plain = secret_service.base / "data" / "keyrings" / "evil.keyring"
        assert "Seinpost" not in plain.read_text(encoding="utf-8")  # no secret in plain text
    session = new_session(profile, True)
    session.lock()
    assert LiaisonSession.unlock(profile, PASSPHRASE).list_entries() == []

