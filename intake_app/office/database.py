"""The office database: one SQLite file with the liaison registry, bundles, signals, attachments.

Attachment content is kept next to it in ``<db name>.attachments/<sha256>`` (content-addressed,
written atomically), because SQLite cannot hold a blob over 1 GB and attachments can be larger.
Opening the database also finishes or removes what an interrupted open left in that folder.
The office machine is trusted; this is the office's working copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from intake_app.errors import SeinpostError
from intake_app.fs.atomic import ensure_private_dir
from intake_app.office import schema
from intake_app.office.store_signals import finish_staging


class OfficeDatabaseError(SeinpostError):
    """The office database cannot be opened or is not an office database."""

    code = "office.database"
    codes = ("office.database", "office.database.too_new")


def attachments_dir(db_path: Path) -> Path:
    """The folder of attachment contents beside the database: `<db name>.attachments/`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".attachments")


def connect(db_path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the office database; autocommit, transactions are explicit."""
    db_path = Path(db_path)
    ensure_private_dir(db_path.parent)
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        try:
            schema.migrate(conn, lambda: OfficeDatabaseError(
                f"{db_path}: the database was written by a newer Seinpost",
                code="office.database.too_new", path=str(db_path)))
        except OfficeDatabaseError:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise OfficeDatabaseError(f"{db_path}: not an office database ({exc})",
                                  path=str(db_path)) from None
    store = ensure_private_dir(attachments_dir(db_path))
    try:
        finish_staging(conn, store)
    except (OSError, sqlite3.Error):
        pass  # leftovers stay until the next connect; the database itself is fine
    return conn


def stored_receipt(conn: sqlite3.Connection, bundle_id: str,
                   liaison_key_id: str | None = None) -> bytes | None:
    """The signed receipt (canonical JSON bytes, `seinpost/receipt/v1`) written when the bundle
    `bundle_id` (32 hex digits, any case, surrounding spaces ignored) of `liaison_key_id` was
    opened; None if no such bundle was opened into this database. Bundle ids are each laptop's
    own choice, so two liaisons may share one: then `liaison_key_id` must say whose
    (OfficeDatabaseError otherwise)."""
    rows = conn.execute("SELECT receipt FROM bundles WHERE bundle_id = ? AND "
                        "(? IS NULL OR liaison_key_id = ?)",
                        (bundle_id.strip().lower(), liaison_key_id, liaison_key_id)).fetchall()
    if len(rows) > 1:
        raise OfficeDatabaseError(f"{len(rows)} liaisons used bundle id {bundle_id}: name one "
                                  "with --liaison KEY_ID")
    return None if not rows else bytes(rows[0][0])
