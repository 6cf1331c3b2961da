"""Lock means lock after every kind of background work (issue 12, review F1).

A task with a progress dialog suspends the app-wide lock keys and the idle clock while it runs.
The review once found them off for good: Ctrl+L and Ctrl+Q did nothing in the editor and the
idle lock never came, after a task had ended before its caller had connected the "finished"
signal that gave them back. These tests end tasks in each way (at once, before the caller gets
the task back, by failing, by being cancelled) and then press Ctrl+L inside the editor, or wait
for the idle lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from test_gui_delivery import Answers

import intake_app.ui.main_window as main_window_module
from intake_app.errors import SeinpostError
from intake_app.ui.main_window import MainWindow
from intake_app.ui.tasks import TaskRunner

pytestmark = pytest.mark.usefixtures("english_ui")


class CallerLagsRunner(TaskRunner):
    """The real runner, whose caller gets each task back only once it has ended: a GUI thread
    that was busy for a moment while a quick task (a receipt that fails to parse) ran."""

    def start(self, fn, **kwargs):
        task = super().start(fn, **kwargs)
        self.wait()
        return task


def _window(qtbot, tmp_path: Path, monkeypatch, *, lagging: bool, **kwargs) -> MainWindow:
    if lagging:
        monkeypatch.setattr(main_window_module, "TaskRunner", CallerLagsRunner)
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = MainWindow(tmp_path / "profile", dialogs=Answers(), **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    return window


def _ctrl_l_in_the_editor_locks(qtbot, window: MainWindow) -> None:
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.keyClicks(page.editor.form.description, "After the work")
    qtbot.keyClick(page.editor.form.description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    assert window.pages.currentWidget() is window.unlock_page


def test_ctrl_l_in_the_editor_locks_after_a_receipt_import_failed_before_the_caller_went_on(
    qtbot, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch, lagging=True)
    page = window.workspace
    bad = tmp_path / "receipt-bad.json"
    bad.write_text("not a receipt")
    page.delivery.import_receipt_from(bad)
    qtbot.waitUntil(lambda: not page.busy and page.message.objectName() == "error")
    assert not window.runner.lock_is_suspended
    _ctrl_l_in_the_editor_locks(qtbot, window)


def test_the_idle_lock_fires_after_a_task_that_ended_before_the_caller_went_on(
    qtbot, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch, lagging=True, idle_seconds=1)
    page = window.workspace
    done: list[str] = []
    page.run_task("Working…", lambda _progress: "quick", done.append)
    qtbot.waitUntil(lambda: done == ["quick"])
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert window.pages.currentWidget() is window.unlock_page


def test_ctrl_l_in_the_editor_locks_after_a_task_failed_at_once(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch, lagging=False)
    page = window.workspace

    def fail(_progress):
        raise SeinpostError("failing on purpose")

    for _ in range(5):  # each may end before or after run_task returns
        page.run_task("Working…", fail, lambda _result: None)
        qtbot.waitUntil(lambda: not page.busy)
    qtbot.waitUntil(lambda: not window.runner.lock_is_suspended)
    _ctrl_l_in_the_editor_locks(qtbot, window)


def test_ctrl_l_in_the_editor_locks_after_a_task_was_cancelled(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path, monkeypatch, lagging=False)
    page = window.workspace
    release = threading.Event()

    def long_work(progress):
        while not release.wait(0.005):
            progress(1, 2)  # raises Cancelled once Cancel was pressed

    page.run_task("Working…", long_work, lambda _result: None)
    assert window.runner.lock_is_suspended

    def shown() -> QProgressDialog | None:
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        return dialogs[0] if dialogs else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    qtbot.mouseClick(shown().findChild(type(page.new_button)), Qt.LeftButton)  # its Cancel
    qtbot.waitUntil(lambda: "Cancelled" in page.message.text())
    qtbot.waitUntil(lambda: not window.runner.lock_is_suspended)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _ctrl_l_in_the_editor_locks(qtbot, window)
    release.set()


def test_the_idle_check_puts_the_lock_keys_back_when_no_task_holds_them_off(
    qtbot, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch, lagging=False)
    window._watch_keys(False)  # as if some future path forgot to give them back
    qtbot.waitUntil(lambda: window._watching_keys, timeout=5000)
    _ctrl_l_in_the_editor_locks(qtbot, window)


def test_the_runner_gives_the_lock_back_once_for_every_way_a_task_ends(qtbot) -> None:
    runner = TaskRunner()
    resumed: list[bool] = []
    runner.lock_resumed.connect(lambda: resumed.append(runner.lock_is_suspended))
    parent = QProgressDialog()

    def fail(_progress):
        raise SeinpostError("failing on purpose")

    gate = threading.Event()

    def cancelled(progress):
        gate.wait()
        progress(0, 1)  # raises Cancelled: the task was cancelled meanwhile

    outcomes: list[str] = []
    for fn in (lambda _p: "done", fail, cancelled):
        task = runner.start(fn, suspend_lock=parent,
                            on_success=lambda _r: outcomes.append("succeeded"),
                            on_failure=lambda _e: outcomes.append("failed"),
                            on_cancel=lambda: outcomes.append("cancelled"))
        if fn is cancelled:
            task.cancel()
            gate.set()
        assert runner.lock_is_suspended
        qtbot.waitUntil(lambda: not runner.lock_is_suspended)
    assert outcomes == ["succeeded", "failed", "cancelled"]
    assert resumed == [False, False, False]
    runner.wait()
