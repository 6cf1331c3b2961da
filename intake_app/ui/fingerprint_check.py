"""Compare the fingerprint the office read aloud with the card's, group by group.

The liaison types what they hear; only then is the card's fingerprint compared. A mismatch names
the groups that differ (by their place, 1 to 8), never the card's digits: showing them would let
a liaison copy instead of listen.
"""

from __future__ import annotations

import hmac
import re

from intake_app.crypto import fingerprint as fp

_NOT_DIGIT = re.compile(r"\D+")


def differing_groups(card_digits: str, typed: str) -> list[int]:
    """The 1-based positions of the groups of five digits that differ (empty: a match).

    Separators are ignored; missing digits make their groups differ. Constant time per group.
    """
    digits = _NOT_DIGIT.sub("", typed)[: len(card_digits)]
    differ = []
    for index in range(fp.GROUPS):
        start = index * fp.GROUP_DIGITS
        expected = card_digits[start : start + fp.GROUP_DIGITS].encode("ascii")
        given = digits[start : start + fp.GROUP_DIGITS].encode("ascii")
        if len(given) != len(expected) or not hmac.compare_digest(given, expected):
            differ.append(index + 1)
    return differ
