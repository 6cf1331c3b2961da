"""The store still held at the unlock after a lock that could not save (task t12b, issue 12):
the unlock put the lock's words back with SQLite's full 10 s waits on the GUI thread, twice,
and when that save failed the words were gone. Now it tries the store a moment only, and when
it is still held the draft opens with the words in it, the autosave retries, and a box says
so; once the store is free the words are saved and their file removed."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.store import lock_words

pytestmark = pytest.mark.usefixtures("english_ui")

#: Far below the 10 s each of the unlock's writes waited, far above two moments' tries.
TAKE_AT_MOST_S = 1.0


def _notice() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible() and w.objectName() == "words_not_saved_notice"]
    return shown[0] if shown else None


def test_an_unlock_with_the_store_still_held_reopens_the_words_unsaved_tells_and_saves_them_later(
        qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Kept before.")
    assert editor.keeper.save_now()
    other = sqlite3.connect(profile / "store.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writes, and keeps writing
    try:
        qtbot.keyClicks(editor.form.description, " Typed while the store was held.")
        qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
        assert window.session is None and window.kept.words is not None
        other.execute("ROLLBACK")  # free for the unlock's own writes, in its worker ...
        taking = window.kept.take
        took: list[float] = []

        def held_again_then_take(session):  # ... and held again when the words go back
            other.execute("BEGIN EXCLUSIVE")
            started = time.monotonic()
            try:
                return taking(session)
            finally:
                took.append(time.monotonic() - started)

        window.kept.take = held_again_then_take
        page = window.unlock_page
        page.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
        # A moment's try on the GUI thread, not SQLite's 10 s waits.
        assert took and took[0] < TAKE_AT_MOST_S, took
        qtbot.waitUntil(lambda: _notice() is not None, timeout=10000)
        editor = window.workspace.editor
        assert editor is not None and editor.isVisible()
        assert editor.form.description.toPlainText() == (
            "Kept before. Typed while the store was held.")
        assert (profile / lock_words.FILE_NAME).is_file()  # not in the store yet
        _notice().close()
        qtbot.wait(4000)  # an autosave or two fails meanwhile: nothing is lost
        assert editor.form.description.toPlainText().endswith("store was held.")
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    # The store free again: the autosave keeps trying and saves them, and their file goes.
    qtbot.waitUntil(lambda: not (profile / lock_words.FILE_NAME).exists(), timeout=20000)
    (entry,) = window.session.list_entries()
    assert window.session.read_draft(entry.id)["description"] == (
        "Kept before. Typed while the store was held.")
    window.lock()
