"""The seal question names each draft whose text may identify someone (category, date) and the
words found in it (review r12v F11: "the text of 1 signal may identify someone: an e-mail
address, a phone number" said neither which of the drafts nor what to look for)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
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
