"""The list of signals: for a sealed one only its reference, size, date and state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from intake_app.services.liaison import ListEntry
from intake_app.ui.texts import human_size, local_time, status_text


class SignalTable(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Reference"), self.tr("Size"), self.tr("Date")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)

    def show_entries(self, entries: list[ListEntry]) -> None:
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                status_text(entry.status),
                _left_to_right(entry.id[:12]),
                _left_to_right(human_size(entry.size)),
                _left_to_right(local_time(entry.date)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, entry)
                self.setItem(row, column, item)

    def entries(self) -> list[ListEntry]:
        return [self.item(row, 0).data(Qt.UserRole) for row in range(self.rowCount())]

    def selected_entries(self) -> list[ListEntry]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [self.item(row, 0).data(Qt.UserRole) for row in rows]


def _left_to_right(text: str) -> str:
    """Numbers, sizes and dates read left to right in every layout (a bidi isolate)."""
    return f"\u2066{text}\u2069"
