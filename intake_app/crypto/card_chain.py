"""The office's rotation chain: several office cards, each endorsed by the one before it.

A liaison who missed a rotation holds card K1 while the office is at K3; K3 is endorsed by K2,
not by K1, so K3 alone cannot be accepted (review r7j, R7J-3). The office therefore hands out
its whole chain, and a liaison's `office-card update` accepts any set of cards, in any order:

- a *chain file* is the office's cards written one after the other, oldest first, each exactly
  as its own card file (keycard.py's format; every card begins with the line
  ``SEINPOST KEY CARD v1``). `intake-office rotate` writes one (`office-chain.cards`); several
  separate card files are the same set of cards;
- `link` sorts the cards it is given against the office record the liaison holds: the ones that
  extend it (each endorsed by the one before, starting at the current card), the ones older
  than it (the current card's own ancestry, followed back through the given cards), and the
  ones that cannot be linked (endorsed by a key this laptop lacks, or by none).

Pure: no files, no store; the caller reads the files (bounded) and writes the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intake_app.crypto import keycard
from intake_app.crypto.keycard import KeyCard, KeyCardError

#: How a card begins (keycard.py's first line); a chain file is cards one after the other.
_START = (keycard.HEADER + "\n").encode("ascii")
#: At most this many cards in one chain file (the liaison's record keeps 64, trust.py).
MAX_CHAIN = 64


def split_cards(data: bytes) -> list[bytes]:
    """The card files inside `data`: one card file, or a chain file (cards one after the other,
    each starting with the header line). Each piece is returned as it is, to be parsed strictly
    by keycard.parse_card.

    Raises KeyCardError when `data` does not start with a card, or holds more than MAX_CHAIN."""
    if not data.startswith(_START):
        raise KeyCardError("not a Seinpost key card (first line differs)")
    starts = [0]
    at = data.find(b"\n" + _START)
    while at != -1:
        starts.append(at + 1)
        at = data.find(b"\n" + _START, at + 1)
    if len(starts) > MAX_CHAIN:
        raise KeyCardError(f"a chain file holds at most {MAX_CHAIN} cards")
    return [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]


def chain_bytes(cards: Sequence[bytes]) -> bytes:
    """A chain file: the card files `cards` (oldest first) one after the other."""
    return b"".join(bytes(card) for card in cards)


@dataclass(frozen=True)
class Linked:
    """How given cards stand to the office record (see `link`).

    `new`: the cards that extend the record, in order (each endorsed by the one before, the
    first by the current card); `older`: cards of the record's own past (already held, or
    endorsed the first held one); `same`: whether the current card itself was among them;
    `unlinked`: cards that are none of these (an endorser this laptop lacks, or none)."""

    new: tuple[KeyCard, ...]
    older: tuple[KeyCard, ...]
    same: bool
    unlinked: tuple[KeyCard, ...]

    @property
    def missing_key_id(self) -> str | None:
        """The key id of the office key that endorsed the first unlinked card and which this
        laptop lacks: the card(s) in between are missing. None when no unlinked card names an
        endorser (then it is simply not endorsed)."""
        for card in self.unlinked:
            if card.endorsement is not None:
                return card.endorsement.key_id
        return None


def _holds(keys: Sequence[bytes], key: bytes) -> bool:
    return any(keycard.signing_keys_equal(key, known) for known in keys)


def link(record: Sequence[KeyCard], given: Sequence[KeyCard]) -> Linked:
    """Sort the parsed office cards `given` against `record` (the liaison's verified office
    cards, oldest first, the last current). A card extends the record only through
    keycard.verify_rotation from the tip; when two given cards are endorsed by the same tip
    (a fork, which the office never makes) neither is taken."""
    current = record[-1]
    ancestry = [card.verify_key for card in record]
    if record[0].endorsement is not None:
        ancestry.append(record[0].endorsement.verify_key)
    rest = [card for card in given if card.raw != current.raw]
    same = len(rest) != len(given)
    grown = True
    while grown:  # follow the ancestry back through the given cards
        grown = False
        for card in rest:
            endorser = card.endorsement.verify_key if card.endorsement else None
            if (_holds(ancestry, card.verify_key) and endorser is not None
                    and not _holds(ancestry, endorser)):
                ancestry.append(endorser)
                grown = True
    older = [c for c in rest if _holds(ancestry, c.verify_key)
             and not keycard.signing_keys_equal(c.verify_key, current.verify_key)]
    rest = [c for c in rest if c not in older]
    new: list[KeyCard] = []
    tip = current
    while True:
        nexts = []
        for card in rest:
            try:
                keycard.verify_rotation(tip, card)
            except KeyCardError:
                continue
            nexts.append(card)
        if len({card.raw for card in nexts}) != 1:
            break
        tip = nexts[0]
        new.append(tip)
        rest = [card for card in rest if card.raw != tip.raw]
    return Linked(tuple(new), tuple(older), same, tuple(rest))
