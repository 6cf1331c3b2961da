"""Text runs in its own direction, whatever the layout's: the ellipsis ends up on the right side.

Qt lays out every label of a right-to-left window as a right-to-left paragraph. Text that reads
left to right inside it (a Dutch place name in an Arabic window, an untranslated string) then
gets its trailing neutral characters on the wrong side: "New signal…" is drawn "…New signal",
and a cell too narrow for "Intimidation or threat" is elided as "…or threat" instead of
"Intimidation or…". The other way round the same holds for right-to-left text in a
left-to-right window. Here the direction of each text is taken from its first strong character
(Unicode bidi classes L, R and AL), as QLabel already does for its own text:

- `ContentDirectionStyle` (installed for the whole app with the translators) marks such text
  with a direction mark at both ends before Qt draws it (buttons, tabs, group titles);
- `ContentDirectionDelegate` gives a list's or table's cell its text's own direction, so the
  elision (which Qt does inside the cell) cuts the text's end, while the cell keeps its place on
  the layout's leading side;
- `ElidingCellDelegate` does that for the list's table on one line per cell, the whole text
  as tooltip of a cell that is cut;
- `LayoutAlignedLabel` keeps a label's lines on the layout's leading side (the editor's help and
  error lines under its fields);
- `set_placeholder` gives a text field's placeholder the same marks, again whenever the field's
  layout direction changes (QPlainTextEdit and QLineEdit draw it as a paragraph in the layout's
  direction: the description's hint read ".What happened, … No names or addresses" in a
  mirrored window, review r12v F19).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

LRM, RLM = "\u200e", "\u200f"
_style: QProxyStyle | None = None  # kept alive: the application does not own it for Python


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of `text` from its first strong character; None when it has none (digits,
    punctuation, an isolate-wrapped number only)."""
    if text.isascii():  # every ASCII letter is "L", nothing else in ASCII is strong
        return Qt.LeftToRight if any(char.isalpha() for char in text) else None
    # Only now: the Unicode database (1.2 MB read from disk) is not needed for the first
    # screen, whose texts are all ASCII (benchmarks/startup.py).
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LeftToRight
        if kind in ("R", "AL"):
            return Qt.RightToLeft
    return None


def marked(text: str, layout: Qt.LayoutDirection) -> str:
    """`text` with a direction mark at both ends when it runs against `layout`, else as is."""
    direction = text_direction(text)
    if direction is None or direction == layout:
        return text
    mark = LRM if direction == Qt.LeftToRight else RLM
    return f"{mark}{text}{mark}"


class ContentDirectionStyle(QProxyStyle):
    """The app's style, drawing every item text (buttons, tabs, titles) in its own direction."""

    def drawItemText(self, painter: QPainter, rect, flags: int, palette, enabled: bool,
                     text: str, role=None) -> None:
        text = marked(text, painter.layoutDirection())
        if role is None:
            super().drawItemText(painter, rect, flags, palette, enabled, text)
        else:
            super().drawItemText(painter, rect, flags, palette, enabled, text, role)


class ContentDirectionDelegate(QStyledItemDelegate):
    """A cell whose text runs against the layout is laid out (and elided) in its own direction,
    aligned to the layout's leading side as before. With `numbers_left_to_right`, a text with
    digits and no letters (a date, a time) reads left to right too."""

    numbers_left_to_right = False

    def shown_text(self, index: QModelIndex, text: str) -> str:
        """The text the cell at `index` shows for the model's `text` (here: the same)."""
        return text

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = self.shown_text(index, option.text)
        direction = text_direction(option.text)
        if direction is None and self.numbers_left_to_right and any(
                char.isdigit() for char in option.text):
            direction = Qt.LeftToRight
        if direction is None or direction == option.direction:
            return
        leading = Qt.AlignRight if option.direction == Qt.RightToLeft else Qt.AlignLeft
        option.direction = direction
        option.displayAlignment = leading | Qt.AlignAbsolute | Qt.AlignVCenter


class NumbersDirectionDelegate(ContentDirectionDelegate):
    """The cells of Qt's file chooser: a size ("421 bytes", "2,8 KiB") and a date
    ("30-11-2026 08:38") read left to right in a mirrored window, as QLabel-like text would;
    Qt drew them as "bytes 421" and "08:38 2026 11 30" (review r12x, RTL chooser)."""

    numbers_left_to_right = True


class ElidingCellDelegate(ContentDirectionDelegate):
    """A table's cells on one line each, ending in "…" where the column is too narrow (a
    table row is one line high: wrapped, a long category showed its first words above half of
    the next line), with the whole text as the cell's tooltip when, and only when, it is cut.
    The table itself must not wrap (`setWordWrap(False)`)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event is None or event.type() != QEvent.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.DisplayRole) or ""
        if is_cut(view, option, index):
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True


def is_cut(view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
    """Whether the cell at `index` cannot show its whole text on one line in `option.rect`."""
    text = index.data(Qt.DisplayRole) or ""
    margin = view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) > option.rect.width() - 2 * margin


class LayoutAlignedLabel(QLabel):
    """A label whose lines start on the layout's leading side, whatever its text's direction.

    QLabel aligns by its text's own direction: a Dutch help line under a field of a mirrored
    form stood at the left edge while the field's text stood at the right (review r12u F17).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.LayoutDirectionChange:
            self._align()

    def _align(self) -> None:
        side = Qt.AlignRight if self.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        self.setAlignment(side | Qt.AlignAbsolute | Qt.AlignVCenter)


class _PlaceholderMarks(QObject):
    """Sets its field's placeholder, marked for the field's layout direction, now and at every
    change of that direction."""

    def __init__(self, field: QWidget, text: str) -> None:
        super().__init__(field)
        self.text = text
        self._apply(field)
        field.installEventFilter(self)

    def _apply(self, field: QWidget) -> None:
        field.setPlaceholderText(marked(self.text, field.layoutDirection()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutDirectionChange:
            self._apply(watched)
        return False


def set_placeholder(field: QWidget, text: str) -> None:
    """Give `field` (a QLineEdit or QPlainTextEdit) the placeholder `text`, drawn in the text's
    own direction in a layout of either direction; `placeholder_text(field)` reads it back."""
    keeper = field.findChild(_PlaceholderMarks, options=Qt.FindDirectChildrenOnly)
    if keeper is None:
        _PlaceholderMarks(field, text)
    else:
        keeper.text = text
        keeper._apply(field)


def placeholder_text(field: QWidget) -> str:
    """The placeholder of `field` without the direction marks `set_placeholder` adds."""
    return field.placeholderText().strip(LRM + RLM)


def install(app: QApplication) -> None:
    """Use `ContentDirectionStyle` around the app's current style (once)."""
    global _style
    if _style is not None or not isinstance(app, QApplication):
        return
    _style = ContentDirectionStyle(app.style().name())
    app.setStyle(_style)
