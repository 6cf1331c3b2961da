"""The files a lock keeps for the next unlock (services/kept_files.py, review r12aa A7): kept
encrypted in the store, taken once, and a row that does not open tells nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.services.liaison import LiaisonSession


def test_kept_files_come_back_once_at_the_next_unlock_with_their_paths_and_choices(
        tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft = session.save_draft({"description": "de video"})
    odd = Path(os.fsdecode(b"/media/stick/opname-\xff.m4a"))  # not UTF-8: kept as it is
    session.keep_files_for_unlock(draft, [(odd, False), (tmp_path / "foto.jpg", True)])
    session.lock()
    raw = (tmp_path / "profile" / "store.db").read_bytes()
    assert b"opname" not in raw and b"foto" not in raw  # encrypted, paths included

    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert session.take_kept_files() == (
        draft, [(odd, False), (tmp_path / "foto.jpg", True)], None)
    assert session.take_kept_files() is None  # taken once
    session.lock()


def test_a_lock_with_no_file_waiting_keeps_the_draft_and_the_focus_for_the_next_unlock(
        tmp_path: Path) -> None:
    """Review r12ab R2: only a lock with files kept anything, so after a kill while locked the
    next unlock opened the list, not the draft that was open."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft = session.save_draft({"description": "de video"})
    session.keep_files_for_unlock(draft, [], ("place", 1))
    session.lock()

    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert session.take_kept_files() == (draft, [], ("place", 1))
    assert session.take_kept_files() is None  # taken once
    session.lock()


def test_keeping_no_draft_forgets_what_an_earlier_lock_kept(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft = session.save_draft({"description": "x"})
    session.keep_files_for_unlock(draft, [(tmp_path / "a.pdf", False)])
    session.keep_files_for_unlock(None, [])
    assert session.take_kept_files() is None
    session.lock()


def test_a_kept_files_row_that_does_not_open_is_dropped_without_a_word(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft = session.save_draft({"description": "x"})
    session.keep_files_for_unlock(draft, [(tmp_path / "a.pdf", False)])
    session.lock()
    with sqlite3.connect(tmp_path / "profile" / "store.db") as conn:
        (boxed,) = conn.execute("SELECT value FROM settings WHERE name = 'kept_files'").fetchone()
        flipped = boxed[:-1] + bytes([boxed[-1] ^ 1])
        conn.execute("UPDATE settings SET value = ? WHERE name = 'kept_files'", (flipped,))
    conn.close()
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    assert session.take_kept_files() is None
    with sqlite3.connect(tmp_path / "profile" / "store.db") as conn:
        left = conn.execute("SELECT COUNT(*) FROM settings WHERE name = 'kept_files'").fetchone()
    conn.close()
    assert left == (0,)
    session.lock()
