"""File choosers handed to screens as one object, so tests can answer them without patching.

Qt's own (non-native) dialogs are used so that no recent-files list of the desktop remembers
what the liaison opened (DESIGN.md threat model 2). Qt's dialog itself writes the folders it
visited to its settings file (QtProject.conf) when it closes; `_forget_history` erases them.

Each chooser (the office card, attachments, the export folder, the key card's folder, the
receipt) opens in the folder it was last answered in while the app runs (kept in memory only,
never written down); the first time, the export and receipt choosers open on a removable drive
where one is plugged in, and the others (and those two without a drive) in the Documents folder,
else home. Removable drives and the home folder are in its side bar, on Linux, macOS and Windows
(drive letters of removable media). Before, every chooser opened in the app's working folder,
for a person started from a menu a folder they never chose (review r12w F10), then all of them
in the folder the last one was answered in, wherever that was (review r12v F13).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLocale,
    QModelIndex,
    QSettings,
    QStandardPaths,
    QStorageInfo,
    QUrl,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QTreeView,
    QWidget,
)
from shiboken6 import Shiboken

from intake_app.ui.access import name_fields
from intake_app.ui.content_direction import NumbersDirectionDelegate
from intake_app.ui.fit import fit_to_screen, keep_on_screen

_OPTIONS = QFileDialog.DontUseNativeDialog
# The chooser's size where the screen has room (logical pixels): wide enough for the file
# names of a receipt or a key card beside the size, type and date columns.
CHOOSER_SIZE = (900, 560)
# A chooser narrower than this (logical pixels; a 1024×600 laptop at 1.5× scale gives 683)
# leaves out the type column, which the file filter and the name's extension also tell: with
# it, a receipt's name ("receipt-<32 hex digits>.json") was cut.
TYPE_COLUMN_WIDTH = 760
SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3  # of Qt's file model
#: Where removable drives are mounted for the person (Linux desktops, macOS).
MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")

# Windows' GetDriveTypeW answer for a drive a person plugs in (a USB stick, a card).
DRIVE_REMOVABLE = 2
# The choosers, by what they are for; those in STICK_KINDS start on a removable drive.
KINDS = ("card", "attachments", "export", "my_card", "receipt")
STICK_KINDS = ("export", "receipt")

_last_folders: dict[str, Path] = {}  # kind -> where it was last answered, in this run only


def start_folder(kind: str = "") -> str:
    """Where the chooser for `kind` opens: where it was last answered while that folder exists,
    else (export, receipt) the first removable drive, else Documents, else home ("" where
    there is none of them: Qt's own choice; in a folder that does not exist Qt's dialog never
    finished)."""
    sticks = removable_folders() if kind in STICK_KINDS and kind not in _last_folders else []
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    for folder in (_last_folders.get(kind), *sticks, Path(documents) if documents else None,
                   Path(QDir.homePath())):
        if folder is not None and folder.is_dir():
            return str(folder)
    return ""


def is_removable_root(root: str, platform: str = sys.platform,
                      drive_type: Callable[[str], int] | None = None) -> bool:
    """Whether a mounted volume at `root` is a drive a person plugs in: under a mount folder
    for removable media on Linux and macOS (MOUNT_PARENTS); on Windows a drive letter whose
    drive type is removable (`drive_type`: GetDriveTypeW, asked for the root such as "E:/")."""
    if platform == "win32":
        if len(root) < 2 or root[1] != ":":
            return False
        return (drive_type or _windows_drive_type)(root[:2] + "\\") == DRIVE_REMOVABLE
    return (root.rstrip("/") + "/").startswith(MOUNT_PARENTS)


def _windows_drive_type(root: str) -> int:
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def removable_folders() -> list[Path]:
    """The mounted drives a person plugs in (a USB stick), for the chooser's side bar and the
    export's and receipt's first folder; from Qt's storage listing on every platform."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and is_removable_root(root):
            found.append(Path(root))
    return found


def _forget_history() -> None:
    """Remove the visited-folder history that Qt's file dialog saves on closing."""
    settings = QSettings(QSettings.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


class ChooserCellDelegate(NumbersDirectionDelegate):
    """The chooser's size and date cells in the locale of the UI's language. Qt's file model
    writes them in the system's locale (QLocale::system()): under C.UTF-8 a date read
    "30 11 2026 13:38" in Dutch and in English (review r12z R7), and an English window on a
    Dutch system had Dutch dates. A folder's size cell stays empty, as Qt leaves it."""

    def shown_text(self, index: QModelIndex, text: str) -> str:
        model = index.model()
        if not isinstance(model, QFileSystemModel):
            return text
        if index.column() == SIZE_COLUMN and not model.isDir(index):
            return QLocale().formattedDataSize(model.size(index))
        if index.column() == DATE_COLUMN:
            from intake_app.ui.texts import local_moment  # the first screen does without it

            return local_moment(model.lastModified(index))
        return text


class FileChooser(QFileDialog):
    """Qt's own file dialog, sized to the screen and placed inside it below the menu bar,
    with the size, type and date columns as wide as what they show.

    Qt gives the date column the width of "10/29/81 02:02PM": a Dutch or English date with a
    four-digit year was cut to "29 11 2…6 20:26" at every screen size (review r12u F11).
    """

    def __init__(self, parent: QWidget | None, title: str, filters: str = "",
                 kind: str = "") -> None:
        """`kind`: which chooser this is (KINDS), for the folder it opens in."""
        super().__init__(parent, title, start_folder(kind), filters)
        self.kind = kind
        self.setOptions(_OPTIONS)
        self.setSidebarUrls([QUrl.fromLocalFile(str(folder)) for folder in
                             (Path(QDir.homePath()), *removable_folders()) if folder.is_dir()])
        self.setViewMode(QFileDialog.Detail)
        # "Look in", the file name and the file type have labels only as buddies: named after
        # them, as every field of the app's own screens is (review r12x X15).
        name_fields(self)
        fit_to_screen(self, *CHOOSER_SIZE)
        tree = self.findChild(QTreeView, "treeView")
        if tree is not None:  # Qt's widget dialog has it; the columns fit what they show
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.Stretch)
            for column in range(1, header.count()):
                header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
            # Sizes and dates read left to right in a mirrored window too, in the UI's locale.
            tree.setItemDelegate(ChooserCellDelegate(tree))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            keep_on_screen(self)
        self._fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        tree = self.findChild(QTreeView, "treeView")
        if tree is not None:
            tree.setColumnHidden(TYPE_COLUMN, self.width() < TYPE_COLUMN_WIDTH)


def _ask(dialog: FileChooser) -> list[Path]:
    """Run the chooser; the chosen paths ([] when cancelled, or closed by a lock)."""
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.Accepted else []
        if chosen and chosen[0]:
            _last_folders[dialog.kind] = Path(dialog.directory().absolutePath())
    finally:
        # Deleted now, not later: Qt's dialog writes the folders it visited to its settings
        # as it is destroyed, and only then can they be erased.
        Shiboken.delete(dialog)
        _forget_history()
    return [Path(name) for name in chosen if name]


def file_chooser(parent: QWidget, title: str, filters: str, kind: str = "") -> FileChooser:
    """A chooser for one existing file (not yet shown)."""
    dialog = FileChooser(parent, title, filters, kind)
    dialog.setFileMode(QFileDialog.ExistingFile)
    return dialog


def files_chooser(parent: QWidget, title: str, kind: str = "attachments") -> FileChooser:
    """A chooser for one or more existing files (not yet shown)."""
    dialog = FileChooser(parent, title, kind=kind)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    return dialog


def folder_chooser(parent: QWidget, title: str, kind: str = "") -> FileChooser:
    """A chooser for a folder (not yet shown)."""
    dialog = FileChooser(parent, title, kind=kind)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly)
    return dialog


def save_chooser(parent: QWidget, title: str, filters: str, file_name: str,
                 kind: str = "") -> FileChooser:
    """A chooser for a file to write (not yet shown): any name may be typed, `file_name` is
    suggested, and Qt asks before one that exists is replaced."""
    dialog = FileChooser(parent, title, filters, kind)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setFileMode(QFileDialog.AnyFile)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    dialog.selectFile(file_name)
    return dialog


def _open_file(parent: QWidget, title: str, filters: str, kind: str) -> Path | None:
    chosen = _ask(file_chooser(parent, title, filters, kind))
    return chosen[0] if chosen else None


def _choose_folder(parent: QWidget, title: str, kind: str) -> Path | None:
    chosen = _ask(folder_chooser(parent, title, kind))
    return chosen[0] if chosen else None


class FileDialogs:
    """The window's file choosers, one method each (tests answer them with a subclass)."""

    def open_card(self, parent: QWidget) -> Path | None:
        return _open_file(
            parent,
            QCoreApplication.translate("FileDialogs", "Choose the office card"),
            QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)"),
            "card",
        )

    def open_office_cards(self, parent: QWidget) -> list[Path]:
        """The office's new card, or several (the cards in between, or the office's
        office-chain.cards) for a liaison who missed a rotation; [] when cancelled."""
        dialog = file_chooser(
            parent,
            QCoreApplication.translate(
                "FileDialogs", "Choose the office's new card (or all the cards in between)"),
            QCoreApplication.translate("FileDialogs",
                                       "Office cards (*.card *.cards);;All files (*)"),
            "card",
        )
        dialog.setFileMode(QFileDialog.ExistingFiles)
        return _ask(dialog)

    def open_attachments(self, parent: QWidget) -> list[Path]:
        return _ask(files_chooser(
            parent, QCoreApplication.translate("FileDialogs", "Add attachments")))

    def choose_export_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Export the bundle to…"), "export"
        )

    def choose_unlisted_folder(self, parent: QWidget) -> Path | None:
        return _choose_folder(
            parent, QCoreApplication.translate("FileDialogs", "Save the sealed files in…"),
            "export",
        )

    def save_card_as(self, parent: QWidget, file_name: str) -> Path | None:
        """Where to save the liaison's key card: a Save dialog suggesting `file_name` (review
        r12aa A9: a folder chooser, where a typed file name met Qt's "folder not found")."""
        chosen = _ask(save_chooser(
            parent, QCoreApplication.translate("FileDialogs", "Save your key card as…"),
            QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)"),
            file_name, "my_card"))
        return chosen[0] if chosen else None

    def open_receipt(self, parent: QWidget) -> Path | None:
        return _open_file(
            parent,
            QCoreApplication.translate("FileDialogs", "Import a receipt"),
            receipt_filter(),
            "receipt",
        )


def receipt_filter() -> str:
    """The receipt dialog's name filter: the bundle room's one receipt file name pattern."""
    from intake_app.bundle.receipt import RECEIPT_GLOB  # not needed for the first screen

    return QCoreApplication.translate("FileDialogs", "Receipts (%1);;All files (*)").replace(
        "%1", RECEIPT_GLOB)


def warm_up_dialogs(parent: QWidget) -> None:
    """Draw a question box and a progress dialog once, off screen, while the person types the
    passphrase: the first of each in a process pays for its style sheet rules, button icons and
    glyphs (about 10 ms of the GUI thread), which otherwise fell inside the first Seal or Export
    click, and inside a seal once its progress dialog showed."""
    question = QMessageBox(QMessageBox.Question, " ", " ", QMessageBox.Yes | QMessageBox.No,
                           parent)
    progress = QProgressDialog(" ", " ", 0, 1, parent)
    for dialog in (question, progress):
        dialog.grab()
        dialog.deleteLater()
