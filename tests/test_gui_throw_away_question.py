"""The editor's close question says what "Throw away the changes" undoes: to the moment the
editor opened, what was kept in the vault since included (review r12y R3, issue 12: two
sentences the window had said were kept went with it, unannounced)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import QLocale, Qt
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.mark.parametrize("opened", ["new", "draft"])
def test_the_close_question_says_throwing_away_goes_back_to_when_the_editor_opened(
        qtbot, tmp_path: Path, opened: str) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft_id = session.record(signal_fields())
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    if opened == "new":
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
    else:
        page.open_editor(draft_id)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, " Kept a moment later.")
    assert editor.keeper.save_now()  # the autosave: "Kept in your vault"
    qtbot.keyClick(editor, Qt.Key_Escape)
    question = editor.close_question
    assert question is not None and question.isVisible()
    when = QLocale().toString(editor.opened_at, QLocale.ShortFormat)
    assert question.text().split("\n\n")[1] == (
        f"“Throw away the changes” deletes this new signal, also what was kept of it since "
        f"{when}." if opened == "new" else
        f"“Throw away the changes” puts this draft back as it was when you opened it at "
        f"{when}, also undoing what was kept since.")
    question.reject()
    window.lock()
