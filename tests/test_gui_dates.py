"""The editor's date fields show the date in the locale's order, left to right or right to left.

Qt reverses a date edit's sections in a right-to-left application, and the digits between them
do not turn back: an English 11/29/2026 read "2026/29/11" in the mirrored editor
(intake_app/ui/date_edits.py). The text is checked as shown: the field's text, and where a
right-to-left paragraph draws each of its characters.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QDateEdit, QTableView

from intake_app.ui.editor_form import EditorForm
from intake_app.ui.i18n_loader import set_ui_language

# 7 March 2025: day and month differ, so a swapped order cannot pass as the right one.
DAY = {"kind": "date", "start": "2025-03-07", "end": "2025-04-28"}
MONTH = {"kind": "month", "month": "2025-03"}
SHOWN = {
    "nl": {"start": "07-03-2025", "end": "28-04-2025", "month": "maart 2025"},
    "en": {"start": "07/03/2025", "end": "28/04/2025", "month": "March 2025"},
}


@pytest.fixture(params=[Qt.LeftToRight, Qt.RightToLeft], ids=["ltr", "rtl"])
def direction(request, qapp):
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LeftToRight)


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


def _drawn_left_to_right(edit: QDateEdit) -> bool:
    """Whether each character of the shown text is drawn right of the one before it, in a
    paragraph of the field's own direction (what the person's eye meets)."""
    text = edit.lineEdit().text()
    layout = QTextLayout(text, edit.font())
    option = QTextOption()
    option.setTextDirection(edit.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    line.setPosition(QPointF(0, 0))
    xs = [line.cursorToX(i)[0] for i in range(len(text) + 1)]
    return all(a < b for a, b in pairwise(xs))


def test_the_period_shows_its_days_in_the_locales_order(qtbot, language, direction) -> None:
    form = EditorForm()
    qtbot.addWidget(form)
    form.set_fields({"period": DAY})
    form.show()
    assert form.period_start.lineEdit().text() == SHOWN[language]["start"]
    assert form.period_end.lineEdit().text() == SHOWN[language]["end"]
    assert _drawn_left_to_right(form.period_start)
    assert _drawn_left_to_right(form.period_end)
    assert form.fields()["period"] == DAY  # and it still reads back as the same days


def test_a_period_by_month_shows_month_then_year(qtbot, language, direction) -> None:
    form = EditorForm()
    qtbot.addWidget(form)
    form.set_fields({"period": MONTH})
    form.show()
    assert form.period_start.lineEdit().text() == SHOWN[language]["month"]
    assert _drawn_left_to_right(form.period_start)
    assert form.fields()["period"] == MONTH


def test_the_down_key_on_the_day_moves_the_day_back(qtbot, language, direction) -> None:
    form = EditorForm()
    qtbot.addWidget(form)
    form.set_fields({"period": DAY})
    form.show()
    edit = form.period_start
    edit.setFocus()
    edit.setCurrentSection(QDateEdit.DaySection)
    qtbot.keyClick(edit, Qt.Key_Down)
    assert form.fields()["period"]["start"] == "2025-03-06"


def test_a_new_period_starts_empty_and_sealing_asks_for_it(qtbot, language, direction) -> None:
    """Review r12v F2: a new draft's day was today and counted as filled."""
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.signal_editor import SignalEditor

    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    form = editor.form
    assert form.fields()["period"] == {"kind": "date", "start": None, "end": None}
    assert form.period_start.lineEdit().text() == {"nl": "Kies een dag…",
                                                   "en": "Choose a day…"}[language]
    assert "period" in {problem.field.split(".")[0] for problem in editor.problems()}
    form.period_kind.setCurrentIndex(1)  # by month: no month either
    assert form.fields()["period"] == {"kind": "month", "month": None}


def test_alt_down_and_f4_open_the_calendar_and_change_no_day(qtbot, language, direction) -> None:
    """Review r12v F2: Alt+Down moved the day back one (and it was autosaved); F4 did nothing."""
    form = EditorForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    edit = form.period_start
    for key, modifier, days in ((Qt.Key_Down, Qt.AltModifier, None),
                                (Qt.Key_F4, Qt.NoModifier, DAY)):
        if days is not None:
            form.set_fields({"period": days})
        before = form.fields()["period"]
        edit.setFocus()
        qtbot.keyClick(edit, key, modifier)
        calendar = edit.calendarWidget()
        qtbot.waitUntil(lambda c=calendar: c.isVisible())
        assert form.fields()["period"] == before
        if days is None:  # empty: the calendar shows this month, not January 1900
            today = QDate.currentDate()
            assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
        calendar.window().hide()


def test_the_first_arrow_in_an_empty_day_starts_from_today(qtbot, language, direction) -> None:
    form = EditorForm()
    qtbot.addWidget(form)
    form.show()
    form.period_start.setFocus()
    qtbot.keyClick(form.period_start, Qt.Key_Down)
    assert form.fields()["period"]["start"] == QDate.currentDate().toString("yyyy-MM-dd")


def test_the_calendar_opens_on_today_and_enter_picks_it(qtbot, language, direction) -> None:
    """Review r12w F6: the calendar's cursor stood on the 1st, today was not marked, and Enter
    closed it with no day chosen. Esc still leaves the field empty."""
    form = EditorForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    edit = form.period_start
    today = QDate.currentDate()
    for key, expected in ((Qt.Key_Escape, None), (Qt.Key_Return, today.toString("yyyy-MM-dd"))):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key_F4)
        calendar = edit.calendarWidget()
        qtbot.waitUntil(lambda c=calendar: c.isVisible())
        assert calendar.selectedDate() == today
        assert calendar.dateTextFormat(today).fontWeight() == QFont.Bold
        assert form.fields()["period"]["start"] is None  # opening chose nothing
        view = calendar.findChild(QTableView)
        qtbot.keyClick(view, key)
        qtbot.waitUntil(lambda c=calendar: not c.isVisible())
        assert form.fields()["period"]["start"] == expected
