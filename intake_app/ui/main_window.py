"""The main window: set-up on first run, then unlock, then the workspace; locks when idle.

Ctrl+L (lock) and Ctrl+Q (quit) work in every window of the app, the editor and dialogs
included: an application-wide event filter sees them first. Both keep the open draft in the
vault before the keys are forgotten, and unlocking opens that draft again.

While a task runs with a progress dialog (sealing, exporting, …) that filter is taken off:
called in Python for every event of the app, it made the GUI thread wait for the GIL once per
event while the worker held it, and the window stalled (benchmarks/ui_responsiveness.py).
Meanwhile Ctrl+L and Ctrl+Q are application shortcuts on the progress dialog, handled by Qt
itself, and the idle clock stands still: the window is working for the person, and a lock
would cancel the work. It starts again when the work is done.

The suspension belongs to the task (TaskRunner.start(suspend_lock=…)): wired before the task
can run and given back however it ends (issue 12, review F1: a count kept here once stayed
raised). The idle check also puts the filter back if found off with no such task running.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from intake_app.ui.action_row import EnterPresses
from intake_app.ui.activity import ACTIVITY_EVENTS, WATCHED
from intake_app.ui.alt_letters import UnboundAltLetters
from intake_app.ui.code_widgets import label_language
from intake_app.ui.dialogs import FileDialogs, warm_up_dialogs
from intake_app.ui.engine_loader import EngineLoader
from intake_app.ui.fit import fit_to_screen
from intake_app.ui.form_language import FormLanguage
from intake_app.ui.kept_at_lock import KeptAtLock, reopen_after_unlock
from intake_app.ui.quit_question import quit_may_go_on
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.unlock_notices import refuse_later, tell_after_unlock
from intake_app.ui.unlock_page import UnlockPage
from intake_app.ui.window_language import carry_over, hand_over, switch_window_language
from intake_app.ui.window_menus import build_menus
from intake_app.vault.profile import finish_renewal, holds_store

if TYPE_CHECKING:  # the engines load after the first screen is up (start-up time)
    from intake_app.services.liaison import LiaisonSession
    from intake_app.ui.editor_reuse import EditorShelf
    from intake_app.ui.setup_page import SetupPage
    from intake_app.ui.workspace_page import WorkspacePage
    from intake_app.vault import IdleLock

FIRST_NOTES_DELAY_MS = 150
DEFAULT_IDLE_SECONDS = 300  # until the vault is open and the liaison's setting is known
LOCK_KEYS = QKeySequence("Ctrl+L")
QUIT_KEYS = QKeySequence("Ctrl+Q")
ENTER_PRESSES = EnterPresses()


def _matches(event: QKeyEvent, keys: QKeySequence) -> bool:
    return QKeySequence(event.keyCombination()) == keys


class MainWindow(QMainWindow):
    def __init__(
        self,
        profile_dir: Path,
        *,
        dialogs: FileDialogs | None = None,
        idle_seconds: float | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Seinpost"))
        fit_to_screen(self, 1100, 720)
        self.profile_dir = profile_dir
        self.dialogs = dialogs or FileDialogs()
        self.runner = TaskRunner(self)
        # The engines load once the first screen is up; unlocking and set-up wait for them.
        self.engines = EngineLoader(self.runner, self)
        self.session: LiaisonSession | None = None
        self.workspace: WorkspacePage | None = None
        self._opening: tuple[LiaisonSession, WorkspacePage] | None = None  # (open_session)
        # A timer, not a queued call: those run in the same turn (they are posted events).
        self._open_next = QTimer(self, singleShot=True, interval=0, timeout=self.finish_opening)
        self.kept = KeptAtLock()  # the draft open at the last lock, its files, the focus
        self._quitting = False
        self.form_language = FormLanguage(self)  # the editor's language button
        self.editors: EditorShelf | None = None  # kept from workspace to workspace
        # None: the liaison's own setting, read when the vault opens.
        self._fixed_idle_seconds = idle_seconds
        self.idle: IdleLock | None = None  # made when the vault opens

        self.language = language or label_language()
        self._setup_page: SetupPage | None = None
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self._build_pages()
        self.lock_note = QLabel()
        self.statusBar().addWidget(self.lock_note)

        self._idle_timer = QTimer(self, interval=1000, timeout=self._check_idle)
        self._closed = self._watching_keys = False
        self._unbound_alt = UnboundAltLetters(self)  # in every window (review r12y R8)
        self.runner.lock_suspended.connect(self._lock_suspended)
        self.runner.lock_resumed.connect(self._lock_resumed)
        self._watch_keys(True)
        self.show_start_page(first=True)

    def _build_pages(self) -> None:
        """The unlock page and the menus, in the current UI language (the set-up page is built
        when first shown: a profile that exists never needs it, and it costs start-up time)."""
        self.setWindowTitle(self.tr("Seinpost"))
        self.unlock_page = UnlockPage(self.profile_dir, self.runner, self.engines,
                                      dialogs=self.dialogs)
        self.unlock_page.unlocked.connect(self.open_session)
        self.unlock_page.setup_requested.connect(
            lambda: self.pages.setCurrentWidget(self.setup_page))
        self.pages.insertWidget(0, self.unlock_page)
        build_menus(self, language=self.language, switch_language=self.switch_from_menu,
                    lock=self.lock, quit_app=self.quit)

    @property
    def setup_page(self) -> SetupPage:
        """The first-run wizard, built on first use."""
        if self._setup_page is None:
            from intake_app.ui.setup_page import SetupPage

            page = SetupPage(self.profile_dir, self.dialogs, self.runner, self.engines,
                             language=self.language)
            page.created.connect(self._open_after_setup)
            page.language_chosen.connect(self.switch_language)
            self.pages.insertWidget(0, page)
            self._setup_page = page
        return self._setup_page

    def _open_after_setup(self, session: LiaisonSession) -> None:
        """The first list after set-up, with the note a vault without a system keyring needs
        (said once here; the Security settings keep it)."""
        self.open_session(session)
        self.finish_opening()
        if self.workspace is not None:
            self.workspace.tell_keyring_note()

    def show_form_in(self, code: str) -> None:
        """The editor's language button: the form in `code` (ui/form_language.py)."""
        self.form_language.show_in(code)

    def _form_closed(self) -> None:
        self.form_language.end()

    def switch_language(self, code: str, *, remember: bool = True) -> None:
        """Speak `code` from now on, keeping everything typed (set-up, passphrase, open draft);
        `remember`: also at the next start. The workspace is shown again before this returns
        (for callers that go on with it at once; ui/window_language.py)."""
        switch_window_language(self, code, remember=remember, at_once=True)

    def switch_from_menu(self, code: str) -> None:
        """The menu's choice: as `switch_language`, the workspace built and shown later."""
        switch_window_language(self, code, remember=True)

    def show_start_page(self, *, first: bool = False) -> None:
        """Set-up on first run, else unlock. `first`: the vault's notes are read and the engines
        loaded once the window is on screen, so the first screen waits for neither."""
        on_unlock = (self.profile_dir / "vault.json").exists()
        if not on_unlock:  # a duress unlock's renewal cut between two renames: put back first
            finish_renewal(self.profile_dir)
            # A store without vault.json: the unlock page says the key file is missing (r7k).
            on_unlock = (self.profile_dir / "vault.json").exists() or holds_store(
                self.profile_dir)
        self.pages.setCurrentWidget(self.unlock_page if on_unlock else self.setup_page)
        if first:
            # Typing can start at once; the vault's notes (keyring, last attempt) follow a
            # moment later, once the window is drawn, from a background thread.
            if on_unlock:
                self.unlock_page.passphrase.setFocus()
            QTimer.singleShot(FIRST_NOTES_DELAY_MS, self._after_first_screen)
        elif on_unlock:
            self.unlock_page.refresh()

    def _after_first_screen(self) -> None:
        """Start loading the engines (ui/engine_loader.py); the unlock page's notes and the
        first dialogs' drawing follow once they are in."""
        if self.pages.currentWidget() is self.unlock_page:
            self.unlock_page.refresh()
        self.engines.when_ready(self, self._warm_up_dialogs)

    def _warm_up_dialogs(self) -> None:
        if self.session is None:  # only while the unlock page is up: after it, work may run
            warm_up_dialogs(self)

    def open_session(self, session: LiaisonSession) -> None:
        """Show the unlocked profile's workspace: built in this turn of the event loop, shown
        in the next (`finish_opening`; both in one held the window 40-60 ms, issue 12 "Quick").
        A refusal while it is built (a row the first screen reads that does not verify) is
        shown on the unlock page with its sentence, and the session locked again: no vault may
        stay open behind the lock page, with no idle lock (review r7d, D1: the window stayed on
        "locked", a traceback on stderr)."""
        from intake_app.errors import SeinpostError

        try:
            self._opening = (session, self._build_workspace(session))
        except SeinpostError as exc:
            self._refuse_session(session, exc)
            return
        self._open_next.start()

    def finish_opening(self) -> None:
        """Show the workspace `open_session` built, if it has not been shown yet (at once, when
        anything needs it before the next turn: a lock, a language switch)."""
        from intake_app.errors import SeinpostError

        if self._opening is None:
            return
        (session, page), self._opening = self._opening, None
        self._open_next.stop()
        try:
            self._show_workspace(session, page)
        except SeinpostError as exc:
            self._refuse_session(session, exc)

    def _refuse_session(self, session: LiaisonSession, exc: Exception) -> None:
        """Undo a half-built workspace, lock `session` and say why on the unlock page."""
        self._idle_timer.stop()
        self._end_session(session)
        self.unlock_page.show_refusal(exc)

    def _end_session(self, session: LiaisonSession) -> None:
        """Stop the running work, lock `session` (its keys forgotten), take the workspace down
        and show the unlock page: what a lock and a refused unlock both end with."""
        self.runner.cancel_all()
        self.runner.wait()
        session.lock()
        self.session = None
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.lock_note.clear()
        self.show_start_page()

    def _build_workspace(self, session: LiaisonSession) -> WorkspacePage:
        from intake_app.ui.editor_reuse import EditorShelf
        from intake_app.ui.workspace_page import WorkspacePage
        from intake_app.vault import IdleLock

        self.editors = self.editors or EditorShelf.of_window(self, self.dialogs, self.runner)
        if self.idle is None:
            self.idle = IdleLock(timeout_s=self._fixed_idle_seconds or DEFAULT_IDLE_SECONDS)
        page = WorkspacePage(session, self.dialogs, self.runner, editors=self.editors)
        page.lock_requested.connect(self.lock)
        page.language_requested.connect(self.show_form_in)
        page.editor_closed.connect(self._form_closed)
        page.auto_lock_changed.connect(self.set_auto_lock_minutes)
        page.summaries.failed.connect(lambda exc: refuse_later(self, exc))
        return page

    def _show_workspace(self, session: LiaisonSession, page: WorkspacePage) -> None:
        """`page` shown, in place of the workspace shown so far if any (a language switch:
        its editor and message carried over, ui/window_language.py)."""
        old, self.session, self.workspace = self.workspace, session, page
        carried = hand_over(old) if old is not None else None
        if self._fixed_idle_seconds is None:
            self.idle.timeout_s = 60 * session.auto_lock_minutes()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.idle.touch()
        self._idle_timer.start()
        self._show_lock_note()
        page.focus_list()
        if old is not None:
            carry_over(self, old, carried)
        reopen_after_unlock(page, *self.kept.take(session))
        tell_after_unlock(self, session, save_unlisted=page.delivery.save_unlisted)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.idle.timeout_s = 60 * minutes
        self.idle.touch()
        self._show_lock_note()

    def _show_lock_note(self) -> None:
        minutes = max(1, int(self.idle.timeout_s // 60))
        self.lock_note.setText(self.tr("Locks itself after %n minute(s) without use.", "", minutes))

    def lock(self) -> None:
        """Forget the keys and show the unlock page; waits for running work to finish first."""
        self.finish_opening()
        if self.session is None:  # an unlock under way is called off (review r12ac-9)
            return self.unlock_page.call_off_opening()
        from intake_app.ui.lock_leftovers import clear_own_clipboard, close_dialogs  # not at start
        self._idle_timer.stop()
        lost = storing = reopen = words = sealing = None
        if self.workspace is not None:
            reopen = self.workspace.keep_editor_for_lock()
            self.form_language.end()  # the lock page speaks the liaison's language
            self.editors.empty()  # kept for the next unlock, with nothing of the draft in it
            lost, words, storing, sealing = self.workspace.drafts.left_at_lock()
            self.workspace.retire()
        close_dialogs()  # a chooser, a question: none stays over the unlock page
        self.runner.cancel_all()
        self.runner.wait()  # the files being stored settled: kept in the vault while it is open
        reopen = self.kept.keep(self.session, reopen, storing, quitting=self._quitting,
                                words=words, sealing=sealing or ())
        self._end_session(self.session)
        clear_own_clipboard()  # copied or selected story text is not left to other programs
        self.unlock_page.show_lost_at_lock(lost, reopen is not None)
        # The window takes the keyboard back: locked from a dialog (the editor's close question)
        # just after it opened, the passphrase typed went nowhere (review r12x X5).
        if not self._quitting:
            self.raise_()
            self.activateWindow()
            self.unlock_page.passphrase.setFocus(Qt.OtherFocusReason)

    def quit(self) -> None:
        """Keep the open draft, lock and close (Ctrl+Q, from any window of the app); asks
        first when the draft's last words cannot be kept (ui/quit_question.py)."""
        if not self._quitting and not quit_may_go_on(self, self.quit_anyway):
            return
        self._quitting = True
        self.lock()
        self.kept.forget()
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, WATCHED):  # the thousands of others, asked nothing more
            return False
        kind = event.type()
        if kind in ACTIVITY_EVENTS and self.idle is not None:
            self.idle.touch()
        if kind == QEvent.ShortcutOverride and (
            _matches(event, LOCK_KEYS) or _matches(event, QUIT_KEYS)
        ):
            event.accept()  # claim the keys, so no widget (a text field) takes them first
            return True
        if kind == QEvent.KeyPress and not event.isAutoRepeat():
            # Enter presses a focused button of the window's pages as Space does (a dialog's
            # buttons do so already; review r12w F5).
            if (isinstance(watched, QPushButton) and watched.window() is self
                    and ENTER_PRESSES.eventFilter(watched, event)):
                return True
            if _matches(event, LOCK_KEYS):
                self.lock()
                return True
            if _matches(event, QUIT_KEYS):
                self.quit()
                return True
        return False

    def _watch_keys(self, on: bool) -> None:
        """Install or take off the app-wide filter (module docstring); idempotent."""
        if on and not self._watching_keys and not self._closed:
            QApplication.instance().installEventFilter(self)
            self._watching_keys = True
        elif not on and self._watching_keys:
            QApplication.instance().removeEventFilter(self)
            self._watching_keys = False

    def _lock_suspended(self, dialog: QWidget) -> None:
        """Until the progress dialog shows (after a moment, if at all) the menu's own Ctrl+L
        and Ctrl+Q serve; once it shows it blocks the window, and its shortcuts serve."""
        self._watch_keys(False)
        for keys, action in ((LOCK_KEYS, self.lock), (QUIT_KEYS, self.quit)):
            shortcut = QShortcut(keys, dialog)
            shortcut.setContext(Qt.ApplicationShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(action)

    def _lock_resumed(self) -> None:
        if self._closed or self.runner.lock_is_suspended:
            return
        if self.idle is not None:
            self.idle.touch()  # the idle clock counts from the end of the work
        self._watch_keys(True)

    def _check_idle(self) -> None:
        if self.runner.lock_is_suspended:
            return
        self._watch_keys(True)  # never left off without a task that holds it off
        if self.session is not None and self.idle is not None and self.idle.expired():
            self.lock()

    def quit_anyway(self) -> None:
        """Quit without asking: "Quit and lose it", or the system ending the session."""
        self._quitting = True
        self.quit()

    def closeEvent(self, event) -> None:
        if not self._quitting and not quit_may_go_on(self, self.quit_anyway):
            event.ignore()  # the window's close button asks as Ctrl+Q does
            return
        self._watch_keys(False)
        self._closed = True
        self.lock()
        super().closeEvent(event)
