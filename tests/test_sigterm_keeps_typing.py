"""SIGTERM (a logout, a shutdown, `kill`) ends the real window as Ctrl+Q does: what was typed
since the last autosave is kept in the vault, the window closes and the process exits normally
(review r12z R11: Python ended at once and the last words were lost).

The window runs through `app.run_gui` in its own process, with the autosave put off for an
hour, so only the end can have kept the words.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.services.liaison import LiaisonSession

ROOT = Path(__file__).resolve().parents[1]
GIVE_UP_AFTER_S = 120  # a guard against a child that never comes up, not a timing assertion
TEXT = "He came back on tuesday. Zin vlak voor SIGTERM."
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from intake_app import app as start
from intake_app.ui import draft_keeper
from intake_app.ui.main_window import MainWindow
draft_keeper.AUTOSAVE_SECONDS = 3600  # only the end can keep what is typed
qapp = QApplication([sys.argv[0]])
def drive():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        QTimer.singleShot(20, drive)
        return
    window = windows[0]
    if window.workspace is None:
        if not window.unlock_page.passphrase.text():
            window.unlock_page.passphrase.setText(sys.argv[2])
            window.unlock_page.unlock()
        QTimer.singleShot(20, drive)
        return
    window.workspace.new_signal()
    QTest.keyClicks(window.workspace.editor.form.description, sys.argv[3])
    print("typed", flush=True)
QTimer.singleShot(20, drive)
print("EXIT", start.run_gui(sys.argv[1]), flush=True)
"""


def test_sigterm_while_typing_keeps_the_words_and_ends_the_window_normally(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SEINPOST_LANG="en", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(profile), PASSPHRASE, TEXT],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    guard = threading.Timer(GIVE_UP_AFTER_S, child.kill)
    guard.start()
    try:
        assert child.stdout.readline().strip() == "typed"
        os.kill(child.pid, signal.SIGTERM)  # at once: nothing was autosaved
        rest, errors = child.communicate(timeout=GIVE_UP_AFTER_S)
    finally:
        guard.cancel()
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == 0, errors
    assert rest.split() == ["EXIT", "0"]  # run_gui returned: the window ended as a quit does

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        (entry,) = session.list_entries()
        assert session.read_draft(entry.id)["description"] == TEXT
    finally:
        session.lock()


IDLE_FIRST_S = 1  # the child's loop is waiting in C++ by then (not a timing assertion)
IDLE_LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from intake_app.ui.end_signals import EndSignals
app = QCoreApplication([sys.argv[0]])
ending = EndSignals(lambda: (print("ended", flush=True), app.quit()))
QTimer.singleShot(0, lambda: print("ready", flush=True))
app.exec()
ending.restore()
print("EXIT", flush=True)
"""


def test_sigterm_wakes_an_event_loop_that_runs_no_python_at_all(tmp_path: Path) -> None:
    """Python runs a handler only when the interpreter runs, and an idle Qt loop waits in C++:
    the signal must still reach the handler and end the loop (else the guard kills the child).
    The pause lets the child's loop go idle first, the case that needs waking."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", IDLE_LOOP], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    guard = threading.Timer(GIVE_UP_AFTER_S / 4, child.kill)
    guard.start()
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(IDLE_FIRST_S)
        os.kill(child.pid, signal.SIGTERM)
        rest, errors = child.communicate(timeout=GIVE_UP_AFTER_S)
    finally:
        guard.cancel()
        child.kill()
        child.wait(timeout=30)
    assert (child.returncode, rest.split()) == (0, ["ended", "EXIT"]), errors
