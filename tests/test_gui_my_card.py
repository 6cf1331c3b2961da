"""The liaison's own fingerprint and QR code can be shown again after set-up (review r12z R10:
"My key card…" went straight to a folder chooser, put the fingerprint in the message bar, and
silently saved over a card of the same name)."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.crypto import keycard
from intake_app.ui.my_card_dialog import QR_PREFIX
from intake_app.ui.qr import qr_pixmap


class Asked(Answers):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def choose_card_folder(self, parent):
        self.asked += 1
        return self.folder


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
