"""Whitespace around a passphrase is never part of it (review r7e F5).

`echo secret > pw.txt` in cmd.exe writes "secret", a space and CRLF. The space was kept: three
runs of `intake-app --passphrase-file pw.txt list` on a vault set up with the typed passphrase
counted three failures and, with wipe-after 3, erased it; `init` from such a file stored the
space, so the typed passphrase failed later. The rule now (intake_app/vault/passphrase.py,
docs/SECURITY.md "Passphrases"): surrounding whitespace is dropped at set-up, change and unlock,
in the window and both command lines; a vault an earlier version set up with the space still
opens with it and is rewrapped. A wrong passphrase with a space is still counted: a space must
not buy an attacker free guesses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli, signal_fields
from passphrase_kit import wipe_after_three

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import WrongPassphrase, protection
from intake_app.vault import passphrase as passphrase_rule

CMD_ECHO = (PASSPHRASE + " \r\n").encode("utf-8")  # cmd.exe: echo <passphrase> > pw.txt


def vault_doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


@pytest.fixture(params=["passphrase-only", "keyring"])
def keyring_mode(request: pytest.FixtureRequest) -> bool:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
        return True
    return False


def _set_up(tmp_path: Path, passphrase: str, keyring: bool) -> Path:
    return wipe_after_three(tmp_path, passphrase, keyring=keyring)


def test_three_runs_with_a_cmd_echo_passphrase_file_never_count_or_erase(
        tmp_path: Path, keyring_mode: bool) -> None:
    profile = _set_up(tmp_path, PASSPHRASE, keyring_mode)
    passfile = tmp_path / "pw.txt"
    passfile.write_bytes(CMD_ECHO)
    for _ in range(3):
        done = run_cli(["list", "--profile", str(profile), "--passphrase-file", str(passfile)],
                       cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert (vault_doc(profile)["failed_attempts"], vault_doc(profile)["wiped"]) == (0, False)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()


def test_init_from_a_cmd_echo_passphrase_file_opens_with_the_typed_passphrase(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_bytes(b"  " + CMD_ECHO)
    profile = tmp_path / "profile"
    init = run_cli(["init", "--name", "Yara Okonkwo",
                    "--profile", str(profile), "--passphrase-file", str(passfile),
                    "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint], cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    typed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path, stdin=PASSPHRASE + "\n")
    assert typed.returncode == 0, typed.stderr
    assert vault_doc(profile)["failed_attempts"] == 0


def test_a_vault_set_up_with_the_space_by_an_earlier_version_opens_and_is_rewrapped(
        tmp_path: Path, keyring_mode: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # The earlier rule kept surrounding whitespace: the slot is stretched from "… ".
    with monkeypatch.context() as earlier:
        earlier.setattr(passphrase_rule, "normalise", passphrase_rule._before_strip)
        profile = _set_up(tmp_path, PASSPHRASE + " ", keyring_mode)
    slots_before = vault_doc(profile)["slots"]
    LiaisonSession.unlock(profile, PASSPHRASE + " ").lock()  # the file's form still opens
    assert vault_doc(profile)["failed_attempts"] == 0
    assert vault_doc(profile)["slots"] != slots_before  # rewrapped under the rule
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert vault_doc(profile)["failed_attempts"] == 0


def test_a_vault_set_up_from_a_cmd_echo_file_opens_with_the_typed_passphrase_uncounted(
        tmp_path: Path, keyring_mode: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review r7f G3: an earlier version set up from `echo P > pw.txt` (cmd.exe) stretched
    "P " for the slot; the typed "P" was counted as wrong (and erased at wipe-after) until the
    file had been used once. The unlock now tries "P" and one trailing space last, inside the
    one attempt: it opens, counts nothing, and the slot is rewrapped under "P"."""
    with monkeypatch.context() as earlier:
        earlier.setattr(passphrase_rule, "normalise", passphrase_rule._before_strip)
        profile = _set_up(tmp_path, PASSPHRASE + " ", keyring_mode)
    slots_before = vault_doc(profile)["slots"]
    for _ in range(3):  # wipe-after 3: three typed unlocks, none counted
        typed = run_cli(["list", "--profile", str(profile)], cwd=tmp_path,
                        stdin=PASSPHRASE + "\n")
        assert typed.returncode == 0, typed.stderr
        assert (vault_doc(profile)["failed_attempts"], vault_doc(profile)["wiped"]) == (0, False)
    assert vault_doc(profile)["slots"] != slots_before  # rewrapped under the rule
    runs = _count_kdf_runs(monkeypatch)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert runs == [1]  # rewrapped: the typed form opens at the first run


def _count_kdf_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list counting Argon2id runs from now on (the real one runs)."""
    from intake_app.vault import argon2id

    count = [0]
    real = argon2id.argon2id.kdf

    def counted(*args: object, **kwargs: object) -> bytes:
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(argon2id.argon2id, "kdf", counted)
    return count


def test_a_wrong_typed_passphrase_costs_two_argon2id_runs_and_one_count(
        tmp_path: Path) -> None:
    """The extra form is one more Argon2id run for a passphrase that opens nothing (the cost
    of review r7f G3, docs/SECURITY.md): never a second count, never a second guess."""
    profile = _set_up(tmp_path, PASSPHRASE, False)
    with pytest.MonkeyPatch.context() as patch:
        runs = _count_kdf_runs(patch)
        with pytest.raises(WrongPassphrase):
            LiaisonSession.unlock(profile, "not the passphrase at all")
        assert runs == [2]
        runs[0] = 0
        LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the right one: one run
        assert runs == [1]
    assert vault_doc(profile)["failed_attempts"] == 0


def test_a_wrong_passphrase_with_surrounding_spaces_is_still_counted(tmp_path: Path) -> None:
    profile = _set_up(tmp_path, PASSPHRASE, False)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, " not the passphrase at all ")
    assert vault_doc(profile)["failed_attempts"] == 1


def test_the_rule_drops_surrounding_whitespace_and_keeps_inner_whitespace() -> None:
    assert passphrase_rule.normalise("\ufeff\t two  words \u00a0\r\n") == "two  words"
    assert passphrase_rule.check_new_passphrase(f" {PASSPHRASE} ") == PASSPHRASE
    # What was given comes first, the stripped form last (review r7f G2, below).
    assert passphrase_rule.candidates(f"{PASSPHRASE} \r\n") == [PASSPHRASE + " ",
                                                                 PASSPHRASE + " \r\n", PASSPHRASE]


@pytest.mark.parametrize("real, duress", [(PASSPHRASE + " ", PASSPHRASE),
                                          (PASSPHRASE, PASSPHRASE + " ")])
def test_slots_an_earlier_version_let_differ_by_a_space_each_open_with_their_own_form(
        tmp_path: Path, keyring_mode: bool, monkeypatch: pytest.MonkeyPatch,
        real: str, duress: str) -> None:
    """Review r7f G2: the earlier rule kept surrounding whitespace, so a real passphrase "P "
    (from a cmd.exe file) and a duress passphrase "P" were two passphrases. Trying the stripped
    form first, the liaison's own file opened the duress slot and emptied the profile, or the
    duress passphrase under coercion opened every signal. Each opens its own slot, twice (the
    real unlock does not rewrap its slot under a form that opens the other)."""
    with monkeypatch.context() as earlier:
        earlier.setattr(passphrase_rule, "normalise", passphrase_rule._before_strip)
        # nor had it the rule that a duress passphrase is no typo of the real one (r7k R7K-6)
        earlier.setattr(protection, "too_close", lambda first, second: False)
        profile = _set_up(tmp_path, real, keyring_mode)
        session = LiaisonSession.unlock(profile, real)
        session.record(signal_fields(description="kept"))
        session.set_duress_passphrase(real, duress)
        session.lock()
    for _ in range(2):
        session = LiaisonSession.unlock(profile, real)
        assert len(session.list_entries()) == 1
        session.lock()
    session = LiaisonSession.unlock(profile, duress)
    assert session.list_entries() == []
    session.lock()
