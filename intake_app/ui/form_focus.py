"""Where the keyboard focus is in the signal form, and putting it back after a lock or in the
other language's form (with the caret and selection of the field: `caret`, `put_focus`).

A lock closes the editor; on unlock the person goes on typing where they were (review r12x X4:
the caret always went to the end of the story, so the next letters went into the testimony),
unless that was a field whose keys choose rather than type (a drop-down): then the story
(review r12y R2).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class FormFocus:
    """Focus methods for a form with `_inputs` (field name -> input widget, in the form's
    order) and a `description` story field; mixed into `EditorForm` before QWidget."""

    _inputs: dict[str, QWidget]
    description: QPlainTextEdit

    def focused_field(self) -> str | None:
        """The field whose input holds the keyboard focus, if any."""
        focus = self.focusWidget()
        for field, widget in self._inputs.items():
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                return field
        return None

    def focus_place(self) -> tuple[str, int] | None:
        """Where the keyboard focus is in the form: its field and which of that field's
        focusable parts (a place has a kind and a name), or None."""
        focus = self.focusWidget()
        field = self.focused_field()
        if field is None or focus is None:
            return None
        parts = _focusable_parts(self._inputs[field])
        return field, parts.index(focus) if focus in parts else 0

    def restore_focus(self, place: tuple[str, int] | None) -> bool:
        """Put the focus back where `focus_place` found it (the story: at the end of its
        text); False when there is no such place, or when it is not a field one types words
        into (a drop-down, a date, a tick box): the words typed next after an unlock went into
        a drop-down's type-ahead, lost, and changed its choice (review r12y R2)."""
        if place is None or place[0] not in self._inputs:
            return False
        field, index = place
        parts = _focusable_parts(self._inputs[field])
        if field == "description" or not 0 <= index < len(parts):
            self.focus_field(field)
        elif not _takes_words(parts[index]):
            return False
        else:
            parts[index].setFocus()
        return True

    def caret(self) -> tuple[tuple[str, int], int, int] | None:
        """Where the caret is in the focused field one types words into: (its `focus_place`,
        the selection's anchor, the caret's position), in characters; None elsewhere."""
        place, text = self.focus_place(), _text_part(self.focusWidget())
        if place is None or text is None:
            return None
        if isinstance(text, QLineEdit):
            position = text.cursorPosition()
            if not text.hasSelectedText():
                return place, position, position
            start, end = text.selectionStart(), text.selectionEnd()
            return place, end if position == start else start, position
        cursor = text.textCursor()
        return place, cursor.anchor(), cursor.position()

    def put_focus(self, field: str | None, caret: tuple | None = None) -> None:
        """The focus on `field` (`focus_field`), and where `caret` (`caret()` of an editor of
        the same draft) says, its caret and selection there: the language button put the caret
        at the end of the story and dropped the selection, so the next words landed at the
        end of the testimony (review r12ae-11). The undo history stays behind: Qt keeps it in
        the old field's document, and it cannot be moved to another."""
        if caret is None or not self.restore_focus(tuple(caret[0])):
            self.focus_field(field)
            return
        text = _text_part(self.focusWidget())
        if isinstance(text, QLineEdit):
            length = len(text.text())
            anchor, position = (min(max(at, 0), length) for at in caret[1:])
            text.setCursorPosition(position)
            if anchor != position:  # a negative length selects back, the caret at its start
                text.setSelection(anchor, position - anchor)
        elif text is not None:
            cursor = text.textCursor()
            end = cursor.document().characterCount() - 1
            anchor, position = (min(max(at, 0), end) for at in caret[1:])
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.KeepAnchor)
            text.setTextCursor(cursor)

    def focus_field(self, field: str | None) -> None:
        """Put the focus on `field`'s input (the story: at the end of its text)."""
        widget = self._inputs.get(field or "")
        if widget is None:
            return
        if widget is self.description:
            self.description.moveCursor(QTextCursor.End)
        (widget.focusProxy() or widget).setFocus()


def _takes_words(widget: QWidget) -> bool:
    """Whether typed words land in `widget` as text (a line, a text box, an editable
    drop-down), not as a choice."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)


def _text_part(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text box in `widget` that words typed land in (an editable drop-down's line)."""
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else None
    return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None


def _focusable_parts(widget: QWidget) -> list[QWidget]:
    """`widget` and the parts in it that take the keyboard focus, in a stable order."""
    return [part for part in (widget, *widget.findChildren(QWidget))
            if part.focusPolicy() != Qt.NoFocus]
