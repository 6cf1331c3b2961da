"""Notes above the list do not outstay what they are about (review r12v F15): the keyring note
stood above every list view long after set-up, and status lines went stale (a warning about
one draft's attachment stayed after another was discarded, "10 fields to fill" on other tabs).

The note about the missing system keyring is said once after set-up (tests/test_gui_flow.py)
and kept in the Security settings; a notice goes by itself; a warning stays until the person
moves on (another tab, another draft)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

import intake_app.ui.message_bar as message_bar

pytestmark = pytest.mark.usefixtures("english_ui")


def _window(qtbot, tmp_path: Path):
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))  # no keyring
    session.save_draft(signal_fields())
    session.lock()
    return unlocked_window(qtbot, tmp_path / "profile", Answers())


def test_after_unlocking_the_keyring_note_is_in_security_not_above_the_list(
    qtbot, tmp_path
) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    assert page.keyring_missing  # this vault has no system keyring…
    assert not page.message.isVisible()  # …and the list does not say so at every unlock
    page.open_security()
    note = page.security.keyring_note
    assert note.isVisible() and "No system keyring was available" in note.text()
    page.security.reject()
    window.lock()


def test_a_warning_goes_when_the_person_moves_to_another_tab_or_draft(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    page.show_message("Careful: 1 attachment was not cleaned: bericht.txt.", warning=True)
    assert page.message.isVisible()
    page.tabs.setCurrentIndex(2)  # "Sealed": the draft's warning is not about anything shown
    assert not page.message.isVisible()
    page.tabs.setCurrentIndex(0)
    page.show_message("1 field must still be filled before it can be sealed.", warning=True)
    qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)  # a new signal: the old note goes
    assert page.editor is not None and page.editor.isVisible()
    assert not page.message.isVisible()
    page.editor.reject()
    window.lock()


def test_a_notice_goes_by_itself_and_a_warning_stays(qtbot, tmp_path, monkeypatch) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    monkeypatch.setattr(message_bar, "NOTICE_MS", 50)
    page.show_message("1 signal sealed for the office.")
    assert page.message.isVisible()
    qtbot.waitUntil(lambda: not page.message.isVisible(), timeout=5000)
    page.show_message("The target folder is on the same disk.", warning=True)
    assert not page.message_bar.expiry.isActive()  # nothing will take a warning away unread
    qtbot.wait(200)  # four notice lifetimes
    assert page.message.isVisible()
    window.lock()
