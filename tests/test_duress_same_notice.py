"""Review r7g M1 (issue 7): in passphrase-only mode, one field of vault.json changed while the
laptop was off (`wipe_after` null → 9, one character of `prepared`) made the real passphrase
say "vault.json is not the one this profile last used" (`vault.state_undone`) and the duress
passphrase say nothing: whoever changed it and watched the unlock knew which passphrase was
typed. Now the duress unlock holds the vault.json it read against the digests the emptied
store had seen (kept for the duress key in `duress_rows`, store/duress_proof.py) and says the
same notice in the same cases, on the command line and in the window (both read the session's
`undone_notice`). And a `prepared` record that does not open no longer sends the duress unlock
back to the old profile id and salt (the "same vault, emptied" sign of review r7c F4): it gets
a new id and salt, made then (vault/unlocking.py `_prepared`).

Every case runs on twin copies of one profile, so both passphrases meet the same attacked
state, with the real command line (`intake-app list`).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli, signal_fields

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store import duress_proof, settings
from intake_app.store.trust import DURESS_ROWS
from intake_app.vault import KdfParams

DURESS = "everything is fine at the harbour 77"


def _wipe_after_nine(text: str) -> str:
    assert '"wipe_after":null' in text
    return text.replace('"wipe_after":null', '"wipe_after":9')


def _one_prepared_character(text: str) -> str:
    raw = json.loads(text)["prepared"]
    changed = raw[:20] + ("A" if raw[20] != "A" else "B") + raw[21:]
    return text.replace(raw, changed)


CHANGES: dict[str, Callable[[str], str] | None] = {
    "nothing changed": None,
    "wipe_after null to 9": _wipe_after_nine,
    "one character of prepared": _one_prepared_character,
}


@pytest.fixture(scope="module")
def base_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A passphrase-only profile with one signal and a duress passphrase set on the command
    line (`settings --duress-passphrase-file`), locked."""
    root = tmp_path_factory.mktemp("m1")
    office = make_office(root / "office")
    profile = root / "base"
    session = LiaisonSession.initialise(profile, PASSPHRASE, office.parsed,
                                        office.parsed.fingerprint, use_keyring=False,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.seal(session.record(signal_fields()))
    session.lock()
    (root / "real.txt").write_text(PASSPHRASE + "\n")
    (root / "duress.txt").write_text(DURESS + "\n")
    done = run_cli(["settings", "--profile", str(profile), "--passphrase-file",
                    str(root / "real.txt"), "--duress-passphrase-file", str(root / "duress.txt"),
                    "--duress-name", "Bo Jansen"],
                   cwd=root)
    assert done.returncode == 0, done.stderr
    return profile


def _twin(base: Path, where: Path, change: Callable[[str], str] | None) -> Path:
    profile = where / "profile"
    shutil.copytree(base, profile)
    if change is not None:
        vault_json = profile / "vault.json"
        vault_json.write_text(change(vault_json.read_text()))
    return profile


def _list(profile: Path, passphrase: str, where: Path) -> tuple[int, str]:
    passfile = where / "passphrase.txt"
    passfile.write_text(passphrase + "\n")
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                   cwd=where)
    return done.returncode, done.stderr


def _undone(stderr: str) -> bool:
    return any(sentence("vault.state_undone", language) in stderr for language in ("nl", "en"))


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_vault_json_changed_offline_gets_the_same_words_from_both_passphrases_on_the_cli(
        base_profile: Path, tmp_path: Path, change: str) -> None:
    answers = {}
    for name, passphrase in (("real", PASSPHRASE), ("duress", DURESS)):
        where = tmp_path / name
        where.mkdir()
        profile = _twin(base_profile, where, CHANGES[change])
        answers[name] = _list(profile, passphrase, where)
    assert answers["real"][0] == answers["duress"][0] == 0, answers
    assert answers["real"][1] == answers["duress"][1], answers  # the same words, or none
    assert _undone(answers["real"][1]) is (CHANGES[change] is not None), answers


def test_a_prepared_record_that_does_not_open_never_leads_back_to_the_old_id_and_salt(
        base_profile: Path, tmp_path: Path) -> None:
    profile = _twin(base_profile, tmp_path, _one_prepared_character)
    before = json.loads((profile / "vault.json").read_text())
    returncode, stderr = _list(profile, DURESS, tmp_path)
    assert returncode == 0, stderr
    after = json.loads((profile / "vault.json").read_text())
    assert after["profile_id"] != before["profile_id"]
    assert after["kdf_salt"] != before["kdf_salt"]
    again = LiaisonSession.unlock(profile, DURESS)  # the fresh vault opens with it, empty
    try:
        assert again.list_entries() == []
    finally:
        again.lock()


def test_the_session_the_window_reads_says_the_same_notice_for_both_passphrases(
        base_profile: Path, tmp_path: Path) -> None:
    """The window's notice (ui/unlock_notices.py) is the session's `undone_notice`."""
    notices = {}
    for name, passphrase in (("real", PASSPHRASE), ("duress", DURESS)):
        profile = _twin(base_profile, tmp_path / name, _wipe_after_nine)
        session = LiaisonSession.unlock(profile, passphrase)
        notices[name] = session.undone_notice
        session.lock()
    assert notices == {"real": True, "duress": True}


def test_a_store_of_the_version_before_gives_the_duress_key_its_digests_at_a_real_unlock(
        base_profile: Path, tmp_path: Path) -> None:
    """A store whose `duress_rows` names no vault.json digests (written by the version before;
    made here by writing the row in its earlier form) gains them at its next real unlock, so a
    later change of vault.json is said by the duress passphrase too."""
    profile = _twin(base_profile, tmp_path, None)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    store = session._store  # white box: the row as the version before wrote it
    with store.transaction() as conn:
        key = store._vault_key
        duress_key = duress_proof._duress_key(conn, key)
        name = duress_proof._open_rows_box(conn, duress_key).name
        settings.put(conn, DURESS_ROWS, duress_proof._rows_box(key, duress_key, name))
        duress_proof.refresh_proof(conn, key)
        assert duress_proof._open_rows_box(conn, duress_key).seen is None
    session.lock()
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the first real unlock after the update
    vault_json = profile / "vault.json"
    vault_json.write_text(_wipe_after_nine(vault_json.read_text()))
    duress = LiaisonSession.unlock(profile, DURESS)
    try:
        assert duress.undone_notice is True
    finally:
        duress.lock()
