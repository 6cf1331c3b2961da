"""Unlock the vault with the passphrase; key derivation runs off the GUI thread.

Unlocking needs the engines, which load in the background after the first screen
(`engine_loader.py`): an Unlock click before they are in waits for them, with a progress bar,
and then unlocks; a load that failed is said in the error line, and the next click tries again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui import keyless_save
from intake_app.ui.access import name_fields
from intake_app.ui.caps_lock import CapsLockWatch
from intake_app.ui.engine_loader import EngineLoader, EnginesNotLoaded
from intake_app.ui.message_bar import alert_text
from intake_app.ui.messages import describe_code, describe_error
from intake_app.ui.tasks import TaskRunner


class UnlockPage(QWidget):
    unlocked = Signal(object)  # LiaisonSession
    setup_requested = Signal()  # the vault was erased: the person sets up a new profile

    def __init__(self, profile_dir: Path, runner: TaskRunner, engines: EngineLoader,
                 parent=None, dialogs=None) -> None:
        super().__init__(parent)
        self._profile_dir = self.profile_dir = profile_dir
        self._runner = self.runner = runner
        self._engines = engines
        self.dialogs = dialogs  # the window's FileDialogs (ui/keyless_save.py asks a folder)
        self.title = title = QLabel(self.tr("Seinpost is locked"))
        title.setObjectName("title")
        self.intro = intro = QLabel(self.tr("Type your passphrase to open your vault."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self._passphrase_label = label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        # Under stress, with wipe-after on, the person must be able to see what they type and
        # be told of Caps Lock before a try counts (review r12x X11).
        self.show_passphrase = QCheckBox(self.tr("Sh&ow passphrase"))
        self.show_passphrase.toggled.connect(self._show_typed)
        self.caps_lock = QLabel()
        self.caps_lock.setObjectName("warning")
        self.caps_lock.setWordWrap(True)
        CapsLockWatch(self.passphrase, self.caps_lock)
        # Said before the first try when wrong passphrases erase the vault (vault.json's own
        # count: never a promise that nothing is erased, docs/SECURITY.md).
        self.wipe_warning = QLabel()
        self.wipe_warning.setObjectName("warning")
        self.wipe_warning.setWordWrap(True)
        self.wipe_warning.hide()
        self.notice = QLabel()
        self.notice.setObjectName("warning")
        self.notice.setWordWrap(True)
        self.notice.hide()
        # While the engines load and the person waits (or the load is slow): what and how far.
        self.loading = QLabel()
        self.loading.setWordWrap(True)
        self.loading.hide()
        self.loading_bar = QProgressBar()
        self.loading_bar.setAccessibleName(self.tr("Getting ready"))
        self.loading_bar.setTextVisible(False)
        self.loading_bar.hide()
        # What happens after Enter: the key derivation takes seconds on a slow laptop, and a
        # greyed button alone said nothing (review r12v F9).
        self.busy = QLabel(self.tr("Opening your vault…"))
        self.busy.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        # Only for an erased vault: set-up replaces what the erasure left where it can prove
        # the erasure, and says what to do where it cannot (services/opening.py).
        self.setup_again = QPushButton(self.tr("&Set up a new profile…"))
        self.setup_again.clicked.connect(self.setup_requested)
        self.setup_again.hide()
        # When the profile cannot be opened but its sealed files can still reach the office.
        self.save_sealed = QPushButton(self.tr("Sa&ve the sealed files for the office…"))
        self.save_sealed.clicked.connect(lambda: keyless_save.save(self))
        self.save_sealed.hide()

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.show_passphrase)
        layout.addWidget(self.caps_lock)
        layout.addWidget(self.wipe_warning)
        layout.addWidget(self.busy)
        layout.addWidget(self.loading)
        layout.addWidget(self.loading_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.setup_again)
        layout.addWidget(self.save_sealed)
        layout.addStretch(1)
        name_fields(self)
        self._waiting_to_unlock = False
        self._called_off = False  # a lock came while the vault was being opened
        self._said_stalled = False
        self._status_unseen = None  # the vault's status, read while the page was hidden
        engines.progress.connect(self._load_progressed)
        engines.slow.connect(self._show_loading)
        engines.stalled.connect(self._load_stalled)
        engines.ready.connect(self._hide_loading)
        engines.failed.connect(self._load_failed)
        if engines.is_loading and engines.done:  # a page built anew (language) mid-load
            self._show_loading()
        elif engines.error is not None:
            self._load_failed(engines.error)

    # ----- the engines, loading ---------------------------------------------------------------

    def _show_loading(self) -> None:
        if not self._engines.is_loading:
            return
        self.loading.setText(
            self.tr("Getting Seinpost ready… It unlocks as soon as it is ready.")
            if self._waiting_to_unlock else self.tr("Getting Seinpost ready…")
        )
        self.loading_bar.setRange(0, self._engines.total)
        self.loading_bar.setValue(self._engines.done)
        self.loading.show()
        self.loading_bar.show()

    def _load_progressed(self, done: int, total: int) -> None:
        self.loading_bar.setRange(0, total)
        self.loading_bar.setValue(done)

    def _hide_loading(self) -> None:
        self.loading.hide()
        self.loading_bar.hide()
        if self._said_stalled:  # it did end after all
            self._said_stalled = False
            self._show(self.error, "")

    def _load_stalled(self, error: EnginesNotLoaded) -> None:
        self._said_stalled = True
        self._show(self.error, describe_error(error))

    def _load_failed(self, error: EnginesNotLoaded) -> None:
        self._hide_loading()
        self._said_stalled = False
        self._waiting_to_unlock = False
        self.passphrase.setReadOnly(False)
        self.unlock_button.setEnabled(True)
        self._show(self.error, describe_error(error))

    # ----- the vault's notes ------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what the liaison must know before typing (keyring missing, last attempt).

        The vault's status is read off the GUI thread, once the engines are in: the first read
        loads the keyring library and may ask the keyring over D-Bus, which would freeze the
        window for a moment."""
        self.passphrase.setFocus()
        self._engines.when_ready(self, self._read_status)

    def _read_status(self) -> None:
        profile_dir = self._profile_dir

        def work(_progress):
            from intake_app.vault import Vault

            return Vault.open(profile_dir).status()

        self._runner.start(work, on_success=self._show_status, on_failure=self._status_failed)

    def _show_status(self, status) -> None:
        # A read that ends while the page is out of sight (the workspace shown, perhaps with
        # the form in the reporter's language) is shown when the page is: its sentences are
        # made then, in the liaison's language (a lock with the form in Dutch showed a Dutch
        # title to an English liaison).
        if self.isHidden():
            self._status_unseen = status
            return
        self._status_unseen = None
        notes = []
        self.setup_again.setVisible(status.wiped)
        if status.wiped:
            self._show_erased()
            return
        self._show_locked()
        if status.erasure_unproven:  # what is known and what is not (review r7l R7L-1)
            notes.append(describe_code("vault.erasure_unproven"))
        elif status.warning:
            notes.append(
                self.tr("No system keyring: this vault is protected by the passphrase only.")
            )
        self._show(self.wipe_warning, self._wipe_text(status))
        self._show(self.notice, "\n".join(notes))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._status_unseen is not None:
            self._show_status(self._status_unseen)

    def _show_erased(self) -> None:
        """An erased vault: the page says so as its title, offers no passphrase field (typing
        the right one changed nothing), and gives the next steps (review r12x X14)."""
        self.title.setText(self.tr("This vault was erased"))
        self.intro.setText(self.tr(
            "Too many wrong passphrases erased this vault. Its signals cannot be opened again on "
            "this laptop, and signals sealed but not yet delivered will not reach the office. "
            "Tell the office which bundles you had not yet handed over. To go on recording, set "
            "up a new profile."))
        for widget in (self._passphrase_label, self.passphrase, self.unlock_button,
                       self.show_passphrase, self.caps_lock, self.wipe_warning,
                       self.notice, self.error):
            widget.hide()
        self.setup_again.setFocus()

    def _show_locked(self) -> None:
        """The page as it is for a vault that opens (after a set-up over an erased one)."""
        self.title.setText(self.tr("Seinpost is locked"))
        self.intro.setText(self.tr("Type your passphrase to open your vault."))
        for widget in (self._passphrase_label, self.passphrase, self.unlock_button,
                       self.show_passphrase):
            widget.show()

    def _wipe_text(self, status) -> str:
        """How many wrong passphrases, from now, erase the vault ("" without wipe-after)."""
        left = status.attempts_left
        if left is None or status.wiped:
            return ""
        if left <= 1:
            return self.tr("Careful: one more wrong passphrase erases this vault for good.")
        return self.tr("Careful: %n more wrong passphrase(s) erase this vault for good, with "
                       "every signal not yet at the office.", "", left)

    def _show_typed(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.Normal if shown else QLineEdit.Password)

    def _status_failed(self, exc: Exception) -> None:
        self._show(self.error, describe_error(exc, when="unlock"))
        keyless_save.offer_after(self, exc)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        """`text` in `label`, hidden when empty; an error or a warning with its sign (review
        r12z R12: the wrong passphrase was the one error told by its red box alone)."""
        label.setText(alert_text(label.objectName(), text))
        label.setVisible(bool(text))

    # ----- unlocking --------------------------------------------------------------------------

    def unlock(self) -> None:
        """Unlock with the typed passphrase: at once if the engines are in, else as soon as they
        are (the click is kept, and the page says it is getting ready)."""
        passphrase = self.passphrase.text()
        if not passphrase or not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        # Keys typed while the vault opens were taken and then thrown away with the field's
        # text (review r12x X16): the field keeps the focus but takes none until the answer.
        self.passphrase.setReadOnly(True)
        self._show(self.error, "")
        if not self._engines.is_ready:
            self._waiting_to_unlock = True
            self._engines.start()  # again, after a failed load
            self._show_loading()
        self._engines.when_ready(self, lambda: self._start_unlock(passphrase))

    def call_off_opening(self) -> None:
        """A lock while the vault is being opened (Ctrl+L, the menu, the idle lock): the vault
        that opens is locked again at once and the page stays, ready for a passphrase. Before,
        the lock was ignored and the window opened the draft 9 s later in front of whoever had
        walked up (review r12ac-9)."""
        if self.passphrase.isReadOnly():  # a passphrase was taken and its answer is awaited
            self._called_off = True

    def _start_unlock(self, passphrase: str) -> None:
        self._waiting_to_unlock = False
        if self._called_off:
            self._called_off = False
            self._ready_for_typing()
            self._show(self.error, self.tr("Locked. Unlock again when you are ready."))
            return
        self.busy.show()

        def work(_progress):
            from intake_app.services.liaison import LiaisonSession

            return LiaisonSession.unlock(self._profile_dir, passphrase)

        self._runner.start(work, on_success=self._unlocked, on_failure=self._failed,
                           counts_attempt=True)

    def show_lost_at_lock(self, lost: Exception | None, kept: bool) -> None:
        """Say that what was typed could not be kept at the lock (`lost`: the save's error, a
        full disk; review r12y R10), and nothing else: the page speaks before the passphrase,
        so it promises nothing about what the unlock brings back, which a duress unlock would
        contradict in front of whoever watches (review r7k R7K-4); nor that the words are lost,
        which the next real unlock contradicts when it brings them back (review r12ad R2).
        `kept`: a draft was open and had been saved before: only the words after that save."""
        if lost is not None:
            self._show(self.error, self.tr(
                "What you typed after the last save could not be put in your vault at the "
                "lock.") if kept else self.tr(
                "What you typed could not be put in your vault at the lock."))

    def _unlocked(self, session) -> None:
        self.busy.hide()
        self._ready_for_typing()
        if self._called_off:
            self._called_off = False
            session.lock()
            self._show(self.error, self.tr("Locked. Unlock again when you are ready."))
            return
        self.unlocked.emit(session)

    def show_refusal(self, exc: Exception) -> None:
        """Say why the unlocked profile could not be shown (the window locked it again)."""
        self._show(self.error, describe_error(exc))

    def _ready_for_typing(self) -> None:
        """The field empty, hidden, and open to typing again; the button enabled."""
        self.passphrase.clear()
        self.passphrase.setReadOnly(False)
        self.show_passphrase.setChecked(False)
        self.unlock_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self._called_off = False  # the refusal is said as always
        self.busy.hide()
        self._ready_for_typing()
        if getattr(exc, "code", None) == "vault.wiped":
            # The passphrase opens nothing in a file that says it was erased: whatever wrote the
            # flag, this key file is gone, so the page offers set-up, which replaces it only where
            # the erasure is proven (review r7k R7K-10: the flag alone hid the field at once).
            self._show_erased()
            self.setup_again.show()
            keyless_save.offer_after(self, exc)
            return
        self._show(self.error, describe_error(exc, when="unlock"))
        keyless_save.offer_after(self, exc)
        self.refresh()
