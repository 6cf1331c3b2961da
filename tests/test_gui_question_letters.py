"""A letter typed without Alt answers no question box (review r12ac-6, high; issue 12 "never
lose a word"): QMessageBox clicks the button whose underlined letter is pressed even without
Alt, so after an Esc pressed by mistake the next word typed ("then", "wat") chose "Throw away
the changes" and a new signal was deleted without a word. Alt+letter still answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")
#: QMessageBox clicks a button by its letter with animateClick: the click comes later.
ANIMATED_CLICK_MS = 400


def _editor_with_words(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "NEW: a man was followed from the embassy. ")
    editor.save_now()
    return window, editor


def test_typing_on_after_an_esc_puts_the_words_in_the_story_and_keeps_the_signal(
        qtbot, tmp_path: Path) -> None:
    """Reviews r12ac-6 and r12ad R5: after a stray Esc the words typed on went nowhere (or
    threw the signal away), and the first Enter closed the editor. Now the close question goes
    as "Go on typing" at the first key, and every key goes into the story."""
    window, editor = _editor_with_words(qtbot, tmp_path)
    draft_id = editor.draft_id
    qtbot.keyClick(editor.form.description, Qt.Key_Escape)  # the close question opens
    question = editor.close_question
    qtbot.waitExposed(question)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is question)
    qtbot.keyClick(QApplication.focusWidget(), "t")  # "Throw away"'s letter, typed on
    qtbot.waitUntil(lambda: not question.isVisible())
    qtbot.wait(ANIMATED_CLICK_MS)
    assert editor.isVisible()
    qtbot.keyClicks(editor.form.description, "hen wat")  # the caret is in the story again
    qtbot.keyClick(editor.form.description, Qt.Key_Return)
    assert editor.form.description.toPlainText() == (
        "NEW: a man was followed from the embassy. then wat\n")
    assert [entry.id for entry in window.session.list_entries()] == [draft_id]
    window.lock()


def test_a_plain_y_does_not_answer_the_seal_question(qtbot, tmp_path: Path) -> None:
    """Review r12ac (with -6): in Dutch one plain "j" sealed six drafts for good."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft_id = session.record(signal_fields())
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.seal_button, Qt.LeftButton)
    question = page.confirm
    qtbot.waitExposed(question)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is question)
    for letter in "yjn":
        qtbot.keyClick(QApplication.focusWidget(), letter)
    qtbot.wait(ANIMATED_CLICK_MS)
    assert question.isVisible()
    assert [e.status for e in window.session.list_entries() if e.id == draft_id] == ["draft"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)  # No: nothing sealed
    qtbot.waitUntil(lambda: not question.isVisible())
    window.lock()
