"""Review r7h, R7H-2 (issue 7): after a keyring-mode duress unlock the keyring must look as after
a first set-up. A set-up writes its entries in the order device secret, vault state, store mark,
folder note; the duress unlock used to keep the old `folder/<tag>` note, which was then older
than the new profile's entries: a lower item number and an earlier created time, both readable
from gnome-keyring's file without the login password. Now the note is made again after them.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import secretstorage
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE

from intake_app.services.liaison import LiaisonSession
from intake_app.vault.device_secret import FOLDER_PREFIX, SERVICE
from intake_app.vault.vault_state import folder_tag


def seinpost_items() -> list[tuple[int, int, str]]:
    """(item number in the collection, created time in s, username) of every Seinpost entry,
    in the order the keyring made them."""
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        found = secretstorage.search_items(conn, {"service": SERVICE})
        items = [(int(item.item_path.rsplit("/", 1)[1]), item.get_created(),
                  item.get_attributes()["username"]) for item in found]
    return sorted(items)


def test_after_a_duress_unlock_the_folder_note_is_the_newest_entry_as_after_a_set_up(
        tmp_path: Path, secret_service) -> None:
    profile = tmp_path / "profile"
    session = new_session(profile, True)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    before = {number for number, _, _ in seinpost_items()}
    assert FOLDER_PREFIX + folder_tag(profile) in {user for _, _, user in seinpost_items()}
    time.sleep(1.1)  # created times are whole seconds
    LiaisonSession.unlock(profile, DURESS).lock()

    note_user = FOLDER_PREFIX + folder_tag(profile)  # earlier tests' notes are not ours
    ours = [entry for entry in seinpost_items() if entry[2] == note_user
            or (entry[0] not in before and not entry[2].startswith(FOLDER_PREFIX))]
    notes = [entry for entry in ours if entry[2] == note_user]
    assert len(notes) == 1, ours
    note = notes[0]
    made = [entry for entry in ours if entry is not note]
    assert len(made) == 3, ours  # the new device secret, vault state and store mark
    assert note[0] > max(number for number, _, _ in made)  # made after them
    assert note[1] >= max(created for _, created, _ in made)
    assert note[0] not in before  # not the note the set-up made
