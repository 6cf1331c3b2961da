"""Opening or creating a vault says so while it works, and a draft open at the lock opens again.

Review r12v F9: for 4–6 s after Enter the only sign of work was a greyed button. The lock
screen itself promises nothing about the draft: a duress unlock would contradict it (r7k R7K-4).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language

OPENING = {"nl": "Kluis openen…", "en": "Opening your vault…"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_unlocking_says_it_is_opening_and_the_draft_open_at_the_lock_opens_again(
    qtbot, tmp_path: Path, language: str
) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        opening = OPENING[language]
        qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
        qtbot.keyClicks(window.workspace.editor.form.description, "Half a story")
        window.lock()
        page = window.unlock_page
        page.passphrase.setText(PASSPHRASE)
        qtbot.waitUntil(lambda: window.engines.is_ready, timeout=20000)
        page.passphrase.setFocus()
        qtbot.keyClick(page.passphrase, Qt.Key_Return)
        assert page.busy.isVisible() and page.busy.text() == opening
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
        assert not page.busy.isVisible()
        # and it did open again, in the turn after the list
        qtbot.waitUntil(lambda: window.workspace.editor is not None)
    finally:
        window.lock()
        set_ui_language("en")
