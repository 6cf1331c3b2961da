"""The set-up the store-held window tests share: a window with a new draft whose first words
are saved, and another program holding store.db (an exclusive SQLite transaction)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window


def window_with_saved_words(qtbot, profile: Path):
    """(window, editor): a new profile at `profile`, unlocked, its editor open on a new draft
    whose story "Kept before." is saved."""
    fast_session(profile, make_office(profile.parent / "office")).lock()
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Kept before.")
    assert editor.keeper.save_now()
    return window, editor


def hold_store(profile: Path) -> sqlite3.Connection:
    """Another program's connection holding `profile`'s store.db exclusively until it rolls
    back and closes."""
    other = sqlite3.connect(profile / "store.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writes, and keeps writing
    return other
