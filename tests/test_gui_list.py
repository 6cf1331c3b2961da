"""The list of signals: what drafts are, what sealed ones may show, counts, tabs, sorting."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")


def _texts(page, row: int) -> list[str]:
    table = page.table
    return [table.item(row, c).text().strip("\u2066\u2069") for c in range(table.columnCount())]


def test_an_empty_list_says_what_to_do(qtbot, tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "New signal" in page.empty.text() and "Ctrl+N" in page.empty.text()
    window.lock()


def test_drafts_say_what_they_are_and_sealed_ones_only_date_size_status(qtbot, tmp_path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.save_draft({"description": "Unfinished.", "category": "no-such-code"})
    session.record(signal_fields(place={"kind": "municipality", "value": "Zwolle"},
                                 period={"kind": "date", "start": "2025-03-07", "end": None}))
    sealed = session.seal(session.record(signal_fields(description="Sealed.")))
    session.delete(sealed.id)
    session.seal(session.record(signal_fields(description="Still here.")))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace

    assert [page.tabs.tabText(i) for i in range(4)] == [
        "All (4)", "Drafts (2)", "Sealed, not delivered (1)", "Delivered or deleted (1)"]
    page.tabs.setCurrentIndex(1)
    rows = sorted((_texts(page, r) for r in range(page.table.rowCount())), key=lambda t: t[0])
    complete, unfinished = rows
    assert complete[0] == "Draft" and complete[1] == "Intimidation or threats"
    assert complete[3] == "Zwolle" and "2025" in complete[2]
    assert unfinished[0].startswith("Draft, ") and "to fill" in unfinished[0]

    page.tabs.setCurrentIndex(2)
    (row,) = [_texts(page, r) for r in range(page.table.rowCount())]
    assert row[0] == "Sealed" and row[1:4] == ["—", "—", "—"]  # nothing of its content

    # Sorting by size puts the smallest first, by value, not by text.
    page.tabs.setCurrentIndex(0)
    page.table.sortByColumn(4, Qt.AscendingOrder)
    sizes = [e.size for e in page.entries()]
    assert sizes == sorted(sizes)

    # Finished rows can be cleared off the list, after a question; nothing else changes.
    assert page.clear_button.isVisible()
    qtbot.mouseClick(page.clear_button, Qt.LeftButton)
    assert page.tabs.tabText(3) == "Delivered or deleted (1)"  # asked first, not cleared yet
    window.lock()


def _confirm_clear(qtbot, page):
    qtbot.mouseClick(page.clear_button, Qt.LeftButton)
    confirm = page.confirm
    qtbot.waitExposed(confirm)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is confirm)
    return confirm


def test_clearing_finished_rows_asks_first_and_enter_keeps_them(qtbot, tmp_path: Path) -> None:
    """Review r12u F7: one click cleared the rows without a word. Now a Yes/No question with
    No the default: Enter keeps the rows, Alt+Y clears them and says how many went."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.delete(session.seal(session.record(signal_fields(description="Gone."))).id)
    session.record(signal_fields(description="Draft stays."))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    assert page.tabs.tabText(3) == "Delivered or deleted (1)"

    confirm = _confirm_clear(qtbot, page)
    assert confirm.defaultButton() is confirm.button(confirm.StandardButton.No)
    assert "1 delivered or deleted signal " in confirm.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert page.tabs.tabText(3) == "Delivered or deleted (1)" and page.clear_button.isVisible()

    confirm = _confirm_clear(qtbot, page)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Y, Qt.AltModifier)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert page.tabs.tabText(3) == "Delivered or deleted (0)"
    assert page.tabs.tabText(0) == "All (1)"
    assert not page.clear_button.isVisible()
    assert page.message.isVisible()
    assert page.message.text() == "1 finished signal taken off the list."
    window.lock()


def test_a_long_category_ends_in_an_ellipsis_on_one_line_and_its_tooltip_is_whole(
    qtbot, tmp_path: Path
) -> None:
    """At 1024×600 the longest Dutch category ("Beïnvloeding of financiering van
    maatschappelijke, religieuze of studentenorganisaties") is wider than its column: the row
    is one line high, and the table wrapped it, so its first words stood over half of a second
    line, cut. (The English one fits at 1024×600.) With acute danger said first, as long a
    cell as a draft's row has (it showed the story's first words too, until review r12aa A3)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

    from intake_app.ui.code_widgets import code_label
    from intake_app.ui.content_direction import is_cut
    from intake_app.ui.i18n_loader import set_ui_language

    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.record(signal_fields(category="organisation_influence", urgency="immediate_danger"))
    session.lock()
    set_ui_language("nl")
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    table = window.workspace.table
    whole = ("\u26a0 " + code_label("urgency", "immediate_danger").upper() + " · "
             + code_label("category", "organisation_influence"))
    long_cell, short_cell = table.model().index(0, 1), table.model().index(0, 4)
    assert long_cell.data() == whole
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(long_cell)
    table.itemDelegate().initStyleOption(option, long_cell)
    assert is_cut(table, option, long_cell)  # the case checked: too long for its column
    assert not option.features & QStyleOptionViewItem.WrapText  # one line, elided by Qt

    def tooltip_at(index) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        centre = table.visualRect(index).center()
        event = QHelpEvent(QEvent.ToolTip, centre, table.viewport().mapToGlobal(centre))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at(long_cell) == whole
    assert tooltip_at(short_cell) == ""  # a size that fits has no tooltip
    QToolTip.hideText()
    set_ui_language("en")
    window.lock()
