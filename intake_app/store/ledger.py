"""The export ledger: which items went into which bundle, and which office key was current then.

One row per exported bundle in the `exports` table: ``entry`` is canonical JSON
``{"bundle_id", "items": [ids, sorted], "office_key_id", "exported_at"}`` and ``mac`` a MAC of
it under the vault key, bound to the bundle id. A receipt erases items only through this ledger
(services/receipts.py): the items it names must all be in the entry of the bundle it names, and
it must be signed by that entry's office key or a later one endorsed from it (and, for an
item exported again since, allowed for the entry of its latest bundle too). A row changed,
swapped or deleted outside Seinpost makes the receipt a clear refusal; nothing is erased.

`ExportLedger` is the store's part that exports through it: the bundle counter (kept in the
authenticated state, trust.py), the commit of an export, and the export journal row (what an
export is about to publish, services/export_journal.py; covered by the row digest, contents.py)
(part of LocalStore).
"""

from __future__ import annotations

import hmac
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.domain.states import SignalState
from intake_app.store import contents as row_digest
from intake_app.store import items, record_box, settings, trust
from intake_app.store.core import StoreCore
from intake_app.store.ids import utc_now

_PURPOSE = b"export-ledger-mac"
_LIMIT = 4 << 20


@dataclass(frozen=True)
class LedgerEntry:
    """One export in the ledger: the bundle id, the ids of the items in it, the office key id
    current at export, and the export time (UTC, ISO 8601).
    """

    bundle_id: str
    item_ids: tuple[str, ...]
    office_key_id: str  # the office signing key current when the bundle was exported
    exported_at: str  # UTC, ISO 8601


def _mac(vault_key: bytes, bundle_id: str, entry: bytes) -> bytes:
    key = record_box.subkey(vault_key, _PURPOSE)
    return record_box.mac(key, bundle_id.encode("ascii") + b"\x00" + entry)


def record(conn: sqlite3.Connection, vault_key: bytes, bundle_id: str, item_ids: Iterable[str],
           office_key_id: str, now: str) -> None:
    """Add (or widen, for the same bundle id) the entry, in the caller's transaction."""
    ids = set(item_ids)
    old = entry(conn, vault_key, bundle_id)
    if old is not None:
        ids |= set(old.item_ids)
    body = canonical_json({"bundle_id": bundle_id, "items": sorted(ids),
                           "office_key_id": office_key_id, "exported_at": now})
    conn.execute(
        "INSERT INTO exports (bundle_id, entry, mac) VALUES (?, ?, ?) ON CONFLICT (bundle_id) "
        "DO UPDATE SET entry = excluded.entry, mac = excluded.mac",
        (bundle_id, body, _mac(vault_key, bundle_id, body)),
    )


def entry(conn: sqlite3.Connection, vault_key: bytes, bundle_id: str) -> LedgerEntry | None:
    """The verified entry of `bundle_id`; None if there is none or it does not verify."""
    row = conn.execute("SELECT entry, mac FROM exports WHERE bundle_id = ?",
                       (bundle_id,)).fetchone()
    if row is None or not isinstance(row[0], bytes) or not isinstance(row[1], bytes):
        return None
    body, stored = row
    if not hmac.compare_digest(stored, _mac(vault_key, bundle_id, body)):
        return None
    try:
        doc = parse_canonical(body, limit=_LIMIT)
        found = LedgerEntry(doc["bundle_id"], tuple(doc["items"]), doc["office_key_id"],
                            doc["exported_at"])
    except (CanonicalError, KeyError, TypeError):
        return None
    return found if found.bundle_id == bundle_id else None


def forget_all(conn: sqlite3.Connection) -> None:
    """Delete every ledger entry (on `conn`, inside the caller's transaction)."""
    conn.execute("DELETE FROM exports")


class ExportLedger(StoreCore):
    """The bundle counter and the export ledger (part of LocalStore)."""

    def next_bundle_counter(self) -> int:
        """1, 2, 3, … per liaison key, durable before it is returned, never repeated."""
        with self.transaction() as conn:
            state = trust.state(conn, self._vault_key)
            value = state.bundle_counter + 1
            trust.write_state(conn, self._vault_key, state.replace(bundle_counter=value))
        return value

    def release_bundle_counter(self, counter: int) -> None:
        """Give back a counter whose bundle never reached the medium (the writer removed it).

        Only the latest counter can be given back; an older one stays used, which the office
        reports as a gap, never as a replay.
        """
        with self.transaction() as conn:
            state = trust.state(conn, self._vault_key)
            if state.bundle_counter == counter:
                trust.write_state(conn, self._vault_key,
                                  state.replace(bundle_counter=counter - 1))

    def commit_export(self, item_ids: Iterable[str], bundle_id: str,
                      office_key_id: str) -> list[str]:
        """A bundle is safely on the medium: mark its items exported and add its ledger entry
        (which items, and which office key was current). Returns the ids that changed."""
        ids = list(item_ids)
        rows = [("exports", bundle_id), *(("items", i) for i in ids)]
        with self.transaction() as conn, self.tracked(conn, rows):
            now = utc_now()
            record(conn, self._vault_key, bundle_id, ids, office_key_id, now)
            return items.set_status(conn, ids, SignalState.EXPORTED, now, bundle_id)

    def export_entry(self, bundle_id: str) -> LedgerEntry | None:
        """The verified ledger entry of a bundle this profile exported, or None."""
        with self.reading() as conn:
            return entry(conn, self._vault_key, bundle_id)

    def export_journal(self) -> str | None:
        """The export journal row as written by `write_export_journal` (JSON text, its shape is
        services/export_journal.py's), or None when there is none (or it is not text)."""
        with self.reading() as conn:
            value = settings.get(conn, row_digest.EXPORT_JOURNAL)
        return value if isinstance(value, str) else None

    def write_export_journal(self, text: str | None) -> None:
        """Replace the export journal row by `text` (None or "": remove it), durably, in one
        transaction that keeps the authenticated row digest true (contents.py): a journal
        changed outside Seinpost is then refused at open (StoreTampered)."""
        name = row_digest.EXPORT_JOURNAL
        with self.transaction() as conn, self.tracked(conn, [("settings", name)]):
            if text:
                settings.put(conn, name, text)
            else:
                settings.delete(conn, name)
