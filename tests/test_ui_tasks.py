from __future__ import annotations

import threading
import time

from intake_app.ui.tasks import PROGRESS_INTERVAL_S, TaskRunner


def test_task_reports_progress_and_result_off_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    results: list[object] = []
    worker_threads: list[threading.Thread] = []

    def work(progress):
        worker_threads.append(threading.current_thread())
        for i in range(1, 4):
            progress(i, 3)
            time.sleep(PROGRESS_INTERVAL_S)  # reports closer together are merged (below)
        return "done"

    runner.start(
        work, on_progress=lambda d, t: seen.append((d, t)), on_success=results.append
    )
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: seen == [(1, 3), (2, 3), (3, 3)], timeout=5000)
    assert worker_threads[0] is not threading.main_thread()
    assert runner.wait(2000)


def test_cancel_stops_the_work_and_says_cancelled(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def work(progress):
        started.set()
        release.wait(5)
        for i in range(1000):
            progress(i, 1000)
        return "finished anyway"

    task = runner.start(
        work, on_success=lambda _r: outcome.append("ok"), on_cancel=lambda: outcome.append("x")
    )
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome == ["x"], timeout=5000)
    assert runner.wait(2000)


def test_failure_is_reported_not_raised(qtbot) -> None:
    runner = TaskRunner()
    failures: list[Exception] = []

    def work(progress):
        raise OSError(28, "No space left on device")

    runner.start(work, on_failure=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert isinstance(failures[0], OSError)
    assert runner.wait(2000)


GIB = 1 << 30


def test_progress_above_2_gib_reaches_the_window_exactly(qtbot) -> None:
    """Byte counts of a 5 GiB attachment cross the thread boundary without wrapping."""
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []

    def work(progress):
        for done in (GIB, 3 * GIB, 5 * GIB):
            progress(done, 5 * GIB)
            time.sleep(PROGRESS_INTERVAL_S)  # so each one is sent (at most one per interval)
        return None

    runner.start(work, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [(GIB, 5 * GIB), (3 * GIB, 5 * GIB), (5 * GIB, 5 * GIB)]
    assert runner.wait(2000)


def test_the_progress_dialog_shows_three_fifths_of_5_gib_as_60_percent(qtbot) -> None:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from intake_app.ui.task_progress import STEPS, run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    reported = threading.Event()
    release = threading.Event()
    done: list[object] = []

    def work(progress):
        progress(3 * GIB, 5 * GIB)
        reported.set()
        release.wait(5)
        return "ok"

    run_with_progress(parent, runner, "Sealing", work, on_success=done.append,
                      on_failure=done.append, on_cancel=lambda: done.append("cancelled"))
    [dialog] = parent.findChildren(QProgressDialog)
    assert reported.wait(5)
    qtbot.waitUntil(lambda: dialog.value() == STEPS * 3 // 5, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert runner.wait(2000)


def test_a_task_reporting_every_chunk_sends_few_signals_in_order_ending_at_the_end(
        qtbot) -> None:
    """A 1 GiB seal reports each 64 KiB chunk (16,384 times); every signal costs the GUI thread
    a repaint and a turn for the GIL. At most one goes per PROGRESS_INTERVAL_S (counted with a
    clock of the test's own in test_task_progress_rate.py), so far fewer than one a thousandth
    here, and the last report always arrives."""
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    chunks = 16384

    def work(progress):
        for done in range(1, chunks + 1):
            progress(done, chunks)
        return None

    runner.start(work, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == (chunks, chunks), timeout=10000)
    assert runner.wait(2000)
    assert len(seen) < 1000  # the old rule sent one per thousandth: 1001
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_no_handler_runs_once_the_owner_widget_is_deleted(qtbot) -> None:
    # CI, 2026-12-01: the unlock page's count of sealed files came back after the page had
    # given way to the workspace, and its closure touched a deleted button.
    from PySide6.QtWidgets import QPushButton
    from shiboken6 import delete

    runner = TaskRunner()
    owner = QPushButton()
    release = threading.Event()
    outcome: list[object] = []
    task = runner.start(lambda _progress: release.wait(5), owner=owner,
                        on_success=lambda shown: owner.setVisible(shown),
                        on_finished=lambda: outcome.append(owner.text()))
    ended: list[bool] = []
    task.signals.finished.connect(lambda: ended.append(True))
    delete(owner)
    release.set()
    qtbot.waitUntil(lambda: ended == [True], timeout=5000)
    assert outcome == []
    assert runner.wait(2000)


def test_the_handlers_of_a_living_owner_run(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    runner = TaskRunner()
    owner = QPushButton("shown")
    outcome: list[object] = []
    runner.start(lambda _progress: True, owner=owner, on_success=outcome.append,
                 on_finished=lambda: outcome.append(owner.text()))
    qtbot.waitUntil(lambda: outcome == [True, "shown"], timeout=5000)
    assert runner.wait(2000)
