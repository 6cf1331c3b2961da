"""While the window seals or exports, it stays responsive: no event of the app passes through
Python on the GUI thread (each one waited for the GIL the worker held), yet Ctrl+L and Ctrl+Q
still lock and quit, and the idle lock does not cut the work off."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from test_gui_delivery import Answers

from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


class CountingWindow(MainWindow):
    """The real main window, counting the events its app-wide filter sees."""

    filtered = 0

    def eventFilter(self, watched, event) -> bool:
        CountingWindow.filtered += 1
        return super().eventFilter(watched, event)


def _window(qtbot, tmp_path: Path, **kwargs) -> CountingWindow:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = CountingWindow(tmp_path / "profile", dialogs=Answers(), **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    return window


class LongWork:
    """A task that reports progress until released (or cancelled through its progress)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.outcome: list[str] = []

    def __call__(self, progress) -> str:
        while not self.release.is_set():
            progress(1, 2)  # raises Cancelled once the window cancels
            time.sleep(0.005)
        return "done"

    def start(self, window: MainWindow) -> None:
        page = window.workspace
        page.run_task("Working…", self, lambda result: self.outcome.append(result))


def _progress_dialog(window: MainWindow) -> QProgressDialog | None:
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


def _activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_no_event_passes_through_python_while_a_task_runs_with_progress(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    work = LongWork()
    work.start(window)
    CountingWindow.filtered = 0
    for _ in range(20):
        QApplication.sendEvent(window.workspace, QEvent(QEvent.User))
        qtbot.wait(5)
    assert CountingWindow.filtered == 0
    work.release.set()
    qtbot.waitUntil(lambda: work.outcome == ["done"])
    qtbot.waitUntil(lambda: not window.runner.lock_is_suspended)
    QApplication.sendEvent(window.workspace, QEvent(QEvent.User))
    assert CountingWindow.filtered > 0  # the keys are watched everywhere again
    window.lock()


def test_ctrl_l_locks_while_a_task_runs_before_its_dialog_shows(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    work = LongWork()
    work.start(window)
    assert _progress_dialog(window) is None  # it shows after a moment, if at all
    _activate(qtbot, window)
    qtbot.keyClick(window.workspace.table, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None and window.pages.currentWidget() is window.unlock_page
    assert work.outcome == []  # cancelled, not finished


@pytest.mark.parametrize("keys", ["lock", "quit"])
def test_ctrl_l_and_ctrl_q_work_in_the_progress_dialog(qtbot, tmp_path, keys) -> None:
    window = _window(qtbot, tmp_path)
    work = LongWork()
    work.start(window)
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None, timeout=10000)
    dialog = _progress_dialog(window)
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_L if keys == "lock" else Qt.Key_Q, Qt.ControlModifier)
    assert window.session is None
    assert window.isVisible() == (keys == "lock")


def test_the_idle_lock_waits_for_the_work_and_counts_from_its_end(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, idle_seconds=1)
    work = LongWork()
    work.start(window)
    qtbot.wait(2500)  # more than the idle time, without a touch
    assert window.session is not None and work.outcome == []
    released_at = time.monotonic()
    work.release.set()
    qtbot.waitUntil(lambda: work.outcome == ["done"])
    # It counts from the end of the work: compared with the clock, not with the idle time,
    # which a loaded machine can pass between the work's end and this line (a CI run did).
    assert window.idle.last_activity >= released_at
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)  # and then locks
