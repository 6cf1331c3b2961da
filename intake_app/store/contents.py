"""A digest of every row the store acts on, kept in the authenticated state (trust.py).

Rows carry their own protection where they hold secrets (boxes bound to their ids), but a box
can be deleted, or put back from an older copy, and an item's status or bundle is plain text.
So the state holds one more value: the XOR of a keyed hash (under the vault key) of each row of
`drafts`, `attachments`, `items` and `exports`, over the columns that decide anything (ids,
boxes, sizes, statuses, bundles; not the display timestamps), and of the `settings` rows named
in `TRACKED_SETTINGS`: the export journal, which drives removals at every unlock, and the
liaison's preferences (preferences.py: the auto-lock minutes and the list's cleared time), which
decide how long an open window waits and which rows the list shows. Every change
goes through `LocalStore.tracked`, which takes the changed rows' hashes out and puts the new
ones in, in the same transaction; at every open the digest is recomputed and compared. A row
deleted, added, changed or restored from an older copy outside Seinpost is a clear refusal
(StoreTampered), never a silent loss.

Which rows the digest covers grew over time; the authenticated state says which set it was made
over (trust.py's `rows_version`): 1, the journal only (stores before the preferences were
covered); 2 (`ROWS_VERSION`), the journal and the preferences. A store at 1 is brought to 2 once,
at its next unlock with the right passphrase (LocalStore._check_key), and never goes back: the
version sits under the state's MAC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from intake_app.crypto.canonical import canonical_json
from intake_app.store import record_box

DIGEST_BYTES = 32
ZERO = bytes(DIGEST_BYTES).hex()
_PURPOSE = b"row-digest"

# table -> (key column, columns that decide something)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "drafts": ("id", ("id", "record")),
    "attachments": ("id", ("id", "draft_id", "position", "size", "meta")),
    "items": ("id", ("id", "size", "sha256", "status", "warnings", "bundle_id")),
    "exports": ("bundle_id", ("bundle_id", "entry", "mac")),
    "settings": ("name", ("name", "value")),
}
#: The settings row holding the export journal (written only through ledger.py's ExportLedger).
EXPORT_JOURNAL = "export_journal"
#: The liaison's preferences (preferences.py): the idle auto-lock minutes, the list's cleared time.
AUTO_LOCK = "auto_lock_minutes"
LIST_CLEARED_AT = "list_cleared_at"
PREFERENCES = (AUTO_LOCK, LIST_CLEARED_AT)
#: The settings rows the digest covers (the others carry their own MAC or box: trust.py,
#: identity.py).
TRACKED_SETTINGS = (EXPORT_JOURNAL, *PREFERENCES)
#: The tracked rows a state of each `rows_version` leaves out (the covered set only grows).
ROWS_VERSION = 2
LEFT_OUT: dict[int, tuple[str, ...]] = {1: PREFERENCES, ROWS_VERSION: ()}
_ONLY = {"settings": "name IN ({})".format(", ".join(f"'{n}'" for n in TRACKED_SETTINGS))}


def _encode(value: object) -> object:
    return {"b": bytes(value).hex()} if isinstance(value, bytes | bytearray | memoryview) else value


def _row_hash(key: bytes, table: str, row: tuple) -> int:
    data = canonical_json({"t": table, "r": [_encode(v) for v in row]})
    return int.from_bytes(record_box.mac(key, data), "big")


def _select(table: str) -> str:
    _, columns = TABLES[table]
    return f"SELECT {', '.join(columns)} FROM {table}"  # noqa: S608 (fixed names)


def _where(table: str) -> str:
    return f" WHERE {_ONLY[table]}" if table in _ONLY else ""


def rows_digest(conn: sqlite3.Connection, vault_key: bytes, table: str,
                ids: Iterable[str]) -> int:
    """XOR of the hashes of the rows of `table` with these key values (absent rows: nothing)."""
    key = record_box.subkey(vault_key, _PURPOSE)
    column = TABLES[table][0]
    total = 0
    for row_id in set(ids):
        if table == "settings" and row_id not in TRACKED_SETTINGS:
            continue  # not a row the digest covers
        row = conn.execute(f"{_select(table)} WHERE {column} = ?", (row_id,)).fetchone()
        if row is not None:
            total ^= _row_hash(key, table, row)
    return total


def full_digest(conn: sqlite3.Connection, vault_key: bytes, *,
                without: tuple[str, ...] = ()) -> str:
    """The digest of every row of every tracked table (hex); `without`: settings names left
    out (to tell a journal row no digest ever covered, see LocalStore._check_key)."""
    key = record_box.subkey(vault_key, _PURPOSE)
    total = 0
    for table in TABLES:
        for row in conn.execute(_select(table) + _where(table)):
            if table == "settings" and row[0] in without:
                continue
            total ^= _row_hash(key, table, row)
    return total.to_bytes(DIGEST_BYTES, "big").hex()


def combine(digest: str, change: int) -> str:
    """`digest` with the rows whose hashes XOR to `change` taken out or put in."""
    return (int(digest, 16) ^ change).to_bytes(DIGEST_BYTES, "big").hex()
