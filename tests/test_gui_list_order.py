"""The list keeps its order and its chosen row while drafts are edited; Enter opens a draft.

Review r12v F6: the list sorts by "Saved or sealed", so every autosave moved the draft being
edited to the top and the next double-click on "its" row opened another draft; Tab into the
list chose no row, and Enter opened nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language


@pytest.mark.parametrize("language", ["nl", "en"])
def test_editing_a_draft_keeps_the_rows_in_place_and_enter_opens_the_chosen_one(
    qtbot, tmp_path: Path, language: str
) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    for words in ("Oldest.", "Middle.", "Newest."):
        session.save_draft({"description": words})
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        page = window.workspace
        table = page.table
        order = [entry.id for entry in page.entries()]
        assert len(order) == 3

        table.clearSelection()
        page.new_button.setFocus()  # the list has the keys after unlocking: take them away
        table.setFocus(Qt.TabFocusReason)  # as Tab brings the focus in: a row is chosen
        assert len(page.selected_entries()) == 1
        table.selectRow(order.index(order[-1]))  # the oldest, at the bottom
        chosen = page.selected_entries()[0].id
        qtbot.keyClick(table, Qt.Key_Return)
        editor = page.editor
        assert editor is not None and editor.draft_id == chosen

        qtbot.keyClicks(editor.form.description, " More words.")
        assert editor.save_now()
        qtbot.waitUntil(lambda: not page.busy)
        assert [entry.id for entry in page.entries()] == order  # the autosave moved nothing
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.editor is None and not page.busy, timeout=20000)
        assert [entry.id for entry in page.entries()] == order  # nor did closing it
        assert [entry.id for entry in page.selected_entries()] == [chosen]
        assert session is not None
    finally:
        window.lock()
        set_ui_language("en")
