"""A set-up that fails (the disk fills up while the profile is made) is told in a sentence, keeps
the person on the set-up page, and a second try once there is room again gives a working
profile: no half-made profile is left that would block or confuse it."""

from __future__ import annotations

import os
from pathlib import Path

import nacl.signing
from PySide6.QtCore import Qt
from small_disk import small_tmpfs

from intake_app.crypto import age, keycard
from intake_app.sentences import sentence
from intake_app.ui.code_widgets import label_language
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"


class CardDialog(FileDialogs):
    def __init__(self, card: Path) -> None:
        self.card = card

    def open_card(self, parent):
        return self.card


def fill_in(qtbot, window: MainWindow) -> None:
    page = window.setup_page
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(page.fingerprint_label.text())
    page.liaison_name.setText("Liaison Utrecht")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.use_keyring.setChecked(False)


def test_a_set_up_that_fails_on_a_full_disk_is_told_and_can_be_tried_again(
        qtbot, tmp_path: Path) -> None:
    _identity, recipient = age.generate_x25519()
    card = tmp_path / "office.card"
    card.write_bytes(keycard.create_card(nacl.signing.SigningKey.generate(), "office",
                                         "Centraal Meldpunt", [recipient]))
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        filler.write_bytes(b"\0" * (free - 8192))  # room for a small file, not for a store
        window = MainWindow(disk / "profile", dialogs=CardDialog(card))
        qtbot.addWidget(window)
        window.show()
        page = window.setup_page
        fill_in(qtbot, window)
        qtbot.mouseClick(page.create_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.error.isVisible() and page.create_button.isEnabled(),
                        timeout=60000)
        assert page.error.text() == sentence("disk_full", label_language())
        assert window.pages.currentWidget() is page and window.session is None

        filler.unlink()  # the person frees space and tries again, on the same page
        fill_in(qtbot, window)
        qtbot.mouseClick(page.create_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is not None or page.error.isVisible(),
                        timeout=60000)
        assert page.error.isHidden(), page.error.text()
        assert window.workspace is not None
        window.lock()
