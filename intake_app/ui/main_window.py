"""The main window: set-up on first run, then unlock, then the workspace; locks when idle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from intake_app.services.liaison import LiaisonSession
from intake_app.services.security_settings import auto_lock_minutes
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.setup_page import SetupPage
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.unlock_page import UnlockPage
from intake_app.ui.workspace_page import WorkspacePage
from intake_app.vault import IdleLock

ACTIVITY_EVENTS = (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel)
DEFAULT_IDLE_SECONDS = 300  # until the vault is open and the liaison's setting is known


class MainWindow(QMainWindow):
    def __init__(
        self,
        profile_dir: Path,
        *,
        dialogs: FileDialogs | None = None,
        idle_seconds: float | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Seinpost"))
        self.resize(860, 600)
        self.profile_dir = profile_dir
        self.dialogs = dialogs or FileDialogs()
        self.runner = TaskRunner(self)
        self.session: LiaisonSession | None = None
        self.workspace: WorkspacePage | None = None
        # None: the liaison's own setting, read when the vault opens.
        self._fixed_idle_seconds = idle_seconds
        self.idle = IdleLock(timeout_s=idle_seconds or DEFAULT_IDLE_SECONDS)

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.setup_page = SetupPage(profile_dir, self.dialogs, self.runner)
        self.setup_page.created.connect(self.open_session)
        self.unlock_page = UnlockPage(profile_dir, self.runner)
        self.unlock_page.unlocked.connect(self.open_session)
        self.pages.addWidget(self.setup_page)
        self.pages.addWidget(self.unlock_page)
        self.lock_note = QLabel()
        self.statusBar().addWidget(self.lock_note)

        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(1000)
        self._idle_timer.timeout.connect(self._check_idle)
        QApplication.instance().installEventFilter(self)
        self.show_start_page()

    def show_start_page(self) -> None:
        if (self.profile_dir / "vault.json").exists():
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.refresh()
        else:
            self.pages.setCurrentWidget(self.setup_page)

    def open_session(self, session: LiaisonSession) -> None:
        self.session = session
        self.workspace = WorkspacePage(session, self.dialogs, self.runner)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.auto_lock_changed.connect(self.set_auto_lock_minutes)
        if self._fixed_idle_seconds is None:
            self.idle.timeout_s = 60 * auto_lock_minutes(session)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.idle.touch()
        self._idle_timer.start()
        self._show_lock_note()

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.idle.timeout_s = 60 * minutes
        self.idle.touch()
        self._show_lock_note()

    def _show_lock_note(self) -> None:
        minutes = max(1, int(self.idle.timeout_s // 60))
        self.lock_note.setText(self.tr("Locks itself after %n minute(s) without use.", "", minutes))

    def lock(self) -> None:
        """Forget the keys and show the unlock page; waits for running work to finish first."""
        if self.session is None:
            return
        self._idle_timer.stop()
        self.runner.cancel_all()
        self.runner.wait()
        self.session.lock()
        self.session = None
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.lock_note.clear()
        self.show_start_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.idle.touch()
        return False

    def _check_idle(self) -> None:
        if self.session is not None and self.idle.expired():
            self.lock()

    def closeEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self)
        self.lock()
        super().closeEvent(event)
