"""Review r7g H2: a keyring-mode profile's vault.json rewritten with the laptop off as a
passphrase-only file under another profile id (`"keyring": "passphrase-only"`, `"mac": null`,
wipe-after 3, two failed attempts, a random id), the keyring untouched. The check against such
a switch asked the keyring about the id the file names, which whoever rewrote it chooses: the
right passphrase (whose slot is bound to the real mode and id, so it opened nothing) was
counted and erased the profile ("This vault was erased"). The keyring now also notes that a
keyring-mode profile lives in the folder (vault/device_secret.py `note_folder`, by a digest of
the folder's path): a passphrase-only file there is refused, nothing counted or erased. A
passphrase-only profile set up in that folder later is the person's choice and opens. The real
gnome-keyring on a private D-Bus (keyring_session.py) holds the entries.
"""

from __future__ import annotations

import json
import secrets
import shutil
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, VaultTampered, device_secret, vault_state

pytestmark = pytest.mark.usefixtures("secret_service")


def _profile(root: Path, *, use_keyring: bool) -> Path:
    office = make_office(root / "office")
    profile = root / "profile"
    LiaisonSession.initialise(profile, PASSPHRASE, office.parsed, office.parsed.fingerprint,
                              use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(),
                              allow_weak_kdf=True).lock()
    return profile


def _doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def _switch_under_a_new_id(profile: Path) -> None:
    doc = _doc(profile)
    doc.update(keyring="passphrase-only", mac=None, wipe_after=3, failed_attempts=2,
               profile_id=secrets.token_hex(16))
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def test_a_keyring_vault_switched_to_passphrase_only_under_a_new_id_is_refused_not_erased(
        tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=True)
    _switch_under_a_new_id(profile)
    before = (profile / "vault.json").read_bytes()
    for _ in range(2):
        with pytest.raises(VaultTampered):
            LiaisonSession.unlock(profile, PASSPHRASE)
    assert (profile / "vault.json").read_bytes() == before  # nothing counted, nothing erased
    assert _doc(profile)["wiped"] is False


def test_a_profile_without_the_folder_note_gets_it_at_its_next_right_unlock(
        tmp_path: Path) -> None:
    # A profile an earlier version set up has no note: its first right unlock writes it.
    profile = _profile(tmp_path, use_keyring=True)
    folder = vault_state.folder_tag(profile)
    assert device_secret.folder_noted(folder)
    device_secret.forget_folder(folder)
    assert not device_secret.folder_noted(folder)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert device_secret.folder_noted(folder)


def test_a_passphrase_only_profile_set_up_where_a_keyring_one_was_opens(tmp_path: Path) -> None:
    profile = _profile(tmp_path, use_keyring=True)
    shutil.rmtree(profile)  # the person removed it
    shutil.rmtree(tmp_path / "office")
    profile = _profile(tmp_path, use_keyring=False)
    assert not device_secret.folder_noted(vault_state.folder_tag(profile))
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert _doc(profile)["failed_attempts"] == 0
