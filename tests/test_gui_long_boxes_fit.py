"""The question to remove many attachments and the export outcome with signals left out fit the
screen (review r12ae-6: at 1.5× on 1024×600, 683×400 logical pixels, the remove question from 12
long file names on and the export outcome with 6 signals left out ran below the screen with
their buttons). The list in the text is cut, the rest counted, and all of it is in the details
box, which scrolls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from gui_screens import buttons_off_screen, frame_problems, inside
from liaison_fixtures import fast_session, make_office, sealed_file, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

ATTACHMENTS = 25
SEALED = 12


class AllAtOnce(Answers):
    """Answers the attachment chooser with every one of `files` at once."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__()
        self.files = files

    def open_attachments(self, parent):
        return list(self.files)


def _fits_with_details(qtbot, box: QMessageBox) -> None:
    screen = box.screen().availableGeometry()
    assert inside(box, screen) and frame_problems(box) == [], (box.frameGeometry(), screen)
    assert buttons_off_screen(box) == []
    toggles = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ActionRole]
    for toggle in toggles:  # "Show Details…": the whole list, and still on the screen
        qtbot.mouseClick(toggle, Qt.LeftButton)
        details = box.findChild(QTextEdit)
        assert details.isVisible() and inside(details, screen)
        assert frame_problems(box) == [] and buttons_off_screen(box) == []
        qtbot.mouseClick(toggle, Qt.LeftButton)
        assert frame_problems(box) == [] and buttons_off_screen(box) == []


def test_the_question_to_remove_25_long_named_attachments_fits_the_screen(
        qtbot, tmp_path: Path) -> None:
    files = []
    for number in range(ATTACHMENTS):
        file = tmp_path / f"WhatsApp Image 2026-11-03 at 14.23.{number:02} - van de broer.bin"
        file.write_bytes(b"not a kind of file that can be cleaned")
        files.append(file)
    editor = SignalEditor(AllAtOnce(files))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.attachments_panel
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == ATTACHMENTS, timeout=20000)
    panel.list.selectAll()
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    question = panel.remove_question
    qtbot.waitUntil(question.isVisible)
    assert f"{ATTACHMENTS} attachments" in question.text()
    every_name = question.text() + "\n" + question.detailedText()
    assert all(file.name in every_name for file in files)
    _fits_with_details(qtbot, question)
    (keep,) = [b for b in question.buttons() if b.text().replace("&", "") == "Keep them"]
    qtbot.mouseClick(keep, Qt.LeftButton)
    assert panel.list.count() == ATTACHMENTS


def test_the_export_outcome_with_6_signals_left_out_fits_the_screen(
        qtbot, tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    ids = [session.seal(session.record(signal_fields())).id for _ in range(SEALED)]
    session.lock()
    for item_id in ids[:SEALED // 2]:
        sealed_file(tmp_path / "profile", item_id).unlink()
    answers = Answers()
    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    window = unlocked_window(qtbot, tmp_path / "profile", answers)
    page = window.workspace
    page.delivery.export_to(answers.folder)
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.isVisible(), timeout=60000)
    outcome = page.outcome
    (bundle,) = answers.folder.iterdir()
    assert str(bundle) in outcome.text()  # where it was written stays in the text
    _fits_with_details(qtbot, outcome)
    qtbot.mouseClick(outcome.button(QMessageBox.Ok), Qt.LeftButton)
    window.lock()


@pytest.mark.parametrize("test", ["test_the_question_to_remove_25_long_named_attachments_fits_"
                                  "the_screen",
                                  "test_the_export_outcome_with_6_signals_left_out_fits_the_"
                                  "screen"])
def test_at_one_and_a_half_scale_on_1024_by_600_too(test: str) -> None:
    """The tests above at 683x400 logical pixels, Qt scaling from the start (a child process)."""
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         f"{tests}::{test}"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
