"""Attachments of a draft: chosen by drag-and-drop or a file picker, each saying its fate.

A file waits in this list until the draft is saved; then it is cleaned (unless kept as original
evidence) and stored in the vault. Stored ones show whether they were cleaned.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.code_widgets import label_language
from intake_app.ui.dialogs import FileDialogs

PENDING_ROLE = Qt.UserRole
KEEP_ROLE = Qt.UserRole + 1
STORED_ROLE = Qt.UserRole + 2


def _outcome_line(outcome) -> str:
    """The engine's sentences for one `AttachmentOutcome`, a warning sign unless clean."""
    text = " ".join(outcome.sentences(label_language()))
    return text if outcome.is_clean else "\u26a0 " + text


class AttachmentPanel(QWidget):
    """A list of files with Add and Remove; accepts files dropped on it."""

    def __init__(self, dialogs: FileDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        # Set by the editor when the draft is in the vault: removes one stored attachment by id.
        self.remove_stored = None
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QListWidget.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.add_button.setAccessibleName(self.tr("Add file"))
        self.add_button.clicked.connect(self.add_from_picker)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen attachment"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.keep_original = QCheckBox(self.tr("Keep the original, do not clean"))
        self.keep_original.setAccessibleName(self.tr("Keep the original, do not clean"))
        self.keep_original.setToolTip(
            self.tr("Only for evidence that must stay untouched: hidden data stays in the file.")
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.keep_original)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(row)
        self.setFocusProxy(self.add_button)

    # ----- adding and removing --------------------------------------------------------------

    def add_from_picker(self) -> None:
        for path in self._dialogs.open_attachments(self):
            self.add_pending(Path(path))

    def add_pending(self, path: Path) -> None:
        """List `path` to be cleaned (or kept as original) and stored when the draft is saved."""
        keep = self.keep_original.isChecked()
        fate = (
            self.tr("kept as is: hidden data (location, author) stays in it")
            if keep
            else self.tr("cleaned on saving where its type allows; the result shows here")
        )
        item = QListWidgetItem(f"{path.name} — {fate}", self.list)
        item.setData(PENDING_ROLE, str(path))
        item.setData(KEEP_ROLE, keep)

    def show_stored(self, stored: list, outcomes: list | None = None) -> None:
        """List attachments already in the vault (`StoredAttachment`s or plain names), each
        saying what cleaning did. `outcomes`: the session's `attachment_outcomes` in the same
        order: then each line says why (the engine's sentences, as the command line prints
        them), and one that is not clean is marked as a warning, not by colour alone."""
        outcomes = list(outcomes or [])
        for index, entry in enumerate(stored):
            name = getattr(entry, "name", entry)
            outcome = outcomes[index] if index < len(outcomes) else None
            text = self.outcome_text(entry) if outcome is None else _outcome_line(outcome)
            item = QListWidgetItem(f"{name} — {text}", self.list)
            item.setToolTip(text)
            item.setData(PENDING_ROLE, None)
            item.setData(STORED_ROLE, getattr(entry, "id", None))

    def outcome_text(self, entry) -> str:
        cleaning = getattr(entry, "cleaning", None)
        if cleaning == "cleaned":
            return self.tr("cleaned of hidden data, in the vault")
        if cleaning == "original-kept":
            return self.tr("original kept as evidence: hidden data stays in it")
        if cleaning == "not-cleanable":
            return "\u26a0 " + self.tr(
                "could not be cleaned: hidden data (location, author) may stay in it"
            )
        return self.tr("in the vault")

    def remove_selected(self) -> None:
        """Remove the chosen files: pending ones from the list, stored ones from the vault."""
        for item in self.list.selectedItems():
            stored_id = item.data(STORED_ROLE)
            if item.data(PENDING_ROLE) is None and stored_id and self.remove_stored is not None:
                self.remove_stored(stored_id)
            elif item.data(PENDING_ROLE) is None:
                continue
            self.list.takeItem(self.list.row(item))

    def pending(self) -> list[tuple[Path, bool]]:
        """(path, keep_original) for each file chosen but not yet stored."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            (Path(item.data(PENDING_ROLE)), bool(item.data(KEEP_ROLE)))
            for item in items
            if item.data(PENDING_ROLE) is not None
        ]

    # ----- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).is_file():
                self.add_pending(Path(url.toLocalFile()))
        event.acceptProposedAction()
