"""The office database's SQLite schema as ordered migrations; `user_version` says how many ran.

Like the liaison store (`intake_app/store/schema.py`): migration 1 is the whole first schema;
later migrations only add; each runs in one transaction with its version bump, so a crash leaves
the database at a whole version. Never edit a released migration: append a new one, and a test
for it in tests/test_office_migrations.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from intake_app.store.schema import apply_migrations, schema_version

# The registry of liaisons, the bundles opened (with the receipt written for each), the signals
# and their attachments' metadata (content lives in <db>.attachments/<sha256>).
MIGRATION_1 = (
    """CREATE TABLE liaisons (
    key_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    verify_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    card BLOB NOT NULL,
    added TEXT NOT NULL,
    revoked TEXT
)""",
    """CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY,
    liaison_key_id TEXT NOT NULL REFERENCES liaisons(key_id),
    counter INTEGER NOT NULL,
    created TEXT NOT NULL,
    opened TEXT NOT NULL,
    items INTEGER NOT NULL,
    receipt BLOB NOT NULL,
    UNIQUE (liaison_key_id, counter)
)""",
    """CREATE TABLE signals (
    liaison_key_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL REFERENCES bundles(bundle_id),
    received TEXT NOT NULL,
    category TEXT NOT NULL,
    actor TEXT NOT NULL,
    targets TEXT NOT NULL,
    channel TEXT NOT NULL,
    period_kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT,
    place_kind TEXT NOT NULL,
    place_value TEXT,
    impact TEXT NOT NULL,
    urgency TEXT NOT NULL,
    anonymity TEXT NOT NULL,
    consent TEXT NOT NULL,
    reported_elsewhere TEXT NOT NULL,
    source_reliability TEXT NOT NULL,
    information_credibility TEXT NOT NULL,
    created TEXT NOT NULL,
    signal_json TEXT NOT NULL,
    PRIMARY KEY (liaison_key_id, item_id)
)""",
    """CREATE TABLE attachments (
    liaison_key_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    cleaning TEXT NOT NULL,
    PRIMARY KEY (liaison_key_id, item_id, position)
)""",
)

# Issue 7: a bundle is identified by (liaison, bundle id), not by the bundle id alone, which each
# liaison's laptop picks on its own: another liaison reusing an id must get its own bundle, not
# the first one's receipt. SQLite cannot change a key in place, so `bundles` and `signals` are
# rebuilt with the rows copied unchanged; `signals` refers to its bundle by the pair. The new
# tables refer to `bundles_v2`, which the RENAME turns into `bundles` everywhere.
MIGRATION_2 = (
    """CREATE TABLE bundles_v2 (
    bundle_id TEXT NOT NULL,
    liaison_key_id TEXT NOT NULL REFERENCES liaisons(key_id),
    counter INTEGER NOT NULL,
    created TEXT NOT NULL,
    opened TEXT NOT NULL,
    items INTEGER NOT NULL,
    receipt BLOB NOT NULL,
    PRIMARY KEY (liaison_key_id, bundle_id),
    UNIQUE (liaison_key_id, counter)
)""",
    "INSERT INTO bundles_v2 SELECT bundle_id, liaison_key_id, counter, created, opened, items, "
    "receipt FROM bundles",
    """CREATE TABLE signals_v2 (
    liaison_key_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    received TEXT NOT NULL,
    category TEXT NOT NULL,
    actor TEXT NOT NULL,
    targets TEXT NOT NULL,
    channel TEXT NOT NULL,
    period_kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT,
    place_kind TEXT NOT NULL,
    place_value TEXT,
    impact TEXT NOT NULL,
    urgency TEXT NOT NULL,
    anonymity TEXT NOT NULL,
    consent TEXT NOT NULL,
    reported_elsewhere TEXT NOT NULL,
    source_reliability TEXT NOT NULL,
    information_credibility TEXT NOT NULL,
    created TEXT NOT NULL,
    signal_json TEXT NOT NULL,
    PRIMARY KEY (liaison_key_id, item_id),
    FOREIGN KEY (liaison_key_id, bundle_id) REFERENCES bundles_v2(liaison_key_id, bundle_id)
)""",
    "INSERT INTO signals_v2 SELECT * FROM signals",
    "DROP TABLE signals",
    "DROP TABLE bundles",
    "ALTER TABLE bundles_v2 RENAME TO bundles",
    "ALTER TABLE signals_v2 RENAME TO signals",
)

# Issue 14: what the report and retention keep. `period_counts` holds the aggregate counts of
# purged quarters (codes and numbers only: `office/report/snapshots.py`); `office_settings` the
# office's settings (the retention period). Before this migration both were created on first
# use, so a version-2 database may hold them already: hence IF NOT EXISTS, rows kept.
MIGRATION_3 = (
    """CREATE TABLE IF NOT EXISTS period_counts (
    period TEXT NOT NULL,
    dimension TEXT NOT NULL,
    row TEXT NOT NULL,
    col TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (period, dimension, row, col)
)""",
    "CREATE TABLE IF NOT EXISTS office_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

# Issue 14: each quarter is published once and then always the same way, so reports of
# different periods cannot be combined against each other (`office/report/publications.py`):
# the settings a quarter was protected with, and every cell of its tables (codes, the raw
# count, whether it is hidden, its place in the table). Codes and numbers only.
MIGRATION_4 = (
    """CREATE TABLE publications (
    period TEXT PRIMARY KEY,
    threshold INTEGER NOT NULL,
    protection INTEGER NOT NULL,
    analysed INTEGER NOT NULL,
    excluded INTEGER NOT NULL,
    too_few INTEGER NOT NULL
)""",
    """CREATE TABLE published_cells (
    period TEXT NOT NULL REFERENCES publications(period),
    tbl TEXT NOT NULL,
    row_pos INTEGER NOT NULL,
    col_pos INTEGER NOT NULL,
    row TEXT NOT NULL,
    col TEXT NOT NULL,
    value INTEGER NOT NULL,
    suppressed INTEGER NOT NULL,
    PRIMARY KEY (period, tbl, row, col)
)""",
)

# Issue 14: the least count for an actor's own row in a quarter's publication (protection + 2,
# so that the trend's "–" is protected like a hidden cell); NULL in publications made before,
# which used the threshold.
MIGRATION_5 = ("ALTER TABLE publications ADD COLUMN fold_below INTEGER",)

# Issue 14 (review r14e, B2): the protection rule a quarter's publication was made with
# (`office/report/publications.RULE`); NULL in publications made before, whose rules could
# give hidden counts away through their pattern. A report re-protects such a quarter under
# today's rule only where that hides everything it hid, else refuses it.
MIGRATION_6 = ("ALTER TABLE publications ADD COLUMN rule INTEGER",)

# Issue 14 (review r14i U1): the file says it is an office database, in SQLite's header
# (`PRAGMA application_id`, "SnPo"), so `office/database.py` can refuse any other file given
# as one, an empty one included, instead of turning it into an office database.
APPLICATION_ID = 0x536E506F
MIGRATION_7 = (f"PRAGMA application_id = {APPLICATION_ID:d}",)

# Issue 7 (review r7k R7K-5): the key id of the office card each bundle's items were sealed to
# (`office/bundle_checks.sealed_to`), so `liaison list` shows who still seals to a retired
# key; NULL for bundles opened before.
MIGRATION_8 = ("ALTER TABLE bundles ADD COLUMN sealed_to TEXT",)

MIGRATIONS: tuple[tuple[str, ...], ...] = (MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4,
                                           MIGRATION_5, MIGRATION_6, MIGRATION_7, MIGRATION_8)
CURRENT_VERSION = len(MIGRATIONS)
__all__ = ["APPLICATION_ID", "CURRENT_VERSION", "MIGRATIONS", "migrate", "schema_version"]


def migrate(conn: sqlite3.Connection, too_new: Callable[[], Exception], *,
            target: int = CURRENT_VERSION) -> int:
    """Run the migrations `conn` (autocommit) has not had, up to `target`; return the version.

    Raises `too_new()` for a database written by a newer Seinpost. The runner is the liaison
    store's (`store.schema.apply_migrations`): one transaction per migration.
    """
    return apply_migrations(conn, MIGRATIONS, too_new, target=target)
