"""After a proven duress unlock: the store started again as a new one, new files and folders.

The emptied profile must not be told from one set up at that moment (issue 7, B7): not by its
rows (trust.start and a new identity, exactly as `LocalStore.create`), and not by the file
system either. An emptied file keeps its birth time and a folder emptied in place keeps its own,
so nothing is emptied in place, the profile folder itself included (review r7b, N3): a whole
new profile folder (vault.json as the vault just wrote it, a new store.db, empty `blobs/` and
`sealed/`, made in the order a set-up makes them) is built beside the old one, synced, and
swapped in, and the old folder removed after the unlock answered (`renew_profile`,
`remove_old_folder`, fs/folder_renewal.py: review r7c, F5).

Order, so a cut at any moment loses nothing that should stay and is finished by the next
duress unlock (local_store.py): the old store first loses every row but the three the duress
proof needs (with `secure_delete` their pages are zeroed in the file); the new folder is then
built completely; only then does it take the profile folder's place. Until that swap the old
store.db still carries the proof, so the next unlock with the duress passphrase starts again
from the top; after it, the profile is the fresh one, and a leftover of either folder is
removed at the next start (fs/folder_renewal.py `finish_interrupted`, vault/profile.py).

Where no folder can be made beside the profile (its parent not writable) or the two cannot be
swapped (the profile folder is a mount point), the profile is renewed in place as before: a
complete new store.db is written beside the old one and renamed over it, and `blobs/` and
`sealed/` are removed with what they hold and made again. Only the profile folder's own birth
time then stays (docs/SECURITY.md).

Every name this path writes (FRESH_NAME and its log files, the old store's log files, `blobs/`
and `sealed/`) is cleared first of whatever is there, a folder or a FIFO or a link planted
while the laptop was off included, without following a link and only at those names inside
the profile (`own_folders.clear_entry`): a planted obstacle must not make only the duress
passphrase fail, which would tell it from the real one (review r7b, N2).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from intake_app.fs import folder_renewal, own_folders
from intake_app.fs.atomic import fsync_dir
from intake_app.fs.durable import sync_together
from intake_app.store import carry_over, identity, lock_words, settings, trust
from intake_app.store.contents import AUTO_LOCK
from intake_app.store.core import FOLDERS
from intake_app.store.database import DB_NAME, create_database, remove_database, translate_errors
from intake_app.store.schema import rollback

FRESH_NAME = f"{DB_NAME}.fresh"
VAULT_NAME = "vault.json"  # vault/vault_file.py FILE_NAME (the store does not import the vault)
_TABLES = ("attachments", "drafts", "items", "exports")


def forget_rows(conn: sqlite3.Connection) -> None:
    """Delete every row of the old store but the duress proof and the rows it covers
    (trust.py), in the caller's transaction: a cut after this is still a store the duress
    passphrase empties."""
    for table in _TABLES:
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    kept = (trust.DURESS_PROOF, *trust.PROVEN)
    marks = ", ".join("?" for _ in kept)
    conn.execute(f"DELETE FROM settings WHERE name NOT IN ({marks})", kept)  # noqa: S608


def forget_in_place(conn: sqlite3.Connection, renewal: Renewal | None) -> None:
    """The profile is renewed in place (no folder could be made beside it), in the caller's
    transaction: the old rows go first (a store that cannot be written fails here, vault.json
    as it was: review r7c, F3), then vault.json is rewritten in the profile folder before they
    are committed, so a cut leaves either the old store whole beside the real slot or a store
    the duress passphrase empties."""
    forget_rows(conn)
    if renewal is not None:
        renewal.vault_file(0)
        renewal.write_in_place()


def clear_database(profile_dir: Path, name: str) -> None:
    """Whatever is at `name` and its log files' names in `profile_dir` removed, a folder or
    a link planted there too (never followed). Raises OSError."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        own_folders.clear_entry(Path(profile_dir) / f"{name}{suffix}")


class Renewal(Protocol):
    """What the caller (services/opening.py) does for a duress unlock whose proof held, around
    the emptying: refuse an older copy or a changed mark, and make vault.json for the new
    profile (the store imports nothing of the vault)."""

    def check(self, epoch: int, twin_key: bytes | None) -> None:
        """Refuse (raise) before anything is written or emptied."""

    def begin(self) -> None:
        """The new folder is about to be finished: start what `vault_file` will need."""

    def vault_file(self, epoch: int) -> bytes:
        """vault.json's bytes for the new profile, its store mark at `epoch`."""

    def write_in_place(self) -> None:
        """Write the file `vault_file` made into the profile folder now (in-place renewal)."""

    def done(self) -> None:
        """The new profile folder (or the in-place renewal) is complete."""


def new_folder(profile_dir: Path) -> Path | None:
    """An empty private folder beside `profile_dir` to build the new profile in; None when
    none can be made there (the parent folder not writable) or the profile folder is a mount
    point (it cannot be swapped): then the profile is renewed in place."""
    if os.path.ismount(profile_dir):
        return None
    return folder_renewal.new_sibling(Path(profile_dir))


def build_profile(built: tuple[Path, sqlite3.Connection], vault_key: bytes, office_card: bytes,
                  vault_file: Callable[[int], bytes] | None,
                  liaison_name: str | None = None, auto_lock: int | None = None) -> Path:
    """Finish the new profile folder `built` (folder_ahead.py: the folder, and its store.db
    with the schema, its connection open, and empty `blobs/` and `sealed/`): the rows a
    set-up writes (`fill`), then vault.json (`vault_file(epoch)`, with the new store's change
    number; None: a store opened without its vault, the store's own tests), written last, as
    a set-up rewrites it with the store's mark. Nothing was synced on the way; the files and
    the folder are synced together now (fs/durable.py): the same two waits, with the swap's,
    as the real unlock's one vault.json write. Returns the folder, for `renew_profile`.
    Raises OSError, DiskFull or StoreCorrupt (the folder removed again)."""
    sibling, conn = built
    try:
        try:
            epoch = fill(conn, vault_key, office_card, liaison_name, auto_lock)
        finally:
            conn.close()  # the last connection: SQLite moves the log into the file
        written = [sibling / DB_NAME, sibling]
        if vault_file is not None:
            data = vault_file(epoch)
            fd = os.open(sibling / VAULT_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_CLOEXEC", 0), 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            written.insert(1, sibling / VAULT_NAME)
        # The two empty folders are recorded in `sibling` itself (synced here); were they
        # lost to a crash after the swap, the store makes them again at open (core.py).
        sync_together(written)
    except BaseException:
        own_folders.clear_entry(sibling)
        folder_renewal.release(sibling)
        raise
    return sibling


def fill(conn: sqlite3.Connection, vault_key: bytes, office_card: bytes,
         liaison_name: str | None = None, auto_lock: int | None = None) -> int:
    """The rows of a new store (as `LocalStore.create` writes them): the office card the proof
    vouched for and a new liaison identity named `liaison_name` (the name chosen when the
    duress passphrase was set, duress_proof.py; None: the default name), under the 32-byte
    `vault_key`, in one transaction; returns the store's change number (trust.py).
    `auto_lock`: the auto-lock minutes the emptied store held, checked under its digest, kept
    so the settings read as before the duress unlock (review r7j R7J-2; None: the default).
    Raises DiskFull or StoreCorrupt."""
    with translate_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            if auto_lock is not None:  # before the digest trust.start takes over the rows
                settings.put(conn, AUTO_LOCK, auto_lock)
            trust.start(conn, vault_key, office_card)
            identity.create_liaison_identity(conn, vault_key,
                                             liaison_name or identity.DEFAULT_NAME)
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        return trust.state(conn, vault_key).epoch


def kept_auto_lock(conn: sqlite3.Connection) -> int | None:
    """The auto-lock minutes of the store about to be emptied, for `fill` (a whole number, or
    None); call only once its rows were checked against the proven digest (R7J-2)."""
    value = settings.get(conn, AUTO_LOCK)
    return value if type(value) is int else None


def release(sibling: Path) -> None:
    """The folder `new_folder` made is no longer being worked on (swapped in, or given up
    after a failure): from now on a repair at start may remove it (fs/folder_renewal.py)."""
    folder_renewal.release(sibling)


def own_names(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """The names in `sealed/` and `blobs/` (keys: store/core.py FOLDERS) that the store's rows
    name: ``<draft or item id>.age`` and ``<attachment id>.blob``. Raises sqlite3.Error."""
    sealed = {row[0] for row in conn.execute("SELECT id FROM drafts")}
    sealed |= {row[0] for row in conn.execute("SELECT id FROM items")}
    blobs = {row[0] for row in conn.execute("SELECT id FROM attachments")}
    return {"sealed": frozenset(f"{i}.age" for i in sealed),
            "blobs": frozenset(f"{i}.blob" for i in blobs)}


def renew_profile(profile_dir: Path, sibling: Path,
                  swapped: Callable[[], None] | None = None,
                  own: Mapping[str, frozenset[str]] | None = None) -> Path | None:
    """The folder `build_profile` made takes the place of `profile_dir`, and the old folder is
    removed while the swap is made durable (`remove_old_folder`), `swapped()` called first;
    returns where the old folder was. `own`: the names in `sealed/` and `blobs/` the old
    store's rows name (`own_names`); entries there it does not name go into the new profile
    first (`carry_over.carry_foreign`, review r7h R7H-12/14). The old store's connection must
    be closed by now: SQLite removes its log files by name, which would be the new folder's.
    None when the two cannot be swapped (`sibling` removed again): renew in place. Raises
    OSError."""
    def meanwhile(old: Path) -> None:
        if swapped is not None:
            swapped()
        if own is not None:
            carry_over.carry_foreign(old, Path(profile_dir), own)
        remove_old_folder(old, Path(profile_dir))

    return folder_renewal.swap_in(Path(profile_dir), sibling, meanwhile)


def remove_old_folder(old: Path, profile_dir: Path) -> None:
    """Remove the old profile folder `renew_profile` swapped out before the unlock answers:
    every name of it at once, the freeing of its disk space after the answer
    (fs/folder_renewal.py `remove_now`), so nothing of it is left to see when the unlock
    returns, and the unlock takes no longer for what the profile held."""
    folder_renewal.remove_now(Path(old), Path(profile_dir))


def write_fresh_store(profile_dir: Path, vault_key: bytes, office_card: bytes,
                      liaison_name: str | None = None, auto_lock: int | None = None, *,
                      name: str = FRESH_NAME, folders_first: bool = False,
                      synced: bool = True) -> int:
    """A complete new store under `name` (FRESH_NAME) in `profile_dir`: the office card the
    proof vouched for and a new liaison identity with the default name, under the 32-byte
    `vault_key`; a leftover of a cut-off attempt is replaced. `folders_first`: `blobs/` and
    `sealed/` are made once the file exists, before its rows (as `LocalStore.create` does).
    `synced=False`: nothing synced on the way (the caller syncs the closed file). Returns the
    new store's change number (trust.py). Raises DiskFull or StoreCorrupt."""
    clear_database(profile_dir, name)
    conn = create_database(profile_dir, name, synced=synced)
    try:
        if folders_first:
            for folder in FOLDERS:
                os.mkdir(Path(profile_dir) / folder, own_folders.PRIVATE_DIR)
        epoch = fill(conn, vault_key, office_card, liaison_name, auto_lock)
    except BaseException:
        conn.close()
        clear_database(profile_dir, name)
        raise
    conn.close()  # the last connection: SQLite moves the log into the file and removes it
    return epoch


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
    old one left beside it goes first, so SQLite never joins it to the new file; the words a
    lock of the old vault kept (lock_words.py) go with it, as they go with a renewed folder."""
    own_folders.clear_entry(Path(profile_dir) / lock_words.FILE_NAME)
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
