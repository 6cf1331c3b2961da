"""Review r7e F6, what stayed: a duress-opened profile's own card was named `Liaison`, which no
profile set up in the window is, so the emptied profile looked unlike the real one. The person
now chooses, when setting the duress passphrase, the name the emptied profile's card shows
(the session's `shown_name`, the window's field, `intake-app settings --duress-name`); by
default `Liaison`, never the real name (issue 7, scenario 6: the name must not survive).
The name is kept boxed under the duress key with the
keys the duress unlock already reads (store/duress_proof.py `duress_rows`), padded, so the
row's length says nothing of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli

from intake_app.crypto import keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

DURESS = "everything is fine at the harbour 77"


@pytest.fixture(params=["passphrase-only", "keyring"])
def use_keyring(request: pytest.FixtureRequest) -> bool:
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
        return True
    return False


def _profile(root: Path, use_keyring: bool, name: str = "Amina Haddad") -> Path:
    office = make_office(root / "office")
    profile = root / "profile"
    LiaisonSession.initialise(profile, PASSPHRASE, office.parsed, office.parsed.fingerprint,
                              liaison_name=name, use_keyring=use_keyring,
                              kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True).lock()
    return profile


def _card_name(session: LiaisonSession) -> str:
    return keycard.parse_card(session.liaison_card()).name


def _duress_card_name(profile: Path) -> str:
    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert session.list_entries() == []  # emptied
        return _card_name(session)
    finally:
        session.lock()


def _duress_rows_length(profile: Path) -> int:
    with sqlite3.connect(profile / "store.db") as conn:
        [(length,)] = conn.execute(
            "SELECT length(value) FROM settings WHERE name = 'duress_rows'").fetchall()
    return length


def test_by_default_the_emptied_profile_shows_liaison_never_the_real_name(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = _profile(tmp_path, use_keyring)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    assert _duress_card_name(profile) == "Liaison"  # issue 7, scenario 6


def test_the_name_chosen_at_duress_set_up_is_the_emptied_profiles_card_name(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = _profile(tmp_path, use_keyring)
    before = _duress_rows_length(profile)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_duress_passphrase(PASSPHRASE, DURESS, shown_name="Bo")
    assert _card_name(session) == "Amina Haddad"  # the real profile keeps its own
    session.lock()
    assert _duress_rows_length(profile) == before  # padded: the length tells nothing
    assert _duress_card_name(profile) == "Bo"


def test_a_name_a_card_cannot_hold_is_refused_and_the_duress_passphrase_not_set(
        tmp_path: Path) -> None:
    profile = _profile(tmp_path, False)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    with pytest.raises(keycard.KeyCardError):
        session.set_duress_passphrase(PASSPHRASE, DURESS, shown_name=" Bo\u202e")
    assert session.duress_passphrase_set() is False
    session.lock()


def test_settings_duress_name_on_the_command_line(tmp_path: Path) -> None:
    profile = _profile(tmp_path, False)
    passfile, duressfile = tmp_path / "pass.txt", tmp_path / "duress.txt"
    passfile.write_text(PASSPHRASE + "\n")
    duressfile.write_text(DURESS + "\n")
    done = run_cli(["settings", "--profile", str(profile), "--passphrase-file", str(passfile),
                    "--duress-passphrase-file", str(duressfile), "--duress-name", "Ben Visser"],
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _duress_card_name(profile) == "Ben Visser"


@pytest.mark.parametrize("name_args", [[], ["--duress-name", "  "]], ids=["none", "blank"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_refuses_a_duress_passphrase_without_a_name_before_anything(
        tmp_path: Path, lang: str, name_args: list[str]) -> None:
    """Review r7h, R7H-9: without --duress-name the emptied profile was named 'Liaison', which
    no profile set up here is; now refused in one sentence before any passphrase is tried."""
    from intake_app.sentences import sentence

    profile = _profile(tmp_path, False)
    passfile, duressfile = tmp_path / "pass.txt", tmp_path / "duress.txt"
    passfile.write_text(PASSPHRASE + "\n")
    duressfile.write_text(DURESS + "\n")
    before = (profile / "vault.json").read_bytes()
    done = run_cli(["settings", "--profile", str(profile), "--passphrase-file", str(passfile),
                    "--duress-passphrase-file", str(duressfile), *name_args],
                   cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert sentence("vault.duress_name_needed", lang) in " ".join(done.stderr.split())
    assert (profile / "vault.json").read_bytes() == before  # nothing tried, nothing counted
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.duress_passphrase_set() is False
    session.lock()
