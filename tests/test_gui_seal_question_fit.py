"""The seal question fits the screen with its details shown, when its lists cannot be cut far
enough (review r12ac-7: at 1.5× on 1024×600, 683×400 logical pixels, the details of a question
naming drafts that may identify someone, attachments with hidden data and unfinished drafts ran
30 px below the screen: the lines it keeps whatever it cuts, and the details box below them,
were taller than the room). The details box gives up the height that is missing, and its
lines scroll."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from gui_screens import buttons_off_screen, frame_problems, inside
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")


def test_the_seal_question_naming_everything_fits_the_screen_with_its_details_shown(
        qtbot, tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    for number in range(12):
        draft_id = session.record(signal_fields(
            description=f"Report {number}: call 06-1234567{number % 10} or mail "
                        f"p{number}@example.org."))
        recording = tmp_path / f"recording-{number}.bin"
        recording.write_bytes(b"not a kind of file that can be cleaned")
        session.attach(draft_id, recording)
    for number in range(3):
        session.save_draft({"description": f"Unfinished {number}"})
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible(), timeout=30000)
    confirm = page.confirm
    assert "3 drafts are not complete" in confirm.text()
    (details_button,) = [b for b in confirm.buttons()
                         if confirm.buttonRole(b) == QMessageBox.ActionRole]
    qtbot.mouseClick(details_button, Qt.LeftButton)
    details = confirm.findChild(QTextEdit)
    assert details.isVisible()
    screen = confirm.screen().availableGeometry()
    assert inside(details, screen), (details.mapToGlobal(details.rect().topLeft()), screen)
    assert inside(confirm, screen) and frame_problems(confirm) == []
    assert buttons_off_screen(confirm) == []
    assert details.height() >= 3 * details.fontMetrics().lineSpacing()  # lines to read
    qtbot.mouseClick(details_button, Qt.LeftButton)  # hidden again: still on the screen
    assert not details.isVisible() and frame_problems(confirm) == []
    assert buttons_off_screen(confirm) == []
    qtbot.mouseClick(confirm.button(QMessageBox.No), Qt.LeftButton)
    window.lock()


def test_at_one_and_a_half_scale_on_1024_by_600_too() -> None:
    """The test above at 683x400 logical pixels, Qt scaling from the start (a child process)."""
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         f"{tests}::test_the_seal_question_naming_everything_fits_the_screen_with_its_details_"
         "shown"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
