"""After a proven duress unlock: the store started again as a new one, new files and folders.

The emptied profile must not be told from one set up at that moment (issue 7, B7): not by its
rows (trust.start and a new identity, exactly as `LocalStore.create`), and not by the file
system either. An emptied file keeps its birth time and a folder emptied in place keeps its own,
so nothing is emptied in place: a complete new store.db is written beside the old one and
renamed over it, and `blobs/` and `sealed/` are removed with what they hold and made again.

Order, so a cut at any moment loses nothing that should stay and is finished by the next
duress unlock (local_store.py): the old store first loses every row but the three the duress
proof needs (with `secure_delete` their pages are zeroed in the file); the new file is then
written completely under FRESH_NAME; then the old folders go and new ones are made; only then
does the new file replace store.db. Until that rename the old store.db still carries the proof,
so the next unlock with the duress passphrase starts again from the top.

Every name this path writes (FRESH_NAME and its log files, the old store's log files, `blobs/`
and `sealed/`) is cleared first of whatever is there, a folder or a FIFO or a link planted
while the laptop was off included, without following a link and only at those names inside
the profile (`own_folders.clear_entry`): a planted obstacle must not make only the duress
passphrase fail, which would tell it from the real one (review r7b, N2).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from intake_app.fs import own_folders
from intake_app.fs.atomic import fsync_dir
from intake_app.store import identity, trust
from intake_app.store.core import FOLDERS
from intake_app.store.database import DB_NAME, create_database, remove_database, translate_errors

FRESH_NAME = f"{DB_NAME}.fresh"
_TABLES = ("attachments", "drafts", "items", "exports")


def forget_rows(conn: sqlite3.Connection) -> None:
    """Delete every row of the old store but the duress proof's own three (trust.py), in the
    caller's transaction: a cut after this is still a store the duress passphrase empties."""
    for table in _TABLES:
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    kept = (trust.STATE, trust.OFFICE, trust.DURESS_PROOF)
    conn.execute("DELETE FROM settings WHERE name NOT IN (?, ?, ?)", kept)


def clear_database(profile_dir: Path, name: str) -> None:
    """Whatever is at `name` and its log files' names in `profile_dir` removed, a folder or
    a link planted there too (never followed). Raises OSError."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        own_folders.clear_entry(Path(profile_dir) / f"{name}{suffix}")


def write_fresh_store(profile_dir: Path, vault_key: bytes, office_card: bytes) -> None:
    """A complete new store under FRESH_NAME in `profile_dir`: the office card the proof
    vouched for and a new liaison identity with the default name, under the 32-byte
    `vault_key`; a leftover of a cut-off attempt is replaced. Raises DiskFull or StoreCorrupt."""
    clear_database(profile_dir, FRESH_NAME)
    conn = create_database(profile_dir, FRESH_NAME)
    try:
        with translate_errors():
            conn.execute("BEGIN IMMEDIATE")
            trust.start(conn, vault_key, office_card)
            identity.create_liaison_identity(conn, vault_key, identity.DEFAULT_NAME)
            conn.execute("COMMIT")
    except BaseException:
        conn.close()
        clear_database(profile_dir, FRESH_NAME)
        raise
    conn.close()  # the last connection: SQLite moves the log into the file and removes it


def renew_folders(profile_dir: Path) -> None:
    """`blobs/` and `sealed/` removed with everything in them and made again (new folders).

    A folder replaced by a link is renewed too: the link itself is removed (never what it
    points at) and a real folder made, so the profile looks freshly set up and the earlier
    files behind the link are no longer part of it (fs/own_folders.py). Raises OSError."""
    for name in FOLDERS:
        own_folders.renew_folder(Path(profile_dir) / name)
    fsync_dir(Path(profile_dir))


def put_in_place(profile_dir: Path) -> None:
    """The new store replaces store.db (the old one's connection is closed by now): what the
    old one left beside it goes first, so SQLite never joins it to the new file."""
    for suffix in ("-wal", "-shm", "-journal"):
        own_folders.clear_entry(Path(profile_dir) / f"{DB_NAME}{suffix}")
    os.replace(Path(profile_dir) / FRESH_NAME, Path(profile_dir) / DB_NAME)
    fsync_dir(Path(profile_dir))


def store_left_behind(profile_dir: Path) -> bool:
    """Whether `profile_dir` holds any part of a store (store.db or its log, or anything
    under sealed/ or blobs/, or a link in their place): set-up replaces that only after a
    proven erasure (services/opening.py). A link is never followed to look inside."""
    if any((Path(profile_dir) / f"{DB_NAME}{suffix}").exists() for suffix in ("", "-wal")):
        return True
    for name in FOLDERS:
        folder = Path(profile_dir) / name
        try:
            with own_folders.open_folder(folder) as opened:
                if opened.names("*") or opened.names(".*"):
                    return True
        except FileNotFoundError:
            continue
        except own_folders.OwnFolderError:
            return True
    return False


def remove_erased_store(profile_dir: Path) -> None:
    """Remove the store a proven erasure left (its key is gone: nothing in it can be read),
    so set-up can make a new one: store.db with its logs, sealed/ and blobs/ (a link there is
    removed as a link; what it points at stays)."""
    remove_database(Path(profile_dir))
    for name in FOLDERS:
        folder = Path(profile_dir) / name
        own_folders.renew_folder(folder)
        folder.rmdir()  # made again by the new store
    fsync_dir(Path(profile_dir))
