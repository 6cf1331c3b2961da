"""Tab on the list page goes round the visible controls only (review r12ae-10, low; issue 12):
before, it stopped on the page's scroll area ("Your signals"), where nothing showed the focus
and Down and Enter did nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView
from test_gui_delivery import Answers, unlocked_window
from transfer_kit import seal_signals, set_up

pytestmark = pytest.mark.usefixtures("english_ui")


def test_tab_on_the_list_page_goes_round_its_controls_and_never_stops_on_the_scroll_area(
    qtbot, tmp_path: Path
) -> None:
    _office, session = set_up(tmp_path)
    seal_signals(session, 2)
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    window.activateWindow()
    page = window.workspace
    page.table.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    stops = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        stops.append(QApplication.focusWidget())
        if stops[-1] is page.table:
            break
    assert stops[-1] is page.table, [type(w).__name__ for w in stops]  # round to the list
    assert page.scroll not in stops
    # Every stop is a control one sees and can use there: no bare scroll area.
    for widget in stops:
        assert widget.isVisible() and page.isAncestorOf(widget)
        assert not isinstance(widget, QAbstractScrollArea) or isinstance(widget, QTableView)
