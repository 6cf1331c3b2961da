"""The store's small name → value table, inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from typing import Any


def get(conn: sqlite3.Connection, name: str) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    return None if row is None else row[0]


def put(conn: sqlite3.Connection, name: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def delete(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM settings WHERE name = ?", (name,))
