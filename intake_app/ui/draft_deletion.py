"""Deleting the signals chosen in the list, in the background (review r12ae-3).

Deleting ran on the GUI thread one row at a time: 400 drafts held the window for 12.5 s, with no
progress, no cancel and no lock. Now a worker deletes row after row (each one store
transaction, so a cancel or a lock never leaves half a row), under the progress dialog the
other long tasks use (ui/task_progress.py); the list is read again once, at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from intake_app.domain.states import DELETABLE
from intake_app.errors import Cancelled
from intake_app.ui.messages import describe_error
from intake_app.ui.tasks import Progress

if TYPE_CHECKING:
    from intake_app.services.liaison import LiaisonSession
    from intake_app.ui.workspace_page import WorkspacePage


@dataclass(frozen=True)
class Deleted:
    """How a deletion ended: `done` of `total` rows deleted; `stopped` when the person
    cancelled; `failure` the store's exception that stopped it (what was deleted stays deleted)."""

    done: int
    total: int
    stopped: bool = False
    failure: Exception | None = None


def delete_entries(session: LiaisonSession, entry_ids: Sequence[str],
                   progress: Progress) -> Deleted:
    """Delete the drafts and sealed signals `entry_ids` (LiaisonSession.delete), one store
    transaction each, in a worker. `progress(done, total)` in rows, before each row: a cancel
    raises there, so the row being deleted is finished and no other is started. Never raises:
    a cancel or a store error comes back in the result with the count deleted before it."""
    total = len(entry_ids)
    done = 0
    try:
        for entry_id in entry_ids:
            progress(done, total)
            session.delete(entry_id)
            done += 1
    except Cancelled:
        return Deleted(done, total, stopped=True)
    except Exception as exc:  # told in the window with the count; never fatal
        return Deleted(done, total, failure=exc)
    return Deleted(done, total)


class DraftDeletion(QObject):
    """The list's Delete… button: ask, then delete in the background and say what was done."""

    def __init__(self, page: WorkspacePage) -> None:
        super().__init__(page)
        self._page = page

    def delete_selected(self) -> None:
        """Ask Yes/No about the deletable rows chosen; Yes starts `delete_now`."""
        chosen = [e for e in self._page.selected_entries() if e.status in DELETABLE]
        if self._page.busy or not chosen:
            return
        undelivered = sum(1 for e in chosen if e.kind == "sealed")
        text = self.tr("Delete %n signal(s) from this laptop for good?", "", len(chosen))
        if undelivered:
            text += "\n\n" + self.tr(
                "%n of them are sealed but have no receipt yet: they will never reach the office.",
                "",
                undelivered,
            )
        self._page.ask(
            QMessageBox.Warning,
            self.tr("Delete"),
            text,
            lambda: self.delete_now([e.id for e in chosen]),
        )

    def delete_now(self, entry_ids: list[str]) -> None:
        """Delete `entry_ids` in a worker with a cancellable progress dialog; the page is busy
        (its buttons off) until it ends, then the list is read again once."""
        session = self._page.session
        self._page.run_task(
            self.tr("Deleting signals…"),
            lambda progress: delete_entries(session, entry_ids, progress),
            self._deleted,
        )

    def _deleted(self, result: Deleted) -> None:
        done = self.tr("%n signal(s) deleted.", "", result.done)
        if result.failure is not None:
            self._page.show_message(done + " " + describe_error(result.failure), error=True)
        elif result.stopped:
            self._page.show_message(done + " " + self.tr(
                "Stopped: %n signal(s) not deleted are still on the list.", "",
                result.total - result.done))
        else:
            self._page.show_message(done)
