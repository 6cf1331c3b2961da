"""A background task with a cancellable progress dialog, and one outcome handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from intake_app.ui.tasks import Progress, Task, TaskRunner

STEPS = 1000


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_cancel: Callable[[], None],
) -> Task:
    """Run `fn(progress)` off the GUI thread; the dialog shows progress and offers Cancel.

    The dialog appears only if the work takes longer than a moment, and closes before any
    handler runs.
    """
    dialog = QProgressDialog(
        title, QCoreApplication.translate("TaskProgress", "Cancel"), 0, STEPS, parent
    )
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def then(handler: Callable[..., None]) -> Callable[..., None]:
        def run(*args: Any) -> None:
            dialog.close()
            dialog.deleteLater()  # its lock shortcuts go with it
            handler(*args)

        return run

    task = runner.start(
        fn,
        on_progress=lambda done, total: dialog.setValue(int(STEPS * done / total) if total else 0),
        on_success=then(on_success),
        on_failure=then(on_failure),
        on_cancel=then(on_cancel),
        suspend_lock=dialog,  # the runner gives the lock back at the task's end, however it ends
    )
    dialog.canceled.connect(task.cancel)
    return task
