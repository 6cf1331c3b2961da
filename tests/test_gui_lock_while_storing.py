"""A lock or quit just after "Save and close" keeps the files still being stored (review r12y
R16, issue 12).

Saving a draft with a large attachment stores the file in the background. Ctrl+L a moment later
cancelled that work and the draft was kept without the file, and Ctrl+Q quit the same way, not
a word said. Now the lock page says how many files the lock stopped storing and the draft opens
again with them after unlocking, ready to save. Ctrl+Q quits the same way (issue 12): the files
are kept in the vault with their draft and the next start opens it with them; it asks first only
when the vault will not take them (a full disk).
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
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
def slow_store(monkeypatch) -> Iterator[threading.Event]:
    """Storing a file waits (reporting progress, so it can be cancelled) until the event is set."""
    release = threading.Event()
    real = LiaisonSession.attach

    def attach(self, draft_id, path, *, keep_original=False, progress=None):
        while not release.wait(0.01):
            progress(0, 1)  # raises Cancelled once the lock cancelled the work
        return real(self, draft_id, path, keep_original=keep_original, progress=progress)

    monkeypatch.setattr(LiaisonSession, "attach", attach)
    yield release
    release.set()  # a test that failed before setting it must not leave the worker waiting


def _saved_while_storing(qtbot, tmp_path: Path) -> tuple[MainWindow, Path, str]:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "The video he sent.")
    video = tmp_path / "video.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42" + bytes(4000))
    editor.attachments_panel.add_pending(video)
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.drafts.files_being_stored() is not None, timeout=10000)
    return window, video, editor.draft_id


def _quit_question() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Quit Seinpost"]
    return shown[0] if shown else None


def test_a_lock_while_a_saved_draft_stores_its_file_reopens_the_draft_with_it_after_unlocking(
        qtbot, tmp_path: Path, slow_store) -> None:
    window, video, draft_id = _saved_while_storing(qtbot, tmp_path)
    window.lock()
    page = window.unlock_page
    assert window.session is None
    slow_store.set()
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    editor = window.workspace.editor
    assert editor.draft_id == draft_id
    assert editor.form.description.toPlainText() == "The video he sent."
    assert editor.attachments() == [(video, False)]
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    workspace = window.workspace
    qtbot.waitUntil(lambda: not workspace.busy and "saved" in workspace.message.text(),
                    timeout=20000)
    assert len(window.session.stored_attachments(draft_id)) == 1
    window.lock()


def _next_start_reopens(qtbot, tmp_path: Path) -> MainWindow:
    """A new window over the same profile, unlocked, with the draft it opens again."""
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.waitUntil(lambda: window.workspace.editor is not None, timeout=20000)
    return window


def test_quitting_while_a_saved_draft_stores_its_file_quits_and_the_next_start_has_it(
        qtbot, tmp_path: Path, slow_store) -> None:
    window, video, draft_id = _saved_while_storing(qtbot, tmp_path)
    window.quit()
    assert _quit_question() is None and window.session is None and not window.isVisible()
    slow_store.set()
    again = _next_start_reopens(qtbot, tmp_path)
    assert again.workspace.editor.draft_id == draft_id
    assert again.workspace.editor.attachments() == [(video, False)]
    again.lock()


def test_quit_while_a_file_is_being_stored_and_the_vault_refuses_it_asks_and_can_lose_it(
        qtbot, tmp_path: Path, slow_store, monkeypatch) -> None:
    window, _video, _draft_id = _saved_while_storing(qtbot, tmp_path)

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(LiaisonSession, "keep_files_for_unlock", full)
    window.quit()
    question = _quit_question()
    assert question is not None and question.text() == (
        "1 chosen file is not yet stored in your vault. If you quit now, it is not attached to "
        "the draft.")
    qtbot.mouseClick(question.button(QMessageBox.Discard), Qt.LeftButton)
    assert window.session is None and not window.isVisible()


def _editor_with_a_file_added(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Quit with a recording.")
    recording = tmp_path / "opname.m4a"
    recording.write_bytes(bytes(3000))
    editor.attachments_panel.add_pending(recording)
    return window, editor, recording


def test_ctrl_q_with_a_file_added_in_the_editor_quits_and_the_next_start_opens_it_with_it(
        qtbot, tmp_path: Path) -> None:
    """Review r12z R15: the app quit at once and the recording was gone after a restart; then
    it asked. Now it quits as Ctrl+L locks, the recording kept with its draft."""
    window, editor, recording = _editor_with_a_file_added(qtbot, tmp_path)
    draft_id = editor.draft_id
    qtbot.keyClick(editor.form.description, Qt.Key_Q, Qt.ControlModifier)
    assert _quit_question() is None and window.session is None and not window.isVisible()
    again = _next_start_reopens(qtbot, tmp_path)
    reopened = again.workspace.editor
    assert reopened.form.description.toPlainText() == "Quit with a recording."
    assert reopened.attachments() == [(recording, False)]
    assert draft_id is None or reopened.draft_id == draft_id
    again.lock()


def test_ctrl_q_on_the_lock_page_with_a_file_the_lock_kept_quits_and_the_next_start_has_it(
        qtbot, tmp_path: Path) -> None:
    """The lock kept the file in the vault (review r12aa A7), so quitting locked loses nothing
    and asks nothing: the next start opens the draft with it."""
    window, editor, recording = _editor_with_a_file_added(qtbot, tmp_path)
    qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    window.quit()
    assert _quit_question() is None and not window.isVisible()
    again = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.waitUntil(lambda: again.workspace.editor is not None, timeout=20000)
    assert again.workspace.editor.attachments() == [(recording, False)]
    assert again.workspace.editor.form.description.toPlainText() == "Quit with a recording."
    again.lock()


def test_ctrl_q_on_the_lock_page_asks_first_when_the_vault_did_not_take_the_kept_file(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """Writing the kept files failed (a full disk): they live in this window only, so quitting
    locked asks before losing them, and going back keeps them for the unlock."""
    window, editor, recording = _editor_with_a_file_added(qtbot, tmp_path)

    def disk_full(self, draft_id, files, focus=None):
        if files:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(LiaisonSession, "keep_files_for_unlock", disk_full)
    qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    window.quit()
    question = _quit_question()
    assert question is not None and question.text().startswith("1 chosen file is not yet stored")
    qtbot.mouseClick(question.button(QMessageBox.Cancel), Qt.LeftButton)  # Go back
    assert window.isVisible()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    assert window.workspace.editor.attachments() == [(recording, False)]
    window.lock()
