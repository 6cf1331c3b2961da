"""One row of push buttons; those the width has no room for move into a "More" menu.

Review r12w F2: the list's buttons wrapped onto four rows at 1024×600 and 1.5× scale, and with
the title and the keyring note they pushed the list itself below the bottom of the screen. One
row keeps the list in sight. The buttons are added in order of use: the first ones stay in
the row, the last ones go into the menu first, as a toolbar's extension menu does. A button in
the menu keeps its Alt key (an action on the row carries it while the button is hidden), and
Enter on a focused button presses it, as Space does (review r12w F5: in the main window Qt's
push buttons answer Space only).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QSizePolicy, QWidget

ENTER_KEYS = (Qt.Key_Return, Qt.Key_Enter)


class EnterPresses(QObject):
    """Enter or Return on a focused push button presses it (a button with a menu opens it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.KeyPress
            and event.key() in ENTER_KEYS
            and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier)
            and isinstance(watched, QPushButton)
            and watched.isEnabled()
        ):
            if watched.menu() is not None:
                watched.showMenu()
            else:
                watched.animateClick()
            return True
        return False


class ActionRow(QWidget):
    """Buttons side by side in the order added; what does not fit is offered by `more`."""

    def __init__(self, more_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QPushButton] = []
        self._wanted: dict[QPushButton, bool] = {}
        self._actions: dict[QPushButton, QAction] = {}
        self._enter = EnterPresses(self)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The row's own width decides which buttons show, not the other way round.
        self._layout.setSizeConstraint(QHBoxLayout.SetNoConstraint)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more = QPushButton(more_text)
        self.more.setMenu(self.menu)
        self.more.installEventFilter(self._enter)
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        # As wide as the window lets it be: the row gives way, never the window.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)

    def add(self, button: QPushButton) -> None:
        """Append `button` (later ones go into the menu first)."""
        self._layout.insertWidget(len(self._buttons), button)
        self._buttons.append(button)
        self._wanted[button] = True
        button.installEventFilter(self._enter)
        action = QAction(button.text(), self)
        action.triggered.connect(lambda _checked=False, b=button: b.isEnabled() and b.click())
        self.addAction(action)  # its Alt key works while the button is in the menu
        self._actions[button] = action
        if self.isVisible():  # else once shown (showEvent): arranged at every add, twelve
            self._arrange()  # buttons were measured 78 times while the page was built

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_wanted(self, button: QPushButton, wanted: bool) -> None:
        """Offer `button` (in the row or the menu) or not at all."""
        if self._wanted[button] != wanted:
            self._wanted[button] = wanted
            self._arrange()

    def in_menu(self) -> list[QPushButton]:
        """The wanted buttons the row had no room for, in order."""
        return [b for b in self._buttons if self._wanted[b] and b.isHidden()]

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        spacing = self._layout.spacing()
        wanted = [b for b in self._buttons if self._wanted[b]]
        widths = [b.sizeHint().width() for b in wanted]
        room = self.width()
        if sum(widths) + spacing * max(len(widths) - 1, 0) > room:
            room -= self.more.sizeHint().width() + spacing
        used, fits = 0, True
        for button, width in zip(wanted, widths, strict=True):
            fits = fits and used + width <= room
            used += width + spacing
            button.setVisible(fits)
        for button in self._buttons:
            if not self._wanted[button]:
                button.hide()
            hidden_but_wanted = self._wanted[button] and button.isHidden()
            keys = QKeySequence.mnemonic(button.text()) if hidden_but_wanted else QKeySequence()
            self._actions[button].setShortcut(keys)
        self.more.setVisible(bool(self.in_menu()))

    def _fill_menu(self) -> None:
        """The menu as the buttons are now: their texts, Alt keys, tooltips and enabled state."""
        self.menu.clear()
        for button in self.in_menu():
            action = self.menu.addAction(button.text())
            action.setToolTip(button.toolTip())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
        self.menu.setToolTipsVisible(True)
