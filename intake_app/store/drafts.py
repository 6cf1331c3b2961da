"""The store's drafts: the liaison's unfinished signals, each an encrypted record box in the
`drafts` table with the draft id bound in, and their attachments (attachments.py).

Drafts are the liaison's own and readable while the vault is open; ids, times and sizes are in
the clear so the list needs no decryption.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, BinaryIO, NamedTuple

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.store import lock_words, record_box, settings
from intake_app.store.attachments import AttachmentInfo
from intake_app.store.core import StoreCore
from intake_app.store.errors import DraftNotFound, RecordDamaged, RecordTooLarge
from intake_app.store.ids import check_id, new_id, utc_now
from intake_app.store.items import LIST_ROWS as LIST_ITEM_ROWS

MAX_RECORD_BYTES = 1 << 20
#: The settings row holding the files a lock kept for the next unlock (`keep_files`): a box of
#: its own under the vault key, so not one the row digest covers (contents.py).
KEPT_FILES = "kept_files"
# The draft list: only columns of the drafts_listing and attachments_sizes indexes (schema.py,
# migration 3), in the index's order, so SQLite reads two small indexes and sorts nothing.
LIST_DRAFTS = (
    "SELECT d.id, d.created_at, d.updated_at, d.record_size + COALESCE(a.bytes, 0), "
    "COALESCE(a.count, 0) FROM drafts d LEFT JOIN (SELECT draft_id, SUM(size) AS bytes, "
    "COUNT(*) AS count FROM attachments GROUP BY draft_id) a ON a.draft_id = d.id "
    "ORDER BY d.updated_at, d.id"
)
# The liaison's list (LocalStore.list_rows): the drafts in the order of the covering index
# drafts_listing, and the attachments' bytes per draft from attachments_sizes (few rows; merged
# in Python instead of an automatic index that SQLite builds for the join on every call).
LIST_DRAFT_ROWS = "SELECT id, updated_at, record_size FROM drafts ORDER BY updated_at, id"
ATTACHED_BYTES = "SELECT draft_id, SUM(size) FROM attachments GROUP BY draft_id"
# One draft's row of that list, by its primary key and the attachments_sizes index.
DRAFT_ROW = ("SELECT updated_at, record_size + COALESCE((SELECT SUM(size) FROM attachments "
             "WHERE draft_id = drafts.id), 0) FROM drafts WHERE id = ?")


class DraftInfo(NamedTuple):
    """A draft as listed: id, times (UTC, ISO 8601), size in bytes, number of attachments.
    A named tuple: the list makes 10,000 of them at once, and these are the cheapest."""

    id: str
    created_at: str
    updated_at: str
    size: int
    attachments: int


class DraftRows(StoreCore):
    """Drafts and their attachments (part of LocalStore)."""

    def _box_record(self, draft_id: str, fields: Mapping[str, Any]) -> bytes:
        plain = canonical_json(dict(fields))
        if len(plain) > MAX_RECORD_BYTES:
            raise RecordTooLarge(limit=MAX_RECORD_BYTES)
        return record_box.seal_record(self._draft_key, record_box.DRAFT, draft_id, plain)

    def create_draft(self, fields: Mapping[str, Any], *, wait_s: float | None = None) -> str:
        """Store a new draft holding `fields` (a JSON-able mapping, encrypted); return its id.
        `wait_s`: see `transaction`.

        Raises RecordTooLarge when the fields take more than MAX_RECORD_BYTES as JSON.
        """
        draft_id = new_id()
        now = utc_now()
        boxed = self._box_record(draft_id, fields)
        with self.transaction(wait_s=wait_s) as conn, self.tracked(conn, [("drafts", draft_id)]):
            conn.execute(
                "INSERT INTO drafts (id, created_at, updated_at, record, record_size) "
                "VALUES (?, ?, ?, ?, ?)",
                (draft_id, now, now, boxed, len(boxed)),
            )
        return draft_id

    def update_draft(self, draft_id: str, fields: Mapping[str, Any], *,
                     wait_s: float | None = None) -> None:
        """Replace the fields of draft `draft_id` and touch its updated time (UTC). `wait_s`:
        see `transaction`.

        Raises DraftNotFound when there is no such draft or the id is malformed, RecordTooLarge
        when the fields are too large.
        """
        boxed = self._box_record(check_id(draft_id), fields)
        with self.transaction(wait_s=wait_s) as conn, self.tracked(conn, [("drafts", draft_id)]):
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

    def draft_row(self, draft_id: str) -> tuple[str, int] | None:
        """(updated_at, size in bytes: the boxed record plus its attachments) of one draft, as
        the list shows it (after an autosave); None when there is no such draft."""
        with self.reading() as conn:
            row = conn.execute(DRAFT_ROW, (draft_id,)).fetchone()
        return None if row is None else (row[0], row[1])

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

    def keep_files(self, plain: bytes | None, *, wait_s: float | None = None) -> None:
        """Keep `plain` (the files chosen for a draft and not yet stored, as the services
        write them: at most MAX_RECORD_BYTES) in the KEPT_FILES row, encrypted under the vault
        key; None removes the row. `wait_s`: see `transaction`. Raises RecordTooLarge for a
        larger `plain`.

        Not covered by the row digest: deleting the row or putting an older one back (someone
        with the laptop off) only changes which files a draft reopens with, each named to the
        liaison; it holds their paths, never their content."""
        if plain is not None and len(plain) > MAX_RECORD_BYTES:
            raise RecordTooLarge(limit=MAX_RECORD_BYTES)
        with self.transaction(wait_s=wait_s) as conn:
            if plain is None:
                settings.delete(conn, KEPT_FILES)
            else:
                settings.put(conn, KEPT_FILES, record_box.seal_record(
                    self._kept_key(), record_box.KEPT_FILES, KEPT_FILES, plain))

    def take_kept_files(self, *, wait_s: float | None = None) -> bytes | None:
        """What `keep_files` kept, removed from the store in the same transaction; None when
        nothing was kept or the row does not open under this vault key (damaged, or written
        under another key: nothing to tell from it). `wait_s`: see `transaction`."""
        with self.transaction(wait_s=wait_s) as conn:
            boxed = settings.get(conn, KEPT_FILES)
            if boxed is None:
                return None
            settings.delete(conn, KEPT_FILES)
        try:
            return record_box.open_record(self._kept_key(), record_box.KEPT_FILES, KEPT_FILES,
                                          bytes(boxed) if isinstance(boxed, bytes) else b"")
        except RecordDamaged:
            return None

    def _kept_key(self) -> bytes:
        return record_box.subkey(self._vault_key, record_box.KEPT_FILES)

    def seal_for_lock(self, plain: bytes) -> bytes:
        """`plain` encrypted under a subkey of the vault key (LOCK_WORDS), for the window to hold
        in memory while locked; only `open_after_lock` under the same vault key opens it."""
        key = record_box.subkey(self._vault_key, record_box.LOCK_WORDS)
        return record_box.seal_record(key, record_box.LOCK_WORDS, "lock", plain)

    def open_after_lock(self, sealed: bytes) -> bytes | None:
        """What `seal_for_lock` sealed; None when it does not open under this vault key (the
        duress passphrase's, say: nothing to tell from it)."""
        key = record_box.subkey(self._vault_key, record_box.LOCK_WORDS)
        try:
            return record_box.open_record(key, record_box.LOCK_WORDS, "lock", sealed)
        except RecordDamaged:
            return None

    def write_lock_words(self, sealed: bytes) -> None:
        """Write `sealed` (from `seal_for_lock`) into the profile folder for the next unlock,
        atomically (lock_words.py). Raises OSError (a full disk)."""
        lock_words.write(self.profile_dir, sealed)

    def read_lock_words(self) -> bytes | None:
        """What `write_lock_words` wrote, or None (no such file, or not one of ours: see
        lock_words.read). Raises OSError when it cannot be read."""
        return lock_words.read(self.profile_dir)

    def remove_lock_words(self) -> None:
        """Remove what `write_lock_words` wrote, durably. Raises OSError."""
        lock_words.remove(self.profile_dir)

    # ----- attachments (see attachments.py) -------------------------------------------------

    def add_attachment(self, draft_id: str, src: BinaryIO, *, name: str, media_type: str,
                       cleaning: str, warnings: Iterable[str],
                       progress: Callable[[int], None] | None = None) -> AttachmentInfo:
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

    def list_rows(self) -> tuple[list[tuple[str, str, int]],
                                 list[tuple[str, int, str, str, str]]]:
        """What the liaison's list shows, read in one transaction and decrypting nothing:
        drafts as (id, updated_at, size in bytes: the boxed record plus its attachments),
        oldest change first, and sealed items as (id, size in bytes, sealed_at, status,
        status_at), oldest first; times are UTC ISO 8601. Plain tuples: the list reads 11,000
        rows at once, and every object made per row costs the person a wait."""
        with self.reading() as conn:
            drafts = conn.execute(LIST_DRAFT_ROWS).fetchall()
            attached = dict(conn.execute(ATTACHED_BYTES).fetchall())
            sealed = conn.execute(LIST_ITEM_ROWS).fetchall()
        if attached:
            drafts = [(i, at, size + attached.get(i, 0)) for i, at, size in drafts]
        return drafts, sealed
