"""The liaison's local store: encrypted drafts and attachments, sealed items, the identity.

Layout inside the profile folder::

    store.db            SQLite (WAL, full sync): ids, times, sizes and encrypted boxes only
    blobs/<att>.blob    attachment copies, secretstream-encrypted with a per-attachment key
    sealed/<id>.age     sealed items, age-encrypted to the office (the liaison cannot open them)

Crash safety rests on one order of events, for every change that touches files and rows: write
the new file completely (atomic_writer), then change the rows in one transaction, then remove
the files that no row refers to. `recover()` runs at every open and finishes whatever a crash
interrupted, so after a kill each signal is either still a draft or fully sealed.

Trust and destruction (store/trust.py): the store belongs to one vault key, proven by its
authenticated state. A store whose state does not verify under the key that unlocked the vault
is refused (StoreKeyMismatch), never purged, unless the duress proof holds: then, and only
then, the vault key itself changed (the duress passphrase was used), and the store is emptied
into a fresh-looking one (new liaison key, default name, counter 0, no history), keeping only
the office card the proof vouches for. `purged_on_open` tells the session, which tells the
person unless this very unlock was the duress one.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import nacl.signing

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.domain.states import SignalState
from intake_app.fs.atomic import ensure_private_dir, fsync_dir, remove_partials
from intake_app.store import contents as row_digest
from intake_app.store import identity, items, ledger, legacy, record_box, trust
from intake_app.store.attachments import AttachmentInfo, AttachmentStore
from intake_app.store.database import (
    DatabaseCheck,
    create_database,
    finish_opening,
    open_database,
    remove_database,
    translate_errors,
)
from intake_app.store.errors import DraftNotFound, ItemNotFound, RecordDamaged
from intake_app.store.integrity_errors import StoreKeyMismatch, StoreTampered
from intake_app.store.items import ItemInfo

MAX_RECORD_BYTES = 1 << 20
_ID = re.compile(r"[0-9a-f]{32}")
# The draft list: only columns of the drafts_listing and attachments_sizes indexes (schema.py,
# migration 3), in the index's order, so SQLite reads two small indexes and sorts nothing.
LIST_DRAFTS = (
    "SELECT d.id, d.created_at, d.updated_at, d.record_size + COALESCE(a.bytes, 0), "
    "COALESCE(a.count, 0) FROM drafts d LEFT JOIN (SELECT draft_id, SUM(size) AS bytes, "
    "COUNT(*) AS count FROM attachments GROUP BY draft_id) a ON a.draft_id = d.id "
    "ORDER BY d.updated_at, d.id"
)


def new_id() -> str:
    """A random 128-bit id; the draft and the sealed item it becomes share it."""
    return secrets.token_hex(16)


def check_id(value: str) -> str:
    """Return `value` if it is a well-formed id (32 lower-case hex characters).

    Raises DraftNotFound with code "store.bad_id" otherwise.
    """
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise DraftNotFound("That is not a signal id (32 hexadecimal characters).",
                            code="store.bad_id")
    return value


def utc_now() -> str:
    """The current time in UTC as ISO 8601 with microseconds and a `Z`
    (for example "2026-11-29T13:40:00.000000Z").
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class DraftInfo(NamedTuple):
    """A draft as listed: id, times (UTC, ISO 8601), size in bytes, number of attachments.
    A named tuple: the list makes 10,000 of them at once, and these are the cheapest."""

    id: str
    created_at: str
    updated_at: str
    size: int
    attachments: int


class LocalStore:
    """One open store. Holds the vault key until `close()`; safe to share between threads."""

    def __init__(self, profile_dir: Path, conn: sqlite3.Connection, vault_key: bytes) -> None:
        self.profile_dir = Path(profile_dir)
        self.blob_dir = ensure_private_dir(self.profile_dir / "blobs")
        self.sealed_dir = ensure_private_dir(self.profile_dir / "sealed")
        self._conn = conn
        self._vault_key = vault_key
        self._draft_key = record_box.subkey(vault_key, record_box.DRAFT)
        self._lock = threading.RLock()
        self._cleanups: list[threading.Thread] = []
        self.attachments = AttachmentStore(self, vault_key)
        self.purged_on_open = False

    # ----- opening, recovery, generation ---------------------------------------------------

    @classmethod
    def create(cls, profile_dir: Path, vault_key: bytes, office_card: bytes,
               liaison_name: str) -> LocalStore:
        """A new store holding the verified office card and a new liaison identity."""
        ensure_private_dir(Path(profile_dir))
        conn = create_database(Path(profile_dir))  # StoreExists: an existing store is left alone
        try:
            store = cls(profile_dir, conn, vault_key)
            with store.transaction() as tx:
                trust.start(tx, vault_key, office_card)
                identity.create_liaison_identity(tx, vault_key, liaison_name)
        except BaseException:
            conn.close()
            remove_database(Path(profile_dir))  # the one this call created: nothing left behind
            for folder in ("blobs", "sealed"):
                with contextlib.suppress(OSError):
                    (Path(profile_dir) / folder).rmdir()  # only if empty, as it was made
            raise
        return store

    @classmethod
    def open(cls, profile_dir: Path, vault_key: bytes, *,
             checked: DatabaseCheck | None = None) -> LocalStore:
        """The store of this vault key, recovered after any crash; StoreKeyMismatch if it is
        not this key's (see the module docstring). `checked` is the database check the caller
        started before it had the key (else it runs now)."""
        if checked is None:
            conn = open_database(Path(profile_dir))
        else:
            conn = finish_opening(checked.result())
        store = cls(profile_dir, conn, vault_key)
        try:
            store._check_key()
            store.recover()
        except BaseException:
            store.close()
            raise
        return store

    def wait_for_cleanup(self) -> None:
        """Wait until the blob files of sealed or deleted drafts are gone from disk."""
        for cleanup in self._cleanups:
            cleanup.join()

    def close(self) -> None:
        """Wait for background cleanup, forget the keys and close the database; safe to repeat."""
        self.wait_for_cleanup()
        with self._lock:
            self._vault_key = b""
            self._draft_key = b""
            self.attachments.forget_key()
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A context manager yielding the connection inside BEGIN IMMEDIATE … COMMIT (rolled back on
        any exception), holding the store's lock.

        Raises DiskFull or StoreCorrupt translated from SQLite errors.
        """
        with self._lock, translate_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A context manager yielding the connection for reads, holding the store's lock.

        Raises DiskFull or StoreCorrupt translated from SQLite errors.
        """
        with self._lock, translate_errors():
            yield self._conn

    @contextlib.contextmanager
    def tracked(self, conn: sqlite3.Connection,
                rows: Iterable[tuple[str, str]]) -> Iterator[None]:
        """Keep the authenticated row digest (contents.py) true across a change of `rows`
        ((table, key) pairs, every row the body may add, change or delete), in the caller's
        transaction."""
        rows = list(rows)

        def digest() -> int:
            total = 0
            for table in {t for t, _ in rows}:
                total ^= row_digest.rows_digest(conn, self._vault_key, table,
                                              [k for t, k in rows if t == table])
            return total

        before = digest()
        yield
        change = before ^ digest()
        if change:
            state = trust.state(conn, self._vault_key)
            trust.write_state(conn, self._vault_key, state.replace(
                contents=row_digest.combine(state.contents, change)))

    def recover(self) -> dict[str, int]:
        """Finish what a crash interrupted; return what was removed, by kind."""
        removed = {"partials": 0, "unsealed": 0, "purged": 0, "blobs": 0}
        removed["partials"] = remove_partials(self.sealed_dir) + remove_partials(self.blob_dir)
        with self.reading() as conn:
            drafts = {row[0] for row in conn.execute("SELECT id FROM drafts")}
            gone = items.gone_ids(conn)
            blobs = {row[0] for row in conn.execute("SELECT id FROM attachments")}
        for path in self.sealed_dir.glob("*.age"):
            # A sealed file whose draft still exists never got its item row: the seal did not
            # happen. One whose item is delivered/deleted was being purged. Any other file is
            # left alone: removing it could lose a signal.
            if path.stem in drafts:
                removed["unsealed"] += _unlink(path)
            elif path.stem in gone:
                removed["purged"] += _unlink(path)
        for path in self.blob_dir.glob("*.blob"):
            if path.stem not in blobs:
                removed["blobs"] += _unlink(path)
        if any(removed.values()):
            fsync_dir(self.sealed_dir)
            fsync_dir(self.blob_dir)
        return removed

    def _check_key(self) -> None:
        with self.transaction() as conn:
            if not trust.has_state(conn) and legacy.is_legacy(conn):
                legacy.migrate(conn, self._vault_key)  # a store from before the integrity work
                return
            state = trust.read_state(conn, self._vault_key)
            if state is not None:
                if state.contents != row_digest.full_digest(conn, self._vault_key):
                    raise StoreTampered()  # a row deleted, changed or put back from a copy
                trust.office_record(conn, self._vault_key)  # refuses an outdated record now
                return
            office = trust.duress_proof_holds(conn, self._vault_key)
            if office is None:
                raise StoreKeyMismatch()
            self._empty(conn, office)
        self._empty_files()

    def _empty(self, conn: sqlite3.Connection, office_card: bytes) -> None:
        """The duress proof held: a fresh-looking store under this key (see the docstring)."""
        for table in ("attachments", "drafts", "items", "exports", "settings"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
        trust.start(conn, self._vault_key, office_card)
        identity.create_liaison_identity(conn, self._vault_key, identity.DEFAULT_NAME)

    def _empty_files(self) -> None:
        for folder, pattern in ((self.blob_dir, "*.blob"), (self.sealed_dir, "*.age")):
            for path in folder.glob(pattern):
                _unlink(path)
            fsync_dir(folder)
        with self.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")  # a fresh store is small: the file size must not tell
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.purged_on_open = True

    # ----- drafts -------------------------------------------------------------------------

    def _box_record(self, draft_id: str, fields: Mapping[str, Any]) -> bytes:
        plain = canonical_json(dict(fields))
        if len(plain) > MAX_RECORD_BYTES:
            raise ValueError("the signal record is too large")
        return record_box.seal_record(self._draft_key, record_box.DRAFT, draft_id, plain)

    def create_draft(self, fields: Mapping[str, Any]) -> str:
        """Store a new draft holding `fields` (a JSON-able mapping, encrypted); return its id."""
        draft_id = new_id()
        now = utc_now()
        boxed = self._box_record(draft_id, fields)
        with self.transaction() as conn, self.tracked(conn, [("drafts", draft_id)]):
            conn.execute(
                "INSERT INTO drafts (id, created_at, updated_at, record, record_size) "
                "VALUES (?, ?, ?, ?, ?)",
                (draft_id, now, now, boxed, len(boxed)),
            )
        return draft_id

    def update_draft(self, draft_id: str, fields: Mapping[str, Any]) -> None:
        """Replace the fields of draft `draft_id` and touch its updated time (UTC).

        Raises DraftNotFound when there is no such draft or the id is malformed.
        """
        boxed = self._box_record(check_id(draft_id), fields)
        with self.transaction() as conn, self.tracked(conn, [("drafts", draft_id)]):
            cursor = conn.execute(
                "UPDATE drafts SET record = ?, record_size = ?, updated_at = ? WHERE id = ?",
                (boxed, len(boxed), utc_now(), draft_id),
            )
            if not cursor.rowcount:
                raise DraftNotFound()

    def read_draft(self, draft_id: str) -> dict[str, Any]:
        """The decrypted fields of draft `draft_id` as a dict.

        Raises DraftNotFound (no such draft, bad id) or RecordDamaged (does not decrypt or parse).
        """
        with self.reading() as conn:
            row = conn.execute(
                "SELECT record FROM drafts WHERE id = ?", (check_id(draft_id),)
            ).fetchone()
        if row is None:
            raise DraftNotFound()
        plain = record_box.open_record(self._draft_key, record_box.DRAFT, draft_id, row[0])
        try:
            return parse_canonical(plain, limit=MAX_RECORD_BYTES)
        except CanonicalError as exc:
            raise RecordDamaged() from exc

    def has_draft(self, draft_id: str) -> bool:
        """Whether a draft with `draft_id` exists."""
        with self.reading() as conn:
            row = conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return row is not None

    def list_drafts(self) -> list[DraftInfo]:
        """Ids, dates and sizes (the boxed record plus its attachments, bytes), oldest change
        first. Decrypts nothing and reads only two covering indexes (schema migration 3)."""
        with self.reading() as conn:
            rows = conn.execute(LIST_DRAFTS).fetchall()
        return list(map(DraftInfo._make, rows))

    def delete_draft(self, draft_id: str) -> None:
        """Delete draft `draft_id` and its attachments (rows, then blob files).

        Raises DraftNotFound when there is no such draft or the id is malformed.
        """
        with self.transaction() as conn:
            blob_ids = self.attachments.ids_of(conn, check_id(draft_id))
            rows = [("drafts", draft_id), *(("attachments", b) for b in blob_ids)]
            with self.tracked(conn, rows):
                if not conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount:
                    raise DraftNotFound()
        self.attachments.unlink_blobs(blob_ids)

    # ----- attachments (see attachments.py) -------------------------------------------------

    def add_attachment(self, draft_id: str, src: BinaryIO, *, name: str, media_type: str,
                       cleaning: str, warnings: Iterable[str], progress=None) -> AttachmentInfo:
        """Encrypt the cleaned file `src` into a blob of draft `draft_id`; return AttachmentInfo.

        See AttachmentStore.add for the arguments and errors; DraftNotFound for a bad id.
        """
        return self.attachments.add(check_id(draft_id), src, name=name, media_type=media_type,
                                    cleaning=cleaning, warnings=warnings, progress=progress)

    def list_attachments(self, draft_id: str) -> list[AttachmentInfo]:
        """The attachments of draft `draft_id`, in order. Raises DraftNotFound for a bad id."""
        return self.attachments.list(check_id(draft_id))

    def open_attachment(self, attachment: AttachmentInfo) -> BinaryIO:
        """A readable binary file over the attachment's verified plaintext (see BlobReader)."""
        return self.attachments.open(attachment)

    def remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        """Delete one attachment of draft `draft_id`. Raises DraftNotFound for a bad id."""
        self.attachments.remove(check_id(draft_id), attachment_id)

    # ----- sealed items ---------------------------------------------------------------------

    def item_path(self, item_id: str) -> Path:
        """The path of sealed item `item_id`'s .age file. Raises DraftNotFound for a bad id."""
        return self.sealed_dir / f"{check_id(item_id)}.age"

    def commit_seal(self, draft_id: str, size: int, sha256: str, warnings: Iterable[str]) -> None:
        """The sealed file is in place: make the draft an item in one transaction, then drop
        the draft's blobs. Before the COMMIT the signal is a draft, after it a sealed item."""
        with self.transaction() as conn:
            blob_ids = self.attachments.ids_of(conn, check_id(draft_id))
            rows = [("drafts", draft_id), ("items", draft_id),
                    *(("attachments", b) for b in blob_ids)]
            with self.tracked(conn, rows):
                items.insert(conn, draft_id, size, sha256, utc_now(), warnings)
                if not conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount:
                    raise DraftNotFound()
        # The blobs' keys died with their rows just now: unlinking only frees the space, so it
        # need not hold up the liaison (a GiB takes half a second). recover() sweeps leftovers.
        self._unlink_in_background(blob_ids)

    def _unlink_in_background(self, blob_ids: list[str]) -> None:
        cleanup = threading.Thread(target=self.attachments.unlink_blobs, args=(blob_ids,),
                                   name="seinpost-blob-cleanup")
        self._cleanups = [t for t in self._cleanups if t.is_alive()] + [cleanup]
        cleanup.start()

    def list_items(self, status: str | None = None) -> list[ItemInfo]:
        """All sealed items, or those in `status`; raises ValueError for an unknown status."""
        with self.reading() as conn:
            return items.list_items(conn, status)

    def get_item(self, item_id: str) -> ItemInfo:
        """The item with `item_id`. Raises ItemNotFound (or DraftNotFound for a bad id)."""
        with self.reading() as conn:
            item = items.get(conn, check_id(item_id))
        if item is None:
            raise ItemNotFound()
        return item

    def mark_delivered_and_purge(self, item_ids: Iterable[str]) -> list[str]:
        """Delivered items become tombstones (id, dates, status) and their files are removed.
        The files are age ciphertext the liaison cannot open, so unlinking is enough."""
        ids = list(item_ids)
        with self.transaction() as conn, self.tracked(conn, [("items", i) for i in ids]):
            changed = items.set_status(conn, ids, SignalState.DELIVERED, utc_now())
        self._unlink_items(changed)
        return changed

    def delete_item(self, item_id: str) -> None:
        """Mark item `item_id` deleted (UTC time) and remove its .age file.

        Raises ItemNotFound when there is no such item.
        """
        with self.transaction() as conn, self.tracked(conn, [("items", check_id(item_id))]):
            if not items.set_status(conn, [item_id], SignalState.DELETED, utc_now()):
                raise ItemNotFound()
        self._unlink_items([item_id])

    def _unlink_items(self, item_ids: Iterable[str]) -> None:
        for item_id in item_ids:
            _unlink(self.item_path(item_id))
        fsync_dir(self.sealed_dir)

    def next_bundle_counter(self) -> int:
        """1, 2, 3, … per liaison key, durable before it is returned, never repeated."""
        with self.transaction() as conn:
            state = trust.state(conn, self._vault_key)
            value = state.bundle_counter + 1
            trust.write_state(conn, self._vault_key,
                              state.replace(bundle_counter=value))
        return value

    def release_bundle_counter(self, counter: int) -> None:
        """Give back a counter whose bundle never reached the medium (the writer removed it).

        Only the latest counter can be given back; an older one stays used, which the office
        reports as a gap, never as a replay.
        """
        with self.transaction() as conn:
            state = trust.state(conn, self._vault_key)
            if state.bundle_counter == counter:
                trust.write_state(conn, self._vault_key,
                                  state.replace(bundle_counter=counter - 1))

    def commit_export(self, item_ids: Iterable[str], bundle_id: str,
                      office_key_id: str) -> list[str]:
        """A bundle is safely on the medium: mark its items exported and add its ledger entry
        (which items, and which office key was current: see store/ledger.py)."""
        ids = list(item_ids)
        rows = [("exports", bundle_id), *(("items", i) for i in ids)]
        with self.transaction() as conn, self.tracked(conn, rows):
            now = utc_now()
            ledger.record(conn, self._vault_key, bundle_id, ids, office_key_id, now)
            return items.set_status(conn, ids, SignalState.EXPORTED, now, bundle_id)

    def epoch(self) -> int:
        """The store's change number (see trust.py); compared with the vault's store mark."""
        with self.reading() as conn:
            return trust.state(conn, self._vault_key).epoch

    def export_entry(self, bundle_id: str) -> ledger.LedgerEntry | None:
        """The verified ledger entry of a bundle this profile exported, or None."""
        with self.reading() as conn:
            return ledger.entry(conn, self._vault_key, bundle_id)

    # ----- identity and the office record (see identity.py, trust.py) ------------------------

    def liaison_signing_key(self) -> nacl.signing.SigningKey:
        """The liaison's Ed25519 signing key. Raises IdentityMissing or RecordDamaged."""
        with self.reading() as conn:
            return identity.liaison_signing_key(conn, self._vault_key)

    def liaison_card(self) -> bytes:
        """The liaison's key card file (bytes). Raises IdentityMissing or RecordDamaged."""
        with self.reading() as conn:
            return identity.liaison_card(conn, self._vault_key)

    def office_record(self) -> trust.OfficeRecord:
        """The office card and the earlier ones, verified (see trust.py)."""
        with self.reading() as conn:
            return trust.office_record(conn, self._vault_key)

    def office_card(self) -> bytes:
        """The current office card file (bytes), from the verified office record.

        Raises StoreTampered or OfficeRecordOutdated when the record does not verify (see trust.py).
        """
        return self.office_record().current

    def accept_rotated_office_card(self, new_card: bytes) -> None:
        """Make `new_card` current if the current office key endorsed it (else KeyCardError);
        the earlier cards stay in the record for receipts of bundles exported before."""
        with self.transaction() as conn:
            trust.accept_rotation(conn, self._vault_key, new_card)

    def set_duress_key(self, duress_key: bytes | None) -> None:
        """Prepare the store for a duress unlock with this key (None: no duress passphrase)."""
        with self.transaction() as conn:
            trust.set_duress_key(conn, self._vault_key, duress_key)

    def duress_passphrase_set(self) -> bool | None:
        """Whether a duress passphrase is set (None: a store prepared before this was kept)."""
        with self.reading() as conn:
            return trust.duress_set(conn, self._vault_key)

    def counts(self) -> dict[str, int]:
        """How many drafts there are (key "drafts") and how many items in each state (by state)."""
        with self.reading() as conn:
            result = {"drafts": conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0]}
            for status in items.STATUSES:
                result[status] = conn.execute(
                    "SELECT COUNT(*) FROM items WHERE status = ?", (status,)
                ).fetchone()[0]
        return result


def _unlink(path: Path) -> int:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return 0
    return 1
