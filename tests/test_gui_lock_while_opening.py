"""Ctrl+L while the vault is being opened locks: the vault that opens is locked again at once
and the page stays (review r12ac-9: the lock was ignored, and the window opened with the draft
in the editor seconds later, in front of whoever had walked up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def test_ctrl_l_while_the_vault_opens_keeps_the_window_locked(qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    unlocked_window(qtbot, profile, Answers()).lock()  # the engines are in: the unlock is fast
    window = MainWindow(profile, dialogs=Answers())
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    assert page.passphrase.isReadOnly()  # the vault is being opened
    qtbot.keyClick(page.passphrase, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not page.passphrase.isReadOnly(), timeout=30000)
    qtbot.wait(200)  # a workspace would be shown in the next turns
    assert window.session is None and window.workspace is None
    assert window.pages.currentWidget() is page
    assert page.error.text() == "\u26a0 Locked. Unlock again when you are ready."
    page.passphrase.setText(PASSPHRASE)  # and the next unlock opens as always
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    window.lock()
