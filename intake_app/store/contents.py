"""A digest of every row the store acts on, kept in the authenticated state (trust.py).

Rows carry their own protection where they hold secrets (boxes bound to their ids), but a box
can be deleted, or put back from an older copy, and an item's status or bundle is plain text.
So the state holds one more value: the SUM modulo 2^256 of a keyed hash (under the vault key)
of each row of `drafts`, `attachments`, `items` and `exports`, over the columns that decide
anything (ids, boxes, sizes, statuses, bundles; not the display timestamps), and of the
`settings` rows named in `TRACKED_SETTINGS`: the export journal, which drives removals at every
unlock, and the liaison's preferences (preferences.py: the auto-lock minutes and the list's
cleared time), which decide how long an open window waits and which rows the list shows;
together with the number of rows of each table. Every change goes through
`LocalStore.tracked`, which takes the changed rows' hashes and counts out and puts the new ones
in, in the same transaction; at every open the digest is recomputed from a scan of each table
(never an index, `NOT INDEXED`) and compared. A row deleted, added, changed or restored from an
older copy outside Seinpost is a clear refusal (StoreTampered), never a silent loss.

Why a sum and counts, not the XOR of before (review r7, F2): in an XOR two identical rows
cancel, so a pair of planted rows (two `items` rows marking a held item deleted, two export
journal rows) left the digest as it was. In a sum they add twice a hash nobody without the
vault key can know, and the count of the table changes. The scan also refuses a key that
appears twice (the primary key's uniqueness, proven again here from the table itself, beside
SQLite's integrity_check in database.py). The state keeps the sum masked under the vault key
and its change number (trust.py), so the sums of older copies tell nothing about row hashes.

What the digest is and which rows it covers grew over time; the authenticated state says which
(trust.py's `rows_version`): 1, the XOR over the journal only (stores before the preferences
were covered); 2, the XOR over the journal and the preferences; 3 (`ROWS_VERSION`), the sum and
counts over all of them. A store at 1 or 2 is checked under its own rule and brought to 3 once,
at its next unlock with the right passphrase (LocalStore._check_key), and never goes back: the
version sits under the state's MAC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from intake_app.crypto.canonical import canonical_json
from intake_app.store import record_box
from intake_app.store.integrity_errors import StoreTampered

DIGEST_BYTES = 32
MODULUS = 1 << (8 * DIGEST_BYTES)
_PURPOSE = b"row-digest"
_MASK = b"row-digest-mask"

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
ROWS_VERSION = 3
LEFT_OUT: dict[int, tuple[str, ...]] = {1: PREFERENCES, 2: (), ROWS_VERSION: ()}
#: The versions whose digest is the XOR of the row hashes (`xor_digest`), before review r7.
XOR_VERSIONS = (1, 2)
_ONLY = {"settings": "name IN ({})".format(", ".join(f"'{n}'" for n in TRACKED_SETTINGS))}


@dataclass(frozen=True)
class RowDigest:
    """The digest of a set of rows: `total`, the sum of their keyed hashes modulo 2^256, and
    `counts`, how many rows of each table of TABLES (in that order) it holds."""

    total: int = 0
    counts: tuple[int, ...] = (0,) * len(TABLES)

    def __add__(self, other: RowDigest) -> RowDigest:
        return RowDigest((self.total + other.total) % MODULUS,
                         tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)))

    def __sub__(self, other: RowDigest) -> RowDigest:
        return RowDigest((self.total - other.total) % MODULUS,
                         tuple(a - b for a, b in zip(self.counts, other.counts, strict=True)))

    def count_map(self) -> dict[str, int]:
        """The counts by table name (as the state row writes them)."""
        return dict(zip(TABLES, self.counts, strict=True))


ZERO = RowDigest()


def from_counts(total: int, counts: object) -> RowDigest | None:
    """A RowDigest from a state row's `total` and `counts` (a dict by table name), or None
    when they are not exactly that shape."""
    if type(total) is not int or not 0 <= total < MODULUS or not isinstance(counts, dict):
        return None
    if set(counts) != set(TABLES):
        return None
    values = tuple(counts[table] for table in TABLES)
    if any(type(v) is not int or v < 0 for v in values):
        return None
    return RowDigest(total, values)


def row_key(vault_key: bytes) -> bytes:
    """The 32-byte key of the row hashes, derived from the vault key (trust.py boxes it for the
    duress key too, so a duress unlock can check the rows the same way)."""
    return record_box.subkey(vault_key, _PURPOSE)


def mask_key(vault_key: bytes) -> bytes:
    """The 32-byte key of the state's masks, derived from the vault key (see `row_key`)."""
    return record_box.subkey(vault_key, _MASK)


def mask(vault_key: bytes, epoch: int) -> int:
    """The mask the state row adds to the sum at change number `epoch` (a keyed hash of it:
    no two states share one, and none tells anything without the vault key)."""
    return mask_with(mask_key(vault_key), epoch)


def mask_with(key: bytes, epoch: int) -> int:
    """`mask` under the mask key itself (`mask_key`)."""
    return int.from_bytes(record_box.mac(key, str(epoch).encode("ascii")), "big")


def _encode(value: object) -> object:
    return {"b": bytes(value).hex()} if isinstance(value, bytes | bytearray | memoryview) else value


def _row_hash(key: bytes, table: str, row: tuple) -> int:
    data = canonical_json({"t": table, "r": [_encode(v) for v in row]})
    return int.from_bytes(record_box.mac(key, data), "big")


def _select(table: str) -> str:
    _, columns = TABLES[table]
    return f"SELECT {', '.join(columns)} FROM {table}"  # noqa: S608 (fixed names)


def _one(table: str, total: int) -> RowDigest:
    return RowDigest(total % MODULUS, tuple(int(t == table) for t in TABLES))


def rows_digest(conn: sqlite3.Connection, vault_key: bytes, table: str,
                ids: Iterable[str]) -> RowDigest:
    """The digest of the rows of `table` with these key values (absent rows: nothing), read
    inside the caller's transaction on a store whose indexes were proven (database.py)."""
    key = row_key(vault_key)
    column = TABLES[table][0]
    total = ZERO
    for row_id in set(ids):
        if table == "settings" and row_id not in TRACKED_SETTINGS:
            continue  # not a row the digest covers
        row = conn.execute(f"{_select(table)} WHERE {column} = ?", (row_id,)).fetchone()
        if row is not None:
            total = total + _one(table, _row_hash(key, table, row))
    return total


def _scan(conn: sqlite3.Connection, key: bytes,
          without: tuple[str, ...]) -> tuple[RowDigest, int]:
    """Every tracked row, read by a scan of its table (never an index an attacker could have
    made disagree with it), hashed under the row key `key`: the digest and the XOR of
    XOR_VERSIONS. Raises StoreTampered for a key that appears twice."""
    totals, counts, xor = 0, [], 0
    for table in TABLES:
        seen: set[object] = set()
        where = f" WHERE {_ONLY[table]}" if table in _ONLY else ""
        for row in conn.execute(f"{_select(table)} NOT INDEXED{where}"):
            if row[0] in seen:
                raise StoreTampered()  # a primary key twice: never the app's own rows
            seen.add(row[0])
            if table == "settings" and row[0] in without:
                continue
            value = _row_hash(key, table, row)
            totals += value
            xor ^= value
        counts.append(len(seen) - sum(1 for name in without if name in seen)
                      if table == "settings" else len(seen))
    return RowDigest(totals % MODULUS, tuple(counts)), xor


def full_digest(conn: sqlite3.Connection, vault_key: bytes, *,
                without: tuple[str, ...] = ()) -> RowDigest:
    """The digest of every row of every tracked table; `without`: settings names left out (to
    tell a journal row no digest ever covered, see LocalStore._check_key). Raises
    StoreTampered for a primary key that appears twice."""
    return _scan(conn, row_key(vault_key), without)[0]


def digest_under(conn: sqlite3.Connection, key: bytes, *,
                 without: tuple[str, ...] = ()) -> RowDigest:
    """`full_digest` under the row key itself (`row_key`), for a duress unlock, which holds
    that key and not the vault key it comes from (trust.py)."""
    return _scan(conn, key, without)[0]


def xor_digest(conn: sqlite3.Connection, vault_key: bytes, *,
               without: tuple[str, ...] = ()) -> str:
    """The digest of stores written before review r7 (XOR_VERSIONS: hex of the XOR of the same
    row hashes), only to check such a store once before its state moves to the sum. Raises
    StoreTampered for a primary key that appears twice."""
    return _scan(conn, row_key(vault_key), without)[1].to_bytes(DIGEST_BYTES, "big").hex()
