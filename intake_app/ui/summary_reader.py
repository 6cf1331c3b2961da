"""What the list shows of each draft, read off the GUI thread when there is much to read.

A draft's summary (category, period, place, what is missing: services/draft_list.py) means
decrypting and checking the draft. The session keeps summaries until a draft changes, but at
unlock none is kept: reading all 400 drafts of a busy liaison held the window's GUI thread
for 100-150 ms of the unlock turn (issue 12 "Quick", task q12a). Now a refresh reads at most
SYNC_READS drafts itself (a few: the list of a new liaison is whole at once); the other rows
show UNREAD (signal_rows.py) and a worker reads CHUNK drafts at a time, PAUSE_MS apart, each
chunk filled in as it comes, until no row waits. Each fill is one short turn of the event loop.

A draft that does not verify is refused as when the first screen read it (main_window.py
open_session): `failed(exc)`, and the window locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app.services.liaison import DraftSummary, ListEntry
from intake_app.ui.tasks import Progress, Task

if TYPE_CHECKING:
    from intake_app.ui.workspace_page import WorkspacePage

#: Drafts a refresh decrypts on the GUI thread, at most (about 0.5-1 ms each).
SYNC_READS = 8
#: Drafts a worker decrypts before the rows are filled (one turn of the event loop each).
CHUNK = 20
#: The pause before each chunk (milliseconds): the worker runs Python, and while it does, every
#: call Qt makes into Python on the GUI thread (a cell's text, as the new page is painted)
#: waits for the GIL; the page is shown and painted first, and between chunks the window has
#: the interpreter to itself.
PAUSE_MS = 40


class SummaryReader(QObject):
    """The draft summaries of `page`'s list: those kept and a few read at once
    (`summaries_for`), the rest by a worker, CHUNK at a time (`reading` while it runs)."""

    failed = Signal(object)  # the exception of a draft that could not be read

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self._page = page
        self._task: Task | None = None
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS, timeout=self._start)

    @property
    def reading(self) -> bool:
        """A worker is reading summaries now, or about to."""
        return self._task is not None or self._pause.isActive()

    def summaries_for(self, entries: list[ListEntry]) -> dict[str, DraftSummary]:
        """The summaries of the drafts among `entries` that are kept, and of at most
        SYNC_READS more read now (by id); the worker starts for the rest. Raises what reading
        a draft raises."""
        if not any(entry.kind == "draft" for entry in entries):
            return {}
        summaries = self._page.session.draft_summaries(budget=SYNC_READS)
        if any(entry.kind == "draft" and entry.id not in summaries for entry in entries):
            self._read_more()
        return summaries

    def _read_more(self) -> None:
        if not self.reading and not self._page.retired:
            self._pause.start()

    def _start(self) -> None:
        if self._task is not None or self._page.retired:
            return
        session = self._page.session

        def work(progress: Progress) -> dict[str, DraftSummary]:
            return session.draft_summaries(budget=CHUNK, step=lambda: progress(0, 1))

        self._task = self._page.runner.start(work, on_success=self._read,
                                             on_failure=self._failed,
                                             on_cancel=self._stopped)

    def _read(self, summaries: dict[str, DraftSummary]) -> None:
        self._task = None
        if self._page.retired:
            return
        table = self._page.table
        # Rows a refresh showed meanwhile were filled from what is kept; on while a row waits
        # and this chunk filled one (a row whose draft is gone waits for the next refresh).
        if table.fill_summaries(summaries) and table.rows.unread():
            self._read_more()

    def _failed(self, exc: Exception) -> None:
        self._task = None
        if not self._page.retired:
            self.failed.emit(exc)

    def _stopped(self) -> None:
        self._task = None
