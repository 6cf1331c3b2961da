"""Opening the editor does not size every row of its long lists again and again (review r12y
R7, issue 12: opening a draft held the window 200-300 ms of the GUI thread's time, of which
2,656 calls of the drop-downs' row sizing, about 200 ms: each time the style sheet polished
a list again, as the editor was built, every one of its 250 countries was sized anew)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip, QWidget

from intake_app.ui import eliding_combo
from intake_app.ui.alt_letters import UnboundAltLetters
from intake_app.ui.code_widgets import warm_up
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.i18n_loader import load_style_sheet
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def style_sheet(qapp):
    """The app's style sheet, as app.py sets it (what makes Qt polish each widget again)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(load_style_sheet())
    yield
    qapp.setStyleSheet(before)


def test_building_the_editor_sizes_a_few_choice_rows_not_every_country_each_time(
        qtbot, monkeypatch, style_sheet) -> None:
    warm_up()  # the country lists sorted, as after the engines' load
    sized = [0]
    real = eliding_combo._ChoiceDelegate.sizeHint

    def counted(self, option, index):
        sized[0] += 1
        return real(self, option, index)

    monkeypatch.setattr(eliding_combo._ChoiceDelegate, "sizeHint", counted)
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    rows = sum(combo.count() for combo in editor.findChildren(eliding_combo.ElidingComboBox))
    assert rows > 500  # the long lists are there
    assert sized[0] < 100, sized[0]


def test_the_alt_letter_filter_asks_a_non_key_event_not_even_its_type(qtbot) -> None:
    """The app-wide filter sees every event of every widget (4,690 while the editor is built);
    asking each its type() made a Python enum each time, about 10 ms of the GUI thread."""
    asked = [0]

    class CountedEvent(QEvent):
        def type(self):
            asked[0] += 1
            return super().type()

    window = QWidget()
    qtbot.addWidget(window)
    letters = UnboundAltLetters(window)
    try:
        assert letters.eventFilter(window, CountedEvent(QEvent.Polish)) is False
    finally:
        QApplication.instance().removeEventFilter(letters)
    assert asked[0] == 0


def test_a_long_list_stores_no_tooltip_per_row_and_shows_the_whole_choice_when_asked(
        qtbot) -> None:
    """Storing each row's text again as its tooltip cost 517 calls (about 10 ms) per editor
    build; the tooltip of a choice in the open list is given when the pointer asks for it."""
    combo = eliding_combo.ElidingComboBox()
    qtbot.addWidget(combo)
    whole = "Beïnvloeding of financiering van maatschappelijke, religieuze of studentenorganisaties"
    combo.addItems([f"Keuze {n}" for n in range(250)] + [whole])
    assert all(combo.itemData(row, Qt.ToolTipRole) is None for row in range(combo.count()))
    view = combo.view()
    index = combo.model().index(250, 0)
    asked = QHelpEvent(QEvent.ToolTip, QPoint(5, 5), QPoint(50, 50))
    assert combo.itemDelegate().helpEvent(asked, view, QStyleOptionViewItem(), index) is True
    assert QToolTip.text() == whole
    QToolTip.hideText()
