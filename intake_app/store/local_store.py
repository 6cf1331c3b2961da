"""The liaison's local store: encrypted drafts and attachments, sealed items, the identity.

Layout inside the profile folder::

    store.db            SQLite (WAL, full sync): ids, times, sizes and encrypted boxes only
    blobs/<att>.blob    attachment copies, secretstream-encrypted with a per-attachment key
    sealed/<id>.age     sealed items, age-encrypted to the office (the liaison cannot open them)

Crash safety rests on one order of events, for every change that touches files and rows: write
the new file completely (atomic_writer), then change the rows in one transaction, then remove
the files that no row refers to. `recover()` runs at every open and finishes whatever a crash
interrupted, so after a kill each signal is either still a draft or fully sealed.

Vault generation: when the vault reports a different generation than the store recorded (the
vault was wiped, or opened with the duress passphrase) the store purges drafts, attachment
blobs AND sealed items, so the profile looks empty, and gives the liaison a new signing key
(the old one was boxed under key material that no longer exists). The office card is public and
stays, re-bound to the new key. The bundle counter stays so bundle numbers never repeat.
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
from intake_app.store import identity, items, office_history, record_box, settings
from intake_app.store.attachments import AttachmentInfo, AttachmentStore
from intake_app.store.database import (
    DatabaseCheck,
    create_database,
    finish_opening,
    open_database,
    translate_errors,
)
from intake_app.store.errors import DraftNotFound, ItemNotFound, RecordDamaged
from intake_app.store.items import ItemInfo

MAX_RECORD_BYTES = 1 << 20
GENERATION = "vault_generation"
BUNDLE_COUNTER = "bundle_counter"
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
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise DraftNotFound("That is not a signal id (32 hexadecimal characters).",
                            code="store.bad_id")
    return value


def utc_now() -> str:
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
    def create(cls, profile_dir: Path, vault_key: bytes, generation: object) -> LocalStore:
        ensure_private_dir(Path(profile_dir))
        store = cls(profile_dir, create_database(Path(profile_dir)), vault_key)
        with store.transaction() as conn:
            settings.put(conn, GENERATION, str(generation))
            settings.put(conn, BUNDLE_COUNTER, 0)
        return store

    @classmethod
    def open(cls, profile_dir: Path, vault_key: bytes, generation: object, *,
             checked: DatabaseCheck | None = None) -> LocalStore:
        """Open the store, recover from any crash, purge on a new vault generation. `checked`
        is the database check the caller started before it had the key (else it runs now)."""
        if checked is None:
            conn = open_database(Path(profile_dir))
        else:
            conn = finish_opening(checked.result())
        store = cls(profile_dir, conn, vault_key)
        try:
            store.recover()
            store._check_generation(str(generation))
        except BaseException:
            store.close()
            raise
        return store

    def wait_for_cleanup(self) -> None:
        """Wait until the blob files of sealed or deleted drafts are gone from disk."""
        for cleanup in self._cleanups:
            cleanup.join()

    def close(self) -> None:
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
        with self._lock, translate_errors():
            yield self._conn

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

    def _check_generation(self, generation: str) -> None:
        with self.reading() as conn:
            stored = settings.get(conn, GENERATION)
        if stored == generation:
            return
        self.purge_everything(generation)

    def purge_everything(self, generation: str) -> None:
        """Make the profile look empty (see the module docstring for why and what stays)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM attachments")
            conn.execute("DELETE FROM drafts")
            conn.execute("DELETE FROM items")
            office = settings.get(conn, identity.OFFICE_CARD)
            if office is not None:
                identity.set_office_card(conn, self._vault_key, bytes(office))
            name = identity.liaison_name(conn)
            identity.forget_liaison_identity(conn)
            office_history.forget(conn)  # MACed under the old vault key, for the old liaison key
            if name is not None:
                identity.create_liaison_identity(conn, self._vault_key, name)
            settings.put(conn, GENERATION, generation)
        for folder, pattern in ((self.blob_dir, "*.blob"), (self.sealed_dir, "*.age")):
            for path in folder.glob(pattern):
                _unlink(path)
            fsync_dir(folder)
        with self.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.purged_on_open = True

    # ----- drafts -------------------------------------------------------------------------

    def _box_record(self, draft_id: str, fields: Mapping[str, Any]) -> bytes:
        plain = canonical_json(dict(fields))
        if len(plain) > MAX_RECORD_BYTES:
            raise ValueError("the signal record is too large")
        return record_box.seal_record(self._draft_key, record_box.DRAFT, draft_id, plain)

    def create_draft(self, fields: Mapping[str, Any]) -> str:
        draft_id = new_id()
        now = utc_now()
        boxed = self._box_record(draft_id, fields)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (id, created_at, updated_at, record, record_size) "
                "VALUES (?, ?, ?, ?, ?)",
                (draft_id, now, now, boxed, len(boxed)),
            )
        return draft_id

    def update_draft(self, draft_id: str, fields: Mapping[str, Any]) -> None:
        boxed = self._box_record(check_id(draft_id), fields)
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE drafts SET record = ?, record_size = ?, updated_at = ? WHERE id = ?",
                (boxed, len(boxed), utc_now(), draft_id),
            )
            if not cursor.rowcount:
                raise DraftNotFound()

    def read_draft(self, draft_id: str) -> dict[str, Any]:
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
        with self.transaction() as conn:
            blob_ids = self.attachments.ids_of(conn, check_id(draft_id))
            if not conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount:
                raise DraftNotFound()
        self.attachments.unlink_blobs(blob_ids)

    # ----- attachments (see attachments.py) -------------------------------------------------

    def add_attachment(self, draft_id: str, src: BinaryIO, *, name: str, media_type: str,
                       cleaning: str, warnings: Iterable[str], progress=None) -> AttachmentInfo:
        return self.attachments.add(check_id(draft_id), src, name=name, media_type=media_type,
                                    cleaning=cleaning, warnings=warnings, progress=progress)

    def list_attachments(self, draft_id: str) -> list[AttachmentInfo]:
        return self.attachments.list(check_id(draft_id))

    def open_attachment(self, attachment: AttachmentInfo) -> BinaryIO:
        return self.attachments.open(attachment)

    def remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        self.attachments.remove(check_id(draft_id), attachment_id)

    # ----- sealed items ---------------------------------------------------------------------

    def item_path(self, item_id: str) -> Path:
        return self.sealed_dir / f"{check_id(item_id)}.age"

    def commit_seal(self, draft_id: str, size: int, sha256: str, warnings: Iterable[str]) -> None:
        """The sealed file is in place: make the draft an item in one transaction, then drop
        the draft's blobs. Before the COMMIT the signal is a draft, after it a sealed item."""
        with self.transaction() as conn:
            blob_ids = self.attachments.ids_of(conn, check_id(draft_id))
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
        with self.reading() as conn:
            return items.list_items(conn, status)

    def get_item(self, item_id: str) -> ItemInfo:
        with self.reading() as conn:
            item = items.get(conn, check_id(item_id))
        if item is None:
            raise ItemNotFound()
        return item

    def mark_exported(self, item_ids: Iterable[str], bundle_id: str) -> list[str]:
        with self.transaction() as conn:
            return items.set_status(conn, item_ids, SignalState.EXPORTED, utc_now(), bundle_id)

    def mark_delivered_and_purge(self, item_ids: Iterable[str]) -> list[str]:
        """Delivered items become tombstones (id, dates, status) and their files are removed.
        The files are age ciphertext the liaison cannot open, so unlinking is enough."""
        with self.transaction() as conn:
            changed = items.set_status(conn, item_ids, SignalState.DELIVERED, utc_now())
        self._unlink_items(changed)
        return changed

    def delete_item(self, item_id: str) -> None:
        with self.transaction() as conn:
            if not items.set_status(conn, [check_id(item_id)], SignalState.DELETED, utc_now()):
                raise ItemNotFound()
        self._unlink_items([item_id])

    def _unlink_items(self, item_ids: Iterable[str]) -> None:
        for item_id in item_ids:
            _unlink(self.item_path(item_id))
        fsync_dir(self.sealed_dir)

    def next_bundle_counter(self) -> int:
        """1, 2, 3, … per profile, durable before it is returned, never repeated."""
        with self.transaction() as conn:
            value = int(settings.get(conn, BUNDLE_COUNTER) or 0) + 1
            settings.put(conn, BUNDLE_COUNTER, value)
        return value

    def release_bundle_counter(self, counter: int) -> None:
        """Give back a counter whose bundle never reached the medium (the writer removed it).

        Only the latest counter can be given back; an older one stays used, which the office
        reports as a gap, never as a replay.
        """
        with self.transaction() as conn:
            if int(settings.get(conn, BUNDLE_COUNTER) or 0) == counter:
                settings.put(conn, BUNDLE_COUNTER, counter - 1)

    def commit_export(self, item_ids: Iterable[str], bundle_id: str) -> list[str]:
        """A bundle is safely on the medium: mark its items exported."""
        with self.transaction() as conn:
            return items.set_status(conn, item_ids, SignalState.EXPORTED, utc_now(), bundle_id)

    # ----- identity (see identity.py) -------------------------------------------------------

    def create_liaison_identity(self, name: str) -> bytes:
        with self.transaction() as conn:
            return identity.create_liaison_identity(conn, self._vault_key, name)

    def liaison_signing_key(self) -> nacl.signing.SigningKey:
        with self.reading() as conn:
            return identity.liaison_signing_key(conn, self._vault_key)

    def liaison_card(self) -> bytes:
        with self.reading() as conn:
            return identity.liaison_card(conn)

    def set_office_card(self, card: bytes) -> None:
        with self.transaction() as conn:
            identity.set_office_card(conn, self._vault_key, card)

    def office_card(self) -> bytes:
        with self.reading() as conn:
            return identity.office_card(conn, self._vault_key)

    def replace_office_card(self, new_card: bytes) -> None:
        with self.transaction() as conn:
            identity.replace_office_card(conn, self._vault_key, new_card)

    def accept_rotated_office_card(self, new_card: bytes) -> None:
        """Replace the office card by one the current office key endorsed (else
        OfficeCardRejected) and keep the current one for verifying older receipts."""
        with self.transaction() as conn:
            current = identity.office_card(conn, self._vault_key)
            identity.replace_office_card(conn, self._vault_key, new_card)
            office_history.append_card(conn, self._vault_key, current)

    def previous_office_cards(self) -> list[bytes]:
        with self.reading() as conn:
            return office_history.previous_cards(conn, self._vault_key)

    def counts(self) -> dict[str, int]:
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
