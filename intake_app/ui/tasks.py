"""The one background-task runner: long work off the GUI thread, with progress and cancel.

A task is a plain function `fn(progress)` from the core; `progress(done, total)` raises
`Cancelled` once the user has cancelled, which unwinds the core's own cleanup (atomic writes
remove their temp files). Workers never touch widgets: results come back by signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they finish.

    `long_task_started(dialog)` and `long_task_finished()` bracket each task that runs with a
    progress dialog (task_progress.py): the main window stops filtering every event of the
    app in Python meanwhile (main_window.py).
    """

    long_task_started = Signal(object)  # its QProgressDialog
    long_task_finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GUI_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        """Run `fn(progress)` in the pool; the handlers run on the GUI thread."""
        task = Task(fn)
        # Connected before the task starts, so no early signal is missed.
        for signal, handler in (
            (task.signals.progress, on_progress),
            (task.signals.succeeded, on_success),
            (task.signals.failed, on_failure),
            (task.signals.cancelled, on_cancel),
        ):
            if handler is not None:
                signal.connect(handler)
        self._running.add(task)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._pool.start(task)
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
