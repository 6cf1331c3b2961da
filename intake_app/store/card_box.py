"""The liaison's card row in store.db, boxed and padded under the vault key (review r7e F6).

The card is public by design (the office registers it), but its row was plaintext: with the
laptop off, `select value from settings where name='liaison_card'` showed the liaison's name
before a duress unlock, and `name: Liaison` after one, which no profile set up in the window
has (it refuses an empty name). So the row is now one record box (record_box.IDENTITY, bound to
the row's name) of the card padded to `PADDED` bytes: without the passphrase nobody reads the
name, and every row has the same length whatever the name (a liaison card's name is at most
keycard.MAX_NAME characters, so its card stays well under `PADDED`).

A row an earlier version wrote (the card's own text, starting with keycard.HEADER) is still
read; a real unlock rewrites it as a box (`renew_card_row`, from duress_proof.check_proof, which
renews the proof over it). What is read is then checked against the boxed signing key as before
(identity.py), whichever form it had.
"""

from __future__ import annotations

import sqlite3

from intake_app.crypto import keycard
from intake_app.store import record_box, settings
from intake_app.store.errors import RecordDamaged
from intake_app.store.trust import LIAISON_CARD

PADDED = 1024  # bytes of card and padding in each box (a multiple of it for a larger card)
_LENGTH = 2  # the card's length in bytes, big-endian, before the card
_PLAIN = keycard.HEADER.encode("ascii")


def seal_card(vault_key: bytes, card: bytes) -> bytes:
    """The row for `card` (bytes): its length, the card and zeros to a multiple of `PADDED`,
    boxed under the vault key's identity subkey."""
    body = len(card).to_bytes(_LENGTH, "big") + card
    body += bytes(-len(body) % PADDED)
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    return record_box.seal_record(key, record_box.IDENTITY, LIAISON_CARD, body)


def open_card(vault_key: bytes, row: bytes) -> bytes:
    """The card in `row` (a box, or an earlier version's plaintext card). Raises
    RecordDamaged when the box does not open or its length does not fit."""
    if row.startswith(_PLAIN):
        return row
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    body = record_box.open_record(key, record_box.IDENTITY, LIAISON_CARD, row)
    length = int.from_bytes(body[:_LENGTH], "big")
    if len(body) < _LENGTH + length or any(body[_LENGTH + length:]):
        raise RecordDamaged()
    return body[_LENGTH:_LENGTH + length]


def renew_card_row(conn: sqlite3.Connection, vault_key: bytes) -> bool:
    """A plaintext card row (an earlier version's) rewritten as a box, in the caller's
    transaction; True when it was, and the caller renews the proof over it."""
    row = settings.get(conn, LIAISON_CARD)
    if not isinstance(row, bytes) or not row.startswith(_PLAIN):
        return False
    settings.put(conn, LIAISON_CARD, seal_card(vault_key, row))
    return True
