"""The step that replaces the office's key has Alt+K in both languages, a key no other action
has in either (review r12x X7: English Alt+O was "New office card…", Dutch Alt+O "Ontvangstbewijs
inlezen…", so a bilingual liaison pressing Alt+O for the receipt in English read it as an office
card; review r12z R9: then it had no key at all). Every item of every menu has an access key."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from mnemonics import mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
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

    def open_office_cards(self, parent):  # several at once since e1615f6 (r7j R7J-3)
        self.asked.append("office card")
        return []

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
        qtbot.keyClick(page.table, Qt.Key_O, Qt.AltModifier)
        # Dutch Alt+O is the receipt's key ("&Ontvangstbewijs"); English Alt+O is nothing now.
        expected = ["receipt"] if language == "nl" else []
        qtbot.waitUntil(lambda: answers.asked == expected or "office card" in answers.asked)
        qtbot.wait(100)  # a button's access key clicks after a moment: nothing more comes
        assert answers.asked == expected
        window.lock()
    finally:
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_alt_k_asks_for_the_office_card_in_both_languages(qtbot, tmp_path: Path,
                                                           language: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    answers = Watching()
    try:
        window = unlocked_window(qtbot, tmp_path / "profile", answers)
        page = window.workspace
        qtbot.keyClick(page.table, Qt.Key_K, Qt.AltModifier)
        qtbot.waitUntil(lambda: answers.asked == ["office card"])
        window.lock()
    finally:
        set_ui_language("en")


def _items_without_a_key(menu: QMenu, where: str) -> list[str]:
    """Texts of `menu`'s items (submenus walked) without an access key, or sharing one."""
    problems, keys = [], {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is None:
            problems.append(f"{where}: {action.text()!r} has no access key")
        elif key in keys:
            problems.append(f"{where}: {action.text()!r} and {keys[key]!r} share Alt+{key}")
        else:
            keys[key] = action.text()
        if action.menu() is not None:
            problems += _items_without_a_key(action.menu(), f"{where} > {action.text()}")
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_menu_item_has_its_own_access_key(qtbot, tmp_path: Path, language: str) -> None:
    """The menu bar's menus (the language list in them) and "More actions" with every
    button in it (the window too narrow for any in the row)."""
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    try:
        window = unlocked_window(qtbot, tmp_path / "profile", Watching())
        problems = []
        for action in window.menuBar().actions():
            problems += _items_without_a_key(action.menu(), action.text())
        row = window.workspace.action_row
        row.resize(row.more.sizeHint().width(), row.height())
        row.menu.aboutToShow.emit()  # filled as when it opens
        assert len(row.menu.actions()) >= 10
        problems += _items_without_a_key(row.menu, "More actions")
        window.lock()
    finally:
        set_ui_language("en")
    assert problems == [], "\n".join(problems)
