"""The attacker's edits of review r7 (F1, F1b, F1c, F2, F3) on a powered-off profile's store.db,
written as the review made them with sqlite3 and `PRAGMA writable_schema`: an index made to
disagree with its table while every row and the schema text stay byte for byte the same, and
rows added beside a primary key that should have refused them. Shared by
tests/test_laptop_attacks_indexes.py and tests/test_store_row_digest.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _bump_schema(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute(f"PRAGMA schema_version = {version + 1:d}")


def _master_sql(conn: sqlite3.Connection, name: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def items_rows(db: Path) -> list[tuple]:
    """Every row of `items` as a table scan reads it (no index), ordered by rowid."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rowid, * FROM items NOT INDEXED ORDER BY rowid").fetchall()
    finally:
        conn.close()


def stale_status_index(db: Path, item_id: str) -> None:
    """F1: `items_by_status` says item `item_id` is 'deleted' while its row says 'sealed'.

    The index's SQL is made partial (`WHERE 0`) for a moment, so SQLite leaves it alone while
    the row goes to 'deleted' and back; the SQL text is then put back byte for byte."""
    conn = sqlite3.connect(db)
    try:
        original = _master_sql(conn, "items_by_status")
        conn.execute("UPDATE items SET status = 'deleted' WHERE id = ?", (item_id,))
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'items_by_status'",
                     (original + " WHERE 0",))
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE items SET status = 'sealed' WHERE id = ?", (item_id,))
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'items_by_status'",
                     (original,))
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()


def stale_draft_key(db: Path, item_id: str) -> None:
    """F1b: the drafts primary key index keeps an entry `item_id` (a sealed item's id) that
    the table does not have: a draft row is added and removed while the key's index is briefly
    a partial plain index that SQLite does not update."""
    conn = sqlite3.connect(db)
    try:
        original = _master_sql(conn, "drafts")
        conn.execute("INSERT INTO drafts (id, created_at, updated_at, record, record_size) "
                     "VALUES (?, 'x', 'x', x'00', 1)", (item_id,))
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'drafts'",
                     (original.replace(" PRIMARY KEY", "", 1),))
        conn.execute("UPDATE sqlite_master SET name = 'tmp_pk', "
                     "sql = 'CREATE INDEX tmp_pk ON drafts(id) WHERE 0' "
                     "WHERE name = 'sqlite_autoindex_drafts_1'")
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(db)
    try:
        conn.execute("DELETE FROM drafts WHERE id = ?", (item_id,))
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'drafts'", (original,))
        conn.execute("UPDATE sqlite_master SET name = 'sqlite_autoindex_drafts_1', sql = NULL "
                     "WHERE name = 'tmp_pk'")
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()


def hide_from_index(db: Path, index: str, key_column: str, key: str) -> None:
    """F1c, for any index: its b-tree swapped (by root page) for that of a partial index of the
    same columns without the row whose `key_column` is `key`; no row and no SQL text change."""
    conn = sqlite3.connect(db)
    try:
        table = conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?",
                             (index,)).fetchone()[0]
        columns = [row[2] for row in conn.execute(f"PRAGMA index_info('{index}')")]
        quoted = key.replace("'", "''")
        conn.execute(f"CREATE INDEX tmpx ON {table}({', '.join(columns)}) "
                     f"WHERE {key_column} != '{quoted}'")
        conn.commit()
        real = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (index,)).fetchone()[0]
        partial = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tmpx'"
                               ).fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (partial, index))
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'tmpx'", (real,))
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(db)
    try:
        conn.execute("DROP INDEX tmpx")
        conn.commit()
    finally:
        conn.close()


def hidden_attachment(db: Path, attachment_id: str) -> None:
    """F1c as the review made it: the attachments primary key index without `attachment_id`."""
    hide_from_index(db, "sqlite_autoindex_attachments_1", "id", attachment_id)


def insert_pair(db: Path, table: str, row: dict) -> None:
    """F2/F3: two identical rows `row` added to `table` despite its primary key (its index
    briefly declared a plain one, then the schema text put back byte for byte)."""
    auto = f"sqlite_autoindex_{table}_1"
    conn = sqlite3.connect(db)
    try:
        original = _master_sql(conn, table)
        key = conn.execute(f"SELECT name FROM pragma_table_info('{table}') WHERE pk = 1"
                           ).fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     (original.replace(" PRIMARY KEY", "", 1), table))
        conn.execute("UPDATE sqlite_master SET name = 'tmp_pk', sql = ? WHERE name = ?",
                     (f"CREATE INDEX tmp_pk ON {table}({key})", auto))
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(db)
    try:
        columns, marks = ", ".join(row), ", ".join("?" for _ in row)
        for _ in range(2):
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                         tuple(row.values()))
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (original, table))
        conn.execute("UPDATE sqlite_master SET name = ?, sql = NULL WHERE name = 'tmp_pk'",
                     (auto,))
        _bump_schema(conn)
        conn.commit()
    finally:
        conn.close()


def quick_check(db: Path) -> str:
    """What `PRAGMA quick_check` says of `db` (the check the store ran before review r7)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
