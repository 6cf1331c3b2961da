"""File choosers handed to screens as one object, so tests can answer them without patching.

Qt's own (non-native) dialogs are used so that no recent-files list of the desktop remembers
what the liaison opened (DESIGN.md threat model 2). Qt's dialog itself writes the folders it
visited to its settings file (QtProject.conf) when it closes; `_forget_history` erases them.

A chooser opens in the folder the last one was answered in, while the app runs (kept in memory
only, never written down), else in the home folder; removable drives and the home folder are in
its side bar. Before, every chooser opened in the app's working folder, for a person started
from a menu a folder they never chose (review r12w F10).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QSettings, QStorageInfo, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget
from shiboken6 import Shiboken

from intake_app.ui.fit import fit_to_screen, keep_on_screen

_OPTIONS = QFileDialog.DontUseNativeDialog
# The chooser's size where the screen has room (logical pixels): wide enough for the file
# names of a receipt or a key card beside the size, type and date columns.
CHOOSER_SIZE = (900, 560)
#: Where removable drives are mounted for the person (Linux desktops, macOS).
MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")

_last_folder: Path | None = None  # where the last chooser was answered, in this run only


def start_folder() -> str:
    """Where a chooser opens: the last answered one's folder while it exists, else home (""
    where there is no home folder: Qt's own choice; in a folder that does not exist Qt's
    dialog never finished)."""
    for folder in (_last_folder, Path(QDir.homePath())):
        if folder is not None and folder.is_dir():
            return str(folder)
    return ""


def removable_folders() -> list[Path]:
    """The mounted drives a person plugs in (a USB stick), for the chooser's side bar."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and root.startswith(MOUNT_PARENTS):
            found.append(Path(root))
    return found


def _forget_history() -> None:
    """Remove the visited-folder history that Qt's file dialog saves on closing."""
    settings = QSettings(QSettings.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


class FileChooser(QFileDialog):
    """Qt's own file dialog, sized to the screen and placed inside it below the menu bar,
    with the size, type and date columns as wide as what they show.

    Qt gives the date column the width of "10/29/81 02:02PM": a Dutch or English date with a
    four-digit year was cut to "29 11 2…6 20:26" at every screen size (review r12u F11).
    """

    def __init__(self, parent: QWidget | None, title: str, filters: str = "") -> None:
        super().__init__(parent, title, start_folder(), filters)
        self.setOptions(_OPTIONS)
        self.setSidebarUrls([QUrl.fromLocalFile(str(folder)) for folder in
                             (Path(QDir.homePath()), *removable_folders()) if folder.is_dir()])
        self.setViewMode(QFileDialog.Detail)
        fit_to_screen(self, *CHOOSER_SIZE)
        tree = self.findChild(QTreeView, "treeView")
        if tree is not None:  # Qt's widget dialog has it; the columns fit what they show
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.Stretch)
            for column in range(1, header.count()):
                header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            keep_on_screen(self)


def _ask(dialog: FileChooser) -> list[Path]:
    """Run the chooser; the chosen paths ([] when cancelled, or closed by a lock)."""
    global _last_folder
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.Accepted else []
        if chosen and chosen[0]:
            _last_folder = Path(dialog.directory().absolutePath())
    finally:
        # Deleted now, not later: Qt's dialog writes the folders it visited to its settings
        # as it is destroyed, and only then can they be erased.
        Shiboken.delete(dialog)
        _forget_history()
    return [Path(name) for name in chosen if name]


def file_chooser(parent: QWidget, title: str, filters: str) -> FileChooser:
    """A chooser for one existing file (not yet shown)."""
    dialog = FileChooser(parent, title, filters)
    dialog.setFileMode(QFileDialog.ExistingFile)
    return dialog


def files_chooser(parent: QWidget, title: str) -> FileChooser:
    """A chooser for one or more existing files (not yet shown)."""
    dialog = FileChooser(parent, title)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    return dialog


def folder_chooser(parent: QWidget, title: str) -> FileChooser:
    """A chooser for a folder (not yet shown)."""
    dialog = FileChooser(parent, title)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly)
    return dialog


def _open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen = _ask(file_chooser(parent, title, filters))
    return chosen[0] if chosen else None


def _choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = _ask(folder_chooser(parent, title))
    return chosen[0] if chosen else None


class FileDialogs:
    def open_card(self, parent: QWidget) -> Path | None:
        return _open_file(
            parent,
            QCoreApplication.translate("FileDialogs", "Choose the office card"),
            QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)"),
        )

    def open_attachments(self, parent: QWidget) -> list[Path]:
        return _ask(files_chooser(
            parent, QCoreApplication.translate("FileDialogs", "Add attachments")))

    def choose_export_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Export the bundle to…")
        )

    def choose_unlisted_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Save the sealed files in…")
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
