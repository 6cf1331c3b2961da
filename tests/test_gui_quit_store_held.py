"""Ctrl+Q while another program holds store.db does not freeze the window (task t12b, issue
12): the quit's save waited SQLite's 10 s on the GUI thread before anything happened. It now
tries the store a moment, and keeps what it could not save sealed in the profile folder, as a
lock does (store/lock_words.py): the window closes at once and the next start puts the words
back into the draft."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from store_held_kit import hold_store, window_with_saved_words
from test_gui_delivery import Answers, unlocked_window

from intake_app.store import lock_words

pytestmark = pytest.mark.usefixtures("english_ui")

#: Far below the 10 s the quit's save waited, far above a quit with the store free.
QUIT_AT_MOST_S = 1.0


def test_ctrl_q_while_another_program_holds_the_store_quits_at_once_and_keeps_the_words(
        qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    window, editor = window_with_saved_words(qtbot, profile)
    other = hold_store(profile)
    try:
        qtbot.keyClicks(editor.form.description, " Typed while the store was held.")
        started = time.monotonic()
        qtbot.keyClick(editor.form.description, Qt.Key_Q, Qt.ControlModifier)
        took = time.monotonic() - started
        assert took < QUIT_AT_MOST_S, took
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        assert not window.isVisible() and window.session is None
        kept = (profile / lock_words.FILE_NAME).read_bytes()
        assert b"Typed while" not in kept  # sealed
    finally:
        other.execute("ROLLBACK")
        other.close()
    again = unlocked_window(qtbot, profile, Answers(), passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: again.workspace.editor is not None
                    and again.workspace.editor.isVisible(), timeout=20000)
    assert again.workspace.editor.form.description.toPlainText() == (
        "Kept before. Typed while the store was held.")
    assert not (profile / lock_words.FILE_NAME).exists()
    again.lock()
