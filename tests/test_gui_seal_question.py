"""The seal question names each draft whose text may identify someone (category, date) and the
words found in it (review r12v F11: "the text of 1 signal may identify someone: an e-mail
address, a phone number" said neither which of the drafts nor what to look for)."""

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


def test_the_seal_question_names_the_draft_with_identifiers_and_the_words_found(
    qtbot, tmp_path: Path
) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.record(signal_fields(
        category="intimidation", period={"kind": "date", "start": "2025-03-07", "end": None},
        description="He called from +31 6 12345678 and wrote from boss@example.org."))
    session.record(signal_fields(
        category="family_pressure", period={"kind": "date", "start": "2025-02-14", "end": None},
        description="Someone followed her home."))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    confirm = page.confirm
    assert confirm.isVisible()
    text = confirm.text()
    assert "the text of 1 signal may identify someone" in text
    flagged = [line.replace("\u2066", "").replace("\u2069", "")  # the date's isolate marks
               for line in text.splitlines() if line.startswith("\u26a0")]
    # The flagged draft, as its row names it, with each hit in its own words.
    assert flagged == ["\u26a0 Intimidation or threats, 07/03/2025: a phone number"
                       " “+31 6 12345678”; an e-mail address “boss@example.org”"]
    assert "Pressure on family" not in text  # the clean one is not named
    assert confirm.textFormat() == Qt.PlainText  # typed words are never read as markup
    qtbot.mouseClick(confirm.button(QMessageBox.No), Qt.LeftButton)
    window.lock()


def test_the_seal_question_names_a_handle_and_addresses_with_house_number_suffixes(
    qtbot, tmp_path: Path
) -> None:
    """Review r12x X12: a social-media handle, a house number with a suffix and a many-word
    "Laan van …" street were not pointed out at all."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.record(signal_fields(
        category="intimidation", period={"kind": "date", "start": "2025-03-07", "end": None},
        description="Instagram @fatma_y1985 posted Oudegracht 45bis and "
                    "Laan van Nieuw Oost-Indië 12."))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    confirm = page.confirm
    flagged = [line.replace("\u2066", "").replace("\u2069", "")
               for line in confirm.text().splitlines() if line.startswith("\u26a0")]
    assert flagged == ["\u26a0 Intimidation or threats, 07/03/2025: a social media handle (@name)"
                       " “@fatma_y1985”; a street with house number “Oudegracht 45bis”;"
                       " a street with house number “Laan van Nieuw Oost-Indië 12”"]
    qtbot.mouseClick(confirm.button(QMessageBox.No), Qt.LeftButton)
    window.lock()


def test_with_many_drafts_named_the_seal_question_keeps_yes_and_no_on_the_screen(
    qtbot, tmp_path: Path
) -> None:
    """Review r12y R15: fourteen drafts that may identify someone made the question 880 px tall
    at 1024x600 (2097 at 1.5x), Yes and No below the screen. The lists are cut until it fits,
    and the question says how many more are listed, all of them, under its details (30 drafts
    here: this test's English lines are shorter than the review's Dutch ones)."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    for number in range(30):
        session.record(signal_fields(
            description=f"Report {number}: call 06-1234567{number % 10} or mail "
                        f"p{number}@example.org."))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.mouseClick(page.seal_all_button, Qt.LeftButton)
    # More than SYNC_CHECKS drafts: a worker checks them, then the question shows.
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible(), timeout=30000)
    confirm = page.confirm
    assert buttons_off_screen(confirm) == [] and frame_problems(confirm) == []
    assert {confirm.button(QMessageBox.Yes).text(), confirm.button(QMessageBox.No).text()} <= {
        button.text() for button in confirm.buttons()}
    # "Show Details…" too (review r12z R3: its box fell below the screen, one line of it seen,
    # and the question's title bar stood above the screen).
    (details_button,) = [b for b in confirm.buttons()
                         if confirm.buttonRole(b) == QMessageBox.ActionRole]
    qtbot.mouseClick(details_button, Qt.LeftButton)
    details = confirm.findChild(QTextEdit)
    assert details.isVisible()
    screen = confirm.screen().availableGeometry()
    assert inside(details, screen), (details.mapToGlobal(details.rect().topLeft()), screen)
    assert buttons_off_screen(confirm) == [] and frame_problems(confirm) == []
    qtbot.mouseClick(details_button, Qt.LeftButton)  # hidden again: still on the screen
    assert not details.isVisible() and frame_problems(confirm) == []
    text = confirm.text()
    assert "the text of 30 signals may identify someone" in text
    named = [line for line in text.splitlines() if line.startswith("\u26a0")]
    assert 0 < len(named) < 30
    assert f"…and {30 - len(named)} more, listed in the details." in text
    details = [line for line in confirm.detailedText().splitlines() if line.startswith("\u26a0")]
    assert len(details) == 30 and details[:len(named)] == named
    qtbot.mouseClick(confirm.button(QMessageBox.No), Qt.LeftButton)
    window.lock()


def test_at_one_and_a_half_scale_the_long_seal_question_keeps_yes_and_no_on_the_screen() -> None:
    """The same at 1024x600 and 1.5x (683x400 logical pixels), Qt scaling from the start."""
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         f"{tests}::test_with_many_drafts_named_the_seal_question_keeps_yes_and_no_on_the_screen"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
