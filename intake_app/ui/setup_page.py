"""First run: verify the office card by its fingerprint, choose a passphrase, create the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.crypto.keycard import KeyCard
from intake_app.errors import SeinpostError
from intake_app.services.liaison import LiaisonSession, read_office_card
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.messages import describe_error
from intake_app.ui.tasks import TaskRunner

MIN_PASSPHRASE = 10


class SetupPage(QWidget):
    created = Signal(object)  # LiaisonSession

    def __init__(
        self, profile_dir: Path, dialogs: FileDialogs, runner: TaskRunner, parent=None
    ) -> None:
        super().__init__(parent)
        self._profile_dir = profile_dir
        self._dialogs = dialogs
        self._runner = runner
        self._card: KeyCard | None = None

        title = QLabel(self.tr("Set up Seinpost"))
        title.setObjectName("title")
        self.intro = intro = QLabel(
            self.tr(
                "Seinpost seals every signal for the central office only. First check that you "
                "have the office's real card: ask the office to read its fingerprint to you, by "
                "phone or in person, and type it below."
            )
        )
        intro.setWordWrap(True)

        self.choose_card = QPushButton(self.tr("Choose the office &card…"))
        self.choose_card.clicked.connect(self._choose_card)
        self.card_label = QLabel(self.tr("No card chosen yet."))
        self.card_label.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.typed_fingerprint = QLineEdit()
        self.typed_fingerprint.setPlaceholderText(self.tr("The digits the office reads to you"))
        self.liaison_name = QLineEdit()
        self.liaison_name.setPlaceholderText(self.tr("The name the office knows you by"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.use_keyring = QCheckBox(self.tr("Also protect the vault with this computer's keyring"))
        self.use_keyring.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.create_button = QPushButton(self.tr("C&reate my vault"))
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_profile)

        form = QFormLayout()
        card_row = QHBoxLayout()
        card_row.addWidget(self.choose_card)
        card_row.addWidget(self.card_label, 1)
        form.addRow(self.tr("Office card"), card_row)
        form.addRow(self.tr("Its fingerprint"), self.fingerprint_label)
        fingerprint_label = QLabel(self.tr("Con&firm the fingerprint"))
        fingerprint_label.setBuddy(self.typed_fingerprint)
        form.addRow(fingerprint_label, self.typed_fingerprint)
        name_label = QLabel(self.tr("Your &name"))
        name_label.setBuddy(self.liaison_name)
        form.addRow(name_label, self.liaison_name)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        repeat_label = QLabel(self.tr("Rep&eat passphrase"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        form.addRow("", self.use_keyring)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _choose_card(self) -> None:
        path = self._dialogs.open_card(self)
        if path is not None:
            self.load_card(path)

    def load_card(self, path: Path) -> None:
        try:
            card = read_office_card(path)
        except (OSError, SeinpostError) as exc:
            self._card = None
            self.card_label.setText(self.tr("No card chosen yet."))
            self.fingerprint_label.clear()
            self._show_error(describe_error(exc))
            return
        self._card = card
        self.card_label.setText(self.tr("Office: %1").replace("%1", card.name))
        self.fingerprint_label.setText(card.fingerprint)
        self._show_error("")
        self.typed_fingerprint.setFocus()

    def create_profile(self) -> None:
        if self._card is None:
            self._show_error(self.tr("Choose the office card first."))
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self._show_error(
                self.tr("Choose a passphrase of at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
            return
        if self.passphrase.text() != self.repeat.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            return
        if not self.liaison_name.text().strip():
            self._show_error(self.tr("Give the name the office knows you by."))
            return
        card, typed = self._card, self.typed_fingerprint.text()
        name, passphrase = self.liaison_name.text().strip(), self.passphrase.text()
        use_keyring = self.use_keyring.isChecked()
        self.create_button.setEnabled(False)
        self._show_error("")

        def work(_progress):
            return LiaisonSession.initialise(
                self._profile_dir,
                passphrase,
                card,
                typed,
                liaison_name=name,
                use_keyring=use_keyring,
            )

        self._runner.start(work, on_success=self._created, on_failure=self._failed)

    def _created(self, session: LiaisonSession) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(session)

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self._show_error(describe_error(exc))
