"""A date field that starts empty and opens its calendar from the keyboard.

Review r12v F2: a new draft's period started on today and counted as filled, so a hurried liaison
sealed today's date for an incident weeks old; and Alt+Down, the usual key to open a list, moved
the day back one (autosaved) while no key opened the calendar. Here the field starts empty
("Choose a day…", which the domain's checks count as missing when sealing, never when saving);
Alt+Down and F4 open the calendar on today (marked), where Enter picks it and Esc leaves the
field empty (review r12w F6); the first digit or arrow key in an empty
field starts from today, so a date is always typed or chosen, never assumed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

#: The date that stands for "no date chosen" (the field's minimum; shown as its special text).
EMPTY = QDate(1900, 1, 1)

_OPEN_KEYS = (Qt.Key_F4,)
_STEP_KEYS = (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown)


class OptionalDateEdit(QDateEdit):
    """A QDateEdit with a calendar popup, empty until a day is typed or chosen."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDate(EMPTY)

    def is_empty(self) -> bool:
        """True while no day has been typed or chosen."""
        return self.date() == EMPTY

    def clear_date(self) -> None:
        self.setDate(EMPTY)

    def chosen(self) -> QDate | None:
        """The chosen day, or None."""
        return None if self.is_empty() else self.date()

    def _start_from_today(self) -> None:
        self.setDate(min(QDate.currentDate(), self.maximumDate()))
        self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt_down = key == Qt.Key_Down and event.modifiers() & Qt.AltModifier
        if alt_down or key in _OPEN_KEYS:
            self.open_calendar()
            event.accept()
            return
        if self.is_empty() and (key in _STEP_KEYS or event.text().isdigit()):
            self._start_from_today()
            if key in _STEP_KEYS:  # today is the first step, not a day before it
                event.accept()
                return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt offers no call for it), on the
        chosen day's month or, while empty, on this month."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SC_All
        arrow = self.style().subControlRect(
            QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxArrow, self)  # already mirrored
        point = arrow.center() if arrow.isValid() else QPoint(self.width() - 4, self.height() // 2)
        for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
            QApplication.sendEvent(self, QMouseEvent(
                kind, point, self.mapToGlobal(point), Qt.LeftButton, Qt.LeftButton,
                Qt.NoModifier))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        calendar = self.calendarWidget()
        if calendar is None or not calendar.isVisible():
            return
        today = QDate.currentDate()
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Bold)
        marked.setFontUnderline(True)
        calendar.setDateTextFormat(today, marked)  # today stands out, not by colour alone
        if self.is_empty():
            # The cursor on today, so Enter picks it (review r12w F6: it stood on the 1st and
            # Enter picked nothing). Quietly: a moved selection would set the field at once,
            # and Esc must leave it empty.
            calendar.blockSignals(True)
            calendar.setSelectedDate(min(today, self.maximumDate()))
            calendar.blockSignals(False)
