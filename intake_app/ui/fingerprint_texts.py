"""The set-up page's sentences about a typed office fingerprint (crypto/fingerprint_check.py
compares).

They keep the set-up page's translation context ("SetupPage"), so the catalogues are unchanged;
each is a literal `QCoreApplication.translate` call, so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.crypto.fingerprint_check import count_problem, differing_groups


def fingerprint_problem(card_fingerprint: str, typed: str) -> str | None:
    """The sentence for what is wrong with `typed` against the card's fingerprint (groups of
    digits separated by spaces), or None when it matches. A wrong number of groups or digits is
    counted ("7 of the 8 groups"), not called a bad card; otherwise the differing groups are named
    by their place, never by the card's digits.
    """
    if not any(c.isdigit() for c in typed):  # "groups 1-8 differ" would read as a bad card
        return QCoreApplication.translate(
            "SetupPage", "Type the digits the office reads to you, then press Check.")
    differ = differing_groups(card_fingerprint, typed)
    if not differ:
        return None
    counted = count_problem(card_fingerprint, typed)
    if counted is not None:  # a group left out or a digit too many: not a bad card
        return _count_text(*counted)
    if len(differ) == 1:
        text = QCoreApplication.translate(
            "SetupPage", "This does not match the card: group %1 of 8 differs. Ask the "
            "office to read it again; if it still differs, do not use this card.")
    else:
        text = QCoreApplication.translate(
            "SetupPage", "This does not match the card: groups %1 of 8 differ. Ask the "
            "office to read them again; if they still differ, do not use this card.")
    return text.replace("%1", ", ".join(str(g) for g in differ))


def _count_text(kind: str, first: int, second: int) -> str:
    """The sentence for a wrong number of groups or digits (fingerprint_check.count_problem)."""
    again = QCoreApplication.translate(
        "SetupPage", "Ask the office to read the whole fingerprint again and type it once more.")
    if kind == "groups" and first < second:
        text = QCoreApplication.translate(
            "SetupPage", "You typed %1 of the %2 groups: a group is missing.")
    elif kind == "groups":
        text = QCoreApplication.translate(
            "SetupPage", "You typed %1 groups, but a fingerprint has %2.")
    elif kind == "group_length":
        text = QCoreApplication.translate("SetupPage", "Group %1 has %2 digits instead of 5.")
    elif first < second:
        text = QCoreApplication.translate(
            "SetupPage", "You typed %1 of the %2 digits: some are missing.")
    else:
        text = QCoreApplication.translate(
            "SetupPage", "You typed %1 digits, but a fingerprint has %2.")
    return text.replace("%1", str(first)).replace("%2", str(second)) + " " + again
