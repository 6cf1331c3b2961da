"""A letter typed without Alt answers no question box (review r12ac-6, high; issue 12 "never
lose a word"): QMessageBox clicks the button whose underlined letter is pressed even without
Alt, so after an Esc pressed by mistake the next word typed ("then", "wat") chose "Throw away
the changes" and a new signal was deleted without a word. Alt+letter still answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")


def _editor_with_words(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "NEW: a man was followed from the embassy. ")
    editor.save_now()
    return window, editor


def test_typing_on_after_an_esc_keeps_the_question_open_and_the_new_signal(
        qtbot, tmp_path: Path) -> None:
    window, editor = _editor_with_words(qtbot, tmp_path)
    draft_id = editor.draft_id
    qtbot.keyClick(editor.form.description, Qt.Key_Escape)  # the close question opens
    question = editor.close_question
    qtbot.waitExposed(question)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is question)
    for letter in "thenwatgk":  # every button's letter, as the liaison types on
        qtbot.keyClick(QApplication.focusWidget(), letter)
    assert question.isVisible() and editor.isVisible()
    assert [entry.id for entry in window.session.list_entries()] == [draft_id]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_G, Qt.AltModifier)  # "Go on typing"
    qtbot.waitUntil(lambda: not question.isVisible())
    assert editor.isVisible()
    window.lock()
