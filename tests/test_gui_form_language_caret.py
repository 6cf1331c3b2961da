"""The editor's language button keeps the caret and the selection of the field being typed in
(review r12ae-11, issue 12): the new form put the caret at the end of the story and dropped the
selection, so the liaison's next words landed at the end of the testimony. (The undo history
stays with the old form: Qt cannot move a document's undo stack to another.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")


def _switch(qtbot, window):
    before = window.workspace.editor
    qtbot.mouseClick(before.language_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.editor not in (None, before)
                    and window.workspace.editor.isVisible() and not before.isVisible(),
                    timeout=20000)
    return window.workspace.editor


def test_the_language_button_keeps_the_storys_caret_and_selection_and_a_lines_caret(
        qtbot, tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    story = editor.form.description
    qtbot.keyClicks(story, "First sentence. Third sentence.")
    cursor = story.textCursor()
    cursor.setPosition(len("First sentence. "))
    story.setTextCursor(cursor)
    qtbot.keyClicks(story, "Second one ")
    assert story.textCursor().position() == 27

    dutch = _switch(qtbot, window)
    assert dutch.form.focused_field() == "description"
    assert dutch.form.description.textCursor().position() == 27
    qtbot.keyClicks(dutch.form.description, "and ")
    assert dutch.form.description.toPlainText() == (
        "First sentence. Second one and Third sentence.")

    # A selection made backwards ("Third", the caret at its start) comes over as it was.
    text = dutch.form.description
    cursor = text.textCursor()
    start = text.toPlainText().index("Third")
    cursor.setPosition(start + len("Third"))
    cursor.setPosition(start, QTextCursor.KeepAnchor)
    text.setTextCursor(cursor)
    english = _switch(qtbot, window)
    cursor = english.form.description.textCursor()
    assert (cursor.anchor(), cursor.position()) == (start + len("Third"), start)
    assert cursor.selectedText() == "Third"

    # A line: the caret where it was, not at its end.
    notes = english.form.impact_notes
    notes.setFocus()
    qtbot.keyClicks(notes, "lost sleep")
    notes.setCursorPosition(4)
    dutch = _switch(qtbot, window)
    assert dutch.form.focused_field() == "impact_notes"
    assert dutch.form.impact_notes.cursorPosition() == 4
    window.switch_language("en")
    window.lock()
