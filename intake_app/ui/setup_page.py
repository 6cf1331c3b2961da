"""First run, one step at a time: language and what Seinpost is, the office card checked by ear,
a passphrase, then the liaison's own card with its fingerprint and QR code and the next step.

The office card's fingerprint is not shown before the liaison typed what the office read aloud:
shown first, it would be copied instead of compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import SeinpostError
from intake_app.ui.access import name_fields
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.eliding_combo import ElidingComboBox
from intake_app.ui.engine_loader import EngineLoader
from intake_app.ui.erased_sealed import offer as offer_for_sealed
from intake_app.ui.fingerprint_texts import fingerprint_problem
from intake_app.ui.guide_texts import does_and_does_not
from intake_app.ui.keyring_choice import KeyringChoice
from intake_app.ui.messages import describe_error
from intake_app.ui.outside_text import plain, shown_name
from intake_app.ui.setup_steps import label as _label
from intake_app.ui.setup_steps import scrolled_step as _scrolled_step
from intake_app.ui.setup_steps import show_in_scroll as _show_in_scroll
from intake_app.ui.setup_steps import warm_up_strength as _warm_up_strength
from intake_app.ui.strength_meter import StrengthMeter
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.window_menus import LANGUAGES

if TYPE_CHECKING:  # the engines load when first needed, not before the first screen
    from intake_app.crypto.keycard import KeyCard
    from intake_app.services.liaison import LiaisonSession

class SetupPage(QWidget):
    created = Signal(object)  # LiaisonSession, once the liaison has seen their own card
    language_chosen = Signal(str)
    discard_sealed = False  # this once, an erased profile's sealed files may go (erased_sealed)

    def __init__(
        self, profile_dir: Path, dialogs: FileDialogs, runner: TaskRunner,
        engines: EngineLoader, parent=None, *, language: str = "nl",
    ) -> None:
        super().__init__(parent)
        self._profile_dir = profile_dir
        self._dialogs = dialogs
        self._runner = runner
        self._engines = engines  # creating the profile waits for them (engine_loader.py)
        engines.failed.connect(self._failed)  # said; the next click loads them again
        self._card: KeyCard | None = None
        self._card_path: Path | None = None
        self._session: LiaisonSession | None = None
        self.steps = QStackedWidget()
        self.steps.addWidget(self._welcome_step(language))
        self.steps.addWidget(self._card_step())
        self.steps.addWidget(self._passphrase_step())
        self.steps.addWidget(self._done_step())
        self.error = _label("", "error")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        # Where an error stands: under the field in question on the card and passphrase steps
        # (at the window's foot it stood 300 px below the mistyped fingerprint), else here.
        self._error_slots = {-1: QVBoxLayout(), 1: self._card_slot, 2: self._passphrase_slot}
        layout.addLayout(self._error_slots[-1])
        name_fields(self)

    def _welcome_step(self, language: str) -> QWidget:
        self.language = ElidingComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        language_label = QLabel(self.tr("&Language / Taal"))
        language_label.setBuddy(self.language)
        self.start_button = QPushButton(self.tr("Ne&xt: the office card"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(lambda: self.go_to(1))
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(_label(self.tr("Welcome to Seinpost"), "title"))
        column.addLayout(row)
        self.intro = _label(does_and_does_not())
        column.addWidget(self.intro)
        return _scrolled_step(inner, self.tr("Welcome to Seinpost"), self.start_button)

    def _card_step(self) -> QWidget:
        page = QWidget()
        self.choose_card = QPushButton(self.tr("Choose the office &card…"))
        self.choose_card.clicked.connect(self._choose_card)
        self.card_label = plain(_label(self.tr("No card chosen yet.")))  # a card's name
        self.typed_fingerprint = QLineEdit()
        self.typed_fingerprint.setPlaceholderText(self.tr("8 groups of 5 digits"))
        self.typed_fingerprint.returnPressed.connect(self.check_fingerprint)
        typed_label = QLabel(self.tr("What the office rea&ds to you"))
        typed_label.setBuddy(self.typed_fingerprint)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.clicked.connect(self.check_fingerprint)
        self.fingerprint_label = _label("", "fingerprint")  # only after a match
        self.fingerprint_label.hide()
        self.card_next = QPushButton(self.tr("Nex&t: your passphrase"))
        self.card_next.setProperty("primary", True)
        self.card_next.setEnabled(False)
        self.card_next.clicked.connect(lambda: self.go_to(2))
        card_row = QHBoxLayout()
        card_row.addWidget(self.choose_card)
        card_row.addWidget(self.card_label, 1)
        typed_row = QHBoxLayout()
        typed_row.addWidget(typed_label)
        typed_row.addWidget(self.typed_fingerprint, 1)
        typed_row.addWidget(self.check_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("The office's card"), "title"))
        layout.addWidget(_label(self.tr(
            "Seinpost seals every signal for the central office only. Make sure the card "
            "is the office's real one: call the office, or meet them, and ask them to "
            "read its fingerprint aloud. Type what you hear; Seinpost then compares it.")))
        layout.addLayout(card_row)
        layout.addLayout(typed_row)
        self._card_slot = QVBoxLayout()
        layout.addLayout(self._card_slot)
        layout.addWidget(self.fingerprint_label)
        layout.addStretch(1)
        layout.addWidget(self.card_next, 0, Qt.AlignRight)
        return page

    def _passphrase_step(self) -> QWidget:
        inner = QWidget()
        self.liaison_name = QLineEdit()
        self.liaison_name.textChanged.connect(lambda _text: self.meter.refresh())
        self.liaison_name.setPlaceholderText(self.tr("The name the office knows you by"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        # The liaison's and the office's names are words an attacker of this laptop tries
        # first (review r12x X1: "Amira2026" read "Strong enough").
        self.meter = StrengthMeter(self.passphrase, lambda: [
            self.liaison_name.text(), self._card.name if self._card is not None else "",
            self._profile_dir.name], runner=self._runner)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.use_keyring = KeyringChoice()  # unticked and explained where there is none
        self.create_button = QPushButton(self.tr("C&reate my vault"))
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_profile)
        # Enter in the last field creates the vault (a page is no dialog: no default button),
        # and a warning about what was typed goes as soon as it is typed anew: "too easy to
        # guess" stayed beside "Very strong" (review r12v F8).
        self.repeat.returnPressed.connect(self._create_on_enter)
        for field in (self.liaison_name, self.passphrase, self.repeat):
            field.textEdited.connect(self._clear_error)
        form = QFormLayout()
        for text, field in (
            (self.tr("Your &name"), self.liaison_name),
            (self.tr("&Passphrase"), self.passphrase),
            ("", self.meter),
            (self.tr("Rep&eat passphrase"), self.repeat),
            ("", self.use_keyring),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(inner)
        layout.addWidget(_label(self.tr("Your passphrase"), "title"))
        layout.addWidget(
            _label(
                self.tr(
                    "The passphrase opens your vault on this laptop. Nobody can recover it for "
                    "you, not even the office: choose several unrelated words you will remember."
                )
            )
        )
        layout.addLayout(form)
        self._passphrase_slot = QVBoxLayout()
        layout.addLayout(self._passphrase_slot)
        # Scrolled, the button always in view: at 1.5× scale an error pressed the keyring
        # choice and its note into each other, cut in half (review r12w F9).
        return _scrolled_step(inner, self.tr("Your passphrase"), self.create_button)

    def _done_step(self) -> QWidget:
        self.own_fingerprint = _label("", "fingerprint")
        self.own_fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.own_qr = QLabel()
        self.own_qr.setAccessibleName(self.tr("Your fingerprint as a QR code"))
        self.save_card_button = QPushButton(self.tr("&Save my key card…"))
        self.save_card_button.clicked.connect(self.save_card)
        self.saved_label = plain(_label(""))  # a folder's name
        self.finish_button = QPushButton(self.tr("&Go to my signals"))
        self.finish_button.setProperty("primary", True)
        self.finish_button.clicked.connect(self.finish)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(_label(self.tr("Your vault is ready"), "title"))
        column.addWidget(_label(self.tr(
            "Next step: give your key card to the office (save it on a USB stick) and read them "
            "this fingerprint, or let them scan the code. Only then will the office accept your "
            "bundles.")))
        column.addWidget(self.own_fingerprint)
        column.addWidget(self.own_qr)
        # Saving the card is the step the page asks for: beside "Go to my signals", always in
        # view, not below the QR code where 1.5× scale put it out of sight (review r12v F10).
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_card_button)
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.finish_button)
        return _scrolled_step(inner, self.tr("Your vault is ready"), bar)

    # ----- behaviour ------------------------------------------------------------------------

    def go_to(self, step: int) -> None:
        self._show_error("")
        self.steps.setCurrentIndex(step)
        if step == 2:
            self.use_keyring.find_out(self._runner, self._engines)
        if step in (1, 2):  # the estimator's words load ahead, as the card step is read
            self._engines.when_ready(self, lambda: self._runner.start(
                lambda _progress: _warm_up_strength()))  # (once a process: passphrase.py)
        first = {1: self.choose_card, 2: self.liaison_name, 3: self.finish_button}.get(step)
        if first is not None:
            first.setFocus()

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        slot = self._error_slots.get(self.steps.currentIndex(), self._error_slots[-1])
        if slot.indexOf(self.error) < 0:
            self.error.setParent(None)  # out of the layout it stood in
            slot.addWidget(self.error)
        self.error.setText(("\u26a0 " + text) if text else "")
        self.error.setVisible(bool(text))
        if field is not None:
            field.setFocus()
        if text:  # the error in view too, the field just above it
            _show_in_scroll(self.error, field)

    def _clear_error(self) -> None:
        self._show_error("")

    def _create_on_enter(self) -> None:
        if self.create_button.isEnabled():
            self.create_button.click()

    def _choose_card(self) -> None:
        path = self._dialogs.open_card(self)
        if path is not None:
            self.load_card(path)

    def load_card(self, path: Path) -> None:
        from intake_app.services.liaison import read_office_card

        self.fingerprint_label.hide()
        self.card_next.setEnabled(False)
        try:
            card = read_office_card(path)
        except (OSError, SeinpostError) as exc:
            self._card = self._card_path = None
            self.card_label.setText(self.tr("No card chosen yet."))
            self._show_error(describe_error(exc))
            return
        self._card, self._card_path = card, Path(path)
        self.card_label.setText(self.tr("Office: %1").replace("%1", shown_name(card.name)))
        self._show_error("")
        self.typed_fingerprint.setFocus()

    def check_fingerprint(self) -> bool:
        """Compare what was typed with the card; name the groups that differ."""
        if self._card is None:
            self._show_error(self.tr("Choose the office card first."), self.choose_card)
            return False
        problem = fingerprint_problem(self._card.fingerprint, self.typed_fingerprint.text())
        if problem is not None:
            self.fingerprint_label.hide()
            self.card_next.setEnabled(False)
            self._show_error(problem, self.typed_fingerprint)
            return False
        self._show_error("")
        self.fingerprint_label.setText(
            self.tr("✔ The fingerprint matches: %1").replace("%1", self._card.fingerprint)
        )
        self.fingerprint_label.show()
        self.card_next.setEnabled(True)
        self.card_next.setFocus()
        return True

    def create_profile(self) -> None:
        if self._card is None or not self.check_fingerprint():
            self.go_to(1)
            return
        if not self.liaison_name.text().strip():
            self._show_error(self.tr("Give the name the office knows you by."), self.liaison_name)
            return
        self.meter.check_then(  # judged at the click, in a worker: never a stale verdict
            self._create_checked, lambda: self._show_error(self.meter.advice(), self.passphrase))

    def _create_checked(self, passphrase: str) -> None:
        if passphrase != self.repeat.text():
            self._show_error(self.tr("The two passphrases are not the same."), self.repeat)
            return
        card, typed = self._card, self.typed_fingerprint.text()
        name = self.liaison_name.text().strip()
        use_keyring = self.use_keyring.isChecked()
        discard, self.discard_sealed = self.discard_sealed, False
        self.create_button.setEnabled(False)
        # Seconds of key derivation: said, not only a greyed button (review r12v F9).
        self._show_error("")
        self.create_button.setText(self.tr("Creating your vault…"))

        def work(_progress):
            from intake_app.services.liaison import LiaisonSession

            return LiaisonSession.initialise(
                self._profile_dir, passphrase, card, typed,
                liaison_name=name, use_keyring=use_keyring, discard_sealed=discard,
            )

        self._engines.when_ready(self, lambda: self._runner.start(
            work, on_success=self._created, on_failure=self._failed))

    def _created(self, session: LiaisonSession) -> None:
        from intake_app.ui.qr import qr_pixmap

        self.passphrase.clear()
        self.repeat.clear()
        self._session = session
        fingerprint = session.status().liaison_fingerprint
        self.own_fingerprint.setText(self.tr("Your fingerprint: %1").replace("%1", fingerprint))
        self.own_qr.setPixmap(qr_pixmap("SEINPOST-FP:" + fingerprint.replace(" ", "")))
        self.go_to(3)

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self.create_button.setText(self.tr("C&reate my vault"))
        self._show_error(describe_error(exc))
        offer_for_sealed(self, exc)  # an erased profile's sealed signals: saved first (R7K-11)

    def save_card(self) -> None:
        session = self._session  # a lock while the chooser was open ends it: asked again below
        target = session and self._dialogs.save_card_as(self, session.liaison_card_file_name())
        if not target or self._session is None:
            return
        try:
            self._session.save_liaison_card(target)
        except Exception as exc:  # shown, never fatal
            self._show_error(describe_error(exc))
            return
        self.saved_label.setText(self.tr("Saved in the folder %1 as %2.")  # the folder too
                                 .replace("%1", shown_name(target.parent))
                                 .replace("%2", shown_name(target.name)))

    def finish(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            self.created.emit(session)

    # ----- a language switch keeps what is typed ---------------------------------------------

    def state(self) -> dict[str, Any]:
        """What the liaison typed and chose (kept in memory only, across a language switch)."""
        return {
            "step": self.steps.currentIndex(),
            "card": self._card_path,
            "typed": self.typed_fingerprint.text(),
            "name": self.liaison_name.text(),
            "passphrase": self.passphrase.text(),
            "repeat": self.repeat.text(),
            "keyring": self.use_keyring.isChecked(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("card") is not None:
            self.load_card(state["card"])
        self.typed_fingerprint.setText(state.get("typed", ""))
        self.liaison_name.setText(state.get("name", ""))
        self.passphrase.setText(state.get("passphrase", ""))
        self.repeat.setText(state.get("repeat", ""))
        self.use_keyring.setChecked(state.get("keyring", True))
        step = state.get("step", 0)
        if step >= 2 and not self.check_fingerprint():
            step = 1
        self.go_to(min(step, 2))  # the keyring is asked about again on the passphrase step
