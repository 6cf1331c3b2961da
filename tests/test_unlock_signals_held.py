"""Review r7h, R7H-11 (issue 7): a correct passphrase whose unlock is ended by SIGTERM or SIGHUP
(a terminal closed, a logout, a service manager) used to leave its attempt counted, since the
vault counts before Argon2id and takes it back only at the answer; such counts piled up past
wipe-after and then one typo erased the vault. Now every counted attempt holds the two signals
until it has answered and then delivers them (services/held_signals.py): the process still
ends by the signal, the right passphrase's count is taken back, a wrong one's stays.

The child is forked and sends itself the signal from inside the passphrase stretching, the
moment a real signal would cut it; it must end by that signal (not exit normally).
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import duress_kit
import pytest
from duress_kit import new_session
from liaison_fixtures import PASSPHRASE

from intake_app.services import held_signals
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import unlocking

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes

SIGNALS = {"SIGTERM": signal.SIGTERM, "SIGHUP": signal.SIGHUP}


def counted(profile: Path) -> int:
    return json.loads((profile / "vault.json").read_bytes())["failed_attempts"]


def cut_by(number: int, action: Callable[[Callable[[], None]], object]) -> None:
    """In a forked child: `action(arm)`; once `arm()` was called, the next passphrase stretch
    first sends this process signal `number`. Asserts the child ended by that signal."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            real = unlocking.stretch
            armed: list[bool] = []

            def stretch(*args: object, **kwargs: object) -> bytes:
                if armed:
                    os.kill(os.getpid(), number)
                return real(*args, **kwargs)

            unlocking.stretch = stretch
            action(lambda: armed.append(True))
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == number, status


def locked_profile(tmp_path: Path, use_keyring: bool) -> Path:
    profile = tmp_path / "profile"
    new_session(profile, use_keyring).lock()
    return profile


@pytest.mark.parametrize("name", list(SIGNALS))
def test_a_correct_unlock_cut_by_a_signal_leaves_no_attempt_counted(
        tmp_path: Path, use_keyring: bool, name: str) -> None:
    profile = locked_profile(tmp_path, use_keyring)
    for _ in range(3):
        cut_by(SIGNALS[name], lambda arm: (arm(), LiaisonSession.unlock(profile, PASSPHRASE)))
        assert counted(profile) == 0


def test_a_wrong_passphrase_cut_by_a_signal_stays_counted(tmp_path: Path) -> None:
    profile = locked_profile(tmp_path, False)
    cut_by(signal.SIGTERM,
           lambda arm: (arm(), LiaisonSession.unlock(profile, "not the passphrase at all")))
    assert counted(profile) == 1


def test_a_passphrase_change_cut_by_a_signal_leaves_no_attempt_counted(tmp_path: Path) -> None:
    profile = locked_profile(tmp_path, False)
    new = "a new and long passphrase for the test"

    def change(arm: Callable[[], None]) -> None:
        session = LiaisonSession.unlock(profile, PASSPHRASE)  # not cut
        arm()
        session.change_passphrase(PASSPHRASE, new)

    cut_by(signal.SIGHUP, change)
    assert counted(profile) == 0
    LiaisonSession.unlock(profile, new).lock()  # the change was made, then the signal ended it


def test_the_window_holds_the_signal_until_the_counted_task_has_ended(qtbot) -> None:
    from intake_app.ui.tasks import TaskRunner

    delivered: list[int] = []
    before = signal.signal(signal.SIGTERM, lambda number, _frame: delivered.append(number))
    try:
        runner = TaskRunner()
        sent = threading.Event()
        seen_during: list[list[int]] = []

        def work(_progress) -> str:
            os.kill(os.getpid(), signal.SIGTERM)
            sent.set()
            return "answered"

        results: list[str] = []

        def succeeded(result: str) -> None:
            seen_during.append(list(delivered))  # the outcome's handler runs while held
            results.append(result)

        runner.start(work, on_success=succeeded, counts_attempt=True)
        qtbot.waitUntil(lambda: delivered == [signal.SIGTERM], timeout=5000)
        assert sent.is_set() and results == ["answered"]
        assert seen_during == [[]]
        assert signal.getsignal(signal.SIGTERM) is not held_signals._note  # put back
    finally:
        signal.signal(signal.SIGTERM, before)
