"""Review r7f G1: a vault.json found outside the folder its keyring record names (keyring mode).

Two keyring-mode profiles on one laptop (`--profile DIR`). With the laptop off, someone copies
profile X's current vault.json (or all of X) into profile Y's folder. Before the fix, Y's right
passphrase was counted against X's file, and at wipe-after the erasure deleted X's keyring
entries by profile id: X, in its untouched folder, was lost, and then said "Nothing was
deleted". The keyring's record of X now names X's folder (vault/vault_state.py): the copy is
refused (VaultElsewhere) with nothing counted or erased, while a profile the person moved still
opens with its right passphrase and its new folder is recorded. The real gnome-keyring on a
private D-Bus (keyring_session.py) holds the entries.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import (
    KdfParams,
    VaultElsewhere,
    VaultWiped,
    WrongPassphrase,
    device_secret,
)

pytestmark = pytest.mark.usefixtures("secret_service")

Y_PASSPHRASE = "violet tractor sings under seven bridges"


def _init(profile: Path, office: object, passphrase: str) -> LiaisonSession:
    return LiaisonSession.initialise(profile, passphrase, office.parsed,  # type: ignore[attr-defined]
                                     office.parsed.fingerprint,  # type: ignore[attr-defined]
                                     liaison_name="Amina Haddad", use_keyring=True,
                                     kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)


def _two_profiles(root: Path) -> tuple[Path, Path, str]:
    """X (wipe-after 3, one sealed signal) and Y, both keyring mode; X's sealed item id."""
    office = make_office(root / "office")
    x, y = root / "x", root / "y"
    session = _init(x, office, PASSPHRASE)
    session.set_wipe_after(PASSPHRASE, 3)
    sealed = session.seal(session.record(signal_fields(description="X sealed"))).id
    session.lock()
    _init(y, office, Y_PASSPHRASE).lock()
    return x, y, sealed


def _vault(profile: Path) -> bytes:
    return (profile / "vault.json").read_bytes()


def _x_still_opens_with_its_signal(x: Path, sealed: str) -> None:
    session = LiaisonSession.unlock(x, PASSPHRASE)
    assert sealed in [entry.id for entry in session.list_entries()]
    session.lock()


def _refused_four_times_uncounted(y: Path, tmp_path: Path) -> None:
    before = _vault(y)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(Y_PASSPHRASE + "\n")
    for _ in range(4):  # one more than X's wipe-after
        cli = run_cli(["--profile", str(y), "--passphrase-file", str(passfile), "list"],
                      cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
        assert cli.returncode == 1 and "Traceback" not in cli.stderr
        assert cli.stderr.strip().splitlines() == [
            f"intake-app: {VaultElsewhere().sentence('en')}"]
        assert _vault(y) == before  # nothing counted, nothing erased
    with pytest.raises(VaultElsewhere) as refused:
        LiaisonSession.unlock(y, Y_PASSPHRASE)
    assert "another folder" in refused.value.sentence("en")
    assert "andere map" in refused.value.sentence("nl")
    assert _vault(y) == before


def test_a_vault_json_copied_from_another_profile_is_refused_uncounted_and_never_erases_it(
        tmp_path: Path) -> None:
    x, y, sealed = _two_profiles(tmp_path)
    (y / "vault.json").write_bytes(_vault(x))
    _refused_four_times_uncounted(y, tmp_path)
    assert json.loads(_vault(x))["failed_attempts"] == 0
    _x_still_opens_with_its_signal(x, sealed)


def test_a_whole_profile_copied_into_another_folder_is_refused_uncounted_and_never_erases_it(
        tmp_path: Path) -> None:
    x, y, sealed = _two_profiles(tmp_path)
    shutil.rmtree(y)
    shutil.copytree(x, y)
    _refused_four_times_uncounted(y, tmp_path)
    _x_still_opens_with_its_signal(x, sealed)


def test_a_moved_profile_opens_with_its_passphrase_and_then_counts_in_its_new_folder(
        tmp_path: Path) -> None:
    x, _y, sealed = _two_profiles(tmp_path)
    moved = tmp_path / "moved"
    os.rename(x, moved)
    before = _vault(moved)
    with pytest.raises(VaultElsewhere):  # a wrong passphrase before the first right unlock
        LiaisonSession.unlock(moved, "a guess by the officer")
    assert _vault(moved) == before
    _x_still_opens_with_its_signal(moved, sealed)  # the new folder is recorded now
    with pytest.raises(WrongPassphrase) as wrong:
        LiaisonSession.unlock(moved, "a guess by the officer")
    assert wrong.value.attempts_left == 2  # counted again, in the folder it lives in now
    _x_still_opens_with_its_signal(moved, sealed)


def _strip_folder(profile: Path) -> str:
    """Rewrite the profile's keyring record as an earlier version left it (no folder)."""
    profile_id = json.loads(_vault(profile))["profile_id"]
    stored = device_secret.load_state(profile_id)
    assert stored is not None and " @" in stored
    device_secret.save_state(profile_id, stored.split(" @")[0])
    return profile_id


def test_an_older_record_without_a_folder_gets_it_at_the_next_right_unlock_only(
        tmp_path: Path) -> None:
    x, y, sealed = _two_profiles(tmp_path)
    profile_id = _strip_folder(x)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(x, "a guess")
    assert " @" not in (device_secret.load_state(profile_id) or "")
    _x_still_opens_with_its_signal(x, sealed)
    assert " @" in (device_secret.load_state(profile_id) or "")
    (y / "vault.json").write_bytes(_vault(x))
    with pytest.raises(VaultElsewhere):
        LiaisonSession.unlock(y, Y_PASSPHRASE)


def test_a_profile_erased_through_a_copy_says_it_was_erased_not_that_nothing_was_deleted(
        tmp_path: Path) -> None:
    # With a record from before folders were recorded the copy still counts (until X's next
    # right unlock): the erasure removes X's secret, and X must then say so.
    x, y, _sealed = _two_profiles(tmp_path)
    _strip_folder(x)
    (y / "vault.json").write_bytes(_vault(x))
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(y, Y_PASSPHRASE)
    with pytest.raises(VaultWiped):
        LiaisonSession.unlock(y, Y_PASSPHRASE)
    with pytest.raises(VaultWiped) as erased:
        LiaisonSession.unlock(x, PASSPHRASE)
    assert "Nothing was deleted" not in erased.value.sentence("en")


DURESS = "everything is fine at the harbour 77"


def test_a_duress_unlock_of_a_copied_profile_leaves_the_erasure_note_for_the_original(
        tmp_path: Path) -> None:
    # A copy of all of X elsewhere, opened with X's duress passphrase: the duress unlock goes
    # on (it opens a slot) and retires X's profile id, deleting its keyring entries. X, in its
    # own untouched folder, must then say it was erased, never "Nothing was deleted".
    x, _y, _sealed = _two_profiles(tmp_path)
    session = LiaisonSession.unlock(x, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    profile_id = json.loads(_vault(x))["profile_id"]
    copy = tmp_path / "copy"
    shutil.copytree(x, copy)
    emptied = LiaisonSession.unlock(copy, DURESS)
    assert emptied.list_entries() == []
    emptied.lock()
    assert device_secret.was_erased(profile_id)
    with pytest.raises(VaultWiped) as erased:
        LiaisonSession.unlock(x, PASSPHRASE)
    assert "Nothing was deleted" not in erased.value.sentence("en")
    assert "niets verwijderd" not in erased.value.sentence("nl")
    # The note names no store files: a set-up over X's folder is not let through by it.
    assert not device_secret.is_marked_wiped(profile_id, "-")


def test_a_duress_unlock_in_its_own_folder_leaves_no_note_under_the_old_id(
        tmp_path: Path) -> None:
    # In its own folder the duress unlock must leave the keyring as a fresh profile's: nothing
    # under the old id (review r7f, what held: duress_keyring_items.py).
    x, _y, _sealed = _two_profiles(tmp_path)
    session = LiaisonSession.unlock(x, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    profile_id = json.loads(_vault(x))["profile_id"]
    LiaisonSession.unlock(x, DURESS).lock()
    assert not device_secret.was_erased(profile_id)
    assert not device_secret.has_entry(profile_id)
