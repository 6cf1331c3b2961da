"""The editor never loses a word: unfinished drafts, autosave, closing, locking, quitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _window(qtbot, tmp_path: Path, **kwargs) -> MainWindow:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    if kwargs:
        window = MainWindow(tmp_path / "profile", dialogs=Answers(), **kwargs)
        qtbot.addWidget(window)
        window.show()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
        return window
    return unlocked_window(qtbot, tmp_path / "profile", Answers())


def _unlock(qtbot, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    QApplication.processEvents()  # the draft open at the lock opens in the turn after the list


def test_an_unfinished_draft_is_saved_and_its_missing_fields_are_named(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "Half a story, the rest next week")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert not editor.isVisible()
    (entry,) = page.entries()
    assert entry.kind == "draft"
    assert window.session.read_draft(entry.id)["description"] == "Half a story, the rest next week"
    assert "must still be filled" in page.message.text()

    # Sealing it is refused: the editor opens on the first field in question.
    page.table.selectRow(0)
    qtbot.mouseClick(page.seal_button, Qt.LeftButton)
    assert page.editor is not None and page.editor.summary.isVisible()
    assert page.editor.focusWidget() is page.editor.form.urgency
    assert page.entries()[0].kind == "draft"
    window.lock()


def test_typing_is_autosaved_into_the_vault(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, "They came to the shop twice")
    assert window.session.read_draft(editor.draft_id)["description"] == (
        "They came to the shop twice"
    )
    assert editor.isVisible()  # saved without closing
    window.lock()


def test_escape_with_changes_asks_and_can_go_on_typing(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "Do not lose me")
    qtbot.keyClick(editor, Qt.Key_Escape)
    question = editor.close_question
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.button(QMessageBox.Cancel), Qt.LeftButton)
    assert editor.isVisible()
    assert editor.form.description.toPlainText() == "Do not lose me"

    editor.close()  # the window's close button (Alt+F4) asks the same way
    question = editor.close_question
    assert question.isVisible() and editor.isVisible()
    qtbot.mouseClick(question.button(QMessageBox.Save), Qt.LeftButton)
    assert not editor.isVisible()
    (entry,) = page.entries()
    assert window.session.read_draft(entry.id)["description"] == "Do not lose me"
    window.lock()


def test_throwing_away_a_new_draft_leaves_nothing(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, "A mistake")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Cancel), Qt.LeftButton)
    qtbot.mouseClick(editor.close_question.button(QMessageBox.Discard), Qt.LeftButton)
    assert not editor.isVisible()
    assert page.entries() == []
    window.lock()


def test_auto_lock_keeps_the_text_and_unlocking_reopens_it(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, idle_seconds=2)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.keyClicks(page.editor.form.description, "Typed just before the lock")
    qtbot.waitUntil(lambda: window.session is None, timeout=20000)  # idle: locked by itself
    assert window.pages.currentWidget() is window.unlock_page
    _unlock(qtbot, window)
    editor = window.workspace.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.description.toPlainText() == "Typed just before the lock"
    assert editor.windowTitle() == "Edit draft"
    window.idle.timeout_s = 3600
    window.lock()


def test_ctrl_l_in_the_editor_locks_after_saving_and_ctrl_q_quits(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.keyClicks(page.editor.form.description, "Locked from the keyboard")
    qtbot.keyClick(page.editor.form.description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    assert window.pages.currentWidget() is window.unlock_page
    _unlock(qtbot, window)
    editor = window.workspace.editor
    assert editor.form.description.toPlainText() == "Locked from the keyboard"
    qtbot.keyClicks(editor.form.description, ", then quit")
    qtbot.keyClick(editor.form.description, Qt.Key_Q, Qt.ControlModifier)
    assert window.session is None and not window.isVisible()

    session = fast_session_reopen(tmp_path / "profile")
    (entry,) = session.list_entries()
    assert session.read_draft(entry.id)["description"] == "Locked from the keyboard, then quit"
    session.lock()


def fast_session_reopen(profile: Path):
    from intake_app.services.liaison import LiaisonSession

    return LiaisonSession.unlock(profile, PASSPHRASE)


def test_ctrl_l_in_a_file_chooser_closes_it_and_locks(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from intake_app.ui.dialogs import FileDialogs

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = MainWindow(tmp_path / "profile", dialogs=FileDialogs())  # Qt's real chooser
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window)
    seen = []

    def choosers() -> list:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()]

    stayed = []

    def press_ctrl_l_in_the_chooser() -> None:  # polled from inside the chooser's own loop
        if choosers() and not seen:
            seen.append(True)
            qtbot.keyClick(choosers()[0], Qt.Key_L, Qt.ControlModifier)
        elif seen and choosers():  # still open after Ctrl+L: close it, so the test can fail
            stayed.append(True)
            choosers()[0].reject()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(press_ctrl_l_in_the_chooser)
    poll.start()
    window.workspace.import_receipt()  # returns once the chooser is closed
    poll.stop()
    assert seen and not stayed and choosers() == []
    assert window.session is None and window.pages.currentWidget() is window.unlock_page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_close_question_answers_to_alt_keys(qtbot, tmp_path, language: str) -> None:
    """Review r12u F13: Alt+W did nothing on "Wijzigingen weggooien"; only the mouse or Tab
    reached the buttons. Each answer has its own Alt key, in Dutch and English."""
    from mnemonics import mnemonic
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.i18n_loader import set_ui_language

    set_ui_language(language)
    try:
        window = _window(qtbot, tmp_path)
        page = window.workspace
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
        editor = page.editor
        qtbot.keyClicks(editor.form.description, "Keep typing")

        def ask() -> tuple[QMessageBox, dict]:
            qtbot.keyClick(editor, Qt.Key_Escape)
            question = editor.close_question
            qtbot.waitExposed(question)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                            and QApplication.focusWidget().window() is question)
            keys = {b: mnemonic(question.button(b).text())
                    for b in (QMessageBox.Save, QMessageBox.Discard, QMessageBox.Cancel)}
            return question, keys

        question, keys = ask()
        assert None not in keys.values() and len(set(keys.values())) == 3, keys
        qtbot.keyClick(QApplication.focusWidget(),
                       getattr(Qt, f"Key_{keys[QMessageBox.Cancel].upper()}"), Qt.AltModifier)
        qtbot.waitUntil(lambda: not question.isVisible())
        assert editor.isVisible() and editor.form.description.toPlainText() == "Keep typing"

        question, keys = ask()
        qtbot.keyClick(QApplication.focusWidget(),
                       getattr(Qt, f"Key_{keys[QMessageBox.Discard].upper()}"), Qt.AltModifier)
        qtbot.waitUntil(lambda: not editor.isVisible())
        assert editor.outcome == "discarded"
        window.lock()
    finally:
        set_ui_language("en")
