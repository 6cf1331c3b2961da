"""Compare the fingerprint the office read aloud with the card's, group by group.

The liaison types what they hear; only then is the card's fingerprint compared. A mismatch names
the groups that differ (by their place, 1 to 8), never the card's digits: showing them would let
a liaison copy instead of listen. The window's set-up (ui/fingerprint_texts.py) and `intake-app
init` (services/session_types.FingerprintMismatch) say the same (review r7k R7K-7e).
"""

from __future__ import annotations

import hmac
import re

from intake_app.crypto.fingerprint import western_digits

_NOT_DIGIT = re.compile(r"\D+")


def differing_groups(card_fingerprint: str, typed: str) -> list[int]:
    """The 1-based positions of the card's groups (as printed on it, separated by spaces) that
    differ from what was typed (empty: a match), digits of any script read as 0-9
    (`fingerprint.western_digits`). Separators in `typed` are ignored; missing
    digits make their groups differ. Constant time per group.
    """
    groups = card_fingerprint.split()
    digits = _NOT_DIGIT.sub("", western_digits(typed))
    differ = []
    start = 0
    for index, group in enumerate(groups):
        expected = group.encode("ascii")
        given = digits[start : start + len(group)].encode("ascii")
        start += len(group)
        if len(given) != len(expected) or not hmac.compare_digest(given, expected):
            differ.append(index + 1)
    if len(digits) > start and groups and len(groups) not in differ:
        differ.append(len(groups))  # digits beyond the last group: the last one was misheard
    return differ


_DIGIT_RUN = re.compile(r"\d+")


def count_problem(card_fingerprint: str, typed: str) -> tuple[str, int, int] | None:
    """What is wrong with the *number* of groups or digits typed, before any group is compared
    (review r12v F3: a skipped group made every later group "differ", and a genuine card read
    as a bad one). None when 40 digits were typed (however grouped). Otherwise one of:

    - ("groups", typed, expected): typed with separators, but not 8 groups;
    - ("group_length", position, length): 8 groups, the 1-based `position` with `length` digits;
    - ("digits", typed, expected): typed without separators, not 40 digits.
    """
    groups = card_fingerprint.split()
    expected_digits = sum(len(group) for group in groups)
    runs = _DIGIT_RUN.findall(western_digits(typed))
    typed_digits = sum(len(run) for run in runs)
    if typed_digits == expected_digits:
        return None
    if len(runs) > 1:
        if len(runs) != len(groups):
            return ("groups", len(runs), len(groups))
        for position, (run, group) in enumerate(zip(runs, groups, strict=True), start=1):
            if len(run) != len(group):
                return ("group_length", position, len(run))
    return ("digits", typed_digits, expected_digits)
