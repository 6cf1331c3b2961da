"""When the vault cannot take the editor's words (a full disk), nothing says they were kept and
nothing quits without asking (review r12y R10, issue 12: Ctrl+L and the idle lock said "The
draft you were writing is kept" and Ctrl+Q quit silently, and the words typed since the last
save were gone)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.services.liaison import LiaisonSession
from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def disk(monkeypatch) -> dict[str, bool]:
    """`disk["full"] = True` makes every draft save fail as a full disk does."""
    state = {"full": False}
    real = LiaisonSession.save_draft

    def save_draft(self, *args, **kwargs):
        if state["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(LiaisonSession, "save_draft", save_draft)
    return state


def _typed_then_disk_full(qtbot, tmp_path: Path, disk: dict[str, bool]) -> MainWindow:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "First sentence.")
    assert editor.keeper.save_now()
    assert editor.status.text().startswith("Kept in your vault, encrypted, at ")
    disk["full"] = True
    qtbot.keyClicks(editor.form.description, " Second sentence.")
    assert not editor.keeper.save_now()  # the autosave's attempt
    return window


def _question() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Quit Seinpost"]
    return shown[0] if shown else None


def test_a_lock_whose_save_fails_says_the_words_are_lost_and_the_next_unlock_brings_them_back(
        qtbot, tmp_path: Path, disk) -> None:
    window = _typed_then_disk_full(qtbot, tmp_path, disk)
    editor = window.workspace.editor
    assert editor.status.text() == ""  # "Kept in your vault" no longer stands under the error
    assert editor.summary.text() == (
        "\u26a0 The disk is full: nothing was lost; free space and try again.")
    qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
    page = window.unlock_page
    assert window.session is None and window.pages.currentWidget() is page
    assert page.error.isVisible() and page.error.text() == (
        "\u26a0 What you typed after the last save could not be put in your vault at the lock.")

    disk["full"] = False
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    # The draft open at the lock opens again in the turn after the list.
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    # The words the lock could not save were held, sealed, in memory (review r12ac-2).
    assert window.workspace.editor.form.description.toPlainText() == (
        "First sentence. Second sentence.")
    window.lock()


def test_quitting_with_words_the_vault_would_not_take_asks_and_going_back_keeps_them(
        qtbot, tmp_path: Path, disk) -> None:
    window = _typed_then_disk_full(qtbot, tmp_path, disk)
    editor = window.workspace.editor
    for leave in (lambda: qtbot.keyClick(editor.form.description, Qt.Key_Q,
                                         Qt.ControlModifier),
                  window.close):  # Ctrl+Q, and the window's close button
        leave()
        question = _question()
        assert question is not None and question.informativeText() == (
            "The disk is full: nothing was lost; free space and try again.")
        assert window.isVisible() and window.session is not None and editor.isVisible()
        qtbot.mouseClick(question.button(QMessageBox.Cancel), Qt.LeftButton)  # Go back
        assert _question() is None
        assert window.session is not None and editor.isVisible()
        assert editor.form.description.toPlainText() == "First sentence. Second sentence."

    disk["full"] = False  # space freed: Ctrl+Q keeps the words and quits without a question
    qtbot.keyClick(editor.form.description, Qt.Key_Q, Qt.ControlModifier)
    assert _question() is None and window.session is None and not window.isVisible()
    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    (entry,) = session.list_entries()
    assert session.read_draft(entry.id)["description"] == "First sentence. Second sentence."
    session.lock()


def test_quit_and_lose_it_quits(qtbot, tmp_path: Path, disk) -> None:
    window = _typed_then_disk_full(qtbot, tmp_path, disk)
    qtbot.keyClick(window.workspace.editor.form.description, Qt.Key_Q, Qt.ControlModifier)
    question = _question()
    assert question.button(QMessageBox.Discard).text() == "&Quit and lose it"
    qtbot.mouseClick(question.button(QMessageBox.Discard), Qt.LeftButton)
    assert window.session is None and not window.isVisible()


def test_a_failed_save_keeps_its_line_while_typing_goes_on_until_a_save_succeeds(
        qtbot, tmp_path: Path, disk) -> None:
    """Review r12ac-4: the next key put "12 fields must be filled…" and red marks over the one
    sentence saying the words were not kept."""
    window = _typed_then_disk_full(qtbot, tmp_path, disk)
    editor = window.workspace.editor
    failed = "\u26a0 The disk is full: nothing was lost; free space and try again."
    qtbot.keyClicks(editor.form.description, " Third.")
    assert editor.summary.isVisible() and editor.summary.text() == failed
    disk["full"] = False
    assert editor.keeper.save_now()
    assert not editor.summary.isVisible()  # no marks were asked for: the line goes
    assert editor.status.text().startswith("Kept in your vault, encrypted, at ")
    window.lock()
