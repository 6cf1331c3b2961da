"""The liaison's own fingerprint and QR code can be shown again after set-up (review r12z R10:
"My key card…" went straight to a folder chooser, put the fingerprint in the message bar, and
silently saved over a card of the same name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.crypto import keycard
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.my_card_dialog import QR_PREFIX
from intake_app.ui.qr import qr_pixmap


class Asked(Answers):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def save_card_as(self, parent, file_name):
        self.asked += 1
        return None if self.folder is None else self.folder / file_name


def _window(qtbot, tmp_path: Path, answers: Asked):
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    mine = keycard.parse_card(session.liaison_card())
    session.lock()
    return unlocked_window(qtbot, tmp_path / "profile", answers), mine


def test_my_key_card_shows_my_fingerprint_and_its_qr_code_before_anything_is_saved(
        qtbot, tmp_path: Path, english_ui) -> None:
    answers = Asked()
    window, mine = _window(qtbot, tmp_path, answers)
    page = window.workspace
    qtbot.mouseClick(page.my_card_button, Qt.LeftButton)
    dialog = page.my_card
    qtbot.waitExposed(dialog)
    assert mine.fingerprint in dialog.fingerprint.text()
    expected = qr_pixmap(QR_PREFIX + mine.fingerprint.replace(" ", "")).toImage()
    assert dialog.qr.pixmap().toImage() == expected  # the code the office scans
    assert answers.asked == 0  # no chooser before the person asks to save
    assert dialog.isVisible() and dialog.save_button.isVisible()
    window.lock()


def test_saving_my_key_card_over_one_of_the_same_name_says_so(qtbot, tmp_path: Path,
                                                               english_ui) -> None:
    answers = Asked()
    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    window, mine = _window(qtbot, tmp_path, answers)
    page = window.workspace
    qtbot.mouseClick(page.my_card_button, Qt.LeftButton)
    dialog = page.my_card
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    (card,) = answers.folder.glob("liaison-*.card")
    assert keycard.parse_card(card.read_bytes()).fingerprint == mine.fingerprint
    assert "in place of" not in dialog.result.text() and card.name in dialog.result.text()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)  # the same folder again
    assert "in place of the file of that name" in dialog.result.text()
    assert [p.name for p in answers.folder.iterdir()] == [card.name]
    window.lock()


class RealSaveDialog(Answers):
    """The real "Save your key card as…" chooser (FileDialogs'), every other one answered."""

    save_card_as = FileDialogs.save_card_as


@pytest.mark.parametrize("language", ["nl", "en"])
def test_my_key_card_is_saved_under_the_name_typed_in_a_save_dialog_suggesting_its_own(
        qtbot, tmp_path: Path, language: str) -> None:
    """Review r12aa A9: "Save my key card…" opened a folder chooser; a file name typed there,
    as in any Save dialog, gave Qt's "folder not found" box. Now a Save dialog suggests the
    card's own name, and the name typed is the file written."""
    window, mine = _window(qtbot, tmp_path, RealSaveDialog())
    stick = tmp_path / "stick"
    stick.mkdir()
    typed = stick / "amina"  # no extension typed: the dialog adds .card
    seen: dict[str, object] = {}

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QFileDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, answer)
            return
        (chooser,) = shown
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        seen.update(save=chooser.acceptMode() == QFileDialog.AcceptSave, name=name.text(),
                    title=chooser.windowTitle())
        name.setText(str(typed))
        QTimer.singleShot(500, give_up)  # a chooser that refused the name: closed, no hang
        chooser.accept()

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox | QFileDialog) and widget.isVisible():
                seen.setdefault("refused", widget.windowTitle())
                widget.reject()

    set_ui_language(language)
    try:
        page = window.workspace
        qtbot.mouseClick(page.my_card_button, Qt.LeftButton)
        dialog = page.my_card
        QTimer.singleShot(0, answer)
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
        assert seen == {"save": True, "name": f"liaison-{mine.key_id[:8]}.card",
                        "title": {"nl": "Uw sleutelkaart opslaan als…",
                                  "en": "Save your key card as…"}[language]}
        written = stick / "amina.card"
        assert [p.name for p in stick.iterdir()] == ["amina.card"]
        assert keycard.parse_card(written.read_bytes()).fingerprint == mine.fingerprint
        assert "amina.card" in dialog.result.text() and str(stick) in dialog.result.text()
    finally:
        set_ui_language("en")
    window.lock()
