"""Ctrl+L while another program holds the store's write lock hides the story at once (review
r12ad R1, issue 12 "Lock means lock"): the lock's save and its keeping of the draft for the
next unlock each waited SQLite's 10 s on the GUI thread, the story on screen for 20 s before
the lock page came. The lock now tries the store only a moment; the words it could not save
are held sealed in memory (KeptAtLock.words) and the next unlock, with the store free again,
puts them back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from store_held_kit import hold_store, window_with_saved_words

pytestmark = pytest.mark.usefixtures("english_ui")

#: Far below the 10 s each of the lock's two writes waited, far above what a lock takes on a
#: loaded machine with the store free.
LOCK_AT_MOST_S = 1.0


def test_ctrl_l_while_another_program_holds_the_store_hides_the_story_at_once_and_keeps_it(
        qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    window, editor = window_with_saved_words(qtbot, profile)
    other = hold_store(profile)
    try:
        qtbot.keyClicks(editor.form.description, " Typed while the store was held.")
        started = time.monotonic()
        qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
        took = time.monotonic() - started
        # The lock page is up when the key's handling ends, the story gone from the screen.
        assert window.pages.currentWidget() is window.unlock_page
        assert window.session is None and not editor.isVisible()
        assert took < LOCK_AT_MOST_S, took
    finally:
        other.execute("ROLLBACK")
        other.close()
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.workspace.editor is not None
                    and window.workspace.editor.isVisible(), timeout=20000)
    assert window.workspace.editor.form.description.toPlainText() == (
        "Kept before. Typed while the store was held.")
    window.lock()
