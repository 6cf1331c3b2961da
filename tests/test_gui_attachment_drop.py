"""Files dropped on the editor's attachment area are listed, each saying its fate, and what
is not a file on this laptop (a folder, a web link, a path gone) is named with why, not ignored
(task b12 line 3, issue 12: drag-and-drop was tested by calling the handler, and a dropped
folder or link did nothing without a word). The events go through Qt's event delivery."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_kit import jpeg_with_gps
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

#: Listed by the file system as a regular file, yet every read of it fails (EIO), root or not.
UNREADABLE = Path("/proc/self/mem")


def _drop(qtbot, widget, urls: list[QUrl]) -> None:
    """Drag `urls` over `widget` and drop them, as Qt delivers a drag from a file manager."""
    data = QMimeData()
    data.setUrls(urls)
    where = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(where.toPoint(), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.CopyAction
    drop = QDropEvent(where, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def test_dropped_files_are_listed_and_a_folder_a_link_and_a_missing_file_are_named(
        qtbot, tmp_path: Path) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_gps())
    folder = tmp_path / "Holiday pictures"
    folder.mkdir()
    gone = tmp_path / "deleted.jpg"
    _drop(qtbot, panel, [QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(folder)),
                         QUrl("https://example.org/video.mp4"), QUrl.fromLocalFile(str(gone)),
                         QUrl.fromLocalFile(str(UNREADABLE))])
    assert editor.attachments() == [(photo, False), (UNREADABLE, False)]
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=20000)  # forecasts on a worker
    lines = [panel.list.item(row).text() for row in range(panel.list.count())]
    first, then = lines  # each name in a bidi isolate
    assert first.startswith("\u2068photo.jpg\u2069") and "cleaned" in first
    assert "\u26a0" not in first
    assert then.startswith("\u2068mem") and "\u26a0" in then and "cannot be read" in then
    assert panel.refused.isVisible()
    assert panel.refused.text().splitlines() == [
        "\u26a0 Not added: \u2068Holiday pictures\u2069 is a folder; add the files in it.",
        "\u26a0 Not added: \u2068https://example.org/video.mp4\u2069 is not a file on this "
        "laptop; save it here first, then add it.",
        "\u26a0 Not added: \u2068deleted.jpg\u2069 cannot be found or is not a file.",
    ]
    # A drop with only files says nothing of the refused ones before.
    second = tmp_path / "second.jpg"
    second.write_bytes(jpeg_with_gps())
    _drop(qtbot, panel, [QUrl.fromLocalFile(str(second))])
    assert not panel.refused.isVisible()
    assert [path for path, _keep in editor.attachments()] == [photo, UNREADABLE, second]


def _file_manager_drag(widget, urls: list[QUrl], text: str, modifiers) -> tuple[bool, object]:
    """Drag and drop as a file manager offers a file: its link and its path as text, allowing a
    copy or a move (Shift proposes the move). Whether both were accepted, and as what."""
    data = QMimeData()
    data.setUrls(urls)
    data.setText(text)
    where = QPointF(widget.width() / 2, widget.height() / 2)
    allowed = Qt.CopyAction | Qt.MoveAction
    enter = QDragEnterEvent(where.toPoint(), allowed, data, Qt.LeftButton, modifiers)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(where, allowed, data, Qt.LeftButton, modifiers)
    QApplication.sendEvent(widget, drop)
    actions = {enter.dropAction(), drop.dropAction()}
    return enter.isAccepted() and drop.isAccepted(), actions


@pytest.mark.parametrize("modifiers", [Qt.NoModifier, Qt.ShiftModifier])
def test_a_file_dropped_on_the_story_or_a_field_is_attached_as_a_copy_never_typed_in(
        qtbot, tmp_path: Path, modifiers) -> None:
    """Review r12z R14: dropped on the story, the path (folders named after the reporter) went
    into the testimony and was saved, and a move was accepted."""
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    folder = tmp_path / "Jan Jansen Rotterdam"
    folder.mkdir()
    photo = folder / "IMG_0001.jpg"
    photo.write_bytes(jpeg_with_gps())
    url = QUrl.fromLocalFile(str(photo))
    story, place = editor.form.description, editor.form.impact_notes
    for field, target in ((story, story.viewport()), (place, place)):
        before = field.toPlainText() if field is story else field.text()
        accepted, actions = _file_manager_drag(target, [url], url.toString(), modifiers)
        assert accepted and actions == {Qt.CopyAction}
        assert (field.toPlainText() if field is story else field.text()) == before
    assert editor.attachments() == [(photo, False)]  # the same file twice is one line
    assert photo.exists()
    qtbot.waitUntil(lambda: editor.attachments_panel.checking() == 0, timeout=20000)
