"""The part of a duress unlock's new profile folder that needs no key, built while the
passphrase is stretched, for every unlock alike.

A duress unlock builds a whole new profile folder (store/fresh.py). Its store.db with the
schema and its empty `blobs/` and `sealed/` need no key: only the rows and vault.json do. Made
after the passphrase they took about 13 ms (SQLite's schema, on this machine) that the real
unlock does not spend, so the duress one took that much longer (review r7c F5, the stop-20
note). Now they are made on a thread while Argon2id runs, beside the store's own integrity
check (database.py `DatabaseCheck`), for every unlock, whichever passphrase is typed: the
duress unlock takes the folder (`take`), any other outcome (the real passphrase, a wrong one, a
refusal) removes it before it answers (`discard`, about a millisecond). So both passphrases do
the same work up to the answer's last steps, and someone watching the profile's parent folder
sees the same thing for both: a `.<profile>.<hex>.partial` folder for the length of the
unlock, gone when it answers. Its birth times are those of the unlock, like the rest of the
new profile. Imports no Qt, prints nothing.

The disk space the duress unlock needs is asked for before any unlock counts its attempt
(`check_space`): a file system too full to build the folder, or with less than `NEEDED_BYTES`
left beside it, or fewer than `NEEDED_INODES` free inodes, refuses every passphrase alike with
DiskFull, nothing counted or changed.
Before, a nearly full disk let the real passphrase open and made the duress one fail, after it
had already rewritten vault.json when it renewed in place (review r7h, R7H-13). So are the old
folder's entries, which the duress unlock removes: one that cannot be removed (immutable, or a
folder of another user) refuses every passphrase alike with OwnEntryStuck, nothing counted or
changed (`check_ahead`, fs/removable.py; review r7j, R7J-9).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import threading
from pathlib import Path

from intake_app.fs import folder_renewal, own_folders, removable
from intake_app.store.core import FOLDERS
from intake_app.store.database import DB_NAME, create_database, is_disk_full, remove_database
from intake_app.store.errors import DiskFull

#: Free bytes the finishing of a duress unlock's new folder needs once its schema-only store
#: (112 KiB with its log) is made: 90 to 130 KiB of rows, log and vault.json were measured on a
#: tmpfs (tests/test_duress_disk_full.py), so twice that. Less left refuses every unlock alike.
NEEDED_BYTES = 256 * 1024
#: Free inodes (files and folders) the finishing of a duress unlock's new folder needs once its
#: schema-only part is made: vault.json, the store's log files and their temporary names, a
#: few; four free let the real passphrase open and made the duress one fail (review r7j,
#: R7J-11, tests/test_duress_inodes_full.py), so sixteen times that.
NEEDED_INODES = 64


class FolderAhead:
    """A new, empty profile folder beside `profile_dir` with store.db (schema only, nothing
    synced, its connection held open) and empty `blobs/` and `sealed/`, being built on a
    thread from the moment this is made."""

    def __init__(self, profile_dir: Path) -> None:
        self._profile_dir = Path(profile_dir)
        self._built: tuple[Path, sqlite3.Connection] | None = None
        self._full = False  # the disk was too full to build it
        self._stuck: removable.OwnEntryStuck | None = None  # an entry that cannot be removed
        self._done = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._build, daemon=True,
                                        name="seinpost-new-profile-folder")
        self._thread.start()

    def _build(self) -> None:
        from intake_app.store import fresh  # fresh imports this module

        try:
            removable.check_profile(self._profile_dir)
        except removable.OwnEntryStuck as exc:
            self._stuck = exc
            return  # refused alike: nothing is built (a stuck parent would keep it, R7L-5)
        sibling = fresh.new_folder(self._profile_dir)
        if sibling is None:
            return  # none can be made here: the duress unlock renews in place
        try:
            conn = prepare_profile(sibling, synced=False)
        except Exception as exc:  # on a thread: the duress unlock renews in place instead
            self._full = isinstance(exc, DiskFull) or is_disk_full(exc)
            _remove(sibling)
            return
        self._built = (sibling, conn)

    def check_ahead(self) -> None:
        """Refuse every passphrase alike, before the attempt is counted (vault
        `before_count`), when the duress unlock could not finish: OwnEntryStuck when an entry
        of the profile it would remove cannot be removed (fs/removable.py, looked at on the
        thread that builds the folder), else DiskFull as `check_space` says."""
        self._thread.join()
        if self._stuck is not None:
            raise self._stuck
        self.check_space()

    def check_space(self) -> None:
        """Raise DiskFull when the duress unlock could not build its new folder for lack of
        space, whichever passphrase is being tried (waits until the folder is built). Called
        before the attempt is counted (vault `before_count`), so such a refusal counts nothing
        and changes nothing, for the real passphrase as for the duress one."""
        self._thread.join()
        if self._full:
            raise DiskFull()
        try:
            info = os.statvfs(self._profile_dir)
        except OSError:
            return  # nothing to tell by: the build itself says it
        if info.f_bavail * info.f_frsize < NEEDED_BYTES:
            raise DiskFull()
        # Free inodes too (review r7j, R7J-11): the duress unlock makes a few more files than
        # the real one. A file system that counts none (f_files 0: btrfs, vfat) has no limit.
        if info.f_files and info.f_favail < NEEDED_INODES:
            raise DiskFull()

    def take(self) -> tuple[Path, sqlite3.Connection] | None:
        """The folder and its open store connection, for the duress unlock to finish (waits
        until it is built); None when none could be built (then it renews in place). After
        this the caller owns both."""
        self._thread.join()
        with self._lock:
            built, self._built, self._done = self._built, None, True
        return built

    def finish_unused(self, office_card: bytes) -> None:
        """At an unlock that did not take the folder (the real passphrase): finish it as a
        duress unlock finishes its new one (fresh.build_profile: a new store's rows under a
        throwaway key, then the files and the folder synced together) and remove it as that
        unlock removes the old folder after its swap (the parent synced meanwhile,
        fs/folder_renewal.py `sync_while`). So the real unlock does the duress one's work
        before it answers, and someone timing the two cannot tell them apart (the lead's quiet
        run of benchmarks/duress_timing.py at 354b5cf: duress +6.4 ms, allowed +5.0 ms).
        `office_card`: the store's current card (the rows a set-up writes hold it). Nothing
        when the folder was taken or none was built; never raises (a failure here must not
        tell either): what is left is removed by `discard` or the next start."""
        self._thread.join()
        with self._lock:
            built, self._built, self._done = self._built, None, True
        if built is None:
            return
        from intake_app.store import fresh  # fresh imports this module

        try:
            sibling = fresh.build_profile(built, secrets.token_bytes(32), office_card, None)
        except Exception:
            return  # build_profile removed the folder
        try:
            folder_renewal.sync_while(  # as the swap's sync, with the old folder's removal
                sibling.parent, lambda gone: folder_renewal.remove_now(gone, self._profile_dir),
                sibling)
        finally:
            folder_renewal.release(sibling)

    def discard(self) -> None:
        """Not needed: the folder removed (waits until it is built); nothing once taken. Its
        names go now, as the duress unlock removes the old profile folder's
        (fs/folder_renewal.py `remove_now`): the files' space, and closing the store (SQLite
        folds its log into the file then), come after the answer on a thread of their own,
        so the real unlock does not wait for them either."""
        self._thread.join()
        with self._lock:
            built, self._built, self._done = self._built, None, True
        if built is not None:
            sibling, conn = built
            _close(conn)  # here, not on a thread: a fork meanwhile would inherit SQLite's locks
            try:
                folder_renewal.remove_now(sibling, self._profile_dir)
            finally:
                folder_renewal.release(sibling)


def prepare_profile(folder: Path, *, synced: bool = True) -> sqlite3.Connection:
    """The part of a profile that needs no key, made in `folder`: store.db with the schema
    (its connection returned, open; `synced` as database.py `create_database` takes it), then
    empty `blobs/` and `sealed/`. `FolderAhead` makes it while the passphrase is stretched, and
    a set-up before it stretches (services/profile_setup.py), so the two leave the same birth
    times around Argon2id (review r7g H1). Raises StoreExists, OSError (store.db removed)."""
    conn = create_database(folder, DB_NAME, synced=synced)
    try:
        for name in FOLDERS:  # as a set-up makes them: once store.db exists
            os.mkdir(folder / name, own_folders.PRIVATE_DIR)
    except BaseException:
        discard_prepared(folder, conn)
        raise
    return conn


def discard_prepared(folder: Path, conn: sqlite3.Connection) -> None:
    """Undo `prepare_profile` in `folder` (a set-up that failed before its store was filled): the
    connection closed, store.db and its log files removed, the two folders if still empty."""
    _close(conn)
    remove_database(folder)
    for name in FOLDERS:
        with contextlib.suppress(OSError):
            (folder / name).rmdir()


def _close(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()  # its files have no names any more: nothing of it is left


def _remove(sibling: Path) -> None:
    try:
        own_folders.clear_entry(sibling)
    except OSError:
        pass  # a leftover: the next start removes it (fs/folder_renewal.py)
    finally:
        folder_renewal.release(sibling)
