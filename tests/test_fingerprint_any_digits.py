"""A fingerprint typed in the digits of another script reads as the same digits (review
r12ac-5): a liaison with an Arabic, Persian or Chinese (full-width) keyboard types ٠١٢٣, ۰۱۲۳ or
０１２３; the window's Check did nothing (an encoding error inside), `intake-app init` stopped with
"Something went wrong inside Seinpost", and the office's `liaison add` called a matching card
swapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, run_cli

from intake_app.crypto.fingerprint_check import count_problem, differing_groups

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
FULL_WIDTH = "０１２３４５６７８９"


def _in(digits: str, fingerprint: str) -> str:
    return fingerprint.translate(str.maketrans("0123456789", digits))


@pytest.mark.parametrize("digits", [ARABIC_INDIC, PERSIAN, FULL_WIDTH],
                         ids=["arabic-indic", "persian", "full-width"])
def test_the_cards_fingerprint_in_other_digits_matches_and_one_wrong_group_is_named(
        tmp_path: Path, digits: str) -> None:
    card = make_office(tmp_path / "office").parsed
    typed = _in(digits, card.fingerprint)
    assert card.matches_fingerprint(typed)
    assert differing_groups(card.fingerprint, typed) == []
    assert count_problem(card.fingerprint, typed) is None
    groups = card.fingerprint.split()
    groups[2] = str((int(groups[2][0]) + 1) % 10) + groups[2][1:]
    wrong = _in(digits, " ".join(groups))
    assert not card.matches_fingerprint(wrong)
    assert differing_groups(card.fingerprint, wrong) == [3]


def test_init_takes_the_fingerprint_in_arabic_indic_digits(tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    result = run_cli(["init", "--name", "Yara Okonkwo", "--profile", str(tmp_path / "profile"),
                      "--office-card", str(office.card_path), "--passphrase-file",
                      str(tmp_path / "pass"), "--no-keyring",
                      "--fingerprint", _in(ARABIC_INDIC, office.parsed.fingerprint)],
                     cwd=tmp_path, env={"SEINPOST_LANG": "en"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "profile" / "vault.json").exists()
