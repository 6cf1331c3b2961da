"""The office database: one SQLite file with the liaison registry, bundles, signals, attachments.

Attachment content is kept next to it in ``<db name>.attachments/<sha256>`` (content-addressed,
written atomically), because SQLite cannot hold a blob over 1 GB and attachments can be larger.
Opening the database also finishes or removes what an interrupted open left in that folder.
The office machine is trusted; this is the office's working copy.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from intake_app.errors import SeinpostError
from intake_app.fs.private import create_private_file, make_existing_private, make_private_dirs
from intake_app.office import schema
from intake_app.office.store_signals import finish_staging


class OfficeDatabaseError(SeinpostError):
    """The office database cannot be opened or is not an office database.

    `code` says what is wrong: the folder is read-only or not writable, the disk is full, the
    file is not an office database (or is damaged), cannot be opened, or is of another version.
    The string form (what the command line prints) names the file or folder, then the sentence.
    """

    code = "office.database"
    codes = ("office.database", "office.database.too_new", "office.db_folder_read_only",
             "office.disk_full", "office.db_unreadable", "office.bundle_id_shared")


_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite result codes (primary): full, cannot open, read-only, permission, I/O error.
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_READONLY, _SQLITE_PERM, _SQLITE_IOERR = 13, 14, 8, 3, 10


def _disk_full(folder: Path) -> bool:
    try:
        info = os.statvfs(folder)
    except OSError:
        return False
    return info.f_bavail == 0 or info.f_favail == 0


def _folder_read_only(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def _explain(db_path: Path, exc: BaseException) -> OfficeDatabaseError:
    """Say what is wrong with the folder or the file, not only what SQLite said."""
    folder = db_path.parent
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    number = exc.errno if isinstance(exc, OSError) else None
    if number == errno.ENOSPC or primary == _SQLITE_FULL or (
            primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _disk_full(folder)):
        return OfficeDatabaseError(f"{folder}: the disk is full ({exc})",
                                   code="office.disk_full", path=str(folder))
    if number in _READ_ONLY or (primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN,
                                           _SQLITE_IOERR) and _folder_read_only(folder)):
        return OfficeDatabaseError(f"{folder}: read-only or not writable ({exc})",
                                   code="office.db_folder_read_only", path=str(folder))
    if isinstance(exc, OSError):
        return OfficeDatabaseError(f"{db_path}: cannot be opened ({exc})",
                                   code="office.db_unreadable", path=str(db_path),
                                   reason=exc.strerror or type(exc).__name__)
    return OfficeDatabaseError(f"{db_path}: not an office database ({exc})", path=str(db_path))


def describe_error(db_path: Path, exc: BaseException) -> OfficeDatabaseError:
    """The OfficeDatabaseError for an OSError or sqlite3.Error met while using the database at
    `db_path`: a full disk, a read-only folder or an unreadable file said as such."""
    return _explain(Path(db_path), exc)


def attachments_dir(db_path: Path) -> Path:
    """The folder of attachment contents beside the database: `<db name>.attachments/`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".attachments")


def connect(db_path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the office database; autocommit, transactions are explicit."""
    db_path = Path(db_path)
    try:
        make_private_dirs(db_path.parent)  # new folders 0700; an existing one is left as it is
        if not create_private_file(db_path):  # 0600 before SQLite makes it (umask otherwise)
            make_existing_private(db_path)  # it holds plaintext signals: before any is written
    except OSError as exc:
        raise _explain(db_path, exc) from None
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
    except sqlite3.Error as exc:
        raise _explain(db_path, exc) from None
    try:
        store = make_private_dirs(attachments_dir(db_path))
    except OSError as exc:
        raise _explain(db_path, exc) from None
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
        raise OfficeDatabaseError(code="office.bundle_id_shared", count=len(rows),
                                  bundle_id=bundle_id.strip().lower())
    return None if not rows else bytes(rows[0][0])
