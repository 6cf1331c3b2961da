"""The list page at a small laptop's 1024×600, and at 1.5× scale on it (683×400 logical px).

Review r12w: at 1.5× the title, the keyring note, four rows of buttons and the tabs filled the
screen and the list itself lay below its bottom (F2), its category column squeezed to "…"; the
export's result and its "not on a USB stick" warning stood under the list, out of sight (F3);
the wheel over the tabs flipped them (F4); after unlocking the focus was nowhere, Enter did
nothing on a focused button and the list was the tenth Tab stop (F5); the clear button beside
the tabs gave them scroll arrows (F12). The tests run here at 1.0×, and again in a child process
where Qt applies QT_SCALE_FACTOR=1.5 from the start, as it does for a person.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QStyleOptionViewItem
from test_gui_delivery import Answers, unlocked_window

from intake_app.bundle.placement import SAME_DEVICE
from intake_app.sentences import sentence
from intake_app.ui.code_widgets import code_label
from intake_app.ui.content_direction import is_cut
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.signal_table import STATUS, WHOLE

LONG_CATEGORY = "organisation_influence"  # the longest category label, in Dutch too


def _window(qtbot, tmp_path: Path, language: str, *, drafts: int = 6, sealed: int = 1,
            half: int = 0):
    """The list, unlocked in `language` at the screen's whole available size, of a
    passphrase-only vault (its keyring note shown) with `drafts` drafts, `half` drafts of a
    description only, and `sealed` sealed."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    for number in range(drafts):
        session.save_draft(signal_fields(
            category=LONG_CATEGORY if number % 2 else "intimidation"))
    for _ in range(half):
        session.save_draft({"description": "Half a story."})
    for _ in range(sealed):
        session.seal(session.record(signal_fields()))
    session.lock()
    set_ui_language(language)
    answers = Answers()
    window = unlocked_window(qtbot, tmp_path / "profile", answers)
    room = QApplication.primaryScreen().availableGeometry()
    window.resize(room.width(), room.height())
    qtbot.waitUntil(lambda: window.workspace.width() > 0)
    QApplication.processEvents()
    return window, answers


def _seen(page, widget, rect: QRect | None = None) -> bool:
    """Whether `rect` of `widget` (all of it by default) lies inside the page's visible area."""
    rect = rect or widget.rect()
    viewport = page.findChild(QScrollArea).viewport()
    top_left = widget.mapTo(viewport, rect.topLeft())
    return viewport.rect().contains(QRect(top_left, rect.size()))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_several_rows_of_the_list_show_without_scrolling(qtbot, tmp_path, language) -> None:
    window, _ = _window(qtbot, tmp_path, language)
    try:
        page = window.workspace
        page.tell_keyring_note()  # the longest message the list shows, as after set-up
        assert page.message.isVisible()
        assert page.findChild(QScrollArea).verticalScrollBar().value() == 0
        # Every button shown is whole and in sight, none over another.
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert page.new_button in buttons
        assert [b.text() for b in buttons if not _seen(page, b)] == []
        assert [b.text() for b in buttons if b.width() < b.minimumSizeHint().width()] == []
        spans = {b.text(): QRect(b.mapTo(page, QPoint()), b.size()) for b in buttons}
        assert [(a, b) for a in spans for b in spans
                if a < b and spans[a].intersects(spans[b])] == []
        table = page.table
        rows_seen = [
            row for row in range(table.rowCount())
            if _seen(page, table.viewport(), table.visualRect(table.model().index(row, 0)))
        ]
        assert len(rows_seen) >= 5, f"only rows {rows_seen} of {table.rowCount()} in sight"
        # Every column within the list's width, no horizontal scrolling; the category column
        # shows a short category whole and has a good part of the row.
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()
        category = table.columnWidth(1)
        assert category >= 0.25 * table.viewport().width()
        short = code_label("category", "intimidation")
        # (a draft's cell goes on with its first words, which may end in "…")
        assert any(table.item(r, 1).text().startswith(short) for r in range(table.rowCount()))
        assert table.fontMetrics().horizontalAdvance(short) < category
        # The state tabs fit their line: no scroll arrows (review r12w F12).
        assert page.tabs.sizeHint().width() <= page.tabs.width()
    finally:
        window.lock()
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_drafts_status_the_sizes_the_dates_saved_and_their_headings_read_whole(
        qtbot, tmp_path, language) -> None:
    """Review r12z R13: at 1.5× on 1024×600 the status read "Concept, n…" (how many fields
    are empty was cut) and the last heading "ard of verze"."""
    window, _ = _window(qtbot, tmp_path, language, half=1)
    try:
        table = window.workspace.table
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()  # no column out of sight
        statuses = [table.item(row, STATUS).text() for row in range(table.rowCount())]
        assert any(any(char.isdigit() for char in text) for text in statuses)  # the count
        cut = {}
        for column in WHOLE:
            heading = table.model().headerData(column, Qt.Horizontal)
            if header.sectionSize(column) < header.sectionSizeFromContents(column).width():
                cut[heading] = "heading"
            for row in range(table.rowCount()):
                index = table.model().index(row, column)
                option = QStyleOptionViewItem()
                option.initFrom(table.viewport())
                option.rect = table.visualRect(index)
                table.itemDelegateForIndex(index).initStyleOption(option, index)
                if is_cut(table, option, index):
                    cut[heading] = table.item(row, column).text()
        assert cut == {}
    finally:
        window.lock()
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_export_result_and_its_disk_warning_are_where_the_eye_is(qtbot, tmp_path,
                                                                     language) -> None:
    window, answers = _window(qtbot, tmp_path, language)
    try:
        page = window.workspace
        answers.folder = tmp_path / "same-disk"
        answers.folder.mkdir()
        page.delivery.export_bundle()
        qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.isVisible(),
                        timeout=30000)
        warning = sentence(SAME_DEVICE, language)
        (bundle,) = answers.folder.iterdir()
        box = page.outcome
        assert warning in box.text() and bundle.name in box.text()
        screen = QApplication.primaryScreen().availableGeometry()
        assert screen.contains(box.frameGeometry())
        # And at the top of the page, in sight, once the box is closed.
        box.accept()
        QApplication.processEvents()
        assert warning in page.message.text()
        assert _seen(page, page.message)
    finally:
        window.lock()
        set_ui_language("en")


def test_the_wheel_over_the_tabs_does_not_switch_them(qtbot, tmp_path: Path) -> None:
    window, _ = _window(qtbot, tmp_path, "en")
    try:
        tabs = window.workspace.tabs
        centre = QPointF(tabs.tabRect(1).center())
        for delta in (-120, 120, -120):
            event = QWheelEvent(centre, QPointF(tabs.mapToGlobal(centre.toPoint())), QPoint(),
                                QPoint(0, delta), Qt.NoButton, Qt.NoModifier,
                                Qt.NoScrollPhase, False)
            QApplication.sendEvent(tabs, event)
            assert tabs.currentIndex() == 0
        assert window.workspace.table.rowCount() == 7  # still All
    finally:
        window.lock()


def test_after_unlock_the_list_has_the_keys_and_enter_opens_the_top_row(qtbot,
                                                                       tmp_path) -> None:
    window, _ = _window(qtbot, tmp_path, "en", sealed=0)
    try:
        window.activateWindow()
        page = window.workspace
        table = page.table
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
        top = table.rowAt(0)
        assert table.currentRow() == top and table.selectionModel().isRowSelected(top)
        (entry,) = page.selected_entries()
        qtbot.keyClick(table, Qt.Key_Down)
        qtbot.keyClick(table, Qt.Key_Up)
        qtbot.keyClick(table, Qt.Key_Return)
        qtbot.waitUntil(lambda: page.editor is not None)
        assert page.editor.keeper.draft_id == entry.id
    finally:
        window.lock()


def test_tab_goes_from_the_list_to_the_buttons_and_enter_presses_a_button(qtbot,
                                                                         tmp_path) -> None:
    window, _ = _window(qtbot, tmp_path, "en")
    try:
        window.activateWindow()
        page = window.workspace
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
        qtbot.keyClick(page.table, Qt.Key_Tab)
        assert QApplication.focusWidget() is page.new_button
        qtbot.keyClick(page.new_button, Qt.Key_Backtab, Qt.ShiftModifier)
        assert QApplication.focusWidget() is page.table
        qtbot.keyClick(page.table, Qt.Key_Tab)
        qtbot.keyClick(page.new_button, Qt.Key_Return)
        qtbot.waitUntil(lambda: page.editor is not None)
        assert page.editor.opened_new
    finally:
        window.lock()


def test_a_button_in_the_more_menu_is_offered_there_and_keeps_its_alt_key(qtbot,
                                                                          tmp_path) -> None:
    window, answers = _window(qtbot, tmp_path, "en")
    try:
        answers.folder = tmp_path / "stick"
        answers.folder.mkdir()
        window.activateWindow()
        page = window.workspace
        row = page.action_row
        hidden = row.in_menu()
        assert page.my_card_button in hidden and row.more.isVisible()
        row.menu.aboutToShow.emit()  # as opening it does
        assert [a.text() for a in row.menu.actions()] == [b.text() for b in hidden]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
        qtbot.keyClick(page.table, Qt.Key_M, Qt.AltModifier)  # &My key card…, in the menu
        qtbot.waitUntil(lambda: page.my_card is not None and page.my_card.isVisible())
        page.my_card.reject()
        (mine,) = [a for a in row.menu.actions() if a.text() == page.my_card_button.text()]
        mine.trigger()
        assert page.my_card.isVisible()
        page.my_card.reject()
    finally:
        window.lock()


def test_at_one_and_a_half_scale_on_a_1024_screen_the_list_is_in_sight() -> None:
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    names = ("test_several_rows_of_the_list_show_without_scrolling",
             "test_a_drafts_status_the_sizes_the_dates_saved_and_their_headings_read_whole",
             "test_the_export_result_and_its_disk_warning_are_where_the_eye_is",
             "test_the_wheel_over_the_tabs_does_not_switch_them",
             "test_after_unlock_the_list_has_the_keys_and_enter_opens_the_top_row",
             "test_tab_goes_from_the_list_to_the_buttons_and_enter_presses_a_button")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *(f"{tests}::{name}" for name in names)],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-6000:]
    assert "9 passed" in done.stdout
