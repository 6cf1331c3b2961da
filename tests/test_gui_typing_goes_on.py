"""The next words typed go on the story where it stops: a reopened draft's caret is at the end
of its story (review r12y R1: "VERDER " went before the first word), and after an unlock the
keys never go to a drop-down whose type-ahead eats them (R2: " more words" walked the channel
to another choice and were lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")
STORY = "Two men came to the shop."


def _typed_window(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)
    editor = page.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(QApplication.focusWidget(), STORY)
    return window, editor


def test_a_reopened_draft_takes_the_next_words_at_the_end_of_its_story(qtbot, tmp_path) -> None:
    window, editor = _typed_window(qtbot, tmp_path)
    page = window.workspace
    assert editor.keep_and_close()
    qtbot.waitUntil(lambda: page.editor is None or not page.editor.isVisible())
    (entry,) = page.entries()
    page.drafts.open_editor(entry.id)
    editor = page.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(QApplication.focusWidget(), " They came back.")
    assert editor.form.description.toPlainText() == STORY + " They came back."
    window.lock()


def test_after_an_unlock_words_go_into_the_story_not_the_drop_down_that_had_the_focus(
        qtbot, tmp_path) -> None:
    window, editor = _typed_window(qtbot, tmp_path)
    channel = editor.form.channel
    channel.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is channel)
    qtbot.keyClick(channel, Qt.Key_Down)
    chosen = channel.code()
    assert chosen is not None
    window.lock()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    editor = window.workspace.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(QApplication.focusWidget(), " more words")
    assert editor.form.description.toPlainText() == STORY + " more words"
    assert editor.form.channel.code() == chosen
    window.lock()
