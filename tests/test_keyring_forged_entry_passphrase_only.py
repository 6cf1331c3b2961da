"""Review r7l R7L-2 (medium): a keyring someone adds as a file while the laptop is off, holding
an entry under a passphrase-only profile's id, locked that profile out with a false sentence.

A passphrase-only profile makes no keyring entry. The unlock read any entry under its id as a
keyring-mode vault.json switched to passphrase-only, and refused the right passphrase with
"changed outside Seinpost … restore it from a backup", which was false: the file was fine, and a
plain-text keyring file is anyone's to write. Now such an entry only makes the unlock try the
passphrase before counting it: the right one opens the profile (the mode is bound into the
slots, so a slot that opens proves the file), and one that opens nothing is answered with a
sentence that says both what it may be and what is known, nothing counted
(vault.keyring_entry_unexplained). With the real gnome-keyring and a real keyring file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring_forgery import forged_keyring
from liaison_fixtures import PASSPHRASE
from test_setup_after_wipe import WRONG, digests, used_profile

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KeyringEntryUnexplained
from intake_app.vault.vault_state import folder_tag


def _entries(profile: Path) -> dict[str, dict[str, str]]:
    """The entries someone can write: under the profile's id, or the note of a keyring-mode
    profile in this folder (device_secret.py `note_folder`)."""
    profile_id = json.loads((profile / "vault.json").read_bytes())["profile_id"]
    return {"id": {profile_id: "AAAA"}, "folder": {f"folder/{folder_tag(profile)}": "os-keyring"}}


@pytest.mark.parametrize("entry", ["id", "folder"])
@pytest.mark.parametrize("made_default", [False, True], ids=["beside", "default"])
def test_a_forged_keyring_entry_never_locks_a_passphrase_only_profile_out(
        tmp_path: Path, secret_service, entry: str, made_default: bool) -> None:
    profile = used_profile(tmp_path, use_keyring=False)
    with forged_keyring(secret_service, _entries(profile)[entry], default=made_default):
        before = digests(profile)
        with pytest.raises(KeyringEntryUnexplained) as refused:
            LiaisonSession.unlock(profile, WRONG)
        assert digests(profile) == before  # nothing counted
        assert str(refused.value) == sentence("vault.keyring_entry_unexplained", "en")
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        assert [item.kind for item in session.list_entries()] == ["sealed"]
        session.lock()
