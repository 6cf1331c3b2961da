"""The signal editor: a form that never loses a word.

What is typed goes into the vault every few seconds (`DraftKeeper`), complete or not: the
domain's checks block sealing, never saving. Save and Cancel stay visible at any window size (the
form scrolls); closing with changes asks first (Esc, Cancel, the window's close button); a lock
saves without asking and the workspace opens the draft again after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.signal import validate_signal
from intake_app.domain.signal_errors import FieldError
from intake_app.ui.alt_letters import UnboundAltLetters
from intake_app.ui.attachment_drops import catch_drops_on
from intake_app.ui.attachment_keeper import AttachFn, AttachmentKeeper
from intake_app.ui.attachment_panel import AttachmentPanel
from intake_app.ui.close_question import ask_to_close
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.draft_keeper import DraftKeeper
from intake_app.ui.editor_form import EditorForm
from intake_app.ui.editor_help import acute_danger_short_text, acute_danger_text
from intake_app.ui.editor_parts import editor_buttons
from intake_app.ui.fit import FittedDialog, fit_to_screen
from intake_app.ui.identifier_marks import IdentifierMarks
from intake_app.ui.message_bar import alert_text
from intake_app.ui.messages import describe_error
from intake_app.ui.scrolling_form import ScrollingForm
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.texts import identifier_kind_text

SaveFn = Callable[[Mapping[str, Any], "str | None"], str]


#: Editor heights (logical px) below which the danger banner shortens while errors show.
SHORT_DANGER_BELOW = 520


class SignalEditor(FittedDialog):
    language_requested = Signal(str)  # a language code: for this form (the window follows)

    """Collects a signal. `form.fields()` are the values, `attachments()` the newly chosen files.

    With `save` (the session's `save_draft`) the editor keeps the draft in the vault as it is
    typed; `keeper.draft_id` is then the draft's id. `runner`: where the attachments'
    forecasts run (the window's; else the editor's own).
    """

    def __init__(
        self,
        dialogs: FileDialogs,
        parent: QWidget | None = None,
        *,
        save: SaveFn | None = None,
        draft_id: str | None = None,
        fields: Mapping[str, Any] | None = None,
        stored_attachments: list | None = None,
        attachment_outcomes: list | None = None,
        runner: TaskRunner | None = None,
        sliced: bool = False,
    ) -> None:
        """`sliced`: built by the steps of `steps` (ui/editor_reuse.py runs them between turns
        of the event loop), then `load` shows a draft; else built and loaded at once."""
        super().__init__(parent)
        self.identifier_hits: list = []
        self.close_question: QMessageBox | None = None
        self.keeper: DraftKeeper | None = None
        self.files: AttachmentKeeper | None = None  # store_files_with
        self._marks_shown = self._save_alert = False  # what the alert line says (load)
        self._unbound_alt = UnboundAltLetters(self)
        self.steps: Iterator[None] = self._build(dialogs, runner)
        if not sliced:
            for _step in self.steps:
                pass
            self.load(save=save, draft_id=draft_id, fields=fields,
                      stored_attachments=stored_attachments,
                      attachment_outcomes=attachment_outcomes)

    def _build(self, dialogs: FileDialogs, runner: TaskRunner | None) -> Iterator[None]:
        """The widgets, a few at a time (each `yield` lets the event loop turn)."""
        self.danger = QLabel(acute_danger_text())
        self.danger.setObjectName("danger")
        self.danger.setWordWrap(True)
        self.danger.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.danger.hide()
        # The form is in its scroll area, and that in the dialog, before its rows are made:
        # a finished form moved in was styled again widget by widget (review r12y R7).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("The signal's fields"))
        self.form = EditorForm(sliced=True)
        scroll.setWidget(self.form)
        self.scroll = scroll
        yield
        yield from self.form.steps
        self.attachments_panel = AttachmentPanel(dialogs, runner=runner)
        self.form.add_row("attachments", self.tr("Attach&ments"), self.attachments_panel)
        # Its Alt+letter goes to the list (to choose a file to remove), never clicks "Add
        # file…" (the panel's focus proxy): a label's letter clicks a button (review r12y R12).
        self.form.labels["attachments"].setBuddy(self.attachments_panel.list)
        catch_drops_on(self.form, self.attachments_panel)  # a file dropped on a field
        self.form.urgency.currentIndexChanged.connect(self._show_danger)
        self.marks = IdentifierMarks(self.form.description, runner or TaskRunner(self),
                                     self._identifiers_shown)  # long stories: by a worker
        self.form.changed.connect(self._errors_follow)
        yield
        # The wheel scrolls the form and never changes a date or a choice under the pointer;
        # a field that gets the focus (Alt+letter too) is scrolled into view (review F2, F3).
        self.scrolling = ScrollingForm(scroll)
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)
        listed = self.attachments_panel.list.model()  # a line is made, then marked pending
        for change in (listed.rowsRemoved, listed.dataChanged):
            change.connect(self._status_follows)
        self.summary = QLabel()
        self.summary.setObjectName("error")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = editor_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.danger)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        yield
        self.ensurePolished()  # styled now, not when first shown
        yield
        self.layout().activate()  # laid out now, not when first shown

    def load(
        self,
        *,
        save: SaveFn | None = None,
        draft_id: str | None = None,
        fields: Mapping[str, Any] | None = None,
        stored_attachments: list | None = None,
        attachment_outcomes: list | None = None,
    ) -> None:
        """Show a new draft (`draft_id` None) or a stored one, as a newly built editor would:
        nothing of the draft shown before stays (its words, choices, files, marks, lines,
        question, focus or scroll position). With `save` (the session's `save_draft`) the
        editor keeps the draft in the vault as it is typed; `keeper.draft_id` is its id."""
        if self.files is not None:  # the last draft's: it stores nothing more
            self.files.settle()
            self.files.deleteLater()
            self.files = None
        if self.keeper is not None:  # the last draft's: it saves nothing more
            self.keeper.stop()
            self.form.changed.disconnect(self.keeper.changed)
            self.keeper.deleteLater()
            self.keeper = None
        if self.close_question is not None:
            self.close_question.close()
            self.close_question = None
        self.setWindowTitle(self.tr("New signal") if draft_id is None else self.tr("Edit draft"))
        self.setAccessibleName(self.windowTitle())
        self.opened_new = draft_id is None
        self.opened_at = QTime.currentTime()  # "throw away" goes back to this moment
        # How the editor closed: "saved" (Save), "kept" (lock or quit: saved, to reopen),
        # "discarded" (nothing changed, or the liaison threw the changes away).
        self.outcome = ""
        self._marks_shown = self._save_alert = False
        self.summary.clear()
        self.summary.hide()
        self.status.clear()
        self.form.clear()
        self.attachments_panel.clear()
        if fields is not None:
            self.form.set_fields(dict(fields))
        self.attachments_panel.show_stored(stored_attachments or [], attachment_outcomes)
        self._baseline = self.form.fields()
        self._show_danger()
        self.marks.changed()
        if save is not None:
            self.keeper = DraftKeeper(save, self.form.fields, draft_id, self)
            self.keeper.saved.connect(self._saved)
            self.keeper.failed.connect(self._save_failed)
            self.form.changed.connect(self.keeper.changed)
        fit_to_screen(self, 760, 780)
        # The caret in the story: a hurried liaison starts typing at once, and on the urgency
        # drop-down (the first field) the words chose an urgency and were lost (review r12x
        # X2). At the end of its text: a reopened draft's story goes on there, not before its
        # first word (r12y R1). The form opens at its top, urgency in view (r12aa A4).
        self.scrolling.open_at_top(self.form.description)
        self.form.focus_field("description")

    # ----- what the liaison sees while typing -----------------------------------------------

    def _show_danger(self) -> None:
        self.danger.setVisible(self.form.urgency.code() == "immediate_danger")
        self._fit_danger()

    def _fit_danger(self) -> None:
        """Below SHORT_DANGER_BELOW logical px of height, once the error summary shows too, the
        banner says its first sentence only (112), the rest in its tooltip: at 1.5x on
        1024x600 banner and summary left the form about 190 px (review r12y R9)."""
        summary = getattr(self, "summary", None)  # not yet while the editor is built
        short = summary is not None and summary.isVisible() and self.height() < SHORT_DANGER_BELOW
        self.danger.setText(acute_danger_short_text() if short else acute_danger_text())
        self.danger.setToolTip(acute_danger_text() if short else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_danger()

    def _identifiers_shown(self, hits: list) -> None:
        """What may identify someone, marked in the text (`hits`: ui/identifier_marks.py), is
        said under it too; the liaison decides what to do."""
        self.identifier_hits = hits
        hint = self.form.identifier_hint
        hint.setText(alert_text("warning", self.identifier_text()))
        hint.setVisible(bool(self.identifier_hits))

    def identifier_text(self) -> str:
        """One sentence naming the kinds of identifiers in the text ("" when there are none)."""
        if not self.identifier_hits:
            return ""
        kinds = sorted({identifier_kind_text(hit.kind) for hit in self.identifier_hits})
        return self.tr(
            "This text may identify someone: %1 (marked and underlined). Check it; nothing is "
            "removed for you."
        ).replace("%1", ", ".join(kinds))

    def _saved(self, _draft_id: str) -> None:
        self.status.setText(self._kept_text())
        if self._save_alert:  # the line said the last save failed: now the marks, or nothing
            self._save_alert = False
            self.show_errors(self.problems() if self._marks_shown else [], focus=False)

    def store_files_with(self, attach: AttachFn, remove, runner: TaskRunner) -> None:
        """Store the added files into the draft with each autosave (ui/attachment_keeper.py):
        `attach` is the session's, `remove(draft_id, attachment_id)` takes one out again."""
        self.files = AttachmentKeeper(self.attachments_panel, self.keeper, attach, runner,
                                      remove, self)
        for outcome in (self.files.stored, self.files.failed):  # a failed one's line says why
            outcome.connect(self._status_follows)
        self._status_follows()

    def _kept_text(self) -> str:
        """When the words were last kept (a time: newer typing is not yet in it, review r12z
        R2), and how many added files are not yet stored (review r12y R11, r12z R1)."""
        kept_at = None if self.keeper is None or self.keeper.error else self.keeper.kept_at
        text = "" if kept_at is None else self.tr("Kept in your vault, encrypted, at %1.").replace(
            "%1", kept_at.toString("HH:mm:ss"))
        added = len(self.attachments()) if self.files is None else self.files.not_stored()
        if added:
            text += " " + self.tr("%n added file(s) are being stored in your vault.", "", added)
        return text.strip()

    def _status_follows(self) -> None:
        """A file added, stored or removed: the status line says again what is kept."""
        self.status.setText(self._kept_text())

    def _save_failed(self, exc: Exception) -> None:
        # Held until a save succeeds: the next key put the field marks over it, and the only
        # sentence saying the words were not kept was gone (review r12ac-4).
        self._save_alert = True
        self.status.clear()  # "Kept in your vault" no longer holds (review r12y R10)
        self.summary.setText(alert_text("error", describe_error(exc, when="save")))
        self.summary.show()

    # ----- reading --------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        return self.form.fields()

    def attachments(self) -> list[tuple[Path, bool]]:
        """(path, keep_original) for each newly chosen file (not those already in the vault)."""
        return self.attachments_panel.pending()

    @property
    def draft_id(self) -> str | None:
        return None if self.keeper is None else self.keeper.draft_id

    def has_changes(self) -> bool:
        """Whether closing now would drop anything typed or chosen since the editor opened."""
        return (self.form.fields() != self._baseline or bool(self.attachments())
                or bool(self.files is not None and self.files.stored_here))

    def problems(self, *, today: date | None = None) -> list[FieldError]:
        """What must still be filled before sealing (saving is always possible): the first
        problem of each field, so a place with two problems counts once."""
        first: dict[str, FieldError] = {}
        for error in validate_signal({**self.form.fields(), "attachments": []}, today=today):
            first.setdefault(error.field.split(".")[0], error)
        return list(first.values())

    def show_errors(self, errors: list[FieldError], *, focus: bool = True) -> None:
        """Mark the fields, say how many, and put the focus on the first one (`focus`)."""
        first = self.form.show_errors(errors)
        self._marks_shown = bool(errors)
        self.summary.setText(alert_text("error", self.tr(
            "%n field(s) must be filled or corrected before this signal can be sealed.", "",
            len(errors))))
        self.summary.setVisible(bool(errors))
        self._fit_danger()
        if first is not None and focus:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus()

    def _errors_follow(self) -> None:
        """While the marks are shown, each edit shows them again as they now are: a fixed
        field loses its mark at once (review r12x X3: the error and "1 field" stayed after
        the conflict was gone)."""
        if self._marks_shown and not self._save_alert:
            self.show_errors(self.problems(), focus=False)

    # ----- closing --------------------------------------------------------------------------

    def save_now(self, *, quick: bool = False) -> bool:
        """Put what is typed into the vault now (on lock, quit and Save; `quick`: DraftKeeper's).
        A blank new draft is kept only when files were chosen for it (stored in a draft)."""
        if self.keeper is None:
            return True
        return self.keeper.save_now(force=bool(self.attachments()), quick=quick)

    def save_and_stay(self) -> None:
        """Ctrl+S: put what is typed into the vault now and go on typing (nothing closes)."""
        if self.save_now(quick=True):
            if self.files is not None:
                self.files.store_next()
            self.status.setText(self._kept_text())

    def try_accept(self) -> None:
        """Save, whatever is missing, and close; a held store a moment only (the editor stays,
        its autosave retries: r12ae-1). No field marks on a closing editor (r12ae-4)."""
        if not self.save_now(quick=True):
            return
        if self.files is not None:  # what is not stored now is in attachments()
            self.files.settle()
        self.outcome = "saved"
        self.accept()

    def reject(self) -> None:
        """Esc, Cancel and the close button: ask before anything typed is dropped."""
        if not self.has_changes():
            self._close("discarded")
            return
        self.close_question = ask_to_close(self, self.opened_new, self.opened_at, self._answer)

    def _answer(self, button: QMessageBox.StandardButton) -> None:
        if button == QMessageBox.Save:
            self.try_accept()
        elif button == QMessageBox.Discard:
            self._close("discarded")

    def keep_and_close(self, *, quick: bool = False) -> bool:
        """Save what is typed and close without asking (lock and quit; `quick`: see save_now);
        False when the save failed: the words since the last save (`keeper.error` says why)."""
        kept = not self.has_changes() or self.save_now(quick=quick)
        self._close("kept")
        return kept

    def _close(self, outcome: str) -> None:
        if self.files is not None:
            self.files.settle()
        self.outcome = outcome
        if self.keeper is not None:
            self.keeper.stop()
        if self.close_question is not None:
            self.close_question.close()
        QDialog.done(self, QDialog.Rejected)

    def baseline(self) -> dict[str, Any]:
        """The fields as they were when the editor opened (to restore on "throw away")."""
        return dict(self._baseline)

    def carry_on(self, state: Mapping[str, Any]) -> None:
        """Go on where the editor that handed `state` over stopped: "throw away" still goes
        back to how it was opened (a new draft is deleted), and the focus is where it was."""
        self._baseline = dict(state["baseline"])
        self.opened_new = state["opened_new"]
        self.opened_at = state.get("opened_at", self.opened_at)
        if self.opened_new:
            self.setWindowTitle(self.tr("New signal"))
            self.setAccessibleName(self.windowTitle())
        if self.keeper is not None:
            self.keeper.saved_anything = self.keeper.saved_anything or state["saved_anything"]
            self.keeper.kept_at = self.keeper.kept_at or state.get("kept_at")
        if self.files is not None:
            self.files.stored_here[:0] = state.get("stored_here", [])
        self._status_follows()  # what is kept, and what not yet, in this language (r12z R6)
        self.form.focus_field(state["focus"])
