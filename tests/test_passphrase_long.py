"""The strength rule's cost is bounded however long the passphrase, and the bound never makes it
accept more (issue 12, "Quick"; vault/passphrase.py `_score`).

zxcvbn's time grows with about the cube of the length: with the first 100 characters judged, one
judgement of 100 random characters took 0.4 to 5 s, a 2,000-character paste as long, and the
window's meters judged at every keystroke. Now at most the first 48 characters of each form
are given to it (the first 24 first, enough where they score 4).
"""

from __future__ import annotations

import random
import string
import time

import pytest
import zxcvbn

from intake_app.vault.passphrase import (
    MIN_SCORE,
    WeakPassphrase,
    check_new_passphrase,
    strength,
    warm_up,
)

NAMES = ["Amira El Amrani", "Centraal Meldpunt", "profile"]
_PRINTABLE = string.ascii_letters + string.digits + "!@#$%^&*() -_=+[]{};:,.<>/?|~"


def _random_text(seed: int, length: int) -> str:
    chance = random.Random(seed)
    return "".join(chance.choice(_PRINTABLE) for _ in range(length))


def _pastes() -> dict[str, str]:
    chance = random.Random(12)
    return {
        "random": _random_text(12, 2000),
        "weak start, random tail": "a" * 24 + _random_text(13, 1976),
        "digits and spaces": " ".join(str(n % 10) for n in range(1000)),
        "l33t": "p4ssw0rd!@#$" * 170,
        "words": " ".join(chance.choice(["paard", "fiets", "regen", "brug", "molen", "kaas"])
                          for _ in range(350)),
    }


@pytest.mark.timing
@pytest.mark.parametrize("kind", list(_pastes()))
def test_a_2000_character_paste_is_judged_in_under_a_second(kind: str) -> None:
    warm_up()  # the dictionaries' one-off load is not the judgement's cost
    text = _pastes()[kind]
    started = time.perf_counter()
    strength(text, NAMES)
    took = time.perf_counter() - started
    assert took < 1.0, f"{took:.2f} s"


def test_the_estimator_is_never_given_more_than_48_characters(monkeypatch) -> None:
    given: list[int] = []
    judge = zxcvbn.zxcvbn

    def counting(password, *args, **kwargs):
        given.append(len(password))
        return judge(password, *args, **kwargs)

    monkeypatch.setattr(zxcvbn, "zxcvbn", counting)
    for text in _pastes().values():
        strength(text, NAMES)
    assert given and max(given) <= 48


@pytest.mark.parametrize("weak_start", ["a" * 48, "1234567890" * 5, "qwertyuiop" * 5,
                                        "amira " * 9])
def test_a_passphrase_that_opens_with_48_characters_of_one_pattern_is_refused_whatever_follows(
        weak_start: str) -> None:
    """Stricter than judging the first 100: a strong tail there hid a weak beginning."""
    text = weak_start + "kraanvogel morgenrood fietsbel Zq7!vR"
    assert strength(text, NAMES) < MIN_SCORE
    with pytest.raises(WeakPassphrase):
        check_new_passphrase(text, user_inputs=NAMES)


@pytest.mark.parametrize("strong", [
    "Mijn grootmoeder fietste elke zondag langs de Maas naar de markt in Venlo, met een mand "
    "vol appels en een rode paraplu 7!",
    _random_text(5, 2000),
])
def test_a_long_strong_passphrase_stays_strong(strong: str) -> None:
    assert check_new_passphrase(strong, user_inputs=NAMES)
    assert strength(strong, NAMES) == 4
