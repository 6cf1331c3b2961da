"""A warning beside a passphrase field while Caps Lock seems to be on (review r12x X11).

Qt has no portable question "is Caps Lock on?", and a password field shows only dots, so a
frightened person typing with Caps Lock on sees nothing wrong until the vault refuses, and with
wipe-after on every refusal counts. The watcher judges from what the keys type: a letter that
comes out upper case without Shift, or lower case with Shift, means Caps Lock is on; a letter
the other way round means it is off. On X11 and Windows the key event also carries the lock's
own state (the native modifiers), read for every key, letters or not. Nothing typed is kept:
only the one letter of the event is looked at, and never stored.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from intake_app.ui.message_bar import alert_text

X11_LOCK_MASK = 0x2  # xcb's LockMask in the key event's state
WINDOWS_CAPS_LOCK = 0x100  # qwindowskeymapper's CapsLock bit in nativeModifiers()


def caps_lock_from_event(event: QKeyEvent) -> bool | None:
    """True/False when the key event tells whether Caps Lock is on, None when it cannot."""
    native = event.nativeModifiers()
    platform = QGuiApplication.platformName()
    if native and platform == "xcb":
        return bool(native & X11_LOCK_MASK)
    if native and platform == "windows" and sys.platform == "win32":
        return bool(native & WINDOWS_CAPS_LOCK)
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None  # a digit, a sign, or a letter without cases says nothing
    shifted = bool(event.modifiers() & Qt.ShiftModifier)
    return text.isupper() != shifted


class CapsLockWatch(QObject):
    """Shows `warning` (a hidden QLabel) while Caps Lock seems on as keys reach `field`; hides
    it when a key says it is off or the field loses the focus."""

    def __init__(self, field: QLineEdit, warning: QLabel) -> None:
        super().__init__(field)
        self._warning = warning
        warning.setText(alert_text(warning.objectName(), self.tr(
            "Caps Lock is on: the passphrase may come out in capitals.")))
        warning.hide()
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.KeyPress:
            on = caps_lock_from_event(event)
            if on is not None:
                self._warning.setVisible(on)
        elif kind == QEvent.FocusOut:
            self._warning.hide()
        return False
