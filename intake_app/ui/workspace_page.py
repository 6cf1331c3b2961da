"""The unlocked vault: drafts and sealed items, and the actions on them.

After sealing, a signal shows only its id, size, date and status: its content is gone from
this laptop (DESIGN.md §2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.services.liaison import LiaisonSession, ListEntry
from intake_app.services.seal_draft import plaintext_size
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.messages import describe_error
from intake_app.ui.security_dialog import SecurityDialog
from intake_app.ui.signal_editor import SignalEditor
from intake_app.ui.tasks import Progress, TaskRunner
from intake_app.ui.texts import human_size, local_time, status_text

COLUMNS = 4


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
        editor_factory: Callable[[QWidget], SignalEditor] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._dialogs = dialogs
        self._runner = runner
        self._editor_factory = editor_factory or (lambda parent: SignalEditor(dialogs, parent))
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

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Reference"), self.tr("Size"), self.tr("Date")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New signal…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_signal)
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
        self.security_button = QPushButton(self.tr("Se&curity…"))
        self.security_button.clicked.connect(self.open_security)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_signal)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)

        # Two rows, so the window stays narrow enough for a small laptop in every language.
        self.actions_row = QHBoxLayout()
        for button in (self.new_button, self.seal_button, self.seal_all_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.security_button)
        self.actions_row.addWidget(self.lock_button)
        self.delivery_row = QHBoxLayout()
        for button in (self.export_button, self.receipt_button):
            self.delivery_row.addWidget(button)
        self.delivery_row.addStretch(1)
        self.delivery_row.addWidget(self.office_card_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.office_label)
        layout.addWidget(self.keyring_warning)
        layout.addLayout(self.actions_row)
        layout.addLayout(self.delivery_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh()

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
        entries = self.session.list_entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self._update_buttons()

    def _fill_row(self, row: int, entry: ListEntry) -> None:
        cells = (
            status_text(entry.status),
            entry.id[:12],
            human_size(entry.size),
            local_time(entry.date),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.UserRole, entry)
            self.table.setItem(row, column, item)

    def entries(self) -> list[ListEntry]:
        return [self.table.item(r, 0).data(Qt.UserRole) for r in range(self.table.rowCount())]

    def selected_entries(self) -> list[ListEntry]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows]

    def _update_buttons(self) -> None:
        drafts_selected = [e for e in self.selected_entries() if e.kind == "draft"]
        any_drafts = any(e.kind == "draft" for e in self.entries())
        self.seal_button.setEnabled(not self._busy and bool(drafts_selected))
        self.seal_all_button.setEnabled(not self._busy and any_drafts)
        self.new_button.setEnabled(not self._busy)
        exportable = any(e.status in ("sealed", "exported") for e in self.entries())
        self.export_button.setEnabled(not self._busy and exportable)
        self.receipt_button.setEnabled(not self._busy)
        self.office_card_button.setEnabled(not self._busy)
        self.security_button.setEnabled(not self._busy)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setObjectName("error" if error else "")
        self.message.setStyleSheet(self.message.styleSheet())  # re-polish for the new name
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----- long work ------------------------------------------------------------------------

    def run_task(self, title: str, fn: Callable[[Progress], Any], done: Callable[[Any], None]):
        """Run `fn` in the background with a cancellable progress dialog."""
        self._busy = True
        self._update_buttons()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def finish() -> None:
            self._busy = False
            dialog.close()
            self.refresh()

        def progressed(done_bytes: int, total: int) -> None:
            dialog.setValue(int(1000 * done_bytes / total) if total else 0)

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def failed(exc: Exception) -> None:
            finish()
            self.show_message(describe_error(exc), error=True)

        def cancelled() -> None:
            finish()
            self.show_message(self.tr("Cancelled. Nothing was lost."))

        task = self._runner.start(
            fn,
            on_progress=progressed,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
        )
        dialog.canceled.connect(task.cancel)
        return task

    # ----- actions --------------------------------------------------------------------------

    def new_signal(self) -> None:
        if self._busy:
            return
        # open(), not exec(): no nested event loop, and tests can fill the real dialog.
        self.editor = self._editor_factory(self)
        self.editor.accepted.connect(lambda editor=self.editor: self._save_draft(editor))
        self.editor.open()

    def _save_draft(self, editor: SignalEditor) -> None:
        fields, attachments = editor.fields(), editor.attachments()
        session = self.session

        def work(progress: Progress) -> str:
            draft_id = session.record(fields)
            for index, (path, keep_original) in enumerate(attachments):
                progress(index, len(attachments))
                session.attach(draft_id, path, keep_original=keep_original)
            return draft_id

        self.run_task(
            self.tr("Saving the draft…"),
            work,
            lambda _id: self.show_message(self.tr("The draft was saved in your vault.")),
        )

    def seal_selected(self) -> None:
        self._seal([e.id for e in self.selected_entries() if e.kind == "draft"])

    def seal_all(self) -> None:
        self._seal([e.id for e in self.entries() if e.kind == "draft"])

    def _seal(self, draft_ids: list[str]) -> None:
        if self._busy or not draft_ids:
            return
        self.confirm = QMessageBox(
            QMessageBox.Question,
            self.tr("Seal"),
            self.tr(
                "After sealing, only the central office can read these %n signal(s); you will "
                "no longer be able to open or change them. Seal now?",
                "",
                len(draft_ids),
            ),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        self.confirm.setDefaultButton(QMessageBox.No)
        confirm = self.confirm
        confirm.buttonClicked.connect(
            lambda button: (
                confirm.standardButton(button) == QMessageBox.Yes and self.seal_now(draft_ids)
            )
        )
        self.confirm.open()

    def seal_now(self, draft_ids: list[str]):
        session = self.session

        def work(progress: Progress) -> int:
            # Sizes first: a sealed draft is gone, and the bar should cover all of them.
            sizes = {d: plaintext_size(session.store, d) for d in draft_ids}
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
