"""The list speaks the liaison's language after the form was shown in the other one (review
r12ad R3): a draft autosaved while the editor's form was in Dutch ("Dit formulier in het
Engels" and back) kept its row in Dutch in the English list (its category, its status), since
the row's texts were made once, in the form's language, and kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window
from test_gui_editor_language import _switch

pytestmark = pytest.mark.usefixtures("english_ui")


def _row_texts(page, draft_id: str) -> list[str]:
    table = page.table
    (row,) = [r for r, entry in enumerate(page.entries()) if entry.id == draft_id]
    return [table.item(row, column).text() for column in range(4)]


def test_a_draft_autosaved_with_the_form_in_dutch_is_listed_in_english_once_it_closes(
        qtbot, tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    editor.form.category.set_code("intimidation")
    qtbot.keyClicks(editor.form.description, "Two men at the door")
    editor.keeper._autosave()  # what the autosave timer runs: the draft gets its row
    draft_id = editor.draft_id
    qtbot.waitUntil(lambda: draft_id in [e.id for e in page.entries()], timeout=10000)
    _switch(qtbot, window)  # the form in Dutch, for the person in front of the liaison
    dutch = window.workspace.editor
    qtbot.keyClicks(dutch.form.description, ", just now")
    dutch.keeper._autosave()  # the row behind the form is drawn as saved
    assert "Intimidatie" in _row_texts(page, draft_id)[1]
    qtbot.mouseClick(dutch.save_button, Qt.LeftButton)  # Save and close
    qtbot.waitUntil(lambda: not dutch.isVisible())
    assert window.language == "en"
    status, about, _period, place = _row_texts(page, draft_id)
    assert "Intimidation" in about and "Intimidatie" not in about
    assert status.startswith("Draft, ")  # "Draft, 11 to fill", in English
    assert place == "No place yet"
    window.lock()
