"""One running Seinpost per profile (review r12y R18, issue 12): a second window or command on a
profile another process has open is refused with its sentence, the lock dies with the process
that held it, leaves nothing on disk, and stays on the profile through a folder renewal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.fs import folder_renewal, profile_lock
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession

ROOT = Path(__file__).resolve().parents[1]
WAIT_S = 60  # a guard against a window that never comes up, not a timing assertion
# A second window, driven inside its own process: the refusal's message box is read and closed.
SECOND_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from intake_app import app as start
app = QApplication([sys.argv[0]])
def answer():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print("BOX " + widget.text(), flush=True)
            widget.accept()
            return
    QTimer.singleShot(20, answer)
QTimer.singleShot(20, answer)
print("EXIT", start.run_gui(sys.argv[1]), flush=True)
"""


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SEINPOST_LANG="en",
                PYTHONPATH=str(ROOT))


def _locked(folder: Path) -> bool:
    """Whether some process holds a flock on `folder` (/proc/locks; looks without locking)."""
    info = folder.stat()
    wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "FLOCK" in fields and any(field == wanted for field in fields):
            return True
    return False


def _first_window(profile: Path) -> subprocess.Popen[str]:
    window = subprocess.Popen([sys.executable, "-m", "intake_app", "--profile", str(profile)],
                              env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              text=True)
    deadline = time.monotonic() + WAIT_S
    while not (profile.is_dir() and _locked(profile)):
        assert window.poll() is None, "the first window ended"
        assert time.monotonic() < deadline, "the first window never took the profile"
        time.sleep(0.05)
    return window


def _status(profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", "status", "--profile",
                           str(profile)], env=_env(), capture_output=True, text=True,
                          timeout=WAIT_S, stdin=subprocess.DEVNULL)


def test_a_second_window_and_a_command_are_refused_while_a_window_has_the_profile_open(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = _first_window(profile)
    try:
        second = subprocess.run([sys.executable, "-c", SECOND_WINDOW, str(profile)], env=_env(),
                                capture_output=True, text=True, timeout=WAIT_S)
        command = _status(profile)
        assert first.poll() is None  # the first window goes on
        # Nothing written for the lock: a powered-off laptop shows no trace of it.
        assert os.listdir(profile) == []
    finally:
        first.kill()
        first.wait(timeout=WAIT_S)
    refusal = sentence("vault.profile_in_use", "en")
    assert second.stdout.splitlines() == [f"BOX {refusal}", "EXIT 1"]
    assert command.returncode != 0
    assert refusal in command.stderr


def test_the_lock_dies_with_the_window_that_held_it(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = _first_window(profile)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=WAIT_S)
    command = _status(profile)
    assert sentence("vault.profile_in_use", "en") not in command.stderr
    # It got to the vault: this profile was never set up.
    assert sentence("vault.not_found", "en", folder=str(profile)) in command.stderr


def test_the_profile_stays_locked_after_a_renewal_swaps_in_a_new_folder(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    assert profile_lock.hold(profile)
    sibling = folder_renewal.new_sibling(profile)
    assert sibling is not None
    old = folder_renewal.swap_in(profile, sibling)
    assert old is not None
    assert _locked(profile)  # the new folder, now in the profile's place
    command = _status(profile)
    assert sentence("vault.profile_in_use", "en") in command.stderr


def test_the_window_keeps_the_profile_through_its_set_up_and_a_duress_unlock(
        tmp_path: Path) -> None:
    """The window holds the empty folder at its start; set-up and a duress unlock each swap a
    new folder into its place (profile_setup.py, store/fresh.py), and after each the profile is
    still held: a command is refused."""
    profile = tmp_path / "profile"
    profile.mkdir(mode=0o700)
    assert profile_lock.hold(profile)  # as the window's start does (app.hold_profile_or_say)
    first = profile.stat().st_ino
    session = fast_session(profile, make_office(tmp_path / "office"))
    session.set_duress_passphrase(PASSPHRASE, "everything is fine here")
    session.lock()
    set_up = profile.stat().st_ino
    assert set_up != first and _locked(profile)
    LiaisonSession.unlock(profile, "everything is fine here").lock()
    assert profile.stat().st_ino != set_up and _locked(profile)  # a new folder, still held
    assert sentence("vault.profile_in_use", "en") in _status(profile).stderr
