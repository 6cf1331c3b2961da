"""How close two passphrases are, so that a typo of the passphrase can never be the duress
passphrase (review r7k R7K-6: a duress passphrase differing from the real one by one capital
letter was taken, and the most common typo there is emptied the profile for good).

Two passphrases are too close when they are equal once case, spaces and punctuation are
ignored, or when the optimal string alignment distance (Damerau–Levenshtein without moving a
substring twice: insert, delete, substitute, swap two neighbours) between their normalised
forms is at most `NEAR`. Pure functions on str; no secret leaves them.
"""

from __future__ import annotations

import unicodedata

from intake_app.vault.passphrase import normalise

NEAR = 2
"""Edits (insert, delete, substitute, swap neighbours) within which two passphrases are too
close: one slip of a finger and a doubled or dropped key together."""


def folded(passphrase: str) -> str:
    """Case-folded, only letters and digits: what a person who mistypes case, spacing or
    punctuation still typed (vault.json's `near` slot opens with the duress passphrase's)."""
    return "".join(char for char in unicodedata.normalize("NFKC", normalise(passphrase)).casefold()
                   if char.isalnum())


def _within(a: str, b: str, limit: int) -> bool:
    """Whether the optimal string alignment distance of `a` and `b` is at most `limit`, in
    O(len · limit) steps: only the band of cells within `limit` of the diagonal is filled."""
    if abs(len(a) - len(b)) > limit:
        return False
    far = limit + 1
    previous2: list[int] = []
    previous = [j if j <= limit else far for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row = [far] * (len(b) + 1)
        row[0] = i if i <= limit else far
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous2[j - 2] + 1)
            row[j] = min(best, far)
        if min(row) > limit:
            return False
        previous2, previous = previous, row
    return previous[len(b)] <= limit


def too_close(first: str, second: str) -> bool:
    """Whether a typo of one could be the other: equal ignoring case, spaces and punctuation,
    or within NEAR edits of each other once normalised (vault/passphrase.py `normalise`)."""
    form = folded(first)
    if form and form == folded(second):
        return True
    return _within(normalise(first), normalise(second), NEAR)


def typo_variants(passphrase: str) -> list[str]:
    """The commonest typos of `passphrase`, other than itself and each other: its first letter
    in the other case (auto-capitalisation, Shift held) and every letter's case inverted
    (Caps Lock). A change of the passphrase tries these against the duress passphrase, whose
    text it cannot see (each try is one key stretch)."""
    text = normalise(passphrase)
    variants = [text[:1].swapcase() + text[1:], text.swapcase()]
    seen = {text}
    kept = []
    for variant in variants:
        if variant not in seen:
            seen.add(variant)
            kept.append(variant)
    return kept
