"""Qt's file chooser, as the window opens it (ui/dialogs.py): every column of its list reads
whole, in Dutch and English, on a 1024×600 laptop and at 1366×768, and it lies inside the
screen. Qt sized the date column for "10/29/81 02:02PM", so the import-receipt, office-card
and attachment choosers cut every date to "29 11 2…6 20:26" (review r12u F11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from intake_app.ui.dialogs import (
    TYPE_COLUMN_WIDTH,
    file_chooser,
    files_chooser,
    folder_chooser,
    receipt_filter,
)
from intake_app.ui.i18n_loader import set_ui_language

RECEIPT = "receipt-5f0c2a9e41b7d3086e1c4a2b9d7f3e10.json"


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """What a liaison's stick holds: a receipt as the office names it, a card, a photo, a
    folder."""
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / RECEIPT).write_text("{}" * 900)
    (stick / "office.card").write_bytes(b"c" * 700)
    (stick / "IMG_20261129_142301.jpg").write_bytes(b"j" * 2_345_678)
    (stick / "Seinpost-export").mkdir()
    return stick


def _opened(qtbot, make, folder: Path, rows: int):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = make(parent)
    dialog.setDirectory(str(folder))
    dialog.open()  # as exec() shows it, without a loop of its own
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == rows)
    for _ in range(40):  # the columns follow the rows as they come in (delayed layout)
        if not _cut_columns(tree):
            break
        qtbot.wait(50)
    dialog.keep_parent = parent  # qtbot holds widgets weakly
    return dialog, tree


def _cut_columns(tree: QTreeView) -> dict[str, tuple[int, int]]:
    """Columns narrower than their widest shown text or their heading: {heading: (shown
    width, needed width)}."""
    header = tree.header()
    cut = {}
    for column in range(header.count()):
        if header.isSectionHidden(column):  # the type column of a narrow chooser
            continue
        needed = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed:
            heading = tree.model().headerData(column, Qt.Horizontal)
            cut[heading] = (header.sectionSize(column), needed)
    return cut


#: name: (how the window builds it, the rows it lists: the matching files and the folder)
CHOOSERS = {
    "import receipt": (lambda p: file_chooser(p, "Import a receipt", receipt_filter()), 2),
    "office card": (lambda p: file_chooser(p, "Choose the office card",
                                           "Key cards (*.card);;All files (*)"), 2),
    "attachments": (lambda p: files_chooser(p, "Add attachments"), 4),
    "export folder": (lambda p: folder_chooser(p, "Export the bundle to…"), 1),
}


@pytest.mark.parametrize("chooser", list(CHOOSERS))
def test_every_column_of_the_chooser_reads_whole_and_it_lies_inside_the_screen(
    qtbot, folder: Path, language: str, chooser: str
) -> None:
    make, rows = CHOOSERS[chooser]
    dialog, tree = _opened(qtbot, make, folder, rows)
    header = tree.header()
    assert header.count() == 4  # name, size, type, date modified
    shown = [c for c in range(4) if not header.isSectionHidden(c)]
    # The type only where the width has room for it (the filter says it too): never the others.
    assert shown == ([0, 1, 2, 3] if dialog.width() >= TYPE_COLUMN_WIDTH else [0, 1, 3])
    assert _cut_columns(tree) == {}
    # …and all of them in view at once, beside the side bar: nothing to scroll to.
    assert sum(header.sectionSize(c) for c in shown) <= tree.viewport().width()
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    dialog.reject()


def test_a_folder_in_a_dutch_chooser_is_of_type_map(qtbot, folder: Path) -> None:
    """Qt 6 asks "Folder" in a context Qt's Dutch catalogue does not have (ours has it)."""
    set_ui_language("nl")
    try:
        dialog, tree = _opened(qtbot, CHOOSERS["attachments"][0], folder, 4)
        model, root = tree.model(), tree.rootIndex()
        types = {model.index(r, 0, root).data(): model.index(r, 2, root).data()
                 for r in range(model.rowCount(root))}
        assert types["Seinpost-export"] == "Map"
        dialog.reject()
    finally:
        set_ui_language("en")


@pytest.mark.parametrize("screen, scale", [("1366x768", "1"), ("1024x600", "1.5")],
                         ids=["1366x768", "1024x600@1.5"])
def test_at_other_screens_every_column_of_every_chooser_reads_whole(screen, scale) -> None:
    """The test above again, in a child process with a 1366×768 screen, and with a 1024×600
    one at 1.5× scale (683×400 logical pixels), as Qt applies QT_SCALE_FACTOR from the start
    for a person (it ran only at 1.0×: r12v F5 found Cancel below the screen at 1.5×)."""
    tests = Path(__file__).resolve()
    env = {**os.environ, SCREEN_VARIABLE: screen, "QT_SCALE_FACTOR": scale,
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{tests}::test_every_column_of_the_chooser_reads_whole_and_it_lies_inside_the_screen"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "8 passed" in done.stdout


def test_each_chooser_opens_in_documents_then_where_it_was_last_answered(
    qtbot, tmp_path: Path, folder: Path, monkeypatch
) -> None:
    """Review r12w F10: every chooser opened in the app's working folder (the source tree);
    review r12v F13: then each opened where any other one had been answered."""
    import intake_app.ui.dialogs as dialogs

    home = tmp_path / "home"
    home.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    monkeypatch.setattr(dialogs, "_last_folders", {})
    monkeypatch.setattr(dialogs, "removable_folders", lambda: [])  # no stick in this test
    parent = QWidget()
    qtbot.addWidget(parent)

    def opens_in(make) -> Path:
        dialog = make(parent)
        try:
            return Path(dialog.directory().absolutePath())
        finally:
            dialog.deleteLater()

    assert opens_in(lambda p: folder_chooser(p, "Export", "export")) == home  # no Documents
    documents = home / "Documents"
    documents.mkdir()
    assert opens_in(lambda p: folder_chooser(p, "Export", "export")) == documents
    home_url = dialogs.QUrl.fromLocalFile(str(home))
    chooser = file_chooser(parent, "Card", "All files (*)", "card")
    assert home_url in chooser.sidebarUrls()
    chooser.deleteLater()

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, dialogs.FileChooser) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, answer)
            return
        shown[0].setDirectory(str(folder))
        shown[0].selectFile(str(folder / "office.card"))
        shown[0].accept()

    QTimer.singleShot(0, answer)
    assert dialogs.FileDialogs().open_card(parent) == folder / "office.card"
    assert opens_in(lambda p: file_chooser(p, "Card", "All files (*)", "card")) == folder
    # The others each keep their own folder: the card's stick is not where attachments are.
    for make in (lambda p: folder_chooser(p, "Export", "export"),
                 lambda p: files_chooser(p, "Attachments"),
                 lambda p: folder_chooser(p, "My card", "my_card"),
                 lambda p: file_chooser(p, "Receipt", receipt_filter(), "receipt")):
        assert opens_in(make) == documents


@pytest.fixture
def stick(tmp_path: Path):
    """A removable drive as a desktop mounts it: a file system of its own under /media (a
    tmpfs; mounting needs root, as the tests run here)."""
    point = Path("/media") / f"seinpost-test-{os.getpid()}-{tmp_path.name}"
    point.mkdir(parents=True)
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "seinpost-stick", str(point)],
                       check=True, capture_output=True, timeout=30)
        try:
            yield point
        finally:
            subprocess.run(["umount", str(point)], check=True, capture_output=True, timeout=30)
    finally:
        point.rmdir()


def test_a_plugged_in_stick_is_in_the_side_bar_and_where_export_and_receipt_start(
    qtbot, tmp_path: Path, stick: Path, monkeypatch
) -> None:
    import intake_app.ui.dialogs as dialogs

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(dialogs, "_last_folders", {})
    assert stick in dialogs.removable_folders()  # from Qt's storage listing
    parent = QWidget()
    qtbot.addWidget(parent)
    for make in (lambda p: folder_chooser(p, "Export", "export"),
                 lambda p: file_chooser(p, "Receipt", receipt_filter(), "receipt")):
        dialog = make(parent)
        assert Path(dialog.directory().absolutePath()) == stick
        assert dialogs.QUrl.fromLocalFile(str(stick)) in dialog.sidebarUrls()
        dialog.deleteLater()
    attachments = files_chooser(parent, "Attachments")  # not a stick's business: Documents
    assert Path(attachments.directory().absolutePath()) == home / "Documents"
    attachments.deleteLater()


def test_windows_drive_letters_of_removable_media_count_as_sticks() -> None:
    """Windows mounts a stick as a drive letter (no /media): its drive type tells (asked of
    GetDriveTypeW on Windows; here a stand-in answers as Windows does: 2 removable, 3 fixed,
    4 network, 5 CD-ROM)."""
    from intake_app.ui.dialogs import is_removable_root

    types = {"C:\\": 3, "E:\\": 2, "F:\\": 2, "Z:\\": 4, "D:\\": 5}
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return types[root]

    chosen = [root for root in ("C:/", "D:/", "E:/", "F:/", "Z:/")
              if is_removable_root(root, "win32", drive_type)]
    assert chosen == ["E:/", "F:/"]
    assert asked == ["C:\\", "D:\\", "E:\\", "F:\\", "Z:\\"]
    assert not is_removable_root("//server/share/", "win32", drive_type)
    assert is_removable_root("/media/amira/STICK", "linux")
    assert is_removable_root("/Volumes/STICK", "darwin")
    assert not is_removable_root("/home", "linux")


def test_in_a_mirrored_chooser_sizes_and_dates_read_left_to_right(
    qtbot, qapp, folder: Path, english_ui
) -> None:
    """Review r12x: right to left, Qt's chooser showed "bytes 421", "KiB 2.84" and
    "08:38 2026 11 30"."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    qapp.setLayoutDirection(Qt.RightToLeft)
    try:
        dialog, tree = _opened(qtbot, CHOOSERS["attachments"][0], folder, 4)
        model, root = tree.model(), tree.rootIndex()
        row = next(r for r in range(model.rowCount(root))
                   if model.index(r, 0, root).data() == "IMG_20261129_142301.jpg")
        for column in (1, 3):  # the size, the date modified
            index = model.index(row, column, root)
            option = QStyleOptionViewItem()
            option.initFrom(tree.viewport())
            tree.itemDelegateForIndex(index).initStyleOption(option, index)
            assert any(char.isdigit() for char in option.text)
            assert option.direction == Qt.LeftToRight, (column, option.text)
            assert option.displayAlignment & Qt.AlignRight  # still on the leading side
        dialog.reject()
    finally:
        qapp.setLayoutDirection(Qt.LeftToRight)


SHOWN = {"nl": ("30-11-2026 13:38", "2,24 MiB"), "en": ("30/11/2026 13:38", "2.24 MiB")}


def test_the_chooser_shows_dates_and_sizes_in_the_language_of_the_window(
    qtbot, folder: Path, language: str
) -> None:
    """Review r12z R7: Qt's file model writes them in the system's locale, which under C.UTF-8
    made every date "30 11 2026 13:38" (no separators) in Dutch and English, and an English
    window on a Dutch system showed Dutch ones."""
    from datetime import datetime

    from PySide6.QtWidgets import QStyleOptionViewItem

    photo = folder / "IMG_20261129_142301.jpg"
    moment = datetime(2026, 11, 30, 13, 38).timestamp()  # local time, as the chooser shows it
    os.utime(photo, (moment, moment))
    dialog, tree = _opened(qtbot, CHOOSERS["attachments"][0], folder, 4)
    model, root = tree.model(), tree.rootIndex()
    row = next(r for r in range(model.rowCount(root))
               if model.index(r, 0, root).data() == photo.name)
    shown = []
    for column in (3, 1):  # the date modified, the size
        index = model.index(row, column, root)
        option = QStyleOptionViewItem()
        option.initFrom(tree.viewport())
        tree.itemDelegateForIndex(index).initStyleOption(option, index)
        shown.append(option.text)
    dialog.reject()
    assert tuple(shown) == SHOWN[language]
