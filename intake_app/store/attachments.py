"""A draft's attachments: encrypted blob files plus a boxed metadata row each.

Every attachment has its own random file key, kept only inside its metadata box in the
database. Deleting the row (with SQLite's secure_delete) destroys that key, so a blob file that
survives on a disk which does not really erase is still unreadable.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from intake_app.domain.signal_checks import MAX_ATTACHMENTS
from intake_app.fs.atomic import fsync_dir
from intake_app.store import record_box
from intake_app.store.blobs import BlobReader, Progress, associated_data, write_blob
from intake_app.store.errors import (
    AttachmentDamaged,
    DraftNotFound,
    RecordDamaged,
    TooManyAttachments,
)


class _Rows(Protocol):
    """What the attachments need of the store (LocalStore provides it; no import cycle)."""

    blob_dir: Path

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def reading(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def tracked(self, conn: sqlite3.Connection,
                rows: Iterable[tuple[str, str]]) -> AbstractContextManager[None]: ...



@dataclass(frozen=True)
class AttachmentInfo:
    """What the store knows of one attachment (decrypted metadata, never the content).

    `id`, `draft_id`: 32-hex ids; `position`: order in the draft; `name`, `media_type`,
    `cleaning`, `warnings`: from the cleaner; `size`: plaintext bytes; `sha256`: hex digest
    of the plaintext.
    """

    id: str
    draft_id: str
    position: int
    name: str
    media_type: str
    cleaning: str
    warnings: tuple[str, ...]
    size: int
    sha256: str
    # The attachment's own key stays inside the store: `AttachmentStore.open` reads it from the
    # boxed metadata row, so no key travels up to the services or the window.


class AttachmentStore:
    """The attachments of drafts: encrypted blobs in the blob folder and their encrypted
    metadata rows, under subkeys of the vault key.
    """

    def __init__(self, store: _Rows, vault_key: bytes) -> None:
        self._store = store
        self._meta_key = record_box.subkey(vault_key, record_box.ATTACHMENT_META)

    def forget_key(self) -> None:
        """Drop the metadata key (on lock or close); later calls fail to decrypt."""
        self._meta_key = b""

    def _path(self, attachment_id: str) -> Path:
        return self._store.blob_dir / f"{attachment_id}.blob"

    def add(self, draft_id: str, src: BinaryIO, *, name: str, media_type: str, cleaning: str,
            warnings: Iterable[str], progress: Progress | None = None) -> AttachmentInfo:
        """Encrypt `src` into a new blob, then record it on the draft (the blob first: a crash
        in between leaves only an orphan blob, which the next open removes)."""
        attachment_id = secrets.token_hex(16)
        file_key = secrets.token_bytes(32)
        path = self._path(attachment_id)
        size, sha256 = write_blob(
            path, file_key, associated_data(draft_id, attachment_id), src, progress=progress
        )
        meta = {
            "name": name, "media_type": media_type, "cleaning": cleaning,
            "warnings": list(warnings), "size": size, "sha256": sha256, "key": file_key.hex(),
        }
        boxed = record_box.seal_record(
            self._meta_key, record_box.ATTACHMENT_META, f"{draft_id}:{attachment_id}",
            json.dumps(meta, sort_keys=True).encode("utf-8"),
        )
        try:
            with self._store.transaction() as conn, self._store.tracked(
                    conn, [("attachments", attachment_id)]):
                found = conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
                if found is None:
                    raise DraftNotFound()
                count, last = conn.execute(
                    "SELECT COUNT(*), COALESCE(MAX(position), 0) FROM attachments "
                    "WHERE draft_id = ?", (draft_id,)
                ).fetchone()
                if count >= MAX_ATTACHMENTS:
                    raise TooManyAttachments(limit=MAX_ATTACHMENTS)
                conn.execute(
                    "INSERT INTO attachments (id, draft_id, position, size, meta) "
                    "VALUES (?, ?, ?, ?, ?)", (attachment_id, draft_id, last + 1, size, boxed),
                )
                conn.execute(
                    "UPDATE drafts SET updated_at = ? WHERE id = ?",
                    # The drafts' one time format (microseconds): SQLite's strftime gives
                    # milliseconds, which sorted after a later time in the same millisecond.
                    (datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), draft_id),
                )
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return self._info(attachment_id, draft_id, last + 1, meta)

    @staticmethod
    def _info(attachment_id: str, draft_id: str, position: int,
              meta: dict[str, Any]) -> AttachmentInfo:
        return AttachmentInfo(
            id=attachment_id, draft_id=draft_id, position=position, name=meta["name"],
            media_type=meta["media_type"], cleaning=meta["cleaning"],
            warnings=tuple(meta["warnings"]), size=meta["size"], sha256=meta["sha256"],
        )

    def _meta(self, draft_id: str, attachment_id: str, boxed: bytes) -> dict[str, Any]:
        plain = record_box.open_record(
            self._meta_key, record_box.ATTACHMENT_META, f"{draft_id}:{attachment_id}", boxed
        )
        try:
            meta = json.loads(plain)
            bytes.fromhex(meta["key"])
            for name in ("name", "media_type", "cleaning", "warnings", "size", "sha256"):
                meta[name]
        except (ValueError, KeyError, TypeError) as exc:
            raise RecordDamaged() from exc
        return meta

    def list(self, draft_id: str) -> list[AttachmentInfo]:
        """The attachments of draft `draft_id`, in position order.

        Raises RecordDamaged when a metadata record does not decrypt.
        """
        with self._store.reading() as conn:
            rows = conn.execute(
                "SELECT id, position, meta FROM attachments WHERE draft_id = ? ORDER BY position",
                (draft_id,),
            ).fetchall()
        return [self._info(attachment_id, draft_id, position,
                           self._meta(draft_id, attachment_id, boxed))
                for attachment_id, position, boxed in rows]

    def open(self, attachment: AttachmentInfo) -> BinaryIO:
        """A readable stream of the attachment's plaintext (authenticated as it is read)."""
        with self._store.reading() as conn:
            row = conn.execute("SELECT meta FROM attachments WHERE draft_id = ? AND id = ?",
                               (attachment.draft_id, attachment.id)).fetchone()
        if row is None:
            raise AttachmentDamaged("That attachment is no longer on this draft.")
        file_key = bytes.fromhex(self._meta(attachment.draft_id, attachment.id, row[0])["key"])
        try:
            return BlobReader(  # type: ignore[return-value]
                self._path(attachment.id), file_key,
                associated_data(attachment.draft_id, attachment.id),
            )
        except FileNotFoundError:
            raise AttachmentDamaged("An attachment's file is missing from this laptop (deleted "
                                    "outside Seinpost). Nothing was changed.") from None

    def remove(self, draft_id: str, attachment_id: str) -> None:
        """Delete attachment `attachment_id` of draft `draft_id` (row, then blob file); no error if
        it is absent.
        """
        with self._store.transaction() as conn, self._store.tracked(
                conn, [("attachments", attachment_id)]):
            conn.execute(
                "DELETE FROM attachments WHERE draft_id = ? AND id = ?", (draft_id, attachment_id)
            )
        self.unlink_blobs([attachment_id])

    @staticmethod
    def ids_of(conn: sqlite3.Connection, draft_id: str) -> list[str]:
        """The ids of the attachments of `draft_id`, read on `conn` (caller's transaction)."""
        return [
            row[0]
            for row in conn.execute("SELECT id FROM attachments WHERE draft_id = ?", (draft_id,))
        ]

    def unlink_blobs(self, attachment_ids: Iterable[str]) -> None:
        """Remove the blob files of `attachment_ids` (missing ones are fine), then fsync the folder.

        Raises OSError when a file cannot be removed.
        """
        for attachment_id in attachment_ids:
            self._path(attachment_id).unlink(missing_ok=True)
        fsync_dir(self._store.blob_dir)
