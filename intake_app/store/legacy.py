"""Moving a store of the format before the integrity work (schema 2, its `settings` rows) to the
authenticated rows of trust.py and ledger.py, at its first unlock with the right passphrase.

What the old format authenticated is checked before it is carried over: the liaison key must
open under this vault key (else the store is not this vault's: StoreKeyMismatch), the office
card and its history must carry their MACs under it (else StoreTampered). What it did not
authenticate is carried over only where that is harmless: the bundle counter (a wrong one makes
the office report a gap or refuse a bundle as a replay; nothing is lost), and the bundle id of
each exported item, which becomes a ledger entry naming the office key current NOW, so a receipt
signed by an older, retired key for such a bundle is refused (export it again for a new
receipt). Old rows are removed in the same transaction.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import sqlite3
from collections import defaultdict

from intake_app.crypto import keycard
from intake_app.crypto.canonical import CanonicalError, parse_canonical
from intake_app.store import identity, ledger, record_box, settings, trust
from intake_app.store.errors import RecordDamaged
from intake_app.store.integrity_errors import StoreKeyMismatch, StoreTampered

OFFICE_CARD = "office_card"
OFFICE_CARD_MAC = "office_card_mac"
HISTORY = "office_card_history"
HISTORY_MAC = "office_card_history_mac"
GENERATION = "vault_generation"
BUNDLE_COUNTER = "bundle_counter"
LIAISON_NAME = "liaison_name"
OLD_ROWS = (OFFICE_CARD, OFFICE_CARD_MAC, HISTORY, HISTORY_MAC, GENERATION, BUNDLE_COUNTER,
            LIAISON_NAME)
_HISTORY_PURPOSE = b"office-card-history-mac"


def is_legacy(conn: sqlite3.Connection) -> bool:
    """Whether the store still has the old, unauthenticated office card or generation settings."""
    return settings.get(conn, OFFICE_CARD) is not None or settings.get(conn, GENERATION) is not None


def _office_card(conn: sqlite3.Connection, vault_key: bytes) -> bytes:
    card, stored = settings.get(conn, OFFICE_CARD), settings.get(conn, OFFICE_CARD_MAC)
    if not isinstance(card, bytes) or not isinstance(stored, bytes):
        raise StoreTampered()
    want = record_box.mac(record_box.subkey(vault_key, record_box.OFFICE_CARD_MAC), card)
    if not hmac.compare_digest(stored, want):
        raise StoreTampered()
    return card


def _history(conn: sqlite3.Connection, vault_key: bytes) -> tuple[bytes, ...]:
    blob, stored = settings.get(conn, HISTORY), settings.get(conn, HISTORY_MAC)
    if blob is None and stored is None:
        return ()
    if not isinstance(blob, bytes) or not isinstance(stored, bytes):
        raise StoreTampered()
    want = record_box.mac(record_box.subkey(vault_key, _HISTORY_PURPOSE), blob)
    if not hmac.compare_digest(stored, want):
        raise StoreTampered()
    try:
        return tuple(base64.b64decode(c, validate=True)
                     for c in parse_canonical(blob, limit=1 << 20)["cards"])
    except (CanonicalError, KeyError, TypeError, binascii.Error):
        raise StoreTampered() from None


def migrate(conn: sqlite3.Connection, vault_key: bytes) -> None:
    """In the caller's transaction (see the module docstring)."""
    try:
        identity.liaison_signing_key(conn, vault_key)
    except RecordDamaged:
        raise StoreKeyMismatch() from None
    current = _office_card(conn, vault_key)
    earlier = tuple(card for card in _history(conn, vault_key) if card != current)
    try:
        counter = int(settings.get(conn, BUNDLE_COUNTER) or 0)
    except (TypeError, ValueError):
        counter = 0
    office_key_id = keycard.parse_card(current).key_id
    bundles: dict[str, list[str]] = defaultdict(list)
    for item_id, bundle_id in conn.execute(
            "SELECT id, bundle_id FROM items WHERE bundle_id IS NOT NULL "
            "AND status IN ('sealed', 'exported')"):
        if isinstance(bundle_id, str) and len(bundle_id) == 32:
            bundles[bundle_id].append(item_id)
    for bundle_id, ids in bundles.items():
        ledger.record(conn, vault_key, bundle_id, ids, office_key_id, "migrated")
    # An export journal of this old format was never authenticated: it is not adopted.
    settings.delete(conn, "export_journal")
    # Last: the state's row digest covers the ledger entries just made.
    trust.start(conn, vault_key, current, bundle_counter=max(counter, 0), earlier_cards=earlier)
    for name in OLD_ROWS:
        settings.delete(conn, name)
