"""An Alt+letter that names no field leaves what was typed alone (review r12w F1: Alt+K, "New
office card" on the list page, typed "k" into the description and the autosave kept it)."""

from __future__ import annotations

import string

import pytest
from gui_screens import NoFiles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.signal_editor import SignalEditor


def _bound_letters(editor: SignalEditor) -> set[str]:
    """The letters the editor's labels and buttons name with '&'."""
    bound = set()
    for widget in [*editor.findChildren(QLabel), *editor.findChildren(QAbstractButton)]:
        text = widget.text()
        at = text.find("&")
        if at >= 0 and at + 1 < len(text) and text[at + 1] != "&":
            bound.add(text[at + 1].upper())
    return bound


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_alt_letter_no_field_uses_types_nothing_into_the_description_or_the_place(
        qtbot, language) -> None:
    set_ui_language(language)
    try:
        editor = SignalEditor(NoFiles())
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        unbound = sorted(set(string.ascii_uppercase) - _bound_letters(editor))
        assert len(unbound) >= 3  # en: J, K among them (the review's two letters)
        form = editor.form
        for field in (form.description, form.municipality):
            field.setFocus()
            qtbot.waitUntil(lambda field=field: editor.focusWidget() is field)
            qtbot.keyClicks(field, "Utrecht")
            before = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
            for letter in unbound:
                qtbot.keyClick(field, getattr(Qt, f"Key_{letter}"), Qt.AltModifier)
            after = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
            assert after == before, (letter, after)
            qtbot.keyClicks(field, "x")  # typing itself still types
            typed = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
            assert typed == before + "x"
    finally:
        set_ui_language("en")
