"""Drafts in the list are told apart and only exist once something was typed (review r12u F8),
and the list follows the autosave (F16); saving the key card names its folder (F15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.main_window import MainWindow
from intake_app.ui.texts import human_size, local_date

pytestmark = pytest.mark.usefixtures("english_ui")

SIZE_COLUMN = 4
SAVED_COLUMN = 5


def _window(qtbot, tmp_path: Path, answers: Answers | None = None):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    return unlocked_window(qtbot, tmp_path / "profile", answers or Answers())


def test_an_editor_opened_and_closed_or_locked_untouched_leaves_no_draft(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert not editor.isVisible() and page.entries() == []
    assert "no draft was kept" in page.message.text()
    # Ctrl+N, then a lock before anything was typed: still nothing, and nothing reopens.
    qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)
    assert page.editor is not None and page.editor.isVisible()
    window.lock()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    QApplication.processEvents()  # a draft open at the lock would open in this turn
    assert window.workspace.entries() == [] and window.workspace.editor is None
    assert window.session.list_entries() == []
    window.lock()


def test_the_autosave_waits_for_typing_then_keeps_the_draft(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    editor.form.changed.emit()  # a change signal with nothing changed: nothing to keep
    editor.keeper.save_now()
    assert window.session.list_entries() == [] and editor.draft_id is None
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, "Twice at the door")
    assert [e.kind for e in window.session.list_entries()] == ["draft"]
    window.lock()


def test_drafts_without_category_or_place_say_so_in_words(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    for words in ("First talk", "Second talk"):
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
        editor = page.editor
        qtbot.keyClicks(editor.form.description, words)
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    editor.form.category.set_code("intimidation")
    editor.form.place_kind.set_code("online")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    table = page.table
    rows = sorted(tuple(table.item(r, c).text() for c in (1, 3)) for r in range(table.rowCount()))
    assert rows == sorted([("No category yet", "No place yet"),
                           ("No category yet", "No place yet"),
                           ("Intimidation or threats", "Online")])
    shown = " ".join(table.item(r, c).text() for r in range(3) for c in range(table.columnCount()))
    assert "…" not in shown and "A municipality" not in shown
    assert shown.count("No date yet") == 3  # no day assumed for them (review r12v F2)
    window.lock()


def test_the_list_shows_the_time_of_the_last_autosave(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, "First words")
    (entry,) = window.session.list_entries()
    # The row's time (its entry; it sorts by the time it was first shown: review r12v F6).
    assert page.table.item(0, SAVED_COLUMN).data(Qt.UserRole).date == entry.date  # at once
    # The story goes on: the row follows the next autosave, as the store has it.
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, " and more")
    (later,) = window.session.list_entries()
    assert later.date > entry.date
    shown = page.table.item(0, SAVED_COLUMN).data(Qt.UserRole).date
    assert shown > entry.date and shown[:19] == later.date[:19]
    window.lock()


def test_the_rows_size_follows_each_autosave_while_the_editor_stays_open(qtbot, tmp_path) -> None:
    """Its size stood still until the list was read again (after closing the editor)."""
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, "First words")
    (first,) = window.session.list_entries()
    before = page.table.item(0, SIZE_COLUMN).text()
    assert before == f"\u2066{human_size(first.size)}\u2069"
    with qtbot.waitSignal(editor.keeper.saved, timeout=15000):
        qtbot.keyClicks(editor.form.description, " and then a long story" * 12)
    (later,) = window.session.list_entries()
    assert later.size > first.size + 200 and editor.isVisible()
    after = page.table.item(0, SIZE_COLUMN)
    assert after.text() == f"\u2066{human_size(later.size)}\u2069" != before
    assert after.data(Qt.UserRole + 1) == f"{later.size:020d}"  # sorts by the new size too
    window.lock()


def test_saving_my_key_card_says_the_folder(qtbot, tmp_path) -> None:
    answers = Answers()
    answers.folder = tmp_path / "stick"
    answers.folder.mkdir()
    window = _window(qtbot, tmp_path, answers)
    page = window.workspace
    qtbot.mouseClick(page.my_card_button, Qt.LeftButton)
    page.my_card.save_button.click()
    (card,) = answers.folder.glob("liaison-*.card")
    said = page.my_card.result.text()
    assert str(answers.folder) in said and card.name in said
    window.lock()


def test_a_place_refused_before_an_auto_lock_is_back_marked_and_still_not_sealable(
    qtbot, tmp_path
) -> None:
    """Review r12u F9: "Rotterdm", refused inline, was gone after the auto-lock without a word."""
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = MainWindow(tmp_path / "profile", dialogs=Answers(), idle_seconds=2)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window)
    editor = window.workspace.editor or _new_editor(qtbot, window)
    form = editor.form
    assert form.place_kind.code() == "municipality"
    qtbot.keyClicks(form.municipality, "Rotterdm")
    form.municipality.editingFinished.emit()  # leaving the field (no focus offscreen): refused
    assert form.error_label("place").isVisible()
    qtbot.waitUntil(lambda: window.session is None, timeout=20000)  # idle: locked by itself
    window.idle.timeout_s = 3600
    _unlock(qtbot, window)
    editor = window.workspace.editor
    assert editor is not None and editor.form.municipality.text() == "Rotterdm"
    assert editor.form.error_label("place").isVisible()
    assert "official list" in editor.form.error_label("place").text()
    # Kept beside the place, never as it: sealing is refused until a name from the list is chosen.
    problems = window.session.draft_problems(editor.draft_id)
    assert "place" in {problem.field.split(".")[0] for problem in problems}
    assert window.session.read_draft(editor.draft_id)["place"]["value"] is None
    editor.form.municipality.setText("Rotterdam")
    assert editor.fields()["place"] == {"kind": "municipality", "value": "GM0599"}  # CBS code
    window.lock()


def _unlock(qtbot, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    QApplication.processEvents()  # the draft open at the lock opens in the turn after the list


def _new_editor(qtbot, window: MainWindow):
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    return window.workspace.editor


def test_a_draft_row_shows_no_word_of_its_story_and_an_acute_one_says_so_first(
        qtbot, tmp_path) -> None:
    """Review r12aa A3: a row read `No category yet — "Two men waited at the door…"`, the
    testimony's first words open on the screen for anyone beside it; a draft shows its
    category, date and place only (and a draft of acute danger says so first, r12v F17)."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    story = ("Two men waited at the door of the community centre after the meeting and asked "
             "for the names of everyone who had spoken")
    session.save_draft({"description": story})
    session.save_draft({"description": "Threatening calls to her mother in Tehran",
                        "urgency": "immediate_danger", "category": "family_pressure",
                        "period": {"kind": "day", "start": "2026-11-02"},
                        "place": {"kind": "online"}})
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    table = window.workspace.table
    rows = sorted(tuple(table.item(r, c).text() for c in (1, 2, 3))
                  for r in range(table.rowCount()))
    assert rows == [
        ("No category yet", "No date yet", "No place yet"),
        ("\u26a0 IMMEDIATE DANGER · Pressure on family in the country of origin",
         "\u2066" + local_date("2026-11-02") + "\u2069", "Online"),
    ]
    shown = " ".join(table.item(r, c).text() for r in range(table.rowCount())
                     for c in range(table.columnCount()))
    for word in ("Two", "door", "Threatening", "Tehran", "“"):
        assert word not in shown
    window.lock()
