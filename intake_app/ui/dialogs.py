"""File choosers handed to screens as one object, so tests can answer them without patching.

Qt's own (non-native) dialogs are used so that no recent-files list of the desktop remembers
what the liaison opened (DESIGN.md threat model 2). Qt's dialog itself writes the folders it
visited to its settings file (QtProject.conf) when it closes; `_forget_history` erases them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.DontUseNativeDialog


def _forget_history() -> None:
    """Remove the visited-folder history that Qt's file dialog saves on closing."""
    settings = QSettings(QSettings.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


def _open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters, options=_OPTIONS)
    _forget_history()
    return Path(name) if name else None


def _choose_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, title, "", options=_OPTIONS | QFileDialog.ShowDirsOnly
    )
    _forget_history()
    return Path(name) if name else None


class FileDialogs:
    def open_card(self, parent: QWidget) -> Path | None:
        return _open_file(
            parent,
            QCoreApplication.translate("FileDialogs", "Choose the office card"),
            QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)"),
        )

    def open_attachments(self, parent: QWidget) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("FileDialogs", "Add attachments"),
            "",
            "",
            options=_OPTIONS,
        )
        _forget_history()
        return [Path(n) for n in names]

    def choose_export_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Export the bundle to…")
        )

    def choose_card_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Save your key card in…")
        )

    def open_receipt(self, parent: QWidget) -> Path | None:
        return _open_file(
            parent,
            QCoreApplication.translate("FileDialogs", "Import a receipt"),
            receipt_filter(),
        )


def receipt_filter() -> str:
    """The receipt dialog's name filter: the bundle room's one receipt file name pattern."""
    from intake_app.bundle.receipt import RECEIPT_GLOB  # not needed for the first screen

    return QCoreApplication.translate("FileDialogs", "Receipts (%1);;All files (*)").replace(
        "%1", RECEIPT_GLOB)
