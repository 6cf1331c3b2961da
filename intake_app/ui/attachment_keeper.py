"""Files added in the editor go into the vault with the autosave, not only on "Save and close".

Review r12z R1 / r12y R11: an added file waited in the list until "Save and close"; a kill ten
seconds later lost it while the editor said "Kept in your vault". Now each autosave
(`DraftKeeper.autosaved`) starts storing the listed files whose forecast is in, one at a time,
on a worker of the window's runner, cleaned and encrypted as Save does (`attach`, the session's
`LiaisonSession.attach`). A kill therefore loses a file only when it was added within the
last autosave interval or was still being stored. The line of a stored file becomes a stored
one (what cleaning did); a line removed, or asked again with the other "keep the original"
choice, while its file was being stored has that copy taken out of the vault again.

Every way the editor closes (Save, lock, quit, language switch, throw away) first calls
`settle()`: the file being stored is cancelled and waited for, so afterwards what is in the
vault and what still waits (`SignalEditor.attachments()`) are known, and nothing is stored
twice or into a draft that is gone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListWidgetItem

from intake_app.ui.attachment_panel import (
    CHECKING_ROLE,
    KEEP_ROLE,
    PENDING_ROLE,
    TOKEN_ROLE,
    AttachmentPanel,
)
from intake_app.ui.draft_keeper import DraftKeeper
from intake_app.ui.messages import describe_error
from intake_app.ui.tasks import Progress, Task, TaskRunner

#: attach(draft_id, path, *, keep_original, progress) -> AttachmentInfo (LiaisonSession.attach).
AttachFn = Callable[..., Any]


@dataclass
class _Job:
    """One file being stored: its line, the line's forecast number then, what the worker did."""

    item: QListWidgetItem
    token: int
    path: Path
    keep: bool
    draft_id: str
    done: threading.Event = field(default_factory=threading.Event)
    stored: tuple[Any, Any] | None = None  # (AttachmentInfo, AttachmentOutcome)
    error: Exception | None = None
    task: Task | None = None


class AttachmentKeeper(QObject):
    """Stores `panel`'s waiting files into `keeper`'s draft after each autosave.

    `stored_here`: ids of the attachments this editor put in the vault (a "throw away" takes
    them out again); `stored` is emitted after each, `failed` with the exception when a file
    could not be stored (its line says why, as a warning, and waits for Save and close, which
    tries it again and says why again).
    """

    stored = Signal()
    failed = Signal(object)

    def __init__(self, panel: AttachmentPanel, keeper: DraftKeeper, attach: AttachFn,
                 runner: TaskRunner, remove: Callable[[str, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._keeper = keeper
        self._attach = attach
        self._runner = runner
        self._remove = remove  # remove(draft_id, attachment_id)
        self._job: _Job | None = None
        self._failed: set[int] = set()  # forecast numbers of lines that could not be stored
        self.stored_here: list[str] = []
        self.settled = False
        keeper.autosaved.connect(self.store_next)
        keeper.wants_draft = lambda: bool(self.waiting())
        model = panel.list.model()
        for change in (model.rowsInserted, model.dataChanged):
            change.connect(self._arm)

    def waiting(self) -> list[QListWidgetItem]:
        """The lines whose file waits to be stored: its forecast is in, it is not being stored
        now, and storing it did not fail."""
        items = (self._panel.list.item(i) for i in range(self._panel.list.count()))
        job = self._job
        return [item for item in items
                if item.data(PENDING_ROLE) is not None and not item.data(CHECKING_ROLE)
                and item.data(TOKEN_ROLE) not in self._failed
                and (job is None or item is not job.item)]

    def not_stored(self) -> int:
        """How many listed files are on their way into the vault (waiting, being checked or
        stored); not those whose storing failed (their lines say why)."""
        items = (self._panel.list.item(i) for i in range(self._panel.list.count()))
        return sum(1 for item in items if item.data(PENDING_ROLE) is not None
                   and item.data(TOKEN_ROLE) not in self._failed)

    def _arm(self, *_args: object) -> None:
        """A line came or changed: the next autosave stores what waits."""
        if not self.settled and self.waiting():
            self._keeper.changed()

    def store_next(self, *_args: object) -> None:
        """Start storing the first waiting file (none while one is being stored)."""
        draft_id = self._keeper.draft_id
        if self.settled or self._job is not None or draft_id is None:
            return
        waiting = self.waiting()
        if not waiting:
            return
        item = waiting[0]
        job = _Job(item, item.data(TOKEN_ROLE), Path(item.data(PENDING_ROLE)),
                   bool(item.data(KEEP_ROLE)), draft_id)
        self._job = job
        # A bound method: Qt drops the connection if this keeper is gone before the end.
        job.task = self._runner.start(lambda progress: self._work(job, progress),
                                      on_finished=self._finished)

    def _work(self, job: _Job, progress: Progress) -> None:
        """On the worker: clean and store `job`'s file; never raises (the job holds why)."""
        from intake_app.errors import Cancelled
        from intake_app.services.liaison import attachment_outcome  # the entry point

        try:
            progress(0, 1)  # cancelled before it began: nothing is read
            info = self._attach(job.draft_id, job.path, keep_original=job.keep,
                                progress=lambda *_done: progress(0, 1))
            job.stored = (info, attachment_outcome(info.position + 1, info.cleaning,
                                                   info.warnings))
        except Cancelled:
            pass
        except Exception as exc:  # said in the editor; the file stays listed
            job.error = exc
        finally:
            job.done.set()

    def _finished(self) -> None:
        job = self._job
        if job is None or not job.done.is_set():
            return  # settled already
        self._apply(job)
        self.store_next()  # the next waiting file, without waiting for another autosave

    def _apply(self, job: _Job) -> None:
        """Show what the worker did to `job`'s file, on its line if the line still wants it."""
        self._job = None
        item = job.item
        wanted = (self._panel.list.row(item) >= 0 and item.data(TOKEN_ROLE) == job.token
                  and item.data(PENDING_ROLE) == str(job.path))
        if job.stored is not None:
            info, outcome = job.stored
            if not wanted:  # removed, or to be stored the other way: this copy goes again
                self._remove(job.draft_id, info.id)
                return
            self._panel.mark_stored(item, info.id, info.name, outcome)
            self.stored_here.append(info.id)
            self.stored.emit()
        elif job.error is not None and wanted:
            # Its line says why, as a warning; Save and close tries it again.
            self._failed.add(job.token)
            self._panel.style_line(item, job.path.name, "\u26a0 " + describe_error(job.error),
                                   True)
            self.failed.emit(job.error)

    def settle(self) -> None:
        """Store nothing more: cancel the file being stored, wait until its worker has ended
        (at its next progress report, or when its cleaning is done) and show the outcome."""
        self.settled = True
        job = self._job
        if job is None:
            return
        if job.task is not None:
            job.task.cancel()
        job.done.wait()
        self._apply(job)
