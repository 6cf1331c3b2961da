"""The office database: one SQLite file with the liaison registry, bundles, signals, attachments.

Attachment content is kept next to it in ``<db name>.attachments/<sha256>`` (content-addressed,
written atomically), because SQLite cannot hold a blob over 1 GB and attachments can be larger.
Opening the database also finishes or removes what an interrupted open left in that folder.
The office machine is trusted; this is the office's working copy.

Which file is an office database (review r14i U1): one whose SQLite header carries Seinpost's
`APPLICATION_ID` (set by migration 7), or one from before that migration with the first
schema's tables. Any other file given as the database, an empty one included, is refused and
left exactly as it was: never converted. A new database is built under a temporary name beside
it and linked into place only where no file exists, so a half-made one is never found there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from pathlib import Path

from intake_app.errors import SeinpostError, sqlite_disk_full
from intake_app.fs.atomic import fsync_dir, temp_name
from intake_app.fs.private import create_private_file, make_existing_private, make_private_dirs
from intake_app.office import schema
from intake_app.office.store_signals import finish_staging


class OfficeDatabaseError(SeinpostError):
    """The office database cannot be opened or is not an office database.

    `code` says what is wrong: the folder is read-only or not writable, the disk is full, there
    is no such file, the file is not an office database (empty or of another kind), is damaged,
    cannot be opened, or is of another version.
    The string form (what the command line prints) names the file or folder, then the sentence.
    """

    code = "office.database"
    codes = ("office.database", "office.database.too_new", "office.db_folder_read_only",
             "office.disk_full", "office.db_unreadable", "office.bundle_id_shared",
             "office.db_missing", "office.not_office_db", "office.not_office_db_existing")


APPLICATION_ID = schema.APPLICATION_ID
_SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite 3 database file
_FIRST_TABLES = frozenset({"liaisons", "bundles", "signals", "attachments"})  # migration 1
# link(2) refused by the file system (FAT, some network shares), not by the file being there.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS,
             errno.EXDEV}


_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite result codes (primary; full: errors.py sqlite_disk_full): cannot open, read-only,
# permission, I/O error.
_SQLITE_CANTOPEN, _SQLITE_READONLY, _SQLITE_PERM, _SQLITE_IOERR = 14, 8, 3, 10


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
    if number == errno.ENOSPC or sqlite_disk_full(exc) or (
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


def _too_new(db_path: Path) -> OfficeDatabaseError:
    return OfficeDatabaseError(f"{db_path}: the database was written by a newer Seinpost",
                               code="office.database.too_new", path=str(db_path))


def is_office_database(db_path: Path) -> bool:
    """Whether the existing file `db_path` is an office database, found without writing to it:
    Seinpost's application id in its SQLite header, or (made before migration 7) no
    application id, a schema version of at least 1 and the first schema's tables.

    False for an empty file, a file that is not SQLite, and another program's SQLite database.
    Raises OSError (EINVAL for a folder, FIFO or device, ELOOP for a link, as
    `make_existing_private`) and sqlite3.Error for a damaged file.
    """
    fd = os.open(db_path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(db_path))
        head = os.read(fd, len(_SQLITE_MAGIC))
    finally:
        os.close(fd)
    if head != _SQLITE_MAGIC:
        return False
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=30)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if application_id != 0:
            return bool(application_id == APPLICATION_ID)
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return schema.schema_version(conn) >= 1 and _FIRST_TABLES <= tables
    finally:
        conn.close()


def _create(db_path: Path) -> None:
    """Build a new office database beside `db_path` and link it into place unless a file
    appeared there meanwhile (then that file is judged like any other). Raises OSError and
    sqlite3.Error."""
    building = temp_name(db_path)  # `.<name>.<hex>.partial`, 0600 before SQLite writes it
    if not create_private_file(building):
        raise FileExistsError(errno.EEXIST, "temporary name taken", str(building))
    try:
        conn = sqlite3.connect(building, isolation_level=None, timeout=30)
        try:
            schema.migrate(conn, lambda: _too_new(db_path))
        finally:
            conn.close()
        fd = os.open(building, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(building, db_path, follow_symlinks=False)
        except FileExistsError:
            return
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            _copy_new(building, db_path)
        fsync_dir(db_path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(building)


def _copy_new(source: Path, target: Path) -> None:
    """Where links cannot be made: copy `source` into a new `target` (never an existing one)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as out:
        out.write(source.read_bytes())
        out.flush()
        os.fsync(out.fileno())


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction of `conn` (autocommit, explicit BEGIN) if SQLite still
    has one, raising nothing: the caller raises the first error. A COMMIT that failed for a
    full disk or an I/O error may have been rolled back by SQLite itself ("may or may not be
    rolled back automatically", sqlite.org/lang_transaction.html), and an unconditional
    ROLLBACK then raised "cannot rollback - no transaction is active" in place of the full
    disk; a COMMIT refused as busy leaves it open, and the connection's next BEGIN failed."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def connect(db_path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open the office database at `db_path`; autocommit, transactions are explicit.

    With `create` (the default), a new one is made where no file exists, its missing folders
    0700; without, a missing file raises OfficeDatabaseError "office.db_missing". An existing
    file that is not an office database (`is_office_database`) raises "office.not_office_db"
    ("office.not_office_db_existing" without `create`) and is left as it was. Also
    OfficeDatabaseError for a full disk, a read-only folder, an
    unreadable, damaged or newer database (see `_explain`).
    """
    db_path = Path(db_path)
    try:
        if not os.path.lexists(db_path):
            if not create:
                raise OfficeDatabaseError(f"{db_path}: no such office database",
                                          code="office.db_missing", path=str(db_path))
            make_private_dirs(db_path.parent)  # new folders 0700; existing ones left as they are
            _create(db_path)
        if not is_office_database(db_path):
            # Without `create` (open, export, receipt, report, purge, settings) no new one
            # is made: the hint names only the existing one (review r14k, K3).
            raise OfficeDatabaseError(f"{db_path}: not an office database, left as it was",
                                      code="office.not_office_db" if create
                                      else "office.not_office_db_existing", path=str(db_path))
        make_existing_private(db_path)  # it holds plaintext signals: before any is written
    except OSError as exc:
        raise _explain(db_path, exc) from None
    except sqlite3.Error as exc:
        raise _explain(db_path, exc) from None
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        try:
            schema.migrate(conn, lambda: _too_new(db_path))
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
