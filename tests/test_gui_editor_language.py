"""The language can be switched while the editor is open, and nothing typed is lost (review
r12u F14: the window's menu could not be reached from the editor, so it could not be done)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import SETTINGS_KEY, remembered_language

pytestmark = pytest.mark.usefixtures("english_ui")


def _window(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    return unlocked_window(qtbot, tmp_path / "profile", Answers())


def _switch(qtbot, window) -> None:
    """Click the editor's language button and wait for the draft to show in the editor of the
    other language (built in slices the first time: ui/editor_reuse.py)."""
    before = window.workspace.editor
    qtbot.mouseClick(before.language_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.editor not in (None, before)
                    and window.workspace.editor.isVisible() and not before.isVisible(),
                    timeout=20000)


def test_switching_the_language_in_the_editor_keeps_every_word_and_what_was_chosen(
    qtbot, tmp_path
) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    note = tmp_path / "note.txt"
    note.write_text("what the caller wrote down\n")
    editor.form.category.set_code("intimidation")
    qtbot.keyClicks(editor.form.description, "Two men at the door, just now")
    editor.attachments_panel.add_pending(note)
    # Its words say it is for this form, in the liaison's language (review r12aa A8:
    # "Nederlands" alone read as the whole app's language).
    assert editor.language_button.text() == "This form in Dutch"

    _switch(qtbot, window)
    assert window.language == "nl" and not editor.isVisible()
    again = window.workspace.editor
    assert again is not None and again is not editor and again.isVisible()
    assert again.windowTitle() == "Nieuw signaal"  # still the new signal it was
    assert again.save_button.text() == "Bewa&ren en sluiten"
    assert again.form.labels["description"].text() == "&Omschrijving"
    assert again.form.description.toPlainText() == "Two men at the door, just now"
    assert again.form.category.code() == "intimidation"
    assert again.attachments() == [(note, False)]
    assert again.language_button.text() == "Dit formulier in het Engels"
    # Throwing the changes away still means what it meant: the new draft goes entirely.
    again.reject()
    qtbot.mouseClick(again.close_question.button(QMessageBox.Discard), Qt.LeftButton)
    assert window.workspace.entries() == [] and window.session.list_entries() == []
    window.switch_language("en")
    window.lock()


def test_switching_in_an_untouched_editor_keeps_it_open_and_makes_no_draft(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    _switch(qtbot, window)
    again = window.workspace.editor
    assert again is not None and again.isVisible() and again.windowTitle() == "Nieuw signaal"
    assert window.session.list_entries() == []
    _switch(qtbot, window)  # and back
    assert window.language == "en" and window.workspace.editor.windowTitle() == "New signal"
    assert window.session.list_entries() == []
    window.lock()


def test_the_save_button_keeps_its_words_across_switches_and_ctrl_s_saves_and_stays(
    qtbot, tmp_path
) -> None:
    """Review r12v F7: after Dutch -> English -> Dutch the button read "Opslaan" (Qt's own
    word for a standard Save button), and Ctrl+S did nothing."""
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    said = {"en": "Sav&e and close", "nl": "Bewa&ren en sluiten"}
    assert page.editor.save_button.text() == said["en"]
    for language in ("nl", "en", "nl"):
        _switch(qtbot, window)
        assert window.language == language
        QApplication.processEvents()  # the LanguageChange events the new translator posted
        assert window.workspace.editor.save_button.text() == said[language]
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Kept by Ctrl+S")
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.isActiveWindow())
    qtbot.keyClick(editor.form.description, Qt.Key_S, Qt.ControlModifier)
    # Saved, and the editor stays open to go on typing (review r12w F11: Ctrl+S closed it).
    (entry,) = window.session.list_entries()
    assert window.session.read_draft(entry.id)["description"] == "Kept by Ctrl+S"
    assert editor.isVisible() and editor.outcome == ""
    assert editor.status.text().startswith("Versleuteld bewaard in uw kluis, om ")
    qtbot.keyClicks(editor.form.description, ", and more")
    assert editor.form.description.toPlainText() == "Kept by Ctrl+S, and more"
    window.switch_language("en")
    window.lock()


def test_the_editors_language_is_for_the_form_only_and_not_remembered(qtbot, tmp_path) -> None:
    """Review r12w F8: the editor's "Nederlands"/"English" switched the whole app and saved
    it, so the next start (the lock page) was in the reporter's language. It is for showing
    the form to the person in front of the liaison: not saved, and the window goes back to the
    liaison's language when the form closes; the menu's choice is still remembered."""
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, "en")
    try:
        window = _window(qtbot, tmp_path)
        page = window.workspace
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
        # (shown once the editor is open: opening a new signal clears an older note, r12v F15)
        page.show_message("A note from before.", warning=True)
        _switch(qtbot, window)
        editor = window.workspace.editor
        assert window.language == "nl" and editor.windowTitle() == "Nieuw signaal"
        assert remembered_language() == "en"
        assert window.workspace.message.text() == "\u26a0 A note from before."  # carried over
        qtbot.keyClicks(editor.form.description, "Said in Dutch")
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.language == "en" and window.workspace.isVisible())
        # The list behind never left the liaison's language (only the form did: it is not
        # built again), and what it says of the closed form is said in it (review r12y R6).
        assert window.workspace is page
        assert window.workspace.new_button.text() == "&New signal…"
        assert "12 fields must still be filled" in window.workspace.message.text()
        assert window.workspace.message.isVisible()
        (entry,) = window.session.list_entries()
        assert window.session.read_draft(entry.id)["description"] == "Said in Dutch"
        assert remembered_language() == "en"
        window.switch_language("nl")  # the menu: remembered
        assert remembered_language() == "nl"
        window.switch_language("en")
        window.lock()
    finally:
        settings.remove(SETTINGS_KEY)


def test_the_other_languages_country_names_are_loaded_and_sorted_before_the_button_is_pressed(
    qtbot, tmp_path, monkeypatch
) -> None:
    # The first switch loaded CLDR's names for the other language on the GUI thread, 50-80 ms
    # of one turn (benchmarks/ui_responsiveness.py, issue 12 "Quick"); the engine loader's
    # worker loads them for every language now, and the window sorts them a step at a time.
    from intake_app.ui import code_widgets, country_names

    for cached in (country_names._names, code_widgets._country_labels,
                   code_widgets._ordered_codes):
        cached.cache_clear()
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: code_widgets._ordered_codes.cache_info().currsize >= 4,
                    timeout=20000)
    loads: list[str] = []
    monkeypatch.setattr(country_names.Locale, "parse",
                        lambda code, *args, **kwargs: loads.append(code))
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    _switch(qtbot, window)
    assert loads == []
    actor = window.workspace.editor.form.actor
    shown = [actor.itemText(row) for row in range(actor.count())]
    assert shown.index("Duitsland") < shown.index("Rusland") < shown.index("Turkije")
    names = [name for name in shown if name in ("Duitsland", "Egypte", "Eritrea", "China")]
    assert names == ["China", "Duitsland", "Egypte", "Eritrea"]
