from __future__ import annotations

import threading

from intake_app.ui.tasks import TaskRunner


def test_task_reports_progress_and_result_off_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    results: list[object] = []
    worker_threads: list[threading.Thread] = []

    def work(progress):
        worker_threads.append(threading.current_thread())
        for i in range(1, 4):
            progress(i, 3)
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
