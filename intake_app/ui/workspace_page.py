"""The unlocked vault: drafts and sealed items, and the actions on them.

After sealing, a signal shows only its id, size, date and status: its content is gone from
this laptop (DESIGN.md §2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.states import DELETABLE, HELD
from intake_app.services.liaison import LiaisonSession, ListEntry
from intake_app.ui.code_widgets import label_language, warm_up
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.messages import describe_error
from intake_app.ui.security_dialog import SecurityDialog
from intake_app.ui.signal_editor import SignalEditor
from intake_app.ui.signal_table import SignalTable, StateTabs
from intake_app.ui.task_progress import run_with_progress
from intake_app.ui.tasks import Progress, TaskRunner
from intake_app.ui.texts import identifier_kind_text


class WorkspacePage(QWidget):
    lock_requested = Signal()
    auto_lock_changed = Signal(int)  # minutes

    def __init__(
        self,
        session: LiaisonSession,
        dialogs: FileDialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        editor_factory: Callable[..., SignalEditor] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = dialogs
        self._runner = runner
        self._editor_factory = editor_factory or (
            lambda parent, **kw: SignalEditor(dialogs, parent, **kw)
        )
        self._busy = False
        self.editor: SignalEditor | None = None
        self.confirm: QMessageBox | None = None
        self.security: SecurityDialog | None = None

        title = QLabel(self.tr("Your signals"))
        title.setObjectName("title")
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.keyring_warning = QLabel()
        self.keyring_warning.setObjectName("warning")
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.tabs = StateTabs()
        self.tabs.changed.connect(self.refresh)
        self.table = SignalTable()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.clear_button = QPushButton(self.tr("Clear &finished from the list"))
        self.clear_button.setToolTip(
            self.tr("Delivered and deleted signals leave this list; nothing else changes")
        )
        self.clear_button.clicked.connect(self.clear_finished)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.new_button = QPushButton(self.tr("&New signal…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_signal)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Dele&te…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.seal_button = QPushButton(self.tr("&Seal selected"))
        self.seal_button.clicked.connect(self.seal_selected)
        self.seal_all_button = QPushButton(self.tr("Seal &all drafts"))
        self.seal_all_button.clicked.connect(self.seal_all)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Write the sealed signals to a USB stick or folder as one signed bundle")
        )
        self.export_button.clicked.connect(self.export_bundle)
        self.receipt_button = QPushButton(self.tr("Import &receipt…"))
        self.receipt_button.clicked.connect(self.import_receipt)
        self.office_card_button = QPushButton(self.tr("New &office card…"))
        self.office_card_button.setToolTip(
            self.tr("Accept the office's new card; only a card signed by the current one is taken")
        )
        self.office_card_button.clicked.connect(self.update_office_card)
        self.my_card_button = QPushButton(self.tr("&My key card…"))
        self.my_card_button.setToolTip(
            self.tr("Save your public key card, for the office to register you")
        )
        self.my_card_button.clicked.connect(self.save_my_card)
        self.security_button = QPushButton(self.tr("Se&curity…"))
        self.security_button.clicked.connect(self.open_security)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_signal)

        # Two rows, so the window stays narrow enough for a small laptop in every language.
        self.actions_row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        for button in (self.office_card_button, self.security_button, self.lock_button):
            self.actions_row.addWidget(button)
        self.delivery_row = QHBoxLayout()
        for button in (self.seal_button, self.seal_all_button):
            self.delivery_row.addWidget(button)
        self.delivery_row.addStretch(1)
        for button in (self.export_button, self.receipt_button, self.my_card_button):
            self.delivery_row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.office_label)
        layout.addWidget(self.keyring_warning)
        layout.addLayout(self.actions_row)
        layout.addLayout(self.delivery_row)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs, 1)
        tabs_row.addWidget(self.clear_button)
        layout.addLayout(tabs_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        self.refresh()
        # Country names load and sort off the GUI thread now, not when the first draft opens.
        language = label_language()
        runner.start(lambda _progress: warm_up(language))

    # ----- what is shown --------------------------------------------------------------------

    def refresh(self) -> None:
        status = self.session.status()
        self.office_label.setText(
            self.tr("Sealed for: %1 — fingerprint %2")
            .replace("%1", status.office_name)
            .replace("%2", status.office_fingerprint)
        )
        if status.vault.warning:
            self.keyring_warning.setText(
                self.tr(
                    "No system keyring was available: this vault is protected by your "
                    "passphrase only. Choose a long passphrase."
                )
            )
        self.keyring_warning.setVisible(bool(status.vault.warning))
        everything = self.session.list_entries(hide_cleared=True)
        self.tabs.set_counts(everything)
        shown = [e for e in everything if self.tabs.shows(e)]
        summaries = self.session.draft_summaries() if any(e.kind == "draft" for e in shown) else {}
        self.table.show_entries(shown, summaries)
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.empty.setText(self._empty_text(bool(everything)))
        self.clear_button.setVisible(any(e.status in ("delivered", "deleted") for e in everything))
        self._update_buttons()

    def _empty_text(self, anything: bool) -> str:
        """What to do next when the list (or the chosen tab) is empty."""
        if anything:
            return self.tr("Nothing here. Choose another tab above to see your other signals.")
        return self.tr(
            "No signals yet. When someone tells you what happened, press New signal (Ctrl+N) "
            "and write it down; it is kept encrypted on this laptop until you seal it."
        )

    def clear_finished(self) -> None:
        """Take delivered and deleted rows off the list (their tombstones stay in the store)."""
        try:
            self.session.clear_finished()
        except Exception as exc:  # shown, never fatal
            self.show_message(describe_error(exc), error=True)
        self.refresh()

    def entries(self) -> list[ListEntry]:
        return self.table.entries()

    def selected_entries(self) -> list[ListEntry]:
        return self.table.selected_entries()

    def _update_buttons(self) -> None:
        selected = self.selected_entries()
        drafts_selected = [e for e in selected if e.kind == "draft"]
        self.edit_button.setEnabled(not self._busy and len(selected) == len(drafts_selected) == 1)
        deletable = [e for e in selected if e.status in DELETABLE]
        self.delete_button.setEnabled(not self._busy and bool(deletable))
        any_drafts = any(e.kind == "draft" for e in self.entries())
        self.seal_button.setEnabled(not self._busy and bool(drafts_selected))
        self.seal_all_button.setEnabled(not self._busy and any_drafts)
        self.new_button.setEnabled(not self._busy)
        exportable = any(e.status in HELD for e in self.entries())
        self.export_button.setEnabled(not self._busy and exportable)
        self.receipt_button.setEnabled(not self._busy)
        self.office_card_button.setEnabled(not self._busy)
        self.security_button.setEnabled(not self._busy)

    def show_message(self, text: str, *, error: bool = False) -> None:
        # Not by colour alone: an error also starts with a sign and reads as one.
        self.message.setObjectName("error" if error else "notice")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(("\u26a0 " + text) if error and text else text)
        self.message.setVisible(bool(text))

    # ----- long work ------------------------------------------------------------------------

    def run_task(self, title: str, fn: Callable[[Progress], Any], done: Callable[[Any], None]):
        """Run `fn` in the background with a cancellable progress dialog."""
        self._busy = True
        self._update_buttons()

        def finished(then: Callable[..., None]) -> Callable[..., None]:
            def run(*args: Any) -> None:
                self._busy = False
                self.refresh()
                then(*args)

            return run

        return run_with_progress(
            self,
            self._runner,
            title,
            fn,
            on_success=finished(done),
            on_failure=finished(lambda exc: self.show_message(describe_error(exc), error=True)),
            on_cancel=finished(lambda: self.show_message(self.tr("Cancelled. Nothing was lost."))),
        )

    # ----- actions --------------------------------------------------------------------------

    def new_signal(self) -> None:
        if self._busy:
            return
        self.open_editor(None)

    def edit_selected(self) -> None:
        selected = self.selected_entries()
        if self._busy or len(selected) != 1 or selected[0].kind != "draft":
            return
        self.open_editor(selected[0].id)

    def open_editor(
        self, draft_id: str | None, pending: list[tuple[Path, bool]] = (), *, resume: bool = False
    ) -> None:
        """Open the editor on a new draft (None) or a stored one; `pending`: files to attach.

        `resume`: reopened after a lock, so the cursor goes back to the end of the story.
        """
        fields, stored = None, []
        if draft_id is not None:
            try:
                fields = self.session.read_draft(draft_id)
                stored = self.session.stored_attachments(draft_id)
            except Exception as exc:  # a damaged draft is reported, never fatal
                self.show_message(describe_error(exc), error=True)
                return
        # open(), not exec(): no nested event loop, and tests can fill the real dialog.
        self.editor = editor = self._editor_factory(
            self, save=self.session.save_draft, draft_id=draft_id, fields=fields,
            stored_attachments=stored,
        )
        if draft_id is not None:
            editor.attachments_panel.remove_stored = (
                lambda attachment_id: self._remove_attachment(draft_id, attachment_id)
            )
        for path, keep in pending:
            editor.attachments_panel.keep_original.setChecked(keep)
            editor.attachments_panel.add_pending(path)
        editor.attachments_panel.keep_original.setChecked(False)
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        editor.open()
        if resume:
            editor.form.description.moveCursor(QTextCursor.End)
            editor.form.description.setFocus()

    def _remove_attachment(self, draft_id: str, attachment_id: str) -> None:
        try:
            self.session.remove_attachment(draft_id, attachment_id)
        except Exception as exc:  # shown, never fatal
            self.show_message(describe_error(exc), error=True)

    def keep_editor_for_lock(self) -> tuple[str, list[tuple[Path, bool]]] | None:
        """Save the open editor's draft and close it; what to reopen after unlocking, or None."""
        editor, self.editor = self.editor, None
        if editor is None or not editor.isVisible():
            return None
        pending = editor.attachments()
        editor.keep_and_close()
        if editor.draft_id is None:
            return None
        return editor.draft_id, pending

    def _editor_closed(self, editor: SignalEditor) -> None:
        if self.editor is editor:
            self.editor = None
        if editor.outcome == "saved":
            self._attach_pending(editor)
        elif editor.outcome == "discarded":
            self._restore(editor)
        self.refresh()

    def _restore(self, editor: SignalEditor) -> None:
        """Throw away what this editor wrote: a new draft goes, an old one gets its fields back."""
        keeper = editor.keeper
        if keeper is None or not keeper.saved_anything or keeper.draft_id is None:
            return
        try:
            if editor.opened_new:
                self.session.delete(keeper.draft_id)
            else:
                self.session.save_draft(editor.baseline(), keeper.draft_id)
        except Exception as exc:  # shown, never fatal
            self.show_message(describe_error(exc), error=True)

    def _attach_pending(self, editor: SignalEditor) -> None:
        draft_id, attachments = editor.draft_id, editor.attachments()
        missing = len(editor.problems())
        session = self.session

        def work(progress: Progress) -> str:
            sizes = [path.stat().st_size for path, _keep in attachments]
            total, base = sum(sizes) or 1, 0
            for (path, keep_original), size in zip(attachments, sizes, strict=True):
                session.attach(
                    draft_id,
                    path,
                    keep_original=keep_original,
                    progress=lambda done, b=base: progress(b + done, total),
                )
                base += size
            return draft_id

        def saved(_id: str) -> None:
            text = self.tr("The draft was saved in your vault.")
            uncleaned = sum(
                1 for a in self.session.stored_attachments(draft_id) if a.cleaning != "cleaned"
            ) if attachments else 0
            if uncleaned:
                text += " " + self.tr(
                    "Careful: %n attachment(s) could not be cleaned or were kept as they are; "
                    "hidden data (location, author) may stay in them.",
                    "",
                    uncleaned,
                )
            if missing:
                text += " " + self.tr(
                    "%n field(s) must still be filled before it can be sealed.", "", missing
                )
            self.show_message(text)

        if not attachments:
            saved(draft_id)
            return
        self.run_task(self.tr("Saving the attachments…"), work, saved)

    def delete_selected(self) -> None:
        chosen = [e for e in self.selected_entries() if e.status in DELETABLE]
        if self._busy or not chosen:
            return
        undelivered = sum(1 for e in chosen if e.kind == "sealed")
        text = self.tr("Delete %n signal(s) from this laptop for good?", "", len(chosen))
        if undelivered:
            text += "\n\n" + self.tr(
                "%n of them are sealed but have no receipt yet: they will never reach the office.",
                "",
                undelivered,
            )
        self._confirm(
            QMessageBox.Warning,
            self.tr("Delete"),
            text,
            lambda: self.delete_now([e.id for e in chosen]),
        )

    def _confirm(self, icon, title: str, text: str, on_yes: Callable[[], object]) -> None:
        """Ask Yes/No (No is the default) without a nested event loop; Yes runs `on_yes`."""
        self.confirm = confirm = QMessageBox(
            icon, title, text, QMessageBox.Yes | QMessageBox.No, self
        )
        confirm.setDefaultButton(QMessageBox.No)
        confirm.buttonClicked.connect(
            lambda button: confirm.standardButton(button) == QMessageBox.Yes and on_yes()
        )
        confirm.open()

    def delete_now(self, entry_ids: list[str]) -> None:
        try:
            for entry_id in entry_ids:
                self.session.delete(entry_id)
        except Exception as exc:  # shown, never fatal; what was deleted stays deleted
            self.show_message(describe_error(exc), error=True)
        else:
            self.show_message(self.tr("%n signal(s) deleted.", "", len(entry_ids)))
        self.refresh()

    def seal_selected(self) -> None:
        self._seal([e.id for e in self.selected_entries() if e.kind == "draft"])

    def seal_all(self) -> None:
        self._seal([e.id for e in self.entries() if e.kind == "draft"])

    def _seal(self, draft_ids: list[str]) -> None:
        if self._busy or not draft_ids:
            return
        try:
            unfinished = [d for d in draft_ids if self.session.draft_problems(d)]
            ready = [d for d in draft_ids if d not in unfinished]
            hits = {d: self.session.check_identifiers(d) for d in ready}
        except Exception as exc:  # a damaged draft is reported, never fatal
            self.show_message(describe_error(exc), error=True)
            return
        if unfinished and len(draft_ids) == 1:
            self.open_unfinished(unfinished[0])
            return
        if not ready:
            self.show_message(
                self.tr("%n draft(s) are not complete yet; open them to fill the marked fields.",
                        "", len(unfinished)),
                error=True,
            )
            return
        text = self.tr(
            "After sealing, only the central office can read these %n signal(s); you will "
            "no longer be able to open or change them. Seal now?",
            "",
            len(ready),
        )
        flagged = sum(1 for found in hits.values() if found)
        if flagged:
            kinds = sorted({identifier_kind_text(h.kind) for f in hits.values() for h in f})
            text += "\n\n" + self.tr(
                "Careful: the text of %n signal(s) may identify someone: %1.", "", flagged
            ).replace("%1", ", ".join(kinds))
        if unfinished:
            text += "\n\n" + self.tr(
                "%n draft(s) are not complete and stay drafts.", "", len(unfinished)
            )
        self._confirm(QMessageBox.Question, self.tr("Seal"), text, lambda: self.seal_now(ready))

    def open_unfinished(self, draft_id: str) -> None:
        """Open an unfinished draft with its missing fields marked, the first one focused."""
        self.open_editor(draft_id)
        if self.editor is not None:
            self.editor.show_errors(self.editor.problems())

    def seal_now(self, draft_ids: list[str]):
        session = self.session

        def work(progress: Progress) -> int:
            # Sizes first: a sealed draft is gone, and the bar should cover all of them.
            sizes = {d: session.plaintext_size(d) for d in draft_ids}
            total = sum(sizes.values()) or 1
            base = 0
            for draft_id in draft_ids:
                session.seal(draft_id, progress=lambda n, b=base: progress(b + n, total))
                base += sizes[draft_id]
                progress(base, total)
            return len(draft_ids)

        return self.run_task(
            self.tr("Sealing…"),
            work,
            lambda n: self.show_message(self.tr("%n signal(s) sealed for the office.", "", n)),
        )

    def export_bundle(self) -> None:
        if self._busy:
            return
        folder = self._dialogs.choose_export_folder(self)
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path):
        session = self.session

        def work(progress: Progress):
            return session.export(folder, progress=progress)

        def exported(result) -> None:
            names = ", ".join(path.name for path in result.paths)
            self.show_message(
                self.tr(
                    "%n signal(s) exported to %1. They stay sealed here until the office's "
                    "receipt is imported.",
                    "",
                    len(result.item_ids),
                ).replace("%1", names)
            )

        return self.run_task(self.tr("Exporting the bundle…"), work, exported)

    def import_receipt(self) -> None:
        if self._busy:
            return
        path = self._dialogs.open_receipt(self)
        if path is not None:
            self.import_receipt_from(path)

    def import_receipt_from(self, path: Path):
        session = self.session

        def delivered(result) -> None:
            self.show_message(
                self.tr(
                    "The office confirmed %n signal(s); they were erased from this laptop.",
                    "",
                    len(result.delivered),
                )
            )

        return self.run_task(
            self.tr("Importing the receipt…"), lambda _p: session.import_receipt(path), delivered
        )

    def update_office_card(self) -> None:
        if self._busy:
            return
        path = self._dialogs.open_card(self)
        if path is None:
            return
        try:
            card = self.session.update_office_card(path)
        except Exception as exc:  # every refusal is shown, none is fatal
            self.show_message(describe_error(exc), error=True)
            return
        self.refresh()
        self.show_message(
            self.tr("New office card accepted. New signals are sealed for fingerprint %1.").replace(
                "%1", card.fingerprint
            )
        )

    def open_security(self) -> None:
        if self._busy:
            return
        self.security = SecurityDialog(self.session, self._runner, self)
        self.security.auto_lock_changed.connect(self.auto_lock_changed)
        self.security.open()

    def save_my_card(self) -> None:
        folder = self._dialogs.choose_card_folder(self)
        if folder is None:
            return
        target = folder / self.session.liaison_card_file_name()
        try:
            self.session.save_liaison_card(target)
        except Exception as exc:  # shown, never fatal
            self.show_message(describe_error(exc), error=True)
            return
        self.show_message(
            self.tr(
                "Your key card was saved as %1. Give it to the office and read them your "
                "fingerprint: %2"
            )
            .replace("%1", target.name)
            .replace("%2", self.session.status().liaison_fingerprint)
        )
