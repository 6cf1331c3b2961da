"""The office cards this profile used before a rotation, to verify receipts signed by them.

A bundle exported before a rotation is answered with a receipt signed by the office key of that
time, so the liaison keeps the earlier cards (public) after accepting a rotated one. The list
decides which signatures may purge signals from this laptop, so like the current office card it
carries a MAC under the vault key: a key slipped into store.db by someone without the
passphrase is refused, not trusted.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import sqlite3

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.store import record_box, settings
from intake_app.store.errors import StoreCorrupt

HISTORY = "office_card_history"
HISTORY_MAC = "office_card_history_mac"
MAX_CARDS = 32  # oldest dropped beyond this: receipts that old are long settled
_PURPOSE = b"office-card-history-mac"
_LIMIT = 1 << 20


def _mac(vault_key: bytes, blob: bytes) -> bytes:
    return record_box.mac(record_box.subkey(vault_key, _PURPOSE), blob)


def previous_cards(conn: sqlite3.Connection, vault_key: bytes) -> list[bytes]:
    """The earlier office cards, oldest first (raw card bytes, not yet parsed)."""
    blob, stored_mac = settings.get(conn, HISTORY), settings.get(conn, HISTORY_MAC)
    if blob is None and stored_mac is None:
        return []
    damaged = StoreCorrupt(
        "The stored list of earlier office cards was changed outside Seinpost; no receipt is "
        "verified with it. Nothing was changed."
    )
    if blob is None or stored_mac is None or not hmac.compare_digest(
            bytes(stored_mac), _mac(vault_key, bytes(blob))):
        raise damaged
    try:
        doc = parse_canonical(bytes(blob), limit=_LIMIT)
        return [base64.b64decode(card, validate=True) for card in doc["cards"]]
    except (CanonicalError, KeyError, TypeError, binascii.Error) as exc:
        raise damaged from exc


def append_card(conn: sqlite3.Connection, vault_key: bytes, card: bytes) -> None:
    """Add `card` (the one being replaced) to the history, in the caller's transaction."""
    cards = [c for c in previous_cards(conn, vault_key) if c != card] + [bytes(card)]
    blob = canonical_json({"cards": [base64.b64encode(c).decode("ascii")
                                     for c in cards[-MAX_CARDS:]]})
    settings.put(conn, HISTORY, blob)
    settings.put(conn, HISTORY_MAC, _mac(vault_key, blob))


def forget(conn: sqlite3.Connection) -> None:
    settings.delete(conn, HISTORY)
    settings.delete(conn, HISTORY_MAC)
