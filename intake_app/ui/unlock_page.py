"""Unlock the vault with the passphrase; key derivation runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from intake_app.ui.access import name_fields
from intake_app.ui.messages import describe_error
from intake_app.ui.tasks import TaskRunner


class UnlockPage(QWidget):
    unlocked = Signal(object)  # LiaisonSession
    setup_requested = Signal()  # the vault was erased: the person sets up a new profile

    def __init__(self, profile_dir: Path, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._profile_dir = profile_dir
        self._runner = runner
        title = QLabel(self.tr("Seinpost is locked"))
        title.setObjectName("title")
        intro = QLabel(self.tr("Type your passphrase to open your vault."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        self.notice = QLabel()
        self.notice.setObjectName("warning")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        # Only for an erased vault: set-up replaces what the erasure left where it can prove
        # the erasure, and says what to do where it cannot (services/opening.py).
        self.setup_again = QPushButton(self.tr("&Set up a new profile…"))
        self.setup_again.clicked.connect(self.setup_requested)
        self.setup_again.hide()

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.setup_again)
        layout.addStretch(1)
        name_fields(self)

    def refresh(self) -> None:
        """Show what the liaison must know before typing (keyring missing, last attempt).

        The vault's status is read off the GUI thread: the first read loads the keyring library
        and may ask the keyring over D-Bus, which would freeze the window for a moment."""
        self.passphrase.setFocus()
        profile_dir = self._profile_dir

        def work(_progress):
            from intake_app.vault import Vault

            return Vault.open(profile_dir).status()

        self._runner.start(work, on_success=self._show_status, on_failure=self._status_failed)

    def _show_status(self, status) -> None:
        notes = []
        self.setup_again.setVisible(status.wiped)
        if status.wiped:
            notes.append(self.tr("This vault was erased after too many wrong passphrases; its "
                                 "signals cannot be recovered on this laptop."))
        elif status.warning:
            notes.append(
                self.tr("No system keyring: this vault is protected by the passphrase only.")
            )
        if status.last_attempt_warning:
            notes.append(self.tr("Careful: one more wrong passphrase erases this vault for good."))
        self._show(self.notice, "\n".join(notes))

    def _status_failed(self, exc: Exception) -> None:
        self._show(self.error, describe_error(exc))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        self._show(self.error, "")

        def work(_progress):
            from intake_app.services.liaison import LiaisonSession

            return LiaisonSession.unlock(self._profile_dir, passphrase)

        self._runner.start(work, on_success=self._unlocked, on_failure=self._failed)

    def _unlocked(self, session) -> None:
        self.passphrase.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(session)

    def _failed(self, exc: Exception) -> None:
        self.passphrase.clear()
        self.unlock_button.setEnabled(True)
        self._show(self.error, describe_error(exc))
        self.refresh()
