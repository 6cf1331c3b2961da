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
    conn.execute(
        "INSERT INTO items (id, size, sha256, sealed_at, status, status_at, warnings) "
        "VALUES (?, ?, ?, ?, 'sealed', ?, ?)",
        (item_id, size, sha256, now, now, json.dumps(sorted(set(warnings)))),
    )


def list_items(conn: sqlite3.Connection, status: str | None = None) -> list[ItemInfo]:
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
    rows = conn.execute("SELECT id FROM items WHERE status IN ('sealed', 'exported')")
    return {row[0] for row in rows}


def gone_ids(conn: sqlite3.Connection) -> set[str]:
    return {
        row[0]
        for row in conn.execute("SELECT id FROM items WHERE status IN ('delivered', 'deleted')")
    }
