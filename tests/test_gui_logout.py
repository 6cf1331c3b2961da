"""A logout's commit request (the desktop's session manager, Qt's commitDataRequest) keeps
the open draft as Ctrl+L and Ctrl+Q do: the words typed since the last autosave and the files
chosen for it go into the vault, and the window locks without asking and without quitting
(the logout may still be cancelled). Before, nothing listened to it (task q12b item 6)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.services.liaison import LiaisonSession
from intake_app.ui import draft_keeper
from intake_app.ui.end_signals import EndSignals

pytestmark = pytest.mark.usefixtures("english_ui")
COMMIT_DATA = SIGNAL("commitDataRequest(QSessionManager&)")


def _draft_with_a_file_waiting(qtbot, window, tmp_path: Path, words: str) -> Path:
    """A new draft in `window` with `words` typed and a recording chosen but not yet stored."""
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, words)
    recording = tmp_path / "opname.m4a"
    recording.write_bytes(bytes(3000))
    editor.attachments_panel.add_pending(recording)
    return recording


def test_a_logouts_commit_request_keeps_the_open_draft_and_its_file_and_locks(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(draft_keeper, "AUTOSAVE_SECONDS", 3600)  # only the logout can keep it
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    ending = EndSignals(window.quit_anyway, window, lock_now=window.lock)  # as app.run_gui
    try:
        recording = _draft_with_a_file_waiting(qtbot, window, tmp_path,
                                               "Typed just before the logout")
        assert window.session.list_entries() == []  # nothing autosaved yet
        # The request is wired (Python cannot make the QSessionManager it carries, and an
        # emit without one crashes Qt): the app has this one receiver of it, which answers it.
        assert QApplication.instance().receivers(COMMIT_DATA) == 1
        ending.commit()
        assert window.session is None and window.isVisible()  # locked, not quit
    finally:
        ending.restore()
    assert QApplication.instance().receivers(COMMIT_DATA) == 0
    window.close()

    session = LiaisonSession.unlock(tmp_path / "profile", PASSPHRASE)
    try:
        (entry,) = session.list_entries()
        assert session.read_draft(entry.id)["description"] == "Typed just before the logout"
        assert session.take_kept_files()[:2] == (entry.id, [(recording, False)])
    finally:
        session.lock()


def test_sigterm_locks_first_so_the_files_chosen_are_kept_for_the_next_start(
        qtbot, tmp_path: Path) -> None:
    """A shutdown's SIGTERM quits without asking (nobody may be there); it locks first, so a
    file chosen and not yet stored is kept in the vault, as a lock keeps it (review r12aa A7),
    and the next start opens the draft with it. Before, the quit let it go."""
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    ending = EndSignals(window.quit_anyway, window, lock_now=window.lock)  # as app.run_gui
    try:
        recording = _draft_with_a_file_waiting(qtbot, window, tmp_path,
                                               "Typed before the shutdown")
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        assert ending.caught == [signal.SIGTERM] and window.session is None
    finally:
        ending.restore()
    again = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.waitUntil(lambda: again.workspace.editor is not None, timeout=20000)
    assert again.workspace.editor.attachments() == [(recording, False)]
    assert again.workspace.editor.form.description.toPlainText() == "Typed before the shutdown"
    again.lock()
