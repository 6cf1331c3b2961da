"""The step that replaces the office's key has no access key, in either language (review r12x
X7: English Alt+O was "New office card…", Dutch Alt+O "Ontvangstbewijs inlezen…", so a
bilingual liaison pressing Alt+O for the receipt in English read it as an office card)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language


class Watching(Answers):
    """Notes which file choosers were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def open_card(self, parent):
        self.asked.append("office card")
        return None

    def open_receipt(self, parent):
        self.asked.append("receipt")
        return None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_alt_o_never_replaces_the_office_card(qtbot, tmp_path: Path, language: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    answers = Watching()
    try:
        window = unlocked_window(qtbot, tmp_path / "profile", answers)
        page = window.workspace
        assert not re.search(r"&(?!&)", page.office_card_button.text())  # no access key
        qtbot.keyClick(page.table, Qt.Key_O, Qt.AltModifier)
        # Dutch Alt+O is the receipt's key ("&Ontvangstbewijs"); English Alt+O is nothing now.
        expected = ["receipt"] if language == "nl" else []
        qtbot.waitUntil(lambda: answers.asked == expected or "office card" in answers.asked)
        qtbot.wait(100)  # a button's access key clicks after a moment: nothing more comes
        assert answers.asked == expected
        window.lock()
    finally:
        set_ui_language("en")
