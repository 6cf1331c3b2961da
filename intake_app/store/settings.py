"""The store's small name → value table, inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from typing import Any


def get(conn: sqlite3.Connection, name: str) -> Any:
    """The value of setting `name`, or None when it is not set."""
    row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    return None if row is None else row[0]


def put(conn: sqlite3.Connection, name: str, value: Any) -> None:
    """Set setting `name` to `value` (insert or replace)."""
    conn.execute(
        "INSERT INTO settings (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def delete(conn: sqlite3.Connection, name: str) -> None:
    """Remove setting `name`; nothing happens when it is not set."""
    conn.execute("DELETE FROM settings WHERE name = ?", (name,))
