"""Sealed items: what the liaison may still see of a signal (id, size, date, status) and nothing
of its content, and their age files in sealed/. Rows change state inside the caller's
transaction; files are removed after.

The row functions work on a connection inside the caller's transaction; `SealedItems` is the
store's part that joins them with the files (part of LocalStore).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from intake_app.domain.states import HELD as HELD  # statuses whose sealed file is on disk
from intake_app.domain.states import ITEM_STATES, SignalState
from intake_app.fs import own_folders
from intake_app.store import unlisted
from intake_app.store.core import StoreCore
from intake_app.store.errors import DraftNotFound, ItemNotFound, UnknownItemStatus
from intake_app.store.ids import check_id, utc_now

STATUSES = ITEM_STATES
_SELECT = "SELECT id, size, sha256, sealed_at, status, status_at, warnings, bundle_id FROM items"
# The list's columns only (no hash, no warnings to parse), in the list's order.
LIST_ROWS = "SELECT id, size, sealed_at, status, status_at FROM items ORDER BY sealed_at, id"


@dataclass(frozen=True)
class ItemInfo:
    """One sealed item's row.

    `id`: 32 hex; `size`: bytes of the .age file; `sha256`: hex digest of it; `sealed_at`,
    `status_at`: UTC, ISO 8601; `status`: its SignalState; `warnings`: sorted codes;
    `bundle_id`: the bundle it was exported in, if any.
    """

    id: str
    size: int
    sha256: str
    sealed_at: str
    status: SignalState
    status_at: str
    warnings: tuple[str, ...]
    bundle_id: str | None


def _item(row: tuple) -> ItemInfo:
    return ItemInfo(
        id=row[0], size=row[1], sha256=row[2], sealed_at=row[3], status=SignalState(row[4]),
        status_at=row[5], warnings=tuple(json.loads(row[6])), bundle_id=row[7],
    )


def insert(conn: sqlite3.Connection, item_id: str, size: int, sha256: str, now: str,
           warnings: Iterable[str]) -> None:
    """Insert item `item_id` in state "sealed" with `size` (bytes), hex `sha256`, `now` (UTC,
    ISO 8601) as both times, and its warnings (deduplicated, sorted, as JSON).

    The id must be new (it is the primary key).
    """
    conn.execute(
        "INSERT INTO items (id, size, sha256, sealed_at, status, status_at, warnings) "
        "VALUES (?, ?, ?, ?, 'sealed', ?, ?)",
        (item_id, size, sha256, now, now, json.dumps(sorted(set(warnings)))),
    )


def list_items(conn: sqlite3.Connection, status: str | None = None) -> list[ItemInfo]:
    """All items, or those in `status`, ordered by sealed time then id.

    Raises UnknownItemStatus for a status that is not one of STATUSES.
    """
    if status is None:
        rows = conn.execute(_SELECT + " ORDER BY sealed_at, id")
    else:
        if status not in STATUSES:
            raise UnknownItemStatus()
        rows = conn.execute(
            _SELECT + " WHERE status = ? ORDER BY sealed_at, id", (status,)
        )
    return [_item(row) for row in rows]


def get(conn: sqlite3.Connection, item_id: str) -> ItemInfo | None:
    """The item with `item_id`, or None."""
    row = conn.execute(_SELECT + " WHERE id = ?", (item_id,)).fetchone()
    return None if row is None else _item(row)


def set_status(conn: sqlite3.Connection, item_ids: Iterable[str], status: str, now: str,
               bundle_id: str | None = None) -> list[str]:
    """Move held items to `status`; return the ids that changed (unknown ids are ignored)."""
    changed = []
    for item_id in item_ids:
        cursor = conn.execute(
            "UPDATE items SET status = ?, status_at = ?, bundle_id = COALESCE(?, bundle_id) "
            "WHERE id = ? AND status IN ('sealed', 'exported')",
            (status, now, bundle_id, item_id),
        )
        if cursor.rowcount:
            changed.append(item_id)
    return changed


def held_ids(conn: sqlite3.Connection) -> set[str]:
    """The ids of items still held ("sealed" or "exported")."""
    rows = conn.execute("SELECT id FROM items WHERE status IN ('sealed', 'exported')")
    return {row[0] for row in rows}


def gone_ids(conn: sqlite3.Connection) -> set[str]:
    """The ids of items that are gone ("delivered" or "deleted")."""
    return {
        row[0]
        for row in conn.execute("SELECT id FROM items WHERE status IN ('delivered', 'deleted')")
    }


class SealedItems(StoreCore):
    """Sealed items: their rows and their files in sealed/ (part of LocalStore)."""

    def item_path(self, item_id: str) -> Path:
        """The path of sealed item `item_id`'s .age file. Raises DraftNotFound for a bad id."""
        return self.sealed_dir / f"{check_id(item_id)}.age"

    def copy_unlisted(self, target: Path) -> unlisted.SealedCopies:
        """Copy the sealed files no row names (`unlisted_sealed`) as they are into `target`;
        the copies written and how many were skipped (store/unlisted.py `copy_out`, which
        says what it skips and raises)."""
        return unlisted.copy_out(self.sealed_dir, self.unlisted_sealed, target)

    def commit_seal(self, draft_id: str, size: int, sha256: str, warnings: Iterable[str]) -> None:
        """The sealed file is in place: make the draft an item in one transaction, then drop
        the draft's blobs. Before the COMMIT the signal is a draft, after it a sealed item."""
        with self.transaction() as conn:
            blob_ids = self.attachments.ids_of(conn, check_id(draft_id))
            rows = [("drafts", draft_id), ("items", draft_id),
                    *(("attachments", b) for b in blob_ids)]
            with self.tracked(conn, rows):
                insert(conn, draft_id, size, sha256, utc_now(), warnings)
                if not conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount:
                    raise DraftNotFound()
        # The blobs' keys died with their rows just now: unlinking only frees the space, so it
        # need not hold up the liaison (a GiB takes half a second). recover() sweeps leftovers.
        self.unlink_in_background(blob_ids)

    def list_items(self, status: str | None = None) -> list[ItemInfo]:
        """All sealed items, or those in `status`; UnknownItemStatus for an unknown status."""
        with self.reading() as conn:
            return list_items(conn, status)

    def get_item(self, item_id: str) -> ItemInfo:
        """The item with `item_id`. Raises ItemNotFound (or DraftNotFound for a bad id)."""
        with self.reading() as conn:
            item = get(conn, check_id(item_id))
        if item is None:
            raise ItemNotFound()
        return item

    def mark_delivered_and_purge(self, item_ids: Iterable[str]) -> list[str]:
        """Delivered items become tombstones (id, dates, status) and their files are removed.
        The files are age ciphertext the liaison cannot open, so unlinking is enough."""
        ids = list(item_ids)
        with self.transaction() as conn, self.tracked(conn, [("items", i) for i in ids]):
            changed = set_status(conn, ids, SignalState.DELIVERED, utc_now())
        self._unlink_items(changed)
        return changed

    def delete_item(self, item_id: str) -> None:
        """Mark item `item_id` deleted (UTC time) and remove its .age file.

        Raises ItemNotFound when there is no such item.
        """
        with self.transaction() as conn, self.tracked(conn, [("items", check_id(item_id))]):
            if not set_status(conn, [item_id], SignalState.DELETED, utc_now()):
                raise ItemNotFound()
        self._unlink_items([item_id])

    def _unlink_items(self, item_ids: Iterable[str]) -> None:
        # The rows already say delivered or deleted: the files are only ciphertext to free.
        # Removed as recovery removes (fs/own_folders.py): relative to sealed/ opened without
        # following a link, whatever sits at the name (a folder planted there with the laptop
        # off used to fail the receipt with IsADirectoryError after it was accepted), and what
        # cannot be removed at all is left for recovery at the next unlock to try again.
        names = [self.item_path(item_id).name for item_id in item_ids]
        try:
            with own_folders.open_folder(self.sealed_dir) as sealed:
                for name in names:
                    sealed.clear_if_possible(name)
                sealed.sync()
        except FileNotFoundError:
            return  # no sealed/ at all: nothing of these items is left to remove

    def counts(self) -> dict[str, int]:
        """How many drafts there are (key "drafts") and how many items in each state (by state)."""
        with self.reading() as conn:
            result = {"drafts": conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0]}
            for status in STATUSES:
                result[status] = conn.execute(
                    "SELECT COUNT(*) FROM items WHERE status = ?", (status,)
                ).fetchone()[0]
        return result
