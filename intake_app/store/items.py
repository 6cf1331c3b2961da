"""Sealed items: what the liaison may still see of a signal (id, size, date, status) and nothing
of its content. Rows change state inside the caller's transaction; files are removed after."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from intake_app.domain.states import HELD as HELD  # statuses whose sealed file is on disk
from intake_app.domain.states import ITEM_STATES, SignalState

STATUSES = ITEM_STATES
_SELECT = "SELECT id, size, sha256, sealed_at, status, status_at, warnings, bundle_id FROM items"


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

    Raises ValueError for an unknown status.
    """
    if status is None:
        rows = conn.execute(_SELECT + " ORDER BY sealed_at, id")
    else:
        if status not in STATUSES:
            raise ValueError("unknown item status")
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
