"""Issue 7: a duress unlock cut off (SIGKILL) between its steps never loses the real
passphrase without the duress state being complete.

The order (vault/renewal.py, store/fresh.py, services/opening.py): the store is opened and the
duress proof and marks checked; a whole new profile folder, with its own vault.json, is built
beside the old one; the swap makes it the profile. The old folder's vault.json is never
rewritten. A forked child unlocks the reference profile (tamper_kit.py) with the duress
passphrase and kills itself with a real SIGKILL at one step (in keyring mode also right after
the new keyring entry is made, and before the old one is deleted). Afterwards either the old
folder is whole (vault.json as it was but for the attempt counted while it ran) and the real
passphrase opens the profile with every signal, or the new folder is in place and the duress
passphrase opens it fresh, keeping the current office card. Never a profile that neither
passphrase opens.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import signal
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from tamper_kit import Reference, build_reference
from test_duress_rollback import DURESS, duress_outcome, rows

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import WrongPassphrase, device_secret
from intake_app.vault.vault_file import MODE_KEYRING

# step -> (module, class or "", function the child dies in (on entering it; "+": once it
# returned), whether vault.json is rewritten (the new profile folder swapped in))
CUTS = {
    "before the store is checked": (
        "intake_app.store.local_store", "LocalStore", "_check_key", False),
    "store accepted, before the new folder is finished": (
        "intake_app.store.fresh", "", "build_profile", False),
    "new folder finished, before the swap": (
        "intake_app.store.fresh", "", "renew_profile", False),
    "swapped, before the old folder is removed": (
        "intake_app.store.fresh", "", "remove_old_folder", True),
}
KEYRING_CUTS = {
    "new keyring entry made, before the new folder is finished": (
        "intake_app.vault.device_secret", "", "+create", False),
    "swapped, before the old keyring entry is deleted": (
        "intake_app.vault.device_secret", "", "delete", True),
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("reference"))


def unlock_cut_at(profile: Path, module: str, owner: str, name: str) -> None:
    """A child unlocks `profile` with the duress passphrase and is SIGKILLed on entering
    `name`; asserts it really died there."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            target = importlib.import_module(module)
            if owner:
                target = getattr(target, owner)

            after = name.startswith("+")
            name = name.removeprefix("+")
            original = getattr(target, name)

            def die(*args: object, **kwargs: object) -> None:
                if after:
                    original(*args, **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)

            setattr(target, name, die)
            LiaisonSession.unlock(profile, DURESS)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status


@pytest.fixture(scope="module")
def keyring_reference(secret_service, tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("keyring-reference"), use_keyring=True)


@pytest.mark.parametrize("cut", list(CUTS))
def test_a_duress_unlock_cut_off_keeps_the_real_slot_or_completes_at_the_next_duress_unlock(
        reference: Reference, tmp_path: Path, cut: str) -> None:
    check_cut(reference, tmp_path, *CUTS[cut])


@pytest.mark.parametrize("cut", list(KEYRING_CUTS))
def test_in_keyring_mode_a_cut_off_duress_unlock_keeps_the_real_slot_or_completes(
        keyring_reference: Reference, tmp_path: Path, cut: str) -> None:
    check_cut(keyring_reference, tmp_path, *KEYRING_CUTS[cut])


def _without_count(source: Path | bytes) -> dict:
    data = source.read_bytes() if isinstance(source, Path) else source
    fields = json.loads(data)
    return {name: value for name, value in fields.items()
            if name not in ("failed_attempts", "mac")}


def check_cut(reference: Reference, tmp_path: Path, module: str, owner: str, name: str,
              rewritten: bool) -> None:
    """Cut a duress unlock of a copy of `reference` at `name`; then one of the two outcomes."""
    profile = tmp_path / "profile"
    shutil.copytree(reference.profile, profile)
    vault_json = (profile / "vault.json").read_bytes()
    # Every copy shares the reference's keyring record of its current vault.json
    # (vault/vault_state.py): put back afterwards what this check's unlocks change in it, so
    # the next copy is not taken for an older one.
    profile_id = json.loads(vault_json)["profile_id"]
    recorded = device_secret.load_state(profile_id) if _keyring_mode(vault_json) else None
    try:
        _check_outcome(reference, tmp_path, profile, vault_json, module, owner, name,
                       rewritten)
    finally:
        if recorded is not None:
            device_secret.save_state(profile_id, recorded)


def _keyring_mode(vault_json: bytes) -> bool:
    return json.loads(vault_json).get("keyring") == MODE_KEYRING


def _check_outcome(reference: Reference, tmp_path: Path, profile: Path, vault_json: bytes,
                   module: str, owner: str, name: str, rewritten: bool) -> None:
    unlock_cut_at(profile, module, owner, name)
    if not rewritten:
        # The old folder whole: vault.json as it was but for this attempt, counted while it
        # ran (as a cut real unlock leaves it); the new folder beside it is a leftover.
        assert _without_count(profile / "vault.json") == _without_count(vault_json)
        session = LiaisonSession.unlock(profile, PASSPHRASE)
        try:
            ids = {entry.id for entry in session.list_entries()}
        finally:
            session.lock()
        assert ids == set(reference.drafts) | set(reference.items)
        return
    assert (profile / "vault.json").read_bytes() != vault_json
    with pytest.raises(WrongPassphrase):  # the real slot is retired: the duress state holds
        LiaisonSession.unlock(profile, PASSPHRASE)
    assert duress_outcome(reference, profile, tmp_path) == "sealed to the current office key"
    assert rows(profile) == {"drafts": 0, "items": 1, "attachments": 0}  # only the new one
