"""One strength rule with the profile's names, for the window's meter and both command lines
(review r12x X1, issue 7).

The set-up meter knew the liaison's and the office's names, but the rule the vault applies did
not: `intake-app init --name "Amira El Amrani"` took "ElAmrani1990" and "Amira2026", a changed
passphrase was judged without names, and `intake-office keygen --name "Centraal Meldpunt
Noord"` took "MeldpuntNoord2026". A name's words run together were unknown to the estimator
even where it had the name. And a passphrase sentence longer than 72 characters made zxcvbn
raise ValueError, so set-up failed instead of judging it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli

from intake_app.office import keys
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, WeakPassphrase
from intake_app.vault.passphrase import MIN_SCORE, check_new_passphrase, strength

NAME = "Amira El Amrani"
WEAK_WITH_NAME = ["Amira2026", "ElAmrani1990", "AmiraElAmrani!"]
REFUSED = "This passphrase is too easy to guess"
LONG = ("this is a long passphrase sentence that only I would ever think of, about my cat "
        "Minoes")  # 87 characters


def _init(tmp_path: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_text(passphrase + "\n", encoding="utf-8")
    return run_cli(["init", "--profile", str(tmp_path / "profile"), "--passphrase-file",
                    str(passfile), "--office-card", str(office.card_path), "--no-keyring",
                    "--fingerprint", office.parsed.fingerprint, "--name", NAME],
                   cwd=tmp_path, env={"SEINPOST_LANG": "en"})


@pytest.mark.parametrize("weak", WEAK_WITH_NAME)
def test_init_refuses_the_liaisons_own_name_in_the_passphrase(tmp_path: Path,
                                                                weak: str) -> None:
    done = _init(tmp_path, weak)
    assert done.returncode != 0
    assert REFUSED in done.stderr
    assert not (tmp_path / "profile" / "vault.json").exists()


def test_the_window_and_the_command_line_refuse_what_the_meter_calls_weak(
        tmp_path: Path) -> None:
    """The window's set-up calls the same session set-up the command line does."""
    office = make_office(tmp_path / "office")
    for weak in WEAK_WITH_NAME:
        assert strength(weak, [NAME, office.parsed.name]) < MIN_SCORE  # the meter's judgement
        with pytest.raises(WeakPassphrase):
            LiaisonSession.initialise(
                tmp_path / "profile", weak, office.parsed, office.parsed.fingerprint,
                liaison_name=NAME, use_keyring=False, kdf=KdfParams.fast_for_tests(),
                allow_weak_kdf=True)


def test_a_changed_passphrase_is_judged_with_the_profiles_names(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    session = LiaisonSession.initialise(
        tmp_path / "profile", PASSPHRASE, office.parsed, office.parsed.fingerprint,
        liaison_name=NAME, use_keyring=False, kdf=KdfParams.fast_for_tests(),
        allow_weak_kdf=True)
    session.lock()
    new = tmp_path / "new.txt"
    new.write_text("ElAmrani1990\n", encoding="utf-8")
    done = run_cli(["settings", "--profile", str(tmp_path / "profile"), "--change-passphrase",
                    "--new-passphrase-file", str(new)], cwd=tmp_path,
                   stdin=PASSPHRASE + "\n", env={"SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert REFUSED in done.stderr
    LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE).lock()  # unchanged


def test_office_keygen_refuses_the_offices_own_name_in_the_passphrase(tmp_path: Path) -> None:
    passfile = tmp_path / "pw.txt"
    passfile.write_text("MeldpuntNoord2026\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "intake_app.cli.office", "keygen", "--out", str(tmp_path / "k"),
         "--name", "Centraal Meldpunt Noord", "--passphrase-file", str(passfile)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**_env(), "SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert REFUSED in done.stderr
    with pytest.raises(WeakPassphrase):
        keys.generate_office_keys(tmp_path / "k2", "Centraal Meldpunt Noord", "Noord2026!")


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_a_name_typed_without_spaces_is_known_as_the_name() -> None:
    assert strength("ElAmrani1990") >= MIN_SCORE  # unknown words without the name
    assert strength("ElAmrani1990", [NAME]) < MIN_SCORE


def test_a_passphrase_sentence_longer_than_72_characters_is_judged_not_refused(
        tmp_path: Path) -> None:
    assert len(LONG) > 72
    assert check_new_passphrase(LONG, user_inputs=[NAME]) == LONG
    done = _init(tmp_path, LONG)
    assert done.returncode == 0, done.stderr
    typed = run_cli(["list", "--profile", str(tmp_path / "profile")], cwd=tmp_path,
                    stdin=LONG + "\n")
    assert typed.returncode == 0, typed.stderr
