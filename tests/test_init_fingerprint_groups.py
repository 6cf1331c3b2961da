"""Review r7k R7K-7e: `intake-app init --fingerprint` with one wrong digit said only "does not
match", while the window's set-up names the misheard group. Both now say the same thing from one
comparison (crypto/fingerprint_check.py): which group(s) of 8 differ, or how many digits were
typed against the 40 expected, never the card's digits; nothing is set up."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli

from intake_app.sentences import sentence
from intake_app.services.liaison import FingerprintMismatch, LiaisonSession
from intake_app.vault import KdfParams

LOCALES = {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}


def _with_group_changed(fingerprint: str, *positions: int) -> str:
    groups = fingerprint.split()
    for position in positions:
        group = groups[position - 1]
        groups[position - 1] = str((int(group[0]) + 1) % 10) + group[1:]
    return " ".join(groups)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_init_names_the_misheard_group_and_sets_up_nothing(tmp_path: Path, language: str) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    typed = _with_group_changed(office.parsed.fingerprint, 3)
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--profile", str(profile), "--office-card", str(office.card_path),
                      "--fingerprint", typed, "--no-keyring"], cwd=tmp_path,
                     env={"LANG": LOCALES[language]})
    assert result.returncode != 0
    assert sentence("keycard.fingerprint_mismatch_groups", language, groups="3") in result.stderr
    for group in office.parsed.fingerprint.split():
        assert group not in result.stdout + result.stderr  # never the card's digits
    assert not profile.exists()


def test_init_counts_the_digits_when_a_group_was_left_out(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    typed = " ".join(office.parsed.fingerprint.split()[:7])
    result = run_cli(["init", "--name", "Yara Okonkwo",
                      "--profile", str(tmp_path / "profile"), "--office-card",
                      str(office.card_path), "--fingerprint", typed, "--no-keyring"],
                     cwd=tmp_path, env={"LANG": LOCALES["en"]})
    assert result.returncode != 0
    assert sentence("keycard.fingerprint_mismatch_count", "en", typed=35, expected=40) \
        in result.stderr


def test_the_session_set_up_names_every_differing_group(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    typed = _with_group_changed(office.parsed.fingerprint, 2, 8)
    with pytest.raises(FingerprintMismatch) as raised:
        LiaisonSession.initialise(tmp_path / "profile", PASSPHRASE, office.parsed, typed,
                                  kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    assert raised.value.code == "keycard.fingerprint_mismatch_groups"
    assert raised.value.params == {"groups": "2, 8"}
    assert not (tmp_path / "profile").exists()
