"""Accepting the office's rotated key card.

The office card decides to whom every signal is sealed, so a new one is accepted only when the
current office key endorsed it (`keycard.verify_rotation`); there is no fingerprint dialogue to
fall back on. The replaced card stays in the office record (store/trust.py), so receipts the
office signs for bundles exported before the rotation still verify.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.crypto import keycard
from intake_app.services.transfer_errors import RotationRejected
from intake_app.store.local_store import LocalStore


def read_card_file(path: Path) -> keycard.KeyCard:
    """The office card in the file at `path` (through the one card reader, keycard.read_card_file,
    with its size limit), parsed strictly.

    Raises KeyCardError ("keycard.unreadable") or OutsideFileError when the file cannot be read,
    RotationRejected ("not_a_card" for a malformed card, "not_office" for a liaison's card)."""
    data = keycard.read_card_file(path)
    try:
        card = keycard.parse_card(data)
    except keycard.KeyCardError as exc:
        raise RotationRejected("not_a_card", str(exc)) from None
    if card.role != "office":
        raise RotationRejected("not_office", "it is a liaison's card, not the office's")
    return card


def update_office_card(store: LocalStore, path: Path) -> keycard.KeyCard:
    """Verify the card at `path` against the current office card and make it the new one.

    Returns the new card (its fingerprint is worth showing). Raises RotationRejected and
    changes nothing when the current office key did not endorse it. The same card twice is
    harmless.
    """
    new = read_card_file(Path(path))
    current = keycard.parse_card(store.office_card())
    if new.raw == current.raw:
        return current
    try:
        keycard.verify_rotation(current, new)
    except keycard.KeyCardError as exc:
        raise RotationRejected("not_endorsed", str(exc)) from None
    try:
        store.accept_rotated_office_card(new.raw)
    except keycard.KeyCardError as exc:  # checked again inside the transaction
        raise RotationRejected("not_endorsed", str(exc)) from None
    return new
