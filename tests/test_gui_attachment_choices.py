"""Attachments in the editor: a file added is the only one chosen, removing several asks first
(review r12y R4: after a second file both were chosen and Remove dropped both, unasked), and
the status line never says a file is kept that is not yet stored (R11: "Kept in your vault,
encrypted." while an added file lived only in memory, and a kill lost it; now the autosave
stores it, and the line says so until it has)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.attachment_panel import NAME_ROLE
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")


class Picks(Answers):
    """Answers the attachment chooser with the next of `files`, one per question."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__()
        self.files = list(files)

    def open_attachments(self, parent):
        return [self.files.pop(0)]


def _files(tmp_path: Path) -> list[Path]:
    files = [tmp_path / "photo.txt", tmp_path / "video.txt"]
    for file in files:
        file.write_text("attached")
    return files


def _names(editor: SignalEditor) -> list[str]:
    return [path.name for path, _keep in editor.attachments()]


def test_an_added_file_is_the_only_one_chosen_and_removing_two_asks_naming_them(
        qtbot, tmp_path: Path) -> None:
    photo, video = _files(tmp_path)
    editor = SignalEditor(Picks([photo, video, video]))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    for _ in range(2):
        qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    assert [item.data(NAME_ROLE) for item in panel.list.selectedItems()] == ["video.txt"]
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)  # the one chosen, as asked: no question
    assert _names(editor) == ["photo.txt"] and panel.remove_question is None

    qtbot.mouseClick(panel.add_button, Qt.LeftButton)  # the video again
    panel.list.selectAll()
    for answer, left in (("Keep them", ["photo.txt", "video.txt"]), ("Remove them", [])):
        qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
        question = panel.remove_question
        qtbot.waitUntil(question.isVisible)
        assert "photo.txt" in question.text() and "video.txt" in question.text()
        assert "2 attachments" in question.text()
        assert question.defaultButton().text().replace("&", "") == "Keep them"
        (button,) = [b for b in question.buttons() if b.text().replace("&", "") == answer]
        qtbot.mouseClick(button, Qt.LeftButton)
        qtbot.waitUntil(lambda question=question: not question.isVisible())
        assert _names(editor) == left


def test_the_status_line_says_when_words_were_kept_and_an_added_file_until_it_is_stored(
        qtbot, tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Picks(_files(tmp_path)))
    page = window.workspace
    qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)
    editor = page.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(editor.form.description, "Typed, then a file.")
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    kept = editor.status.text()
    # With the time (review r12z R2: "Kept" read as if newer typing was kept too).
    assert re.fullmatch(r"Kept in your vault, encrypted, at \d\d:\d\d:\d\d\.", kept)
    qtbot.mouseClick(editor.attachments_panel.add_button, Qt.LeftButton)
    assert editor.status.text() == kept + " 1 added file is being stored in your vault."
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=30000)  # the autosave's
    assert "added file" not in editor.status.text()
    assert window.session.attachment_names(editor.draft_id) == ["photo.txt"]
    window.lock()
