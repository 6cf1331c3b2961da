"""The Security settings open with the caret in "Your current passphrase", Enter there starts
no change, and a new passphrase is judged by the vault's own rule with set-up's meter and
sentence (review r12x X10: the focus was on the scroll area, Enter pressed "Change passphrase"
and answered "at least 10 characters", a rule set-up does not have)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language

WEAK_BUT_LONG = "Wachtwoord2026"  # "Password2026": 14 characters, weak in Dutch
STRONG = "kraanvogel morgenrood fietsbel"


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


def open_security(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.open_security()
    dialog = page.security
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return window, dialog


def test_the_dialog_opens_in_the_current_passphrase_and_enter_there_changes_nothing(
    qtbot, tmp_path: Path, language: str
) -> None:
    window, dialog = open_security(qtbot, tmp_path)
    assert QApplication.focusWidget() is dialog.current
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClick(dialog.current, Qt.Key_Return)
    assert not dialog.result.isVisible()  # no change ran, no refusal of one
    assert dialog.isVisible() and dialog.current.text() == PASSPHRASE
    assert QApplication.focusWidget() is not dialog.current  # moved on, as Tab does
    window.lock()


def test_a_new_passphrase_is_judged_by_set_ups_rule_and_sentence(
    qtbot, tmp_path: Path, language: str
) -> None:
    window, dialog = open_security(qtbot, tmp_path)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setFocus()
    qtbot.keyClicks(dialog.new, WEAK_BUT_LONG)
    qtbot.keyClicks(dialog.repeat, WEAK_BUT_LONG)
    qtbot.waitUntil(lambda: bool(dialog.meter.verdict.text()))  # the meter follows the field
    qtbot.keyClick(dialog.repeat, Qt.Key_Return)
    qtbot.waitUntil(dialog.result.isVisible)  # judged at the click, in a worker
    assert dialog.meter.advice() in dialog.result.text()
    assert QApplication.focusWidget() is dialog.new
    assert window.session.vault_status().failed_attempts == 0  # nothing was tried
    dialog.new.setText(STRONG)
    dialog.repeat.setText(STRONG)
    qtbot.keyClick(dialog.repeat, Qt.Key_Return)  # Enter in the group runs its change
    qtbot.waitUntil(lambda: dialog.result.objectName() == "notice" and bool(dialog.result.text()),
                    timeout=20000)
    window.lock()
    fast_reopen = unlocked_window(qtbot, tmp_path / "profile", Answers(), passphrase=STRONG)
    assert fast_reopen.session is not None
    fast_reopen.lock()
