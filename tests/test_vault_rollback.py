"""Review r7e, F1-F3: an older vault.json put back (keyring mode) is refused before anything.

vault.json's `mac` proves the file is this app's on this device, not that it is the newest. A
copy taken at one inspection and put back at the next brought back the passphrase of that time
(F1), a failed-attempt counter beside slots the current passphrase no longer opens, so the right
passphrase erased the vault (F2), and a profile without its duress passphrase (F3). The keyring
now names the current file (vault/vault_state.py): an older one is refused (VaultRolledBack),
nothing counted, nothing erased, and the newest file put back opens as it was. The real
gnome-keyring on a private D-Bus (keyring_session.py) holds the entries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, draft_ids, run_cli, signal_fields
from rollback_kit import DURESS, NEW_PASSPHRASE, rollback_profile, vault_bytes

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import VaultRolledBack, WrongPassphrase, device_secret

pytestmark = pytest.mark.usefixtures("secret_service")



def _refused_with_nothing_changed(profile: Path, passphrase: str) -> None:
    before = vault_bytes(profile)
    with pytest.raises(VaultRolledBack) as refused:
        LiaisonSession.unlock(profile, passphrase)
    assert "older copy" in refused.value.sentence("en")
    assert "oudere kopie" in refused.value.sentence("nl")
    assert vault_bytes(profile) == before  # nothing counted, nothing erased


def test_an_older_vault_json_does_not_bring_back_the_passphrase_changed_since(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    copy = vault_bytes(profile)  # inspection 1: the old passphrase was seen typed
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    session.set_duress_passphrase(NEW_PASSPHRASE, None)
    later = session.record(signal_fields(description="written after the change"))
    session.lock()
    newest = vault_bytes(profile)

    (profile / "vault.json").write_bytes(copy)  # inspection 2
    _refused_with_nothing_changed(profile, PASSPHRASE)
    _refused_with_nothing_changed(profile, DURESS)  # the duress passphrase removed since
    _refused_with_nothing_changed(profile, NEW_PASSPHRASE)

    (profile / "vault.json").write_bytes(newest)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, PASSPHRASE)
    session = LiaisonSession.unlock(profile, NEW_PASSPHRASE)
    assert later in draft_ids(session)
    session.lock()


def test_an_older_vault_json_with_two_failed_attempts_never_erases_on_the_current_passphrase(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_wipe_after(PASSPHRASE, 3)
    kept = session.record(signal_fields(description="kept"))
    session.lock()
    for _ in range(2):  # inspection 1: two guesses at the app, then the copy (its `mac` holds)
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "a guess by the officer")
    copy = vault_bytes(profile)
    assert json.loads(copy)["failed_attempts"] == 2
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # back home: the counter is reset
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    session.lock()
    newest = vault_bytes(profile)

    (profile / "vault.json").write_bytes(copy)  # inspection 2
    passfile = tmp_path / "pass.txt"
    passfile.write_text(NEW_PASSPHRASE + "\n")
    cli = run_cli(["--profile", str(profile), "--passphrase-file", str(passfile), "list"],
                  cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert cli.stderr.strip().splitlines() == [
        f"intake-app: {VaultRolledBack().sentence('en')}"]
    assert vault_bytes(profile) == copy  # not counted, not wiped
    assert device_secret.load(json.loads(copy)["profile_id"])  # the keyring secret is kept

    (profile / "vault.json").write_bytes(newest)
    session = LiaisonSession.unlock(profile, NEW_PASSPHRASE)
    assert kept in draft_ids(session)
    session.lock()


def test_a_copy_with_a_counter_reset_since_is_refused_even_with_the_same_passphrase(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_wipe_after(PASSPHRASE, 3)
    session.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "a guess by the officer")
    copy = vault_bytes(profile)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the reset: nothing else changed

    (profile / "vault.json").write_bytes(copy)  # one typo would now erase: refused instead
    _refused_with_nothing_changed(profile, "a typo")
    _refused_with_nothing_changed(profile, PASSPHRASE)


def test_an_older_vault_json_from_before_the_duress_passphrase_is_refused_for_both(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    copy = vault_bytes(profile)  # inspection 1: no duress passphrase yet
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.record(signal_fields())
    session.lock()
    newest = vault_bytes(profile)

    (profile / "vault.json").write_bytes(copy)  # inspection 2, under coercion
    _refused_with_nothing_changed(profile, DURESS)  # not "wrong passphrase", not counted
    _refused_with_nothing_changed(profile, PASSPHRASE)

    (profile / "vault.json").write_bytes(newest)
    session = LiaisonSession.unlock(profile, DURESS)  # the duress passphrase works as set
    assert session.list_entries() == []
    session.lock()


def test_a_change_cut_between_vault_json_and_the_keyring_opens_and_the_next_unlock_settles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    copy = vault_bytes(profile)
    saved = device_secret.save_state
    calls: list[str] = []

    def narrowing_refused(profile_id: str, state: str) -> None:
        calls.append(state)
        if " " not in state:  # the keyring refuses the narrowing after vault.json was written
            raise device_secret.KeyringUnavailable()
        saved(profile_id, state)

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    monkeypatch.setattr(device_secret, "save_state", narrowing_refused)
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.setattr(device_secret, "save_state", saved)
    session.lock()
    assert len(calls) == 2 and " " in calls[0]  # widened first, then the narrowing refused
    newest = vault_bytes(profile)

    LiaisonSession.unlock(profile, NEW_PASSPHRASE).lock()  # opens, and narrows the record
    (profile / "vault.json").write_bytes(copy)
    _refused_with_nothing_changed(profile, PASSPHRASE)
    (profile / "vault.json").write_bytes(newest)
    LiaisonSession.unlock(profile, NEW_PASSPHRASE).lock()


def test_a_profile_without_the_keyring_record_gets_it_at_its_first_right_unlock_only(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    profile_id = json.loads(vault_bytes(profile))["profile_id"]
    user = f"{profile_id}{device_secret.STATE_SUFFIX}"
    device_secret._delete(device_secret.usable_backend(), user)  # as an earlier version left it
    copy = vault_bytes(profile)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, "a guess")
    assert device_secret.load_state(profile_id) is None  # a wrong passphrase records nothing
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    session.lock()
    assert device_secret.load_state(profile_id) is not None
    (profile / "vault.json").write_bytes(copy)
    _refused_with_nothing_changed(profile, PASSPHRASE)
