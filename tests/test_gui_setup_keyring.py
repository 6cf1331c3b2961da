"""The set-up promises only what it can keep: the keyring box without a keyring (review r12u
F18), and where the key card went (F15: only the file name was said, not the folder)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from liaison_fixtures import make_office
from PySide6.QtCore import Qt
from test_gui_flow import AnsweringDialogs

from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


class CardDialogs(AnsweringDialogs):
    def __init__(self, card: Path, folder: Path) -> None:
        super().__init__(card, [])
        self.folder = folder

    def save_card_as(self, parent, file_name):
        return None if self.folder is None else self.folder / file_name


@pytest.fixture
def no_keyring():
    """keyring's own "fail" backend: what a computer without a keyring service gets."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _passphrase_step(qtbot, tmp_path: Path, folder: Path | None = None):
    office = make_office(tmp_path / "office")
    window = MainWindow(tmp_path / "profile", language="en",
                        dialogs=CardDialogs(office.card_path, folder or tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.setup_page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(office.parsed.fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    qtbot.mouseClick(page.card_next, Qt.LeftButton)
    return window, page


def test_without_a_keyring_the_box_is_unticked_disabled_and_says_why(
    qtbot, tmp_path: Path, no_keyring
) -> None:
    window, page = _passphrase_step(qtbot, tmp_path)
    choice = page.use_keyring
    qtbot.waitUntil(lambda: not choice.box.isEnabled(), timeout=20000)
    assert not choice.isChecked()
    assert choice.note.isVisible() and "no keyring" in choice.note.text()
    assert "passphrase alone" in choice.note.text()
    # A language switch asks again and keeps the box as it must be.
    window.switch_language("nl")
    choice = window.setup_page.use_keyring
    qtbot.waitUntil(lambda: not choice.box.isEnabled(), timeout=20000)
    assert not choice.isChecked() and "geen sleutelbos" in choice.note.text()
    window.switch_language("en")


def test_with_a_keyring_the_box_stays_ticked_and_says_what_it_binds_the_vault_to(
    qtbot, tmp_path: Path, secret_service
) -> None:
    """Review r12x X8: the tick never said that the profile then opens only where its keyring
    entry is (this account, this computer)."""
    _window, page = _passphrase_step(qtbot, tmp_path)
    choice = page.use_keyring
    qtbot.waitUntil(lambda: choice.available is not None, timeout=20000)  # the answer is in
    assert choice.available is True
    assert choice.isChecked() and choice.box.isEnabled()
    assert choice.note.isVisible()
    assert "only in this user account on this computer" in choice.note.text()


def test_the_saved_key_card_message_names_the_folder(qtbot, tmp_path: Path, no_keyring) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _window, page = _passphrase_step(qtbot, tmp_path, stick)
    page.liaison_name.setText("Contactpersoon Zwolle")
    page.passphrase.setText("lantaarn fiets wolk regenjas zomer")
    page.repeat.setText("lantaarn fiets wolk regenjas zomer")
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 3, timeout=60000)
    qtbot.mouseClick(page.save_card_button, Qt.LeftButton)
    (card,) = stick.glob("liaison-*.card")
    assert str(stick) in page.saved_label.text() and card.name in page.saved_label.text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_passphrase_warning_goes_when_typing_anew_and_enter_creates_the_vault(
    qtbot, tmp_path: Path, no_keyring, language: str
) -> None:
    """Review r12v F8: "too easy to guess" stayed beside "Very strong" after a strong
    passphrase was typed, and Enter in the repeat field did nothing."""
    window, _ = _passphrase_step(qtbot, tmp_path)
    window.switch_language(language)
    page = window.setup_page
    qtbot.keyClicks(page.liaison_name, "Contactpersoon Zwolle")
    qtbot.keyClicks(page.passphrase, "zomer")
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(page.error.isVisible, timeout=20000)  # judged at the click, in a worker
    assert page.error.text()
    strong = "zomer lantaarn fiets wolk regenjas"
    qtbot.keyClicks(page.passphrase, " lantaarn fiets wolk regenjas")
    assert not page.error.isVisible()
    qtbot.keyClicks(page.repeat, strong)
    qtbot.keyClick(page.repeat, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 3, timeout=60000)
    window.switch_language("en")
