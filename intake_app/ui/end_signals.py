"""SIGTERM and SIGHUP end the window as Ctrl+Q does: the open draft is kept, the vault locked,
the window closed (review r12z R11: a logout, a shutdown or `kill` ended Python at once, and
what was typed since the last autosave was lost; Ctrl+Q kept it).

Python runs a signal's handler only while the interpreter runs, and while Qt's event loop waits
in C++ it does not: a signal that came then waited for the next Python code, which an idle
window may not run for minutes. So `signal.set_wakeup_fd` has the C-level handler write the
signal's number to one end of a socket pair, a `QSocketNotifier` on the other end wakes the
event loop, and the Python handler (which only notes the signal and posts the end) runs before
that slot does. The end itself (`quit_now`, MainWindow.quit_anyway: no question, nobody may be
there to answer one) runs in the event loop, never inside the handler. A second signal while
the first is handled ends the process at once (the default is put back). A signal held during a
passphrase attempt (services/held_signals.py) reaches these handlers once the attempt has
answered. Files added in the editor and not yet stored by the autosave
(ui/attachment_keeper.py) are not waited for: the end locks first (`lock_now`), which keeps
them in the vault for the next start (ui/kept_at_lock.py), and then quits.

A logout asks the app first, through the desktop's session manager (Qt's
`commitDataRequest`), before any signal: the window then locks as Ctrl+L does, the open
draft and its chosen files kept in the vault, without a question and without quitting (the
desktop may still cancel the logout; Qt asks apps not to quit there). Before, nothing
listened, and a session manager that ends apps some other way than by a signal took the
words typed since the last autosave with it.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication

NAMES = ("SIGTERM", "SIGHUP")


class EndSignals(QObject):
    """Until `restore`, SIGTERM and SIGHUP call `lock_now()` then `quit_now()` in the event
    loop (main thread), and the session manager's commit request calls `lock_now()`."""

    def __init__(self, quit_now: Callable[[], None], parent: QObject | None = None, *,
                 lock_now: Callable[[], None] = lambda: None) -> None:
        super().__init__(parent)
        self._quit_now = quit_now
        self._lock_now = lock_now
        self._app = QCoreApplication.instance()  # a QGuiApplication has a session manager
        if isinstance(self._app, QGuiApplication):
            self._app.commitDataRequest.connect(self.commit)
        self.caught: list[int] = []  # signal numbers, in the order they came
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._wakeup_before = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._woken)
        self._before = {}
        for name in NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                self._before[number] = signal.signal(number, self._note)

    def _note(self, number: int, _frame: FrameType | None) -> None:
        """The Python handler: note it, let a second one end the process, post the end."""
        self.caught.append(number)
        signal.signal(number, signal.SIG_DFL)
        QTimer.singleShot(0, self._end)

    def _woken(self) -> None:
        """The loop was woken for a signal: its Python handler has run by now; drain."""
        with contextlib.suppress(OSError):
            while self._read.recv(64):
                pass

    def _end(self) -> None:
        self._lock_now()
        self._quit_now()

    def commit(self, _manager: object = None) -> None:
        """The session manager's commit request (a logout coming): keep everything, lock."""
        self._lock_now()

    def restore(self) -> None:
        """Put back the handlers and the wakeup fd that were there before (main thread)."""
        if isinstance(self._app, QGuiApplication):
            self._app.commitDataRequest.disconnect(self.commit)
        for number, handler in self._before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        self._before.clear()
        signal.set_wakeup_fd(self._wakeup_before)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
