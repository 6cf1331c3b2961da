"""Review r7h, R7H-4: the strength rule is not beaten by spaces between known words.

zxcvbn scores each space as a bruteforce segment, so the names, Dutch and own words it knew
(review r12x X1) passed once spaced: with the profile's names given exactly as set-up gives
them, "amira el amrani" (the liaison's own name), "Amira El Amrani 1990", "Centraal Meldpunt
2026" and "welkom welkom 2026" all scored 3 or 4, while the same words run together scored
0 to 2, and `intake-app init --name "Amira El Amrani"` set a profile up with the first. The one
rule now also judges the passphrase with its spaces and punctuation taken out and keeps the
lower score (`vault/passphrase.py` `strength`), everywhere it is used: set-up, a change, the
duress passphrase, the office's keys, the window's meter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import make_office, run_cli

from intake_app.sentences import sentence
from intake_app.vault import MIN_SCORE, strength

NAMES = ["Amira El Amrani", "Centraal Meldpunt"]


@pytest.mark.parametrize("spaced", ["amira el amrani", "Amira El Amrani 1990",
                                    "Centraal Meldpunt 2026", "welkom welkom 2026",
                                    "amira-el-amrani", "Amira, El Amrani!"])
def test_known_words_with_spaces_or_punctuation_between_are_as_weak_as_run_together(
        spaced: str) -> None:
    assert strength(spaced, NAMES) < MIN_SCORE


@pytest.mark.parametrize("sentence_", ["correct horse battery staple",
                                       "lantaarnpaal fietsbel regenjas kompas",
                                       "violet tractor sings under seven bridges",
                                       "what I say when forced to"])
def test_a_sentence_of_unrelated_words_still_passes(sentence_: str) -> None:
    assert strength(sentence_, NAMES) >= MIN_SCORE


def test_init_refuses_the_liaisons_own_name_with_its_spaces(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pw.txt"
    passfile.write_text("amira el amrani\n", encoding="utf-8")
    done = run_cli(["init", "--profile", str(tmp_path / "profile"), "--passphrase-file",
                    str(passfile), "--office-card", str(office.card_path), "--fingerprint",
                    office.parsed.fingerprint, "--name", "Amira El Amrani", "--no-keyring"],
                   cwd=tmp_path, env={"SEINPOST_LANG": "en"})
    assert done.returncode != 0
    assert sentence("vault.weak_passphrase", "en") in done.stderr
    assert not (tmp_path / "profile" / "vault.json").exists()
