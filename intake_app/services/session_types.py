"""What the liaison's session hands to its front ends: list rows, status, warnings, card checks.

Plain values only (ids, sizes, dates, states, fingerprints): never a key, never a store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from intake_app.crypto import keycard
from intake_app.crypto.fingerprint_check import count_problem, differing_groups
from intake_app.domain.states import SignalState
from intake_app.vault import VaultStatus


class FingerprintMismatch(keycard.KeyCardError):
    """The fingerprint typed at set-up is not the office card's (nothing was set up).

    `FingerprintMismatch(card_fingerprint, typed)` names what differs as the window's set-up
    does (crypto/fingerprint_check.py, review r7k R7K-7e), never the card's digits: code
    "keycard.fingerprint_mismatch_count" (`typed`, `expected`: the numbers of digits) when
    digits are missing or too many, "keycard.fingerprint_mismatch_groups" (`groups`: "3" or
    "3, 5") when groups differ; without arguments the plain "keycard.fingerprint_mismatch"."""

    code = "keycard.fingerprint_mismatch"
    codes = ("keycard.fingerprint_mismatch", "keycard.fingerprint_mismatch_count",
             "keycard.fingerprint_mismatch_groups")

    def __init__(self, card_fingerprint: str | None = None, typed: str | None = None) -> None:
        if card_fingerprint is None or typed is None:
            super().__init__(
                "The fingerprint you typed does not match this office card: it was not "
                "accepted and nothing was set up. Check the card and the fingerprint with the "
                "office.")
            return
        counted = count_problem(card_fingerprint, typed)
        if counted is not None:
            expected = sum(len(group) for group in card_fingerprint.split())
            super().__init__(code="keycard.fingerprint_mismatch_count",
                             typed=sum(c.isdigit() for c in typed), expected=expected)
            return
        groups = differing_groups(card_fingerprint, typed)
        if not groups:  # no group differs, yet it did not match: say it plainly
            super().__init__(code="keycard.fingerprint_mismatch")
            return
        super().__init__(code="keycard.fingerprint_mismatch_groups",
                         groups=", ".join(str(g) for g in groups))


def check_office_role(card: keycard.KeyCard) -> keycard.KeyCard:
    """Return `card` if it is an office card; KeyCardError for a liaison's card."""
    if card.role != "office":
        raise keycard.KeyCardError("This is a liaison's card, not the office's card.")
    return card


def read_office_card(path: Path) -> keycard.KeyCard:
    """Parse an office card from a file from outside (bounded read, strict parse)."""
    return check_office_role(keycard.load_card(path))


@dataclass(frozen=True)
class IdentifierWarning:
    """A phone number, e-mail address, IBAN, … found in a free-text field: the field's name,
    the kind of identifier and its place in the text (start, end: character offsets)."""

    field: str
    kind: str
    start: int
    end: int


class ListEntry(NamedTuple):
    """One row of the liaison's list (a named tuple: the list makes 11,000 at once)."""

    id: str
    kind: str  # "draft" or "sealed"
    size: int
    date: str
    status: SignalState


@dataclass(frozen=True)
class ProfileStatus:
    """The vault's status, counts by state (store.counts), the office's name and fingerprint,
    and the liaison's own fingerprint."""

    vault: VaultStatus
    counts: dict[str, int]
    office_name: str
    office_fingerprint: str
    liaison_fingerprint: str
