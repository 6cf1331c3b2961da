"""A form in a scroll area that a person can scroll and walk without changing it by accident.

Two things Qt does not do by itself (issue 12, review F2 and F3):

- The mouse wheel scrolls the form, never a value under the pointer. Qt gives a combo box, a
  date or number field and a list the wheel whenever the pointer is over it, focused or not:
  scrolling down the editor turned the incident date from 29 to 9 November without a word, and
  in the security settings it would change the auto-lock minutes or the wipe-after count. Here
  such a widget takes the wheel only once it has the focus (a click or Tab gives it), and the
  wheel goes to the form's scroll bar otherwise. Their focus policy is StrongFocus, so a wheel
  turn does not give them the focus either. And not even a focused one while the form is
  being scrolled: turning the wheel to read on, the form carried the focused drop-down under the
  pointer and the next notches changed its choice (review r12y R17). A wheel turn belongs to
  what was under the pointer when it started; one that comes within `GESTURE_GAP_S` of the
  last turn that scrolled the form scrolls the form too.
- The focused field is always in view. Tab scrolls to it (QScrollArea does that), but Alt+letter
  and a program's setFocus do not: the liaison typed into a field below the fold. Every focus
  change to a widget inside the form scrolls it into view. Except the field an opened form
  puts the caret in (`open_at_top`): the form opens at its top, so the first question stays in
  view, and scrolls to that field at the first key typed there (review r12aa A4). Only as far
  as the caret is in view, though: a story of more than a few lines opened with its end, where
  the caret is, below the fold, and the liaison could not see where the next word would go
  (review r12ad R6); the form scrolls just enough to show the caret's line.
- The caret being typed is in view. A text box taller than the visible part of the form (the
  story at 1.5x scale on a 1024x600 screen) had its lines typed below the window's edge: the
  form did not follow the caret (review r12ac-1). Each move of a focused text box's caret
  scrolls the form to it.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

#: The widgets whose value (or own scrolling) a wheel turn would change.
WHEEL_TAKERS = (QComboBox, QAbstractSpinBox, QListWidget)
#: Wheel notches closer than this (seconds) are one turn of the wheel (a person scrolling on).
GESTURE_GAP_S = 0.5
#: Room left around a field scrolled into view (pixels), so its label and help line show too.
VISIBLE_MARGIN = 40
#: Room below the caret of a form opened at its top, when it scrolls to show it (pixels).
CARET_MARGIN = 6


class ScrollingForm(QObject):
    """Guards the form inside `scroll` (see the module docstring); lives as long as `scroll`.

    Call `guard()` again after adding widgets to the form later.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._guarded: set[int] = set()
        self._form_wheel_at = float("-inf")  # when a wheel notch last scrolled the form
        self._held: QWidget | None = None  # has the caret, scrolled to at its first key
        scroll.viewport().installEventFilter(self)
        self.guard()
        # A slot of this object, so Qt drops the connection when the form's window is deleted.
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def guard(self) -> None:
        """Guard every wheel-taking widget now in the form."""
        form = self._scroll.widget()
        if form is None:
            return
        for widget in form.findChildren(QWidget):
            if isinstance(widget, QPlainTextEdit | QTextEdit) and id(widget) not in self._guarded:
                self._guarded.add(id(widget))
                widget.cursorPositionChanged.connect(self._follow_caret)
            if isinstance(widget, WHEEL_TAKERS) and id(widget) not in self._guarded:
                self._guarded.add(id(widget))
                if widget.focusPolicy() == Qt.WheelFocus:
                    widget.setFocusPolicy(Qt.StrongFocus)
                widget.installEventFilter(self)
                if isinstance(widget, QAbstractScrollArea):  # a list: the wheel hits its viewport
                    widget.viewport().installEventFilter(self)

    def open_at_top(self, field: QWidget) -> None:
        """Show the form from its top while `field` takes the caret: the focus given to it (now
        or as the window is activated) does not scroll; the first key pressed in it, or the
        focus moving on, does. Call before giving `field` the focus."""
        self._held = field
        field.installEventFilter(self)
        self._scroll.verticalScrollBar().setValue(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._held and event.type() in (QEvent.KeyPress, QEvent.InputMethod)
                and shiboken6.isValid(self._scroll)):
            self._held = None
            self._show(watched)
            return False
        if event.type() != QEvent.Wheel or not isinstance(watched, QWidget):
            return False
        if watched is self._scroll.viewport():  # the form scrolls: a turn of the wheel goes on
            self._form_wheel_at = time.monotonic()
            return False
        taker = watched if isinstance(watched, WHEEL_TAKERS) else watched.parentWidget()
        scrolling_on = time.monotonic() - self._form_wheel_at < GESTURE_GAP_S
        if taker is None or (not scrolling_on
                             and (taker.hasFocus() or _has_focus_inside(taker))):
            return False  # the person is working in it: the wheel is theirs
        # To the form's scroll bar instead (not by propagation: Qt propagates only wheel events
        # from the window system, and the scroll area's viewport then scrolls).
        viewport = self._scroll.viewport()
        forwarded = QWheelEvent(
            viewport.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(viewport, forwarded)
        return True

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._scroll):
            return  # the window is being taken down: its focus moves as its children go
        form = self._scroll.widget()
        if new is None or form is None or not form.isAncestorOf(new):
            return
        if new is self._held:  # the form stays at its top until the person types there,
            self._caret_into_view(new)  # but for the caret's line, when below the fold
            return
        self._held = None
        self._show(new)

    @Slot()
    def _follow_caret(self) -> None:
        """Scroll the form so that the caret of the text box that moved it is in view."""
        edit = self.sender()
        if (not shiboken6.isValid(self._scroll) or not isinstance(edit, QPlainTextEdit | QTextEdit)
                or not edit.hasFocus() or edit is self._held):
            return
        caret = edit.cursorRect()
        at = edit.viewport().mapTo(self._scroll.widget(), caret.center())
        self._scroll.ensureVisible(at.x(), at.y(), VISIBLE_MARGIN, caret.height() + VISIBLE_MARGIN)

    def _caret_into_view(self, edit: QWidget) -> None:
        """The least scrolling that shows the caret of text box `edit` (none when in view)."""
        if not isinstance(edit, QPlainTextEdit | QTextEdit):
            return
        caret = edit.cursorRect()
        at = edit.viewport().mapTo(self._scroll.widget(), caret.center())
        self._scroll.ensureVisible(at.x(), at.y(), 0, caret.height() // 2 + CARET_MARGIN)

    def _show(self, new: QWidget) -> None:
        """Scroll the form so that `new` is in view."""
        form = self._scroll.widget()
        # The whole field where it fits (ensureWidgetVisible alone shows only a text field's
        # cursor or a list's current row); a taller one from its cursor on.
        top_left = new.mapTo(form, QPoint(0, 0))
        if new.height() + 2 * VISIBLE_MARGIN <= self._scroll.viewport().height():
            half_width, half_height = new.width() // 2, new.height() // 2
            self._scroll.ensureVisible(top_left.x() + half_width, top_left.y() + half_height,
                                       half_width + VISIBLE_MARGIN, half_height + VISIBLE_MARGIN)
        else:
            self._scroll.ensureWidgetVisible(new, VISIBLE_MARGIN, VISIBLE_MARGIN)


def _has_focus_inside(widget: QWidget) -> bool:
    """A spin box or combo box focuses its own line edit child; the list its viewport."""
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)
