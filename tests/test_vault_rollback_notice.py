"""Review r7e, F1 and F3 after the unlock: the store notices a vault.json it has not seen.

In passphrase-only mode nothing outside the profile can refuse an older vault.json before the
passphrase is tried (docs/SECURITY.md says what that mode can and cannot promise). The store,
authenticated under the vault key, names the vault.json it last saw (store/vault_seen.py): an
unlock that meets another one goes on, but says so (the session's `undone_notice`, the command
line's warning, the window's box) and the store stops claiming a duress passphrase that the
file may not hold. Ordinary changes and a cut change never raise the notice. In keyring mode
the same check stands behind the keyring's refusal (tests/test_vault_rollback.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, draft_ids, run_cli, signal_fields
from rollback_kit import DURESS, NEW_PASSPHRASE, rollback_profile, vault_bytes

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.local_store import LocalStore
from intake_app.vault import WrongPassphrase, device_secret


def _passfile(root: Path, passphrase: str) -> Path:
    path = root / "pass.txt"
    path.write_text(passphrase + "\n")
    return path


def test_passphrase_only_an_older_vault_json_from_before_the_duress_passphrase_is_said(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=False)
    copy = vault_bytes(profile)  # inspection 1: no duress passphrase yet
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    assert session.duress_passphrase_set() is True
    session.lock()

    (profile / "vault.json").write_bytes(copy)  # inspection 2
    with pytest.raises(WrongPassphrase):  # the limit of this mode: the old file has no slot
        LiaisonSession.unlock(profile, DURESS)
    cli = run_cli(["--profile", str(profile), "--passphrase-file",
                   str(_passfile(tmp_path, PASSPHRASE)), "list"],
                  cwd=tmp_path, env={"LANG": "en_GB.UTF-8"})
    assert cli.returncode == 0, cli.stderr
    assert cli.stderr.splitlines() == [f"Warning: {sentence('vault.state_undone', 'en')}"]
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.duress_passphrase_set() is None  # never "set" for a file that may not hold it
    session.set_duress_passphrase(PASSPHRASE, DURESS)  # set again, as the notice asks
    assert session.duress_passphrase_set() is True
    session.lock()
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert not session.undone_notice
    session.lock()


def test_passphrase_only_the_old_passphrase_with_its_old_vault_json_opens_but_is_said(
        tmp_path: Path) -> None:
    profile = rollback_profile(tmp_path, use_keyring=False)
    copy = vault_bytes(profile)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    later = session.record(signal_fields(description="written after the change"))
    session.lock()

    (profile / "vault.json").write_bytes(copy)
    session = LiaisonSession.unlock(profile, PASSPHRASE)  # the documented limit (SECURITY.md)
    assert session.undone_notice
    assert later in draft_ids(session)
    session.lock()


@pytest.mark.parametrize("use_keyring", [False, True], ids=["passphrase-only", "keyring"])
def test_changes_wrong_attempts_and_a_duress_unlock_never_raise_the_notice(
        tmp_path: Path, request: pytest.FixtureRequest, use_keyring: bool) -> None:
    if use_keyring:
        request.getfixturevalue("secret_service")
    profile = rollback_profile(tmp_path, use_keyring=use_keyring)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert not session.undone_notice
    session.set_wipe_after(PASSPHRASE, 5 if use_keyring else None)  # keyring mode only
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    session.set_duress_passphrase(NEW_PASSPHRASE, DURESS)
    session.record(signal_fields())
    session.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "a typo")
    session = LiaisonSession.unlock(profile, NEW_PASSPHRASE)  # the counter reset rewraps
    assert not session.undone_notice and session.duress_passphrase_set() is True
    session.lock()
    session = LiaisonSession.unlock(profile, DURESS)
    assert not session.undone_notice and session.list_entries() == []
    assert session.duress_passphrase_set() is False  # as a fresh profile says
    session.lock()


def test_a_change_cut_before_the_store_heard_of_the_new_file_opens_without_the_notice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = rollback_profile(tmp_path, use_keyring=False)
    told: list[bytes] = []

    def cut(self: LocalStore, now: bytes) -> None:
        told.append(now)
        raise OSError("the laptop was switched off")

    monkeypatch.setattr(LocalStore, "vault_state_written", cut)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)  # vault.json written, store not told
    monkeypatch.undo()
    assert len(told) == 1
    session.lock()
    session = LiaisonSession.unlock(profile, NEW_PASSPHRASE)
    assert not session.undone_notice
    session.lock()


def test_keyring_mode_with_its_record_gone_too_the_store_still_says_it(
        tmp_path: Path, secret_service: object) -> None:
    profile = rollback_profile(tmp_path, use_keyring=True)
    copy = vault_bytes(profile)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    profile_id = json.loads(copy)["profile_id"]
    # Someone who also put back the keyring's own files, from before the record was written.
    device_secret._delete(device_secret.usable_backend(),
                          f"{profile_id}{device_secret.STATE_SUFFIX}")
    (profile / "vault.json").write_bytes(copy)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.undone_notice and session.duress_passphrase_set() is None
    session.lock()
