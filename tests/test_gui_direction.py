"""Right to left: text that reads the other way keeps its own direction, so an ellipsis (typed
or from eliding a narrow cell) ends up at the text's end, not at the wrong side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from intake_app.services.liaison import DraftSummary, ListEntry
from intake_app.ui.content_direction import (
    LRM,
    RLM,
    ContentDirectionStyle,
    marked,
    text_direction,
)
from intake_app.ui.signal_table import SignalTable

ARABIC = "تهديد عبر الهاتف"


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LeftToRight)


def test_the_direction_of_a_text_is_that_of_its_first_strong_character() -> None:
    assert text_direction("New signal…") == Qt.LeftToRight
    assert text_direction(ARABIC + " (Zwolle)") == Qt.RightToLeft
    assert text_direction("\u2066 12 KB \u2069") == Qt.LeftToRight
    assert text_direction("— 42 …") is None


def test_text_against_the_layout_is_marked_with_its_own_direction() -> None:
    assert marked("New signal…", Qt.RightToLeft) == f"{LRM}New signal…{LRM}"
    assert marked(ARABIC + "…", Qt.LeftToRight) == f"{RLM}{ARABIC}…{RLM}"
    assert marked("New signal…", Qt.LeftToRight) == "New signal…"  # with the layout: as is
    assert marked("…", Qt.RightToLeft) == "…"


def test_the_window_draws_item_texts_through_the_direction_style(english_ui) -> None:
    # english_ui installs the translators, as the app does at start-up.
    assert isinstance(QApplication.style(), ContentDirectionStyle)


def _cell_option(table: QTableView, row: int, column: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    table.itemDelegate().initStyleOption(option, table.model().index(row, column))
    return option


def test_a_left_to_right_cell_in_a_right_to_left_list_elides_at_its_end(
        qtbot, right_to_left) -> None:
    table = SignalTable()
    qtbot.addWidget(table)
    draft = ListEntry("d" * 32, "draft", 100, "2026-11-30T10:00:00+00:00", "draft")
    summary = DraftSummary(category="intimidation", period={}, missing=0,
                           place={"kind": "municipality", "value": ARABIC})
    table.show_entries([draft], {draft.id: summary})
    assert table.item(0, 3).text() == ARABIC
    latin = _cell_option(table, 0, 1)
    assert latin.direction == Qt.LeftToRight  # elided as "Intimidation or…"
    assert latin.displayAlignment & Qt.AlignRight  # still on the layout's leading side
    assert _cell_option(table, 0, 3).direction == Qt.RightToLeft  # with the layout: unchanged
