"""The open store underneath every part: one SQLite connection, its lock, transactions, and the
authenticated row digest kept true across every change.

The parts that hold something (drafts.py, items.py, identity.py, ledger.py) each extend
`StoreCore`; `local_store.LocalStore` joins them and opens, recovers or empties a store. The
vault key stays in this object until `close()`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from intake_app.fs import own_folders
from intake_app.store import contents as row_digest
from intake_app.store import record_box, trust
from intake_app.store.attachments import AttachmentStore
from intake_app.store.database import BUSY_WAIT_MS, DB_NAME, close_unfolded, translate_errors
from intake_app.store.integrity_errors import StoreTampered
from intake_app.store.schema import rollback

#: The profile's folders the store keeps files in: attachment blobs, sealed items.
FOLDERS = ("blobs", "sealed")


class StoreCore:
    """One open store: connection, lock and keys. Safe to share between threads."""

    def __init__(self, profile_dir: Path, conn: sqlite3.Connection, vault_key: bytes) -> None:
        """Use LocalStore.create or LocalStore.open."""
        self.profile_dir = Path(profile_dir)
        # Made when missing, but not yet checked: a duress unlock renews a folder that is a link
        # (store/fresh.py), any other open refuses it before anything is removed (`recover`).
        self.blob_dir = self.profile_dir / FOLDERS[0]
        self.sealed_dir = self.profile_dir / FOLDERS[1]
        for folder in (self.blob_dir, self.sealed_dir):
            with contextlib.suppress(FileExistsError):
                os.mkdir(folder, own_folders.PRIVATE_DIR)
        self._conn = conn
        self._vault_key = vault_key
        self._draft_key = record_box.subkey(vault_key, record_box.DRAFT)
        self._lock = threading.RLock()
        self._cleanups: list[threading.Thread] = []
        self.attachments = AttachmentStore(self, vault_key)
        self.purged_on_open = False
        # Sealed files no draft or item names (store/unlisted.py), as `recover` found them.
        self.unlisted_sealed: tuple[str, ...] = ()
        self.migrated_on_open = False  # this open moved a store of the old format (legacy.py)

    def wait_for_cleanup(self) -> None:
        """Wait until the blob files of sealed or deleted drafts are gone from disk."""
        for cleanup in self._cleanups:
            cleanup.join()

    def unlink_in_background(self, blob_ids: list[str]) -> None:
        """Remove these blob files on a thread (their keys are already gone with their rows)."""
        cleanup = threading.Thread(target=self.attachments.unlink_blobs, args=(blob_ids,),
                                   name="seinpost-blob-cleanup")
        self._cleanups = [t for t in self._cleanups if t.is_alive()] + [cleanup]
        cleanup.start()

    def close(self, *, fold: bool = True) -> None:
        """Wait for background cleanup, forget the keys and close the database; safe to repeat.
        `fold=False` (a store refused at open): its WAL is not folded into store.db
        (database.close_unfolded)."""
        self.wait_for_cleanup()
        with self._lock:
            self._vault_key = b""
            self._draft_key = b""
            self.attachments.forget_key()
            if not fold:
                close_unfolded(self._conn, self.profile_dir / DB_NAME)
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()

    def __enter__(self) -> StoreCore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self, *, wait_s: float | None = None) -> Iterator[sqlite3.Connection]:
        """A context manager yielding the connection inside BEGIN IMMEDIATE … COMMIT (rolled back on
        any exception), holding the store's lock. `wait_s`: how long (seconds) to wait for
        another program that holds the store's write lock (default: the connection's 10 s).

        Raises DiskFull or StoreCorrupt translated from SQLite errors; sqlite3's busy error
        when the wait ran out.
        """
        with self._lock, translate_errors(self.profile_dir):
            if wait_s is not None:
                self._conn.execute(f"PRAGMA busy_timeout = {max(0, int(wait_s * 1000))}")
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                finally:
                    self._conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
            else:
                self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                rollback(self._conn)
                raise
            self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A context manager yielding the connection for reads, holding the store's lock.

        Raises DiskFull or StoreCorrupt translated from SQLite errors.
        """
        with self._lock, translate_errors(self.profile_dir):
            yield self._conn

    @contextlib.contextmanager
    def tracked(self, conn: sqlite3.Connection,
                rows: Iterable[tuple[str, str]]) -> Iterator[None]:
        """Keep the authenticated row digest (contents.py) true across a change of `rows`
        ((table, key) pairs, every row the body may add, change or delete), in the caller's
        transaction."""
        rows = list(rows)

        def digest() -> row_digest.RowDigest:
            total = row_digest.ZERO
            for table in {t for t, _ in rows}:
                total = total + row_digest.rows_digest(conn, self._vault_key, table,
                                                       [k for t, k in rows if t == table])
            return total

        before = digest()
        yield
        after = digest()
        if after != before:
            state = trust.state(conn, self._vault_key)
            if state.rows is None:  # moved at open (LocalStore._check_key): never here
                raise StoreTampered()
            trust.write_state(conn, self._vault_key,
                              state.replace(rows=state.rows - before + after))

    def epoch(self) -> int:
        """The store's change number (see trust.py); compared with the vault's store mark."""
        with self.reading() as conn:
            return trust.state(conn, self._vault_key).epoch

