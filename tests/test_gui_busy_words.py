"""Opening or creating a vault says so while it works, and the lock screen says a draft is kept.

Review r12v F9: for 4–6 s after Enter the only sign of work was a greyed button, and after an
auto-lock with a draft open the lock screen did not say that the draft was kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language

SAID = {
    "nl": ("Kluis openen…", "Het concept dat u aan het schrijven was, is bewaard"),
    "en": ("Opening your vault…", "The draft you were writing is kept"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_unlocking_says_it_is_opening_and_a_kept_draft_is_named(
    qtbot, tmp_path: Path, language: str
) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        opening, kept = SAID[language]
        qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
        qtbot.keyClicks(window.workspace.editor.form.description, "Half a story")
        window.lock()
        page = window.unlock_page
        assert page.kept.isVisible() and kept in page.kept.text()
        page.passphrase.setText(PASSPHRASE)
        qtbot.waitUntil(lambda: window.engines.is_ready, timeout=20000)
        page.passphrase.setFocus()
        qtbot.keyClick(page.passphrase, Qt.Key_Return)
        assert page.busy.isVisible() and page.busy.text() == opening
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
        assert not page.busy.isVisible() and not page.kept.isVisible()
        # and it did open again, in the turn after the list
        qtbot.waitUntil(lambda: window.workspace.editor is not None)
    finally:
        window.lock()
        set_ui_language("en")
