"""The store's SQLite schema as ordered migrations; `user_version` says how many have run.

Migration 1 is the whole first schema. Later migrations only add; each runs in its own
transaction together with the version bump, so a crash leaves the database at a whole version.
Never edit a released migration: append a new one (tests/test_store_migrations.py opens a
database of every earlier version).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence

from intake_app.store.errors import StoreTooNew

# Drafts and attachments hold only ids, times, sizes (visible on disk anyway) and encrypted
# boxes; items hold no content at all. 'delivered' and 'deleted' items are tombstones whose
# sealed file is gone.
MIGRATION_1 = (
    """CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value ANY NOT NULL
    ) STRICT""",
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        record BLOB NOT NULL
    ) STRICT""",
    """CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        size INTEGER NOT NULL,
        meta BLOB NOT NULL,
        UNIQUE (draft_id, position)
    ) STRICT""",
    """CREATE TABLE items (
        id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        sealed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sealed', 'exported', 'delivered', 'deleted')),
        status_at TEXT NOT NULL,
        warnings TEXT NOT NULL,
        bundle_id TEXT
    ) STRICT""",
)

# Listing 10,000 drafts newest first, and items by status, without a table scan and sort.
MIGRATION_2 = (
    "CREATE INDEX drafts_by_updated ON drafts(updated_at)",
    "CREATE INDEX items_by_status ON items(status, sealed_at)",
)

# The draft list reads one small index and nothing else (issue 13): each draft's boxed record
# size is kept beside the box (filled in here for existing drafts), and the index holds every
# column the list shows, in the order it shows them; attachment sizes come from their own
# covering index. The index of migration 2 is a prefix of the new one, so it goes.
MIGRATION_3 = (
    "ALTER TABLE drafts ADD COLUMN record_size INTEGER NOT NULL DEFAULT 0",
    "UPDATE drafts SET record_size = length(record)",
    "CREATE INDEX drafts_listing ON drafts(updated_at, id, created_at, record_size)",
    "DROP INDEX drafts_by_updated",
    "CREATE INDEX attachments_sizes ON attachments(draft_id, size)",
)

# The export ledger (store/ledger.py): one authenticated entry per exported bundle.
MIGRATION_4 = (
    """CREATE TABLE exports (
        bundle_id TEXT PRIMARY KEY,
        entry BLOB NOT NULL,
        mac BLOB NOT NULL
    ) STRICT""",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (MIGRATION_1, MIGRATION_2, MIGRATION_3,
                                             MIGRATION_4)
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The store's schema version (SQLite `PRAGMA user_version`)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = CURRENT_VERSION) -> int:
    """Run the migrations the database has not had, up to `target`; return the new version.

    Raises StoreTooNew for a store written by a newer Seinpost.
    """
    return apply_migrations(conn, MIGRATIONS, StoreTooNew, target=target)


def apply_migrations(conn: sqlite3.Connection, migrations: Sequence[Sequence[str]],
                     too_new: Callable[[], Exception], *, target: int) -> int:
    """Run `migrations[version:target]` on `conn` (autocommit), each in one transaction with
    its `user_version` bump, so a crash leaves a whole version; return the new version.

    The one migration runner of Seinpost's SQLite files (the liaison store and the office
    database). Raises `too_new()` if the file has had more migrations than `migrations`.
    """
    version = schema_version(conn)
    if version > len(migrations):
        raise too_new()
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migrations[version]:
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    return version


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction of `conn`, if SQLite still has one: a COMMIT that failed
    for a full disk has already rolled it back, and a ROLLBACK then raised "cannot rollback -
    no transaction is active" in place of the full disk, which nothing maps (the duress unlock
    said "Something went wrong inside Seinpost", review r7h R7H-13)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


# Every object SQLite keeps in sqlite_master: (type, name, table, SQL text).
SchemaObjects = frozenset[tuple[str, str, str, str | None]]
_MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master"


def schema_objects(conn: sqlite3.Connection) -> SchemaObjects:
    """What `conn`'s database holds in sqlite_master, as a set."""
    return frozenset(tuple(row) for row in conn.execute(_MASTER))  # type: ignore[misc]


@functools.cache
def expected_objects(version: int) -> SchemaObjects:
    """The exact sqlite_master of a store at schema `version` (0 ≤ version ≤ CURRENT_VERSION),
    made by running the same migrations on an empty in-memory database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, MIGRATIONS, StoreTooNew, target=version)
        return schema_objects(conn)
    finally:
        conn.close()


def schema_is_ours(conn: sqlite3.Connection) -> bool:
    """Is the schema exactly what our migrations made for the version the file claims? A
    trigger, view, index or table added, dropped, renamed or changed, or a `user_version` that
    does not match the tables, is not: SQLite would run a trigger inside the app's own
    statements (and the store would fold its change into the authenticated row digest), and a
    missing table would surface as a bare OperationalError. A version newer than this program
    is left to `migrate` (StoreTooNew)."""
    version = schema_version(conn)
    if version > CURRENT_VERSION:
        return True
    return version >= 0 and schema_objects(conn) == expected_objects(version)
