"""Which file is an office database (review r14i U1, issue 14).

Any file given as `--db` (or `--into`) that is not an office database, an empty one included,
is refused by every office command with one sentence in the terminal's language and left
exactly as it was: same bytes, same mode, nothing made beside it. A database made before the
office's application id (migration 7) still opens and is stamped; a new one is made only where
no file is.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import nacl.signing
import pytest

from intake_app.cli.office import main as office_main
from intake_app.crypto import keycard
from intake_app.office import database, registry, schema
from intake_app.sentences import sentence

DB = "given.db"
COMMANDS = {
    "liaison add": ["liaison", "add", "liaison.card", "--db", DB],
    "liaison list": ["liaison", "list", "--db", DB],
    "liaison revoke": ["liaison", "revoke", "0" * 32, "--db", DB],
    "open": ["open", "bundle.zip", "--into", DB, "--keys", "keys", "--passphrase-file", "pass"],
    "export": ["export", "--format", "jsonl", "--out", "signals.jsonl", "--db", DB],
    "receipt": ["receipt", "0" * 32, "--out", "receipt.json", "--db", DB],
    "report": ["report", "--db", DB, "--period", "2026-Q1", "--out", "report"],
    "purge": ["purge", "--db", DB, "--older-than", "2026-Q1"],
    "settings": ["settings", "--db", DB, "--retention", "8"],
}


def _another_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('kept as it is')")
    conn.execute("PRAGMA user_version = 3")  # a schema version of its own, not the office's
    conn.commit()
    conn.close()


FOREIGN = {
    "empty": lambda path: path.touch(),
    "text": lambda path: path.write_bytes(b"a note, not a database\n"),
    "another program's SQLite": _another_programs_database,
}


def _folder(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes() if p.is_file() else b"<dir>", stat.S_IMODE(p.stat().st_mode))
            for p in folder.iterdir()}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_file_that_is_not_an_office_database_is_refused_in_both_languages_and_left_alone(
        command: str, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Test", [])
    Path("liaison.card").write_bytes(card)
    heard = ["--fingerprint", keycard.parse_card(card).fingerprint]  # no terminal here
    argv = COMMANDS[command] + (heard if command == "liaison add" else [])
    Path("pass").write_text("a passphrase that opens nothing\n")
    for kind, make in FOREIGN.items():
        given = tmp_path / DB
        make(given)
        os.chmod(given, 0o644)
        before = _folder(tmp_path)
        for lang in ("nl", "en"):
            monkeypatch.setenv("SEINPOST_LANG", lang)
            status = office_main(argv)
            err = capsys.readouterr().err
            # Only the registry commands start a new database: the others' hint names the
            # existing one alone (review r14k, K3: "or for a new one" sent them in a circle).
            code = ("office.not_office_db" if command.startswith("liaison")
                    else "office.not_office_db_existing")
            expected = sentence(code, lang, path=DB)
            assert (status, err) == (1, f"intake-office: {expected}\n"), (kind, lang)
            assert _folder(tmp_path) == before, (kind, lang)
        given.unlink()


def test_a_missing_database_is_named_and_not_made_by_a_command_that_needs_one(
        tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    for command in ("open", "export", "receipt", "report", "purge", "settings"):
        for lang in ("nl", "en"):
            monkeypatch.setenv("SEINPOST_LANG", lang)
            assert office_main(COMMANDS[command]) == 1
            expected = sentence("office.db_missing", lang, path=DB)
            assert capsys.readouterr().err == f"intake-office: {expected}\n", (command, lang)
    assert list(tmp_path.iterdir()) == []


def test_the_registry_starts_a_new_database_where_no_file_is(tmp_path: Path, monkeypatch,
                                                               capsys) -> None:
    monkeypatch.chdir(tmp_path)
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Test", [])
    Path("liaison.card").write_bytes(card)
    heard = ["--fingerprint", keycard.parse_card(card).fingerprint]
    assert office_main(COMMANDS["liaison add"] + heard) == 0, capsys.readouterr().err
    conn = sqlite3.connect(tmp_path / DB)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("SELECT name FROM liaisons").fetchall() == [("Test",)]
    conn.close()
    assert not list(tmp_path.glob(".*.partial"))  # the database was built aside, then linked
    assert office_main(COMMANDS["liaison list"]) == 0
    assert "Test" in capsys.readouterr().out


def test_a_database_made_before_the_application_id_opens_and_is_stamped(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    old = sqlite3.connect(db, isolation_level=None)
    schema.migrate(old, lambda: AssertionError("too new"), target=6)
    old.close()
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Old", [])
    conn = database.connect(db, create=False)
    registry.add_liaison(conn, card)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert schema.schema_version(conn) == schema.CURRENT_VERSION
    conn.close()


def test_another_application_id_is_refused_even_with_the_office_tables(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    other = sqlite3.connect(db, isolation_level=None)
    schema.migrate(other, lambda: AssertionError("too new"), target=6)
    other.execute("PRAGMA application_id = 7")
    other.close()
    with pytest.raises(database.OfficeDatabaseError) as refused:
        database.connect(db)
    assert refused.value.code == "office.not_office_db"
