"""A row of buttons that wraps onto more lines when the window is narrow.

Review r12v F4: at 1024×600 with 1.5× scale (683 logical pixels) the Dutch list's two button rows
made the main window at least 1277 px wide, so Security, Lock and My key card were off the screen
and the window could not be made narrower. Qt has no wrapping layout of its own; this one follows
Qt's Flow Layout example: items keep their order, each line is as high as its tallest item, and
the layout asks its parent for the height its width needs (heightForWidth). Right to left, the
lines start at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets side by side, wrapped onto a new line where the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of every shown item (what the window prefers when there is room)."""
        shown = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap(Qt.Horizontal) * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (QStyle.PM_LayoutHorizontalSpacing if orientation == Qt.Horizontal
                  else QStyle.PM_LayoutVerticalSpacing)
        return parent.style().pixelMetric(metric, None, parent)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (when `move`); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        mirrored = self.parentWidget() is not None and \
            self.parentWidget().layoutDirection() == Qt.RightToLeft
        h_gap = max(self._gap(Qt.Horizontal), 0)
        v_gap = max(self._gap(Qt.Vertical), 0)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + v_gap
                line_height = 0
            if move:
                left = area.right() + 1 - (x - area.x()) - width if mirrored else x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, hint.height())))
            x += width + h_gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
