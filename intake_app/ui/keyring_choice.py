"""The set-up's "also use the keyring" choice, which never promises a keyring that is not there.

Ticked by default; but once the engines are in, a worker asks whether this computer has a real
keyring (`vault.keyring_available`, which may wait on D-Bus, so never on the GUI thread). Without
one the box is unticked and disabled and a sentence under it says why and what it means (review
r12u F18: it stayed ticked, and only the list said afterwards that no keyring had been used).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from intake_app.ui.engine_loader import EngineLoader
from intake_app.ui.tasks import TaskRunner


def _ask_keyring(_progress) -> bool:
    from intake_app.vault import keyring_available  # the keyring library: after the engines

    return keyring_available()


class KeyringChoice(QWidget):
    """A check box and, when there is no keyring, the reason it cannot be ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("Also protect the vault with this computer's keyring"))
        self.box.setChecked(True)
        self.note = QLabel()
        self.note.setObjectName("help")
        self.note.setWordWrap(True)
        self.note.hide()
        self.available: bool | None = None  # not known yet
        self._asked = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.box)
        column.addWidget(self.note)
        self.setFocusProxy(self.box)

    def find_out(self, runner: TaskRunner, engines: EngineLoader) -> None:
        """Ask (once, in the background) whether a keyring exists; the answer sets the box."""
        if not self._asked:
            self._asked = True
            engines.when_ready(self, lambda: runner.start(
                _ask_keyring, on_success=self.set_available))

    def set_available(self, available: bool) -> None:
        """With a keyring the box stays as chosen; without, unticked, disabled and explained."""
        self.available = bool(available)
        self.box.setEnabled(self.available)
        if not self.available:
            self.box.setChecked(False)
            self.note.setText(self.tr(
                "This computer has no keyring that Seinpost can use, so your vault will be "
                "protected by your passphrase alone. Choose a long one."))
        else:  # what the tick binds the vault to (review r12x X8: it never said)
            self.note.setText(self.tr(
                "Then the vault opens only in this user account on this computer, and only "
                "while its keyring keeps Seinpost's entry: a new account, a reset keyring or "
                "another computer cannot open it."))
        self.note.setVisible(True)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked and self.box.isEnabled())
