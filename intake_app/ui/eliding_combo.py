"""A drop-down whose choice is never cut without a sign.

Qt draws a combo box's current choice clipped at the field's edge, with no ellipsis, and opens
its list only as wide as the field: on a small laptop the long Dutch categories ("Beïnvloeding
of financiering van maatschappelijke, religieuze of studentenorganisaties") lost their end in
both. Here a choice too long for the field ends in "…" (on the text's own end, also right to
left: the app's style marks its direction), its whole text is the field's tooltip and each
item's tooltip (given when asked), and the list opens as wide as its longest choice, up to
the screen's width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QWidget,
)

from intake_app.ui.content_direction import ContentDirectionDelegate


class _ChoiceDelegate(ContentDirectionDelegate):
    """A choice in its own direction, with the room around it that Qt's own list gives (a
    plain item delegate draws rows too tight to hit easily)."""

    def sizeHint(self, option, index) -> QSize:
        return super().sizeHint(option, index).grownBy(QMargins(6, 4, 6, 4))

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.rect = option.rect.marginsRemoved(QMargins(6, 0, 6, 0))

    def helpEvent(self, event, view, option, index) -> bool:
        """A choice's whole text as its tooltip, given when asked: not stored on each of a
        country list's 250 rows while the editor is built (about 10 ms, review r12y R7)."""
        if event.type() == QEvent.ToolTip and index.isValid():
            QToolTip.showText(event.globalPos(), index.data(Qt.DisplayRole), view)
            return True
        return super().helpEvent(event, view, option, index)


class ElidingComboBox(QComboBox):
    """A QComboBox that elides its shown choice ("…", with the whole text as tooltip) and opens
    a list as wide as its longest choice (never wider than the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each choice in its own direction in the list too ("Kies…", not "…Kies", right to
        # left), elided only where even the screen is too narrow.
        self.setItemDelegate(_ChoiceDelegate(self))
        self.view().setTextElideMode(Qt.ElideRight)
        # Every row one line of text: sized once, not each of a country list's 250 rows each
        # time the style sheet polishes the list again (every move into a layout while the
        # editor is built; 2,656 calls, about 200 ms of the GUI thread, review r12y R7).
        self.view().setUniformItemSizes(True)
        self.currentIndexChanged.connect(self._update_tip)
        self._type_ahead = True

    def set_type_ahead(self, on: bool) -> None:
        """Whether typed letters choose an entry (Qt's keyboard search; on by default)."""
        self._type_ahead = on

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A drop-down that decides what the fields beside it mean (the kind of place or of
        # period) takes no letters: Qt's type-ahead turned "Ede", typed for a municipality,
        # into "A province" and Drenthe without a word (review r12v F1). Arrow keys, F4 and
        # the list still choose.
        text = event.text()
        plain = not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)
        if not self._type_ahead and plain and text.isprintable() and text.strip():
            event.accept()
            return
        super().keyPressEvent(event)

    def _edit_field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, self)
        return field.width()

    def shown_text(self) -> str:
        """The current choice as it is drawn: whole, or cut and ending in "…" to fit."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.ElideRight, max(self._edit_field_width(), 0))

    def _update_tip(self) -> None:
        whole = self.currentText()
        self.setToolTip(whole if self.shown_text() != whole else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, _event) -> None:
        # What QComboBox.paintEvent does, with the label elided instead of clipped.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        view = self.view()
        room = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + room, screen.width()))
        super().showPopup()
