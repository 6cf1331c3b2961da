"""Review r7j, R7J-8 (high): a keyring made unwritable while the laptop was off told the two
passphrases apart.

The real unlock only reads the keyring; the duress unlock writes it (a new device secret, its
record, the old entries deleted). Someone with the powered-off disk makes the keyring's folder
unwritable (`chmod a-w ~/.local/share/keyrings`; as root, which ignores modes, the immutable
flag): gnome-keyring still unlocks and serves reads, and refuses every change. Then the real
passphrase opened as always and the duress one said "The system keyring is not available right
now" and emptied nothing: duress defeated, and the person watching learned which passphrase was
typed. Now every unlock of a keyring-mode profile first proves the keyring keeps a change
(vault/keyring_use.py `check_writable`): both passphrases get the same refusal, nothing counted
or changed; once the folder is writable again the duress unlock empties the profile.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KeyringUnavailable


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """`folder` immutable inside the block (root ignores modes; a user's `chmod a-w` gives
    gnome-keyring the same refused writes)."""
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def _answer(profile: Path, passphrase: str) -> str:
    try:
        session = LiaisonSession.unlock(profile, passphrase)
    except KeyringUnavailable as exc:
        return exc.code
    try:
        return "opened" if session.list_entries() else "emptied"
    finally:
        session.lock()


def test_an_unwritable_keyring_folder_gives_both_passphrases_the_same_refusal(
        tmp_path: Path, secret_service) -> None:
    profile = tmp_path / "profile"
    session = new_session(profile, True)
    session.record(signal_fields(description="a draft"))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    vault_json = (profile / "vault.json").read_bytes()
    keyrings = secret_service.base / "data" / "keyrings"
    assert keyrings.is_dir()
    with unwritable(keyrings):
        answers = {who: _answer(profile, passphrase)
                   for who, passphrase in (("real", PASSPHRASE), ("duress", DURESS))}
    assert answers == {"real": "vault.keyring_read_only", "duress": "vault.keyring_read_only"}
    assert (profile / "vault.json").read_bytes() == vault_json  # nothing counted or changed
    assert _answer(profile, PASSPHRASE) == "opened"
    assert _answer(profile, DURESS) == "emptied"  # and the duress unlock still empties


if __name__ == "__main__":
    raise SystemExit(pytest.main([__file__]))
