"""The editor's language button while another program holds store.db (review r12ae-2, issue
12): the translators switched before the draft was found unkeepable, so the English form stayed
under a Dutch window (status line, store error, list rows) and the button, taking the window for
Dutch, did nothing until the editor closed. A switch that cannot be made changes nothing, says
why in the form's language, and the button works once the store is free."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from store_held_kit import hold_store, window_with_saved_words

from intake_app.ui.code_widgets import label_language

pytestmark = pytest.mark.usefixtures("english_ui")

NOT_SWITCHED = "The form was not switched to the other language"
TYPED = "Kept before. Typed while the store was held."


def _speaks_english_still(window, editor) -> None:
    page = window.workspace
    assert window.language == "en" and label_language() == "en"
    assert window.form_language.back_to is None
    assert page.editor is editor and editor.isVisible()
    assert editor.windowTitle() == "New signal"
    assert editor.language_button.text() == "This form in Dutch"
    said = editor.summary.text()
    assert NOT_SWITCHED in said and "Not saved yet" in said, said
    assert editor.summary.isVisible()
    assert editor.form.description.toPlainText() == TYPED
    (row,) = range(page.table.rowCount())
    assert page.table.item(row, 0).text().startswith("Draft"), page.table.item(row, 0).text()


def _released(other) -> None:
    other.execute("ROLLBACK")
    other.close()


def test_the_language_button_while_the_store_is_held_changes_nothing_and_says_why(
        qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    window, editor = window_with_saved_words(qtbot, profile)
    other = hold_store(profile)
    try:
        qtbot.keyClicks(editor.form.description, " Typed while the store was held.")
        qtbot.mouseClick(editor.language_button, Qt.LeftButton)
        qtbot.wait(200)  # a switch under way would show by now
        _speaks_english_still(window, editor)
    finally:
        _released(other)
    window.lock()


def test_the_language_button_works_again_once_the_store_is_free(qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    window, editor = window_with_saved_words(qtbot, profile)
    page = window.workspace
    other = hold_store(profile)
    try:
        qtbot.keyClicks(editor.form.description, " Typed while the store was held.")
        qtbot.mouseClick(editor.language_button, Qt.LeftButton)
    finally:
        _released(other)
    # The autosave retries by itself; once it has kept the words the alert goes.
    qtbot.waitUntil(lambda: page.session.read_draft(editor.draft_id)["description"] == TYPED,
                    timeout=20000)
    assert NOT_SWITCHED not in editor.summary.text()
    assert editor.status.text().startswith("Kept in your vault, encrypted, at ")
    qtbot.mouseClick(editor.language_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.editor not in (None, editor) and page.editor.isVisible()
                    and not editor.isVisible(), timeout=20000)
    assert window.language == "nl" and page.editor.windowTitle() == "Nieuw signaal"
    assert page.editor.form.description.toPlainText() == TYPED
    window.lock()


def test_words_that_cannot_be_kept_while_the_other_form_is_built_undo_the_switch(
        qtbot, tmp_path: Path) -> None:
    """The first switch builds the Dutch form in slices while the English one stays in use
    (ui/editor_reuse.py): words typed then, with the store held meanwhile, cannot go over; the
    switch is undone, the English form says why, and the list speaks English again."""
    profile = tmp_path / "profile"
    window, editor = window_with_saved_words(qtbot, profile)
    assert "nl" not in window.editors._stocks, "the Dutch form is built already"
    qtbot.mouseClick(editor.language_button, Qt.LeftButton)
    assert window.language == "nl"  # kept at once: the Dutch form is being built
    other = hold_store(profile)
    try:
        editor.form.description.moveCursor(QTextCursor.End)
        editor.form.description.insertPlainText(" Typed while the store was held.")
        qtbot.waitUntil(lambda: window.editors._stocks["nl"].ready, timeout=20000)
        qtbot.wait(100)
        _speaks_english_still(window, editor)
    finally:
        _released(other)
    window.lock()
