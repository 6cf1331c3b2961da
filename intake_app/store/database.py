"""Opening the store's SQLite file: private, WAL, full sync, checked before anything is written."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from intake_app.errors import sqlite_disk_full
from intake_app.fs import own
from intake_app.store.errors import (
    Cancelled,
    DiskFull,
    StoreCorrupt,
    StoreExists,
    StoreLinked,
    StoreLogPlanted,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
)
from intake_app.store.integrity_errors import StoreTampered
from intake_app.store.schema import CURRENT_VERSION, migrate, schema_is_ours, schema_version

DB_NAME = "store.db"
SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x53504E54  # "SPNT": marks the file as a Seinpost store
#: How long a write waits for another program that holds the store's write lock (ms).
BUSY_WAIT_MS = 10_000


def _configure(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
        raise StoreCorrupt("The local store cannot use write-ahead logging on this disk.")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted drafts are overwritten with zeros in the file, not just unlinked from the b-tree.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA trusted_schema = OFF")


def _connect(path: Path, *, existing: bool = False) -> sqlite3.Connection:
    # Autocommit mode: the store writes BEGIN/COMMIT itself, so a transaction is exactly
    # what the code says it is. An existing store is opened read-write explicitly (`mode=rw`:
    # never created when missing); SQLite would still fall back to read-only for a file it
    # cannot write, which `_check_writable` refuses before this. `trusted_schema` is off from
    # the first statement: nothing in a schema runs a function SQLite does not call harmless.
    target = f"{path.absolute().as_uri()}?mode=rw" if existing else str(path)
    conn = sqlite3.connect(target, uri=existing, isolation_level=None,
                           check_same_thread=False, timeout=BUSY_WAIT_MS / 1000)
    conn.text_factory = _text
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _text(raw: bytes) -> str:
    """A TEXT value read from the store, decoded strictly. The app writes only valid UTF-8,
    so anything else was written outside Seinpost: StoreTampered, the clear refusal, for
    whichever passphrase reads it (sqlite3's own decoding raised a bare OperationalError,
    which the command line called "Something went wrong")."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreTampered() from None


def create_database(profile_dir: Path, name: str = DB_NAME, *,
                    synced: bool = True) -> sqlite3.Connection:
    """Create store.db (or `name`, a new store being prepared beside it) in `profile_dir`
    (mode 0600, never over an existing file), configure it and bring its schema to the current
    version; return the open connection. `synced=False`: this connection syncs nothing
    (``PRAGMA synchronous = OFF``, a setting of the connection, not stored in the file, whose
    bytes are the same); for a store built in a folder nobody uses yet, which the caller
    makes durable in one step once the connection is closed (store/fresh.py).

    Raises StoreExists when the file exists, StoreLinked or StoreLogPlanted (as `check_database`
    says them); DiskFull or StoreCorrupt translated from SQLite errors."""
    path = Path(profile_dir) / name
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise StoreExists() from exc
    os.close(fd)
    try:
        _check_side_files(path)
    except StoreLogPlanted:
        os.unlink(path)  # the file this call made; what was planted is left as it is
        raise
    except StoreLinked:
        remove_database(Path(profile_dir), name)
        raise
    conn = _connect(path)
    try:
        with translate_errors(Path(profile_dir)):
            if not synced:  # from the first write (the id below, in a rollback journal)
                conn.execute("PRAGMA synchronous = OFF")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            _configure(conn)
            if not synced:
                conn.execute("PRAGMA synchronous = OFF")
            migrate(conn)
    except BaseException:
        conn.close()
        remove_database(Path(profile_dir), name)
        raise
    return conn


def _check_side_files(path: Path) -> None:
    """SQLite opens its WAL, shared-memory and journal files itself, and would block on a FIFO
    there: each that exists must be a regular file (StoreLogPlanted otherwise) with no other
    name (StoreLinked otherwise, see `_check_one_name`) that this user can write
    (StoreReadOnly otherwise, see `_check_writable`)."""
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        try:
            fd = own.open_fd(side)
        except FileNotFoundError:
            continue
        except own.OwnFileError:  # planted (review r7l R7L-7), not a damaged store
            raise StoreLogPlanted(side.name) from None
        try:
            _check_one_name(fd)
        finally:
            os.close(fd)
        _check_writable(side)


_WRITE_FLAGS = (os.O_RDWR | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
                | getattr(os, "O_CLOEXEC", 0))


def _check_writable(path: Path) -> None:
    """StoreReadOnly when this user cannot open the store file `path` (already known to be a
    regular file) for writing: its mode changed to 0400 while the laptop was off, say.

    SQLite opens such a file read-only without a word and fails only at the first write. The
    real passphrase would then open the profile and the duress passphrase fail half-way (review
    r7c, F3): refused here instead, before the key is used, the same for every passphrase."""
    try:
        fd = os.open(path, _WRITE_FLAGS)
    except FileNotFoundError:
        return  # gone since: SQLite makes a new log file itself
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY):
            raise StoreReadOnly() from None
        raise
    os.close(fd)


def _check_one_name(fd: int) -> None:
    """StoreLinked when the open store file `fd` has a second name (a hard link, st_nlink > 1).

    SQLite writes store.db and its WAL in place, and a duress unlock only unlinks or renames
    over the old names: a hard link made while the laptop was off, inside the profile or
    beside it on the same disk, would keep every page written from then on, the rows of a
    later session and the old store's counters, for whoever comes back (review r7b, N1). A
    careful app writes nothing into such a file: the store is refused before anything is read
    or written, with the real and the duress passphrase alike (the check needs no key), so
    the refusal tells nothing about which one was typed."""
    if os.fstat(fd).st_nlink != 1:
        raise StoreLinked()


def remove_database(profile_dir: Path, name: str = DB_NAME) -> None:
    """Remove store.db (or `name`) and its WAL files (only for a store just created by this
    process, or one proven to be replaced)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(Path(profile_dir) / f"{name}{suffix}")


def check_database(profile_dir: Path, *,
                   on_connect: Callable[[sqlite3.Connection], None] | None = None,
                   ) -> sqlite3.Connection:
    """Open an existing store and check it (SQLite magic, application id, the schema exactly
    ours for its version, then integrity_check), writing nothing; `finish_opening` completes
    it. Raises StoreMissing, StoreCorrupt, StoreLinked (store.db or a log file with a second
    name, `_check_one_name`), StoreReadOnly (one this user cannot write, `_check_writable`),
    StoreLogPlanted (no file at a log file's name), StoreTooNew or StoreTampered: a file that
    is not sound is refused, never repaired or overwritten. `on_connect(conn)` is told the
    connection as soon as it exists (so DatabaseCheck can interrupt the check).

    The schema is compared before integrity_check, and a version newer than this program is
    refused before it too: integrity_check evaluates every CHECK constraint of every row, and
    a constraint someone wrote into a 64 KB file can take hours per row (review r7c, F6).
    Against the schema our migrations make, its work grows with the file's size only.

    `integrity_check`, not `quick_check`: what the store acts on at open (recovery's "which
    drafts, items and attachments exist", every lookup by id or name) SQLite answers from
    index b-trees, which neither the authenticated row digest (a table scan, contents.py) nor
    the schema text covers. quick_check does not compare an index with its table, nor check
    UNIQUE: an index made to disagree with its table (PRAGMA writable_schema, rows and schema
    text byte for byte unchanged) would steer recovery into unlinking a held signal's sealed
    file, and rows with a duplicated primary key would pass (review r7, F1 and F2). Every
    index proven to hold exactly its table's rows, and every key unique, before anything is
    read or removed. It costs about what quick_check did (both read every page; the store is
    a few MB for 10,000 drafts), and it runs while the passphrase is stretched
    (DatabaseCheck)."""
    path = Path(profile_dir) / DB_NAME
    try:
        with own.open_file(path) as handle:  # never blocks on a FIFO put there
            _check_one_name(handle.fileno())
            magic = handle.read(len(SQLITE_MAGIC))
        _check_side_files(path)
    except FileNotFoundError as exc:
        raise StoreMissing() from exc
    except own.OwnFileError as exc:
        raise StoreCorrupt() from exc
    if magic != SQLITE_MAGIC:
        raise StoreCorrupt()
    _check_writable(path)
    conn = _connect(path, existing=True)
    try:
        if on_connect is not None:
            on_connect(conn)
        with translate_errors(path.parent):
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise StoreCorrupt()
            if schema_version(conn) > CURRENT_VERSION:
                raise StoreTooNew()  # a schema this program cannot judge: nothing runs on it
            if not schema_is_ours(conn):
                raise StoreTampered()  # see schema.schema_is_ours: nothing may run in it
            if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
                raise StoreCorrupt()
    except BaseException:
        close_unfolded(conn, path)
        raise
    return conn


_WAL_HEADER = 32  # bytes before the first frame (sqlite.org/fileformat2.html, "WAL file format")


def close_unfolded(conn: sqlite3.Connection, path: Path) -> None:
    """Close `conn` to the store file `path` without folding its WAL into the file.

    The last connection to close checkpoints the WAL into store.db and removes it. For a store
    that was refused, that would make a planted `store.db-wal` (frames from an older copy, or
    rows someone made) part of store.db for good: the refusal would change the very file it
    refused, and removing the planted WAL would no longer bring the store back. A read-only
    connection held open meanwhile keeps `conn` from being the last one (SQLite checkpoints
    only under an exclusive lock), and a read-only connection never checkpoints itself
    (Python 3.11's sqlite3 has no SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE). So store.db stays byte
    for byte as it was, the WAL beside it too. A WAL with no frame in it (the usual case, a
    store refused with nothing planted) has nothing to fold: closed the ordinary way, SQLite
    removes it and the shared-memory file, and the folder is as it was found."""
    try:
        frames = os.lstat(Path(f"{path}-wal")).st_size > _WAL_HEADER
    except OSError:
        frames = False
    if not frames:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        return
    holder = None
    with contextlib.suppress(sqlite3.Error):
        holder = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True,
                                 isolation_level=None, check_same_thread=False)
        holder.execute("PRAGMA trusted_schema = OFF")
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes its lock
    with contextlib.suppress(sqlite3.Error):
        conn.close()
    if holder is not None:
        with contextlib.suppress(sqlite3.Error):
            holder.close()


def finish_opening(conn: sqlite3.Connection, profile_dir: Path) -> sqlite3.Connection:
    """Configure a checked connection to the store in `profile_dir` and run the migrations it
    lacks (closed on failure, its WAL left unfolded: `close_unfolded`)."""
    try:
        with translate_errors(Path(profile_dir)):
            _configure(conn)
            migrate(conn)
    except BaseException:
        close_unfolded(conn, Path(profile_dir) / DB_NAME)
        raise
    return conn


def open_database(profile_dir: Path) -> sqlite3.Connection:
    """Open an existing store; refuse (never repair or overwrite) a file that is not sound."""
    return finish_opening(check_database(profile_dir), profile_dir)


class DatabaseCheck:
    """`check_database` on a worker thread, started before the vault key is known.

    The check needs no key and writes nothing, so it can run while Argon2id derives the key
    (libsodium releases the GIL): the integrity check's reads of a cold database and the
    derivation then take one wait instead of two. `result()` gives the checked connection or
    raises what the check raised; `discard()` (after a failed unlock) stops the check where it
    is and closes it: a wrong passphrase never waits for the store.
    """

    def __init__(self, profile_dir: Path) -> None:
        self.profile_dir = Path(profile_dir)
        self._conn: sqlite3.Connection | None = None
        self._error: BaseException | None = None
        self._live: sqlite3.Connection | None = None
        self._discarded = False
        self._guard = threading.Lock()
        self._thread = threading.Thread(target=self._run, args=(Path(profile_dir),),
                                         name="seinpost-store-check", daemon=True)
        self._thread.start()

    def _connected(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if self._discarded:
                raise Cancelled()  # discarded before it began: nobody reads this error
            self._live = conn

    def _run(self, profile_dir: Path) -> None:
        try:
            self._conn = check_database(profile_dir, on_connect=self._connected)
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc
        finally:
            with self._guard:
                self._live = None  # the check is over: nothing left to interrupt

    def result(self) -> sqlite3.Connection:
        """Wait for the check and return the checked connection (once; the caller then owns it).

        Raises the check's error (for example StoreCorrupt, StoreTooNew).
        """
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._conn is not None
        conn, self._conn = self._conn, None
        return conn

    def discard(self) -> None:
        """Stop the check (SQLite's interrupt: the statement running ends at once), wait for
        the thread and close its connection, if any, without raising its error."""
        with self._guard:
            self._discarded = True
            if self._live is not None:
                self._live.interrupt()
        self._thread.join()
        if self._conn is not None:
            close_unfolded(self._conn, self.profile_dir / DB_NAME)  # a wrong passphrase: as found
            self._conn = None


_SQLITE_READONLY = getattr(sqlite3, "SQLITE_READONLY", 8)


def is_disk_full(exc: BaseException) -> bool:
    """Whether `exc` (an OSError or SQLite's error) says the disk is full: ENOSPC, or SQLite's
    SQLITE_FULL or SQLITE_IOERR_SHMSIZE (errors.py `sqlite_disk_full`)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return sqlite_disk_full(exc)


_SQLITE_CANTOPEN, _SQLITE_IOERR = 14, 10


def _no_room(folder: Path | None) -> bool:
    """Whether the file system of `folder` has no free inode or no free block left: then
    SQLite's "unable to open database file" or "disk I/O error" (a log file it could not make)
    is a full disk (review r7j, R7J-11: "Something went wrong … (OperationalError)")."""
    if folder is None:
        return False
    try:
        info = os.statvfs(folder)
    except OSError:
        return False
    return info.f_bavail == 0 or (info.f_files > 0 and info.f_favail == 0)


@contextlib.contextmanager
def translate_errors(folder: Path | None = None) -> Iterator[None]:
    """SQLite's and the OS's low-level errors as the store errors the user can act on.
    `folder`: the store's folder, whose file system is asked when SQLite could not open or
    write a file (`_no_room`)."""
    try:
        yield
    except (DiskFull, StoreCorrupt):
        raise
    except (sqlite3.OperationalError, OSError) as exc:
        if is_disk_full(exc):
            raise DiskFull() from exc
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (_SQLITE_CANTOPEN, _SQLITE_IOERR) and _no_room(folder):
            raise DiskFull() from exc
        if isinstance(exc, sqlite3.OperationalError) and code == _SQLITE_READONLY:
            raise StoreReadOnly() from exc  # a file made read-only since it was checked
        if isinstance(exc, sqlite3.OperationalError) and "malformed" in str(exc):
            raise StoreCorrupt() from exc
        raise
    except sqlite3.DatabaseError as exc:
        raise StoreCorrupt() from exc
