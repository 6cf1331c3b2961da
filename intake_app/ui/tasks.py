"""The one background-task runner: long work off the GUI thread, with progress and cancel.

A task is a plain function `fn(progress)` from the core; `progress(done, total)` raises
`Cancelled` once the user has cancelled, which unwinds the core's own cleanup (atomic writes
remove their temp files). Workers never touch widgets: results come back by signal.
"""

from __future__ import annotations

import atexit
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from intake_app.errors import Cancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PROGRESS_STEPS = 1000
#: At most one progress signal per this many seconds (the last one always goes): each signal
#: costs the GUI thread a repaint of the dialog and one more wait for the GIL while the worker
#: runs, and 20 updates a second move a bar as smoothly as a thousand.
PROGRESS_INTERVAL_S = 0.05
#: How long a worker running Python may keep the GIL before the GUI thread gets it (seconds).
#: Python's default is 5 ms; every event the window handles in Python (the app-wide key and
#: activity filter, progress, painting hooks) may wait that long while a worker seals, and a
#: dozen such waits in one turn of the event loop is a visible stall. 1 ms costs the worker a
#: few more thread switches (its hot loops run in C with the GIL released).
GUI_SWITCH_INTERVAL_S = 0.001
#: How long the end of the process waits for each runner's cancelled tasks (milliseconds).
TASKS_AT_EXIT_WAIT_MS = 30_000


class TaskSignals(QObject):
    # Byte counts: 64-bit, since a Signal(int, int) is a C++ int and wraps above 2 GiB.
    progress = Signal("qlonglong", "qlonglong")
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._cancel = threading.Event()
        self._last_step: int | None = None
        self._clock = clock
        self._last_signal = -PROGRESS_INTERVAL_S
        self.suspends_lock = False  # set by TaskRunner.start
        self.holds_signals = False  # set by TaskRunner.start
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        # A 1 GiB seal reports every 64 KiB chunk: a signal goes only when the bar moves (one
        # of its 1000 steps) and the last one is PROGRESS_INTERVAL_S old, or at the end.
        step = (PROGRESS_STEPS * done) // total if total > 0 else -1
        if done != total:
            if step == self._last_step:
                return
            now = self._clock()
            if now - self._last_signal < PROGRESS_INTERVAL_S:
                return
            self._last_signal = now
        self._last_step = step
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # every failure must reach the user, not the void
            # Only the class name: an exception message could carry content.
            log.warning("background task failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def _while_alive(owner: QObject, handler: Callable[..., None]) -> Callable[..., None]:
    """`handler`, run only while `owner`'s C++ object exists."""
    def guarded(*args: Any) -> None:
        if isValid(owner):
            handler(*args)

    return guarded


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they finish.

    A task started with `suspend_lock=dialog` (task_progress.py: the ones with a progress
    dialog) suspends the main window's app-wide key filter and idle clock while it runs
    (main_window.py). The suspension belongs to the task: `lock_suspended(dialog)` is emitted
    and the task's own end is connected before the task can run, and `lock_resumed()` follows
    the end of the last such task however it ended (succeeded, failed, cancelled, or ended
    before its caller got the task back). Whether the lock is suspended is read off the
    running tasks (`lock_is_suspended`), never counted apart, so it cannot stay suspended
    after the work is gone.
    """

    lock_suspended = Signal(object)  # the QProgressDialog of the task that suspends it
    lock_resumed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GUI_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Task] = set()
        _live_runners.add(self)

    def start(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        suspend_lock: QObject | None = None,
        on_finished: Callable[[], None] | None = None,
        counts_attempt: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run `fn(progress)` in the pool; the handlers run on the GUI thread.

        `suspend_lock`: the progress dialog of a long task; the lock is suspended from now
        until this task has ended and its outcome's handler has run. `on_finished` comes last,
        after the result (or none: an exception that is not an `Exception`).
        `counts_attempt`: `fn` tries a passphrase, which the vault counts until it answers:
        SIGTERM and SIGHUP are held from now until the task has ended and its outcome's
        handler has run, then delivered (services/held_signals.py; review r7h R7H-11).
        `owner`: the widget the handlers change; once it is deleted (the unlock page replaced by
        the workspace, a dialog closed while its task runs) no handler runs. A handler written
        as a closure has no receiver Qt could disconnect, so without an owner it would touch a
        deleted widget (CI, 2026-12-01: the unlock page's sealed-file count came back after the
        page was gone).
        """
        task = Task(fn)
        task.suspends_lock = suspend_lock is not None
        if counts_attempt:  # the engines are loaded by then; not on the start path
            from intake_app.services import held_signals

            task.holds_signals = held_signals.hold()
        # Connected before the task starts, so no early signal is missed; the end last, so it
        # comes after the outcome's handler (signals from the worker arrive in order).
        for signal, handler in (
            (task.signals.progress, on_progress),
            (task.signals.succeeded, on_success),
            (task.signals.failed, on_failure),
            (task.signals.cancelled, on_cancel),
            (task.signals.finished, on_finished),
        ):
            if handler is not None:
                signal.connect(handler if owner is None else _while_alive(owner, handler))
        self._running.add(task)
        task.signals.finished.connect(lambda: self._ended(task))
        if task.suspends_lock:
            self.lock_suspended.emit(suspend_lock)
        try:
            self._pool.start(task)
        except BaseException:
            self._ended(task)
            raise
        return task

    def _ended(self, task: Task) -> None:
        if task not in self._running:
            return
        self._running.discard(task)
        if task.suspends_lock and not self.lock_is_suspended:
            self.lock_resumed.emit()
        if task.holds_signals:
            from intake_app.services import held_signals

            held_signals.let_go()  # last: a signal held meanwhile may end the process here

    @property
    def lock_is_suspended(self) -> bool:
        """True while a task started with `suspend_lock` has not ended."""
        return any(task.suspends_lock for task in self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


_live_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def finish_all_tasks() -> None:
    """Cancel every task of every runner still alive and wait for each to end (at most
    TASKS_AT_EXIT_WAIT_MS per runner). Runs when the window's event loop has ended (app.py)
    and at the interpreter's exit (atexit): a worker still running Python while the
    interpreter shut down ran on without its objects ('Signal source has been deleted') or
    was killed mid-frame ('terminate called without an active exception', exit 134), as after
    a failing GUI test that left the engines loading (task b12 line 2). A task ends at its next
    progress report, or when its step is done."""
    for runner in list(_live_runners):
        if isValid(runner):
            runner.cancel_all()
            runner.wait(TASKS_AT_EXIT_WAIT_MS)


atexit.register(finish_all_tasks)
