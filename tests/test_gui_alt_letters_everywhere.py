"""An Alt+letter that names nothing types nothing into a passphrase outside the editor either
(review r12y R8: on the lock page Alt+I typed "i" into the passphrase and Enter made it a wrong
attempt, one toward wipe-after; in the security settings Alt+Q and Alt+Z typed into "Your
current passphrase")."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_gui_delivery import Answers

from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.main_window import MainWindow


def _unbound(top: QWidget) -> list[str]:
    """The letters no label or button of `top` names with '&'."""
    bound = set()
    for widget in [*top.findChildren(QLabel), *top.findChildren(QAbstractButton)]:
        text = widget.text()
        at = text.find("&")
        if at >= 0 and at + 1 < len(text) and text[at + 1] != "&":
            bound.add(text[at + 1].upper())
    return sorted(set(string.ascii_uppercase) - bound)


def _press_unbound(qtbot, top: QWidget, field) -> None:
    letters = _unbound(top)
    assert len(letters) >= 3
    for letter in letters:
        qtbot.keyClick(field, getattr(Qt, f"Key_{letter}"), Qt.AltModifier)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_unbound_alt_letters_type_nothing_on_the_lock_page_or_in_the_security_settings(
        qtbot, tmp_path: Path, language: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    try:
        window = MainWindow(tmp_path / "profile", dialogs=Answers())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.unlock_page
        page.passphrase.setFocus()
        qtbot.keyClicks(page.passphrase, PASSPHRASE[:3])
        _press_unbound(qtbot, page, page.passphrase)
        assert page.passphrase.text() == PASSPHRASE[:3]
        qtbot.keyClicks(page.passphrase, PASSPHRASE[3:])
        qtbot.keyClick(page.passphrase, Qt.Key_Return)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)

        window.workspace.open_security()
        dialog = window.workspace.security
        qtbot.waitExposed(dialog)
        for field in (dialog.current, dialog.new, dialog.duress):
            field.setFocus()
            qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field)
            _press_unbound(qtbot, dialog, field)
            assert field.text() == ""
            qtbot.keyClicks(field, "x")  # typing itself still types
            assert field.text() == "x"
        dialog.reject()
        window.lock()
    finally:
        set_ui_language("en")


def test_unbound_alt_letters_type_nothing_into_the_file_choosers_name_field(
        qtbot, tmp_path: Path) -> None:
    """Qt's own file chooser (the non-native one the window uses): Alt+D typed "d" before the
    path in its file-name field (review r12y R12, R8)."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    window = MainWindow(tmp_path / "profile", dialogs=Answers())
    qtbot.addWidget(window)
    chooser = QFileDialog(window, "", str(tmp_path))
    chooser.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    _press_unbound(qtbot, chooser, name)
    assert name.text() == ""
    qtbot.keyClicks(name, "x")
    assert name.text() == "x"
