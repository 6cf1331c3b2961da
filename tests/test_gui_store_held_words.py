"""A store another program holds is said in the window's own true words, per place (review
r12ae-9, low; issue 12): before, the unlock and the editor said the command lines' sentence,
"a second command … what this command started was not stored", at an unlock that stores
nothing and in an editor that tries again by itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers
from test_gui_store_held import _saved_words_then_store_held

from intake_app.sentences import sentence
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_unlock_while_another_program_holds_the_store_says_nothing_is_lost_and_to_try_again(
    qtbot, tmp_path: Path, language: str
) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    try:
        window = MainWindow(profile, dialogs=Answers(), language=language)
        qtbot.addWidget(window)
        window.show()
        page = window.unlock_page
        other = sqlite3.connect(profile / "store.db", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program writes, and keeps writing
        try:
            page.passphrase.setText(PASSPHRASE)
            qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
            qtbot.waitUntil(lambda: page.error.isVisible() and bool(page.error.text()),
                            timeout=40000)
        finally:
            other.execute("ROLLBACK")
            other.close()
        said = page.error.text()
        assert sentence("window.database_busy_unlock", language) in said
        assert sentence("database_busy", language) not in said
        assert ("opdracht" if language == "nl" else "command") not in said
        assert window.workspace is None
    finally:
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_save_that_meets_a_held_store_says_not_saved_yet_and_that_seinpost_tries_again(
    qtbot, tmp_path: Path, language: str
) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    set_ui_language(language)
    try:
        _window, editor, other = _saved_words_then_store_held(qtbot, profile, "Before.")
        try:
            qtbot.keyClicks(editor.form.description, " Typed while held.")
            assert not editor.keeper.save_now(quick=True)
        finally:
            other.execute("ROLLBACK")
            other.close()
        said = editor.summary.text()
        assert sentence("window.database_busy_save", language) in said
        assert sentence("database_busy", language) not in said
        assert ("opdracht" if language == "nl" else "command") not in said
    finally:
        set_ui_language("en")
