"""Security settings: passphrase, auto-lock time, wipe after wrong attempts, duress passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.services import security_settings as sec
from intake_app.services.liaison import LiaisonSession
from intake_app.ui.access import name_fields
from intake_app.ui.fit import FittedDialog, fit_to_screen
from intake_app.ui.message_bar import restyle
from intake_app.ui.messages import describe_error
from intake_app.ui.scrolling_form import ScrollingForm
from intake_app.ui.security_fields import password_field, profile_names
from intake_app.ui.strength_meter import StrengthMeter
from intake_app.ui.tasks import TaskRunner
from intake_app.vault import (
    MAX_WIPE_AFTER,
    MIN_WIPE_AFTER,
    DuressIsPassphrase,
    DuressNameNeeded,
    PassphraseIsDuress,
    WrongPassphrase,
)


class SecurityDialog(FittedDialog):
    auto_lock_changed = Signal(int)  # minutes

    def __init__(self, session: LiaisonSession, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Security settings"))
        self._session = session
        self._runner = runner
        status = session.vault_status()

        self.current = password_field()
        current_label = QLabel(self.tr("Your &current passphrase"))
        current_label.setBuddy(self.current)
        current_hint = QLabel(self.tr("Needed for every change below except the auto-lock time."))
        current_hint.setWordWrap(True)

        self.new = password_field()
        self.repeat = password_field()
        # The vault's own rule and set-up's meter and sentence (review r12x X10: a rule of
        # "at least 10 characters" here, another at set-up), with this profile's names.
        self.meter = StrengthMeter(self.new, lambda: profile_names(session), runner=runner)
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        passphrase_box = QGroupBox(self.tr("Passphrase"))
        form = QFormLayout(passphrase_box)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow("", self.change_button)

        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes"))
        self.auto_lock.setRange(sec.MIN_AUTO_LOCK_MINUTES, sec.MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(session.auto_lock_minutes())
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock_button = QPushButton(self.tr("Set &auto-lock"))
        self.auto_lock_button.clicked.connect(self.save_auto_lock)
        lock_box = QGroupBox(self.tr("Lock when idle"))
        lock_row = QHBoxLayout(lock_box)
        lock_row.addWidget(QLabel(self.tr("Lock after")))
        lock_row.addWidget(self.auto_lock)
        lock_row.addStretch(1)
        lock_row.addWidget(self.auto_lock_button)

        self.wipe_enabled = QCheckBox(
            self.tr("&Erase the vault after this many wrong passphrases:")
        )
        self.wipe_attempts = QSpinBox()
        self.wipe_attempts.setAccessibleName(self.tr("Number of wrong passphrases"))
        self.wipe_attempts.setRange(MIN_WIPE_AFTER, min(MAX_WIPE_AFTER, 50))
        self.wipe_enabled.setChecked(status.wipe_after is not None)
        self._wipe_saved = status.wipe_after is not None  # the box as the vault has it
        self.wipe_attempts.setValue(status.wipe_after or 10)
        self.wipe_button = QPushButton(self.tr("Set &wipe"))
        self.wipe_button.clicked.connect(self.save_wipe_after)
        wipe_box = QGroupBox(self.tr("Wrong passphrases"))
        wipe_row = QHBoxLayout()
        wipe_row.addWidget(self.wipe_enabled)
        wipe_row.addWidget(self.wipe_attempts)
        wipe_row.addStretch(1)
        wipe_row.addWidget(self.wipe_button)
        wipe_layout = QVBoxLayout(wipe_box)
        wipe_layout.addLayout(wipe_row)
        if not status.wipe_available:  # passphrase-only: the counter never erases (vault)
            for widget in (self.wipe_enabled, self.wipe_attempts, self.wipe_button):
                widget.setEnabled(False)
            self.wipe_hint = QLabel(self.tr(
                "Erasing after wrong passphrases works only with the system keyring; this "
                "profile is protected by its passphrase alone."))
            self.wipe_hint.setWordWrap(True)
            wipe_layout.addWidget(self.wipe_hint)

        duress_hint = QLabel(
            self.tr(
                "A duress passphrase opens an empty vault and erases this one for good. Use it "
                "only if someone forces you to open Seinpost."
            )
        )
        duress_hint.setWordWrap(True)
        # Labelled fields as wide as the passphrase ones (review r12aa A6: two ~90 px boxes
        # named by placeholders only, cut off once typing started).
        self.duress = password_field()
        self.duress.setAccessibleName(self.tr("Duress passphrase"))
        self.duress_repeat = password_field()
        self.duress_repeat.setAccessibleName(self.tr("Repeat the duress passphrase"))
        self.duress_button = QPushButton(self.tr("Set &duress passphrase"))
        self.duress_button.clicked.connect(self.save_duress)
        self.remove_duress_button = QPushButton(self.tr("&Remove it"))
        self.remove_duress_button.clicked.connect(self.remove_duress)
        self._duress_removable = True  # False while the vault says none is set
        self.duress_state = QLabel()
        self.duress_state.setObjectName("duress_state")
        self.duress_state.setWordWrap(True)
        duress_box = QGroupBox(self.tr("Duress passphrase"))
        duress_layout = QVBoxLayout(duress_box)
        duress_layout.addWidget(duress_hint)
        duress_layout.addWidget(self.duress_state)
        # The vault's one rule for it too: a duress passphrase someone guesses empties the
        # profile, so it is judged as the real one is (issue 7, with this profile's names).
        self.duress_meter = StrengthMeter(self.duress, lambda: profile_names(session),
                                           runner=runner)
        # The name the emptied profile's card shows (review r7e F6: always "Liaison" before,
        # unlike any profile set up here). Required, as set-up requires a name: a profile that
        # opens as "Liaison" could only be the emptied one (review r7h R7H-9).
        self.duress_name = QLineEdit()
        self.duress_name.setMaxLength(64)  # keycard.MAX_NAME
        duress_form = QFormLayout()
        duress_form.addRow(self.tr("Duress passphrase"), self.duress)
        duress_form.addRow("", self.duress_meter)
        duress_form.addRow(self.tr("Repeat it"), self.duress_repeat)
        duress_form.addRow(self.tr("&Name the emptied profile shows"), self.duress_name)
        duress_layout.addLayout(duress_form)
        duress_row = QHBoxLayout()
        duress_row.addWidget(self.duress_button)
        duress_row.addWidget(self.remove_duress_button)
        duress_row.addStretch(1)
        duress_layout.addLayout(duress_row)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)

        # Without a system keyring only the passphrase protects the vault: said here for good,
        # and above the list only once, after set-up (review r12v F15: it stood above every
        # list view for as long as the vault was used).
        self.keyring_note = QLabel(
            "\u26a0 " + self.tr("No system keyring was available: this vault is protected by "
                                "your passphrase only. Choose a long passphrase."))
        self.keyring_note.setObjectName("warning")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(bool(status.warning))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.keyring_note)
        current_row = QHBoxLayout()
        current_row.addWidget(current_label)
        current_row.addWidget(self.current, 1)
        layout.addLayout(current_row)
        layout.addWidget(current_hint)
        for box in (passphrase_box, lock_box, wipe_box, duress_box):
            layout.addWidget(box)
        # The settings scroll on a small screen; the result and Close stay in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Security settings"))
        scroll.setFocusPolicy(Qt.NoFocus)  # it took the focus at opening, drawn with no mark
        ScrollingForm(scroll)  # the wheel never changes the minutes or the attempts unasked
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.result)
        outer.addWidget(close)
        self.confirm: QMessageBox | None = None
        self._show_duress_state()
        name_fields(self)
        # As wide as the settings need with the person's font (a larger system font made the
        # buttons run off the right edge), up to the screen; past that they scroll sideways.
        needed = (body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                  + 2 * scroll.frameWidth() + 2 * outer.contentsMargins().left())
        fit_to_screen(self, max(640, needed), 640)
        self._protected = (
            self.change_button,
            self.wipe_button,
            self.duress_button,
            self.remove_duress_button,
        )
        self._wire_enter(close)
        self.current.setFocus()  # the first thing every change needs (review r12x X10)

    def _wire_enter(self, close: QDialogButtonBox) -> None:
        """Enter runs the change of the field's own group, never a default button: Enter in
        "current passphrase" pressed "Change passphrase", a change nobody had started (review
        r12x X10). In "current passphrase" it moves on, as Tab does."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        close.button(QDialogButtonBox.Close).setAutoDefault(False)
        self.current.returnPressed.connect(lambda: self.focusNextChild())
        for field in (self.new, self.repeat):
            field.returnPressed.connect(self.change_passphrase)
        for field in (self.duress, self.duress_repeat):
            field.returnPressed.connect(self.save_duress)

    def _show_duress_state(self) -> None:
        """Say whether a duress passphrase is set (in words); "Remove it" only when one may be."""
        try:
            is_set = self._session.duress_passphrase_set()
        except Exception as exc:  # shown, never fatal
            is_set, text = None, describe_error(exc)
        else:
            if is_set is None:
                text = self.tr("Seinpost cannot tell whether a duress passphrase is set (it was "
                               "set with an earlier version, or the vault file was put back "
                               "from an earlier copy). Set it again or remove it to be sure.")
            elif is_set:
                text = self.tr("A duress passphrase is set.")
            else:
                text = self.tr("No duress passphrase is set.")
        self._duress_removable = is_set is not False
        self.remove_duress_button.setEnabled(self._duress_removable)
        self.duress_state.setText(text)

    def _say(self, text: str, *, error: bool = False, field: QWidget | None = None) -> None:
        """Show a result; an error looks like one (sign and style) and focuses `field`."""
        restyle(self.result, "error" if error else "notice")
        self.result.setText(("\u26a0 " + text) if error and text else text)
        self.result.setVisible(bool(text))
        if field is not None:
            field.setFocus()

    def _protected_change(self, work: Callable[[str], None], done_text: str,
                          on_failure: Callable[[], None] | None = None,
                          fields: dict[type, QWidget] | None = None) -> None:
        """Run a change that needs the current passphrase off the GUI thread; `on_failure`
        puts the form back as the vault still has it. A refusal focuses its field: the current
        passphrase for a wrong one, `fields[kind]` for an error of that kind (review r12z R4)."""
        self._say("")  # an earlier result is not about this change (review r12z R5)
        fields = {WrongPassphrase: self.current, **(fields or {})}
        current = self.current.text()
        if not current:
            text = self.tr("Type your current passphrase first.")
            self._say(text, error=True, field=self.current)
            if on_failure is not None:
                on_failure()
            return
        for button in self._protected:
            button.setEnabled(False)

        def finished() -> None:
            for button in self._protected:
                button.setEnabled(button is not self.remove_duress_button
                                  or self._duress_removable)

        def succeeded(_result) -> None:
            finished()
            self.current.clear()
            self._show_duress_state()
            self._say(done_text)

        def failed(exc: Exception) -> None:
            finished()
            if on_failure is not None:
                on_failure()
            field = next((f for kind, f in fields.items() if isinstance(exc, kind)), None)
            self._say(describe_error(exc), error=True, field=field)

        self._runner.start(lambda _p: work(current), on_success=succeeded, on_failure=failed,
                           counts_attempt=True, owner=self)

    def change_passphrase(self) -> None:
        self._say("")  # an earlier result is not about this change (review r12z R5)
        # Judged at the click, in a worker (the meter's verdict may be of an earlier text).
        self.meter.check_then(self._change_checked, lambda: self._say(
            self.meter.advice(), error=True, field=self.new))

    def _change_checked(self, new: str) -> None:
        if new != self.repeat.text():
            self._say(
                self.tr("The two passphrases are not the same."), error=True, field=self.repeat
            )
            return
        self.new.clear()
        self.repeat.clear()
        self._protected_change(
            lambda current: self._session.change_passphrase(current, new),
            self.tr("Your passphrase was changed."), fields={PassphraseIsDuress: self.new},
        )

    def save_wipe_after(self) -> None:
        """Turning erasure on is confirmed first: a forgotten passphrase then costs the vault."""
        self._say("")  # an earlier result is not about this change (review r12z R5)
        if not self.wipe_enabled.isChecked():
            self.apply_wipe_after()
            return
        if not self.current.text():  # asked before "Turn this on?", not after it (r12v F14)
            self.wipe_enabled.setChecked(self._wipe_saved)  # nothing was turned on
            self._say(self.tr("Type your current passphrase first."), error=True,
                      field=self.current)
            return
        self.confirm = confirm = QMessageBox(
            QMessageBox.Warning,
            self.tr("Erase after wrong passphrases"),
            self.tr(
                "After %n wrong passphrase(s) in a row this vault is erased for good, with every "
                "signal that has not reached the office. Turn this on?",
                "",
                self.wipe_attempts.value(),
            ),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        confirm.setDefaultButton(QMessageBox.No)
        confirm.buttonClicked.connect(
            lambda b: self.apply_wipe_after() if confirm.standardButton(b) == QMessageBox.Yes
            else self.wipe_enabled.setChecked(self._wipe_saved)  # nothing was turned on
        )
        confirm.open()

    def apply_wipe_after(self) -> None:
        attempts = self.wipe_attempts.value() if self.wipe_enabled.isChecked() else None

        def work(current: str) -> None:
            self._session.set_wipe_after(current, attempts)
            self._wipe_saved = attempts is not None

        self._protected_change(work, self.tr("The setting for wrong passphrases was saved."),
                               on_failure=lambda: self.wipe_enabled.setChecked(self._wipe_saved))

    def save_duress(self) -> None:
        self._say("")  # an earlier result is not about this change (review r12z R5)
        if not self.duress_name.text().strip():
            self._say(describe_error(DuressNameNeeded()), error=True, field=self.duress_name)
            return
        if self.duress.text() != self.duress_repeat.text():  # at once, before it is judged
            return self._say(self._not_same(), error=True, field=self.duress_repeat)
        self.duress_meter.check_then(self._duress_checked, lambda: self._say(
            self.duress_meter.advice(), error=True, field=self.duress))

    def _duress_checked(self, duress: str) -> None:
        if not self.duress_name.text().strip():  # emptied while the passphrase was judged
            self._say(describe_error(DuressNameNeeded()), error=True, field=self.duress_name)
            return
        if duress != self.duress_repeat.text():
            return self._say(self._not_same(), error=True, field=self.duress_repeat)
        self.duress.clear()
        self.duress_repeat.clear()
        shown = self.duress_name.text().strip()
        self._protected_change(
            lambda current: self._session.set_duress_passphrase(current, duress,
                                                                shown_name=shown),
            self.tr("The duress passphrase was set."), fields={DuressIsPassphrase: self.duress},
        )

    def _not_same(self) -> str:
        return self.tr("The two passphrases are not the same.")

    def remove_duress(self) -> None:
        self._protected_change(
            lambda current: self._session.set_duress_passphrase(current, None),
            self.tr("There is no duress passphrase any more."),
        )

    def save_auto_lock(self) -> None:
        self._say("")  # an earlier result is not about this change (review r12z R5)
        minutes = self.auto_lock.value()
        try:
            self._session.set_auto_lock_minutes(minutes)
        except Exception as exc:  # shown, never fatal
            self._say(describe_error(exc), error=True)
            return
        self.auto_lock_changed.emit(minutes)
        self._say(self.tr("Seinpost now locks itself after %n minute(s) without use.", "", minutes))
