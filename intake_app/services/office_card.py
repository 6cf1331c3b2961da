"""Accepting the office's rotated key card, or its whole rotation chain.

The office card decides to whom every signal is sealed, so a new one is accepted only when the
current office key endorsed it (`keycard.verify_rotation`); there is no fingerprint dialogue to
fall back on. A liaison who missed a rotation gives the office's chain file or the cards in
between, in any order (crypto/card_chain.py): each is checked against the one before it. The
replaced cards stay in the office record (store/trust.py), so receipts the office signs for
bundles exported before the rotation still verify.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake_app.crypto import card_chain, keycard
from intake_app.services.transfer_errors import RotationRejected
from intake_app.store.local_store import LocalStore


@dataclass(frozen=True)
class CardUpdate:
    """The outcome of `update_office_cards`: `card`, the current office card afterwards;
    `accepted`, the cards taken (oldest first; empty when nothing changed); `older`, how many
    given cards were older than the one held; `missing_key_id`, the key id of an office key
    this laptop lacks that endorsed a given card left out (ask the office for the card(s) in
    between), else None."""

    card: keycard.KeyCard
    accepted: tuple[keycard.KeyCard, ...]
    older: int
    missing_key_id: str | None


def read_cards(path: Path) -> list[keycard.KeyCard]:
    """The office cards in the file at `path`: one card, or the office's chain file (cards one
    after the other), read through the one card reader (keycard.read_card_file, bounded) and
    parsed strictly.

    Raises KeyCardError ("keycard.unreadable") or OutsideFileError when the file cannot be read,
    RotationRejected ("not_a_card" for a malformed card, "not_office" for a liaison's card)."""
    data = keycard.read_card_file(path)
    try:
        cards = [keycard.parse_card(piece) for piece in card_chain.split_cards(data)]
    except keycard.KeyCardError as exc:
        raise RotationRejected("not_a_card", str(exc)) from None
    if any(card.role != "office" for card in cards):
        raise RotationRejected("not_office", "it is a liaison's card, not the office's")
    return cards


def update_office_cards(store: LocalStore, paths: Sequence[Path]) -> CardUpdate:
    """Verify the office cards in the files `paths` (cards or chain files, any order) against
    the office record and take the ones that extend it, in one transaction.

    Returns a CardUpdate (nothing accepted when every card was already held or older). Raises
    RotationRejected and changes nothing when no given card extends the record: "missing"
    (endorsed by an office key this laptop lacks; `key_id` names it), "older" (every card is
    older than the current one), "not_endorsed" (endorsed by no office key); and as
    `read_cards`. When some cards extend the record and others cannot be linked, the former
    are taken and `missing_key_id` says what is missing."""
    given = [card for path in paths for card in read_cards(Path(path))]
    record = [keycard.parse_card(raw) for raw in store.office_record().cards]
    linked = card_chain.link(record, given)
    if not linked.new:
        if linked.unlinked:
            missing = linked.missing_key_id
            known = [card.key_id for card in record]
            if missing is not None and missing not in known:
                raise RotationRejected("missing", f"it is endorsed by office key {missing}, "
                                       "which this laptop does not have", key_id=missing)
            raise RotationRejected("not_endorsed", "the current office key did not endorse it")
        if not linked.same:
            raise RotationRejected("older", "it is older than the current office card")
        return CardUpdate(record[-1], (), len(linked.older), None)
    try:  # checked again inside the transaction
        store.accept_rotated_office_card(*(card.raw for card in linked.new))
    except keycard.KeyCardError as exc:
        raise RotationRejected("not_endorsed", str(exc)) from None
    return CardUpdate(linked.new[-1], linked.new, len(linked.older), linked.missing_key_id)


def update_office_card(store: LocalStore, path: Path) -> keycard.KeyCard:
    """`update_office_cards` for one file; the current office card afterwards. The same card
    twice is harmless."""
    return update_office_cards(store, [path]).card
