"""The office database's migrations: each one brings a database of the version before it to its
own version, in one transaction; a newer database is refused; today's databases open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from intake_app.office import database, schema

TABLES_AFTER = {
    1: {"liaisons", "bundles", "signals", "attachments"},
    2: {"liaisons", "bundles", "signals", "attachments"},  # bundles and signals rebuilt
    3: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings"},
    4: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings",
        "publications", "published_cells"},
    5: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings",
        "publications", "published_cells"},  # publications gains fold_below
    6: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings",
        "publications", "published_cells"},  # publications gains rule
    7: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings",
        "publications", "published_cells"},  # the header gains the office's application id
    8: {"liaisons", "bundles", "signals", "attachments", "period_counts", "office_settings",
        "publications", "published_cells"},  # bundles gains sealed_to
}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _too_new() -> Exception:
    return database.OfficeDatabaseError("too new", code="office.database.too_new")


def test_every_migration_has_its_test() -> None:
    assert set(TABLES_AFTER) == set(range(1, schema.CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", range(1, schema.CURRENT_VERSION + 1))
def test_migration_brings_the_version_before_it_to_its_own(version: int, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    assert schema.migrate(conn, _too_new, target=version - 1) == version - 1
    before = _tables(conn)
    assert schema.migrate(conn, _too_new, target=version) == version
    assert schema.schema_version(conn) == version
    assert _tables(conn) == TABLES_AFTER[version]
    assert before <= _tables(conn)  # migrations only add


def test_a_failing_migration_leaves_the_whole_previous_version(tmp_path: Path,
                                                               monkeypatch) -> None:
    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    broken = (*schema.MIGRATION_1, "CREATE TABLE liaisons (x)")  # fails after the others ran
    monkeypatch.setattr(schema, "MIGRATIONS", (broken,))
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, _too_new, target=1)
    assert schema.schema_version(conn) == 0 and _tables(conn) == set()


def test_a_newer_office_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    with pytest.raises(database.OfficeDatabaseError) as refused:
        database.connect(db)
    assert refused.value.code == "office.database.too_new"


def test_a_database_of_the_current_version_opens_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    database.connect(db).close()
    conn = database.connect(db)
    assert schema.schema_version(conn) == schema.CURRENT_VERSION
    assert _tables(conn) == TABLES_AFTER[schema.CURRENT_VERSION]


def test_migration_2_keys_bundles_by_liaison_and_keeps_every_row(tmp_path: Path) -> None:
    """Issue 7, scenario 5: the same bundle id from two liaisons is two bundles."""
    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn, _too_new, target=1)
    for key_id in ("a" * 32, "b" * 32):
        conn.execute("INSERT INTO liaisons VALUES (?, 'L', x'00', 'f', x'00', 't', NULL)",
                     (key_id,))
    conn.execute("INSERT INTO bundles VALUES (?, ?, 1, 'c', 'o', 1, x'01')", ("9" * 32, "a" * 32))
    signal = ("a" * 32, "1" * 32, "9" * 32, "r", *["x"] * 6, None, "p", None,
              *["x"] * 7, "created", "{}")
    conn.execute(f"INSERT INTO signals VALUES ({', '.join('?' * len(signal))})", signal)
    schema.migrate(conn, _too_new, target=2)
    assert conn.execute("SELECT * FROM signals").fetchall() == [signal]
    # Another liaison may now use the same bundle id; a signal must name an existing pair.
    conn.execute("INSERT INTO bundles VALUES (?, ?, 1, 'c', 'o', 1, x'02')", ("9" * 32, "b" * 32))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(f"INSERT INTO signals VALUES ({', '.join('?' * len(signal))})",
                     ("b" * 32, "2" * 32, "8" * 32, *signal[3:]))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migration_3_adds_the_report_tables_and_keeps_ones_made_on_first_use(
        tmp_path: Path) -> None:
    """Before migration 3, `period_counts` and `office_settings` were created when first used:
    a version-2 database that has them keeps their rows; one without them gets them."""
    made_on_use = sqlite3.connect(tmp_path / "used.db", isolation_level=None)
    schema.migrate(made_on_use, _too_new, target=2)
    made_on_use.execute("CREATE TABLE IF NOT EXISTS office_settings (key TEXT PRIMARY KEY, "
                        "value TEXT NOT NULL)")
    made_on_use.execute("INSERT INTO office_settings VALUES ('retention_quarters', '8')")
    made_on_use.execute("CREATE TABLE IF NOT EXISTS period_counts (period TEXT NOT NULL, "
                        "dimension TEXT NOT NULL, row TEXT NOT NULL, col TEXT NOT NULL, value "
                        "INTEGER NOT NULL, PRIMARY KEY (period, dimension, row, col))")
    made_on_use.execute("INSERT INTO period_counts VALUES ('2026-Q1', 'channel', 'phone', '', 7)")
    assert schema.migrate(made_on_use, _too_new, target=3) == 3
    assert made_on_use.execute("SELECT * FROM office_settings").fetchall() == [
        ("retention_quarters", "8")]
    assert made_on_use.execute("SELECT * FROM period_counts").fetchall() == [
        ("2026-Q1", "channel", "phone", "", 7)]

    fresh = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    schema.migrate(fresh, _too_new, target=2)
    schema.migrate(fresh, _too_new, target=3)
    fresh.execute("INSERT INTO office_settings VALUES ('retention_quarters', '4')")
    with pytest.raises(sqlite3.IntegrityError):  # one row per quarter and cell
        fresh.executemany("INSERT INTO period_counts VALUES ('2026-Q1', 'channel', 'phone', "
                          "'', ?)", [(1,), (2,)])


def test_retention_and_stored_counts_use_the_migrated_tables_only(tmp_path: Path) -> None:
    """The engine creates no table on the fly: on a database stopped at version 2 the retention
    setting fails instead of making its own `office_settings`."""
    from intake_app.office import retention

    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    schema.migrate(conn, _too_new, target=2)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        retention.set_retention_quarters(conn, 4)
    assert _tables(conn) == TABLES_AFTER[2]
    schema.migrate(conn, _too_new)
    retention.set_retention_quarters(conn, 4)
    assert retention.retention_quarters(conn) == 4


def test_migration_5_keeps_earlier_publications_with_their_own_row_rule(tmp_path: Path) -> None:
    """A publication stored before migration 5 keeps fold_below NULL: it was made with an own
    row from the threshold on, and is loaded (and its trend refused beside newer ones) so."""
    from intake_app.office.report import publications
    from intake_app.office.report.periods import Quarter

    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    schema.migrate(conn, _too_new, target=4)
    conn.execute("INSERT INTO publications VALUES ('2026-Q1', 5, 5, 0, 0, 1)")
    assert schema.migrate(conn, _too_new, target=5) == 5
    assert conn.execute("SELECT fold_below FROM publications").fetchall() == [(None,)]
    schema.migrate(conn, _too_new)
    loaded = publications.load(conn, Quarter(2026, 1))
    assert loaded is not None and loaded.fold_below == 5


def test_migration_6_leaves_earlier_publications_without_a_rule(tmp_path: Path) -> None:
    """A publication stored before migration 6 gets no rule (NULL): it was made by an earlier
    protection rule, and a report re-protects or refuses it (`report/republish.py`)."""
    from intake_app.office.report import publications
    from intake_app.office.report.periods import Quarter

    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    schema.migrate(conn, _too_new, target=5)
    conn.execute("INSERT INTO publications VALUES ('2026-Q1', 5, 5, 0, 0, 1, 7)")
    assert schema.migrate(conn, _too_new, target=6) == 6
    assert conn.execute("SELECT rule FROM publications").fetchall() == [(None,)]
    loaded = publications.load(conn, Quarter(2026, 1))
    assert loaded is not None and loaded.rule is None and loaded.fold_below == 7


def test_migration_7_stamps_the_office_application_id_in_the_header(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "office.db", isolation_level=None)
    schema.migrate(conn, _too_new, target=6)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    schema.migrate(conn, _too_new, target=7)
    conn.close()
    header = (tmp_path / "office.db").read_bytes()[68:72]  # SQLite's file format, offset 68
    assert int.from_bytes(header, "big") == schema.APPLICATION_ID
