"""The caret the editor opens in is in view (review r12ad R6): a draft with a story of more
than a few lines opened, and reopened after a lock, at the top of its form with the caret at
the end of the story, below the fold at 1024×600: the liaison could not see where the next
word would go. The form now scrolls just enough to show the caret; a story whose end is in
view leaves the form at its top (review r12aa A4, test_gui_editor_opens_at_top)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import QPoint, Qt
from test_gui_delivery import Answers, unlocked_window
from test_gui_editor_opens_at_top import _opened, framed_windows  # noqa: F401 - autouse

pytestmark = pytest.mark.usefixtures("english_ui")

LONG_STORY = "\n".join(f"Line {n} of what the caller said." for n in range(1, 16))


def _caret_in_view(editor) -> bool:
    story = editor.form.description
    viewport = editor.scroll.viewport()
    caret = story.cursorRect()
    top = story.viewport().mapTo(viewport, QPoint(0, caret.top())).y()
    bottom = story.viewport().mapTo(viewport, QPoint(0, caret.bottom())).y()
    return story.hasFocus() and 0 <= top and bottom <= viewport.height()


@pytest.mark.parametrize("how", ["opened", "reopened after a lock"])
def test_the_caret_at_the_end_of_a_long_story_is_in_view_when_the_editor_opens(
        qtbot, tmp_path: Path, how: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    stored = window.session.save_draft({"description": LONG_STORY}, None)
    page.refresh()
    page.open_editor(stored)
    if how == "reopened after a lock":
        _opened(qtbot, page.editor)
        qtbot.keyClick(page.editor.form.description, Qt.Key_L, Qt.ControlModifier)
        window.unlock_page.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
        page = window.workspace
        qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(),
                        timeout=20000)
    editor = page.editor
    _opened(qtbot, editor)
    assert editor.form.description.textCursor().atEnd()
    assert _caret_in_view(editor)
    window.lock()
