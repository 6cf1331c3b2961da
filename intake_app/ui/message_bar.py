"""What an action on the list came to, above the list where the eye is, until it is hidden.

Review r12w F3: under the list it was below the bottom of the screen at 1.5× scale, so an
export's result and its "not on a separate USB stick" warning went unseen.

A message belongs to the action that made it (review r12v F15: a warning about one draft's
attachment still stood there after another draft was discarded, "10 fields to fill" on tabs
that showed no draft). A notice goes by itself after NOTICE_MS; a warning or an error stays
until it is hidden, or until the page clears it at the person's next action (another tab, an
editor opening, new work starting).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from intake_app.ui.outside_text import plain

WARNING_SIGN = "\u26a0 "
#: How long a notice (not a warning or an error) stays, in milliseconds: long enough to read
#: a few sentences twice.
NOTICE_MS = 20_000


def alert_text(kind: str, text: str) -> str:
    """`text` as a label styled `kind` ("notice", "warning", "error") shows it: a warning or an
    error starts with the warning sign (once), so it is not told by colour alone; "" stays ""."""
    marked = kind in ("warning", "error") and text and not text.startswith(WARNING_SIGN)
    return WARNING_SIGN + text if marked else text


def restyle(widget: QWidget, name: str | None = None) -> None:
    """Apply the style sheet's rules to `widget` again, named `name` (QLabel#error, #warning,
    #notice …) if given, its size included. Unpolish and polish alone drew the new border and
    padding but left the frame width Qt lays a label out by as it was, so a word-wrapped label
    got one padding too little height and its text stood on its border (review r12z R5: the
    Security settings' red box at 1024x600); the style-change event sets it anew."""
    if name is not None:
        widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QApplication.sendEvent(widget, QEvent(QEvent.StyleChange))
    widget.updateGeometry()


class MessageBar(QWidget):
    """A notice, warning or error (`label`, styled by its object name) and a button to hide it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain(QLabel())  # may name a file (review r12ae-7)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(lambda: self.say(""))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignTop)
        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.timeout.connect(lambda: self.say(""))
        self.say("")

    def say(self, text: str, kind: str = "notice") -> None:
        """Show `text` as `kind` ("notice", "warning", "error"; empty `text` hides the bar).
        Not by colour alone: a warning or an error starts with a sign."""
        restyle(self.label, kind)
        self.label.setText(alert_text(kind, text))
        self.label.setVisible(bool(text))
        self.setVisible(bool(text))
        self.expiry.stop()
        if text and kind == "notice":
            self.expiry.start(NOTICE_MS)

    def take(self, other: MessageBar) -> None:
        """Say what `other` (on a page this one replaces, already off screen) was saying."""
        if not other.isHidden():
            self.say(other.label.text(), other.label.objectName())
