"""Review r7c, F5: a duress unlock answers as soon as the new profile folder is in place; the old
folder is removed afterwards, so the unlock takes no longer than an ordinary one, whatever the
profile held.

The duress unlock swaps a whole new profile folder in (store/fresh.py, fs/folder_renewal.py).
Removing the old one grows with what it holds (about a second for 84 MB on a loaded machine),
and it used to happen before the unlock answered: someone timing the unlock in front of them,
then locking and unlocking again, saw the first take longer. These tests hold the removal back
(its `tidy` waits for a signal) and check the mechanism, not the clock: the unlock, a second
unlock right after it, and a whole `intake-app list` end while the old folder is still there;
the removal then finishes on its own (the command line hands it to a process of its own); and a
process killed after the answer leaves the old folder for the next start, which removes it.
Timing figures: scripts/duress_timing.py (docs/SECURITY.md, "Duress").
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE, run_cli
from test_duress_obstacles import used_profile

from intake_app.cli import liaison as liaison_cli
from intake_app.fs import folder_renewal
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import Vault

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes
HOLD = 20.0  # seconds a held removal waits at most (on the old code the unlock waited that long)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The old folder's removal held back until the event is set (then it runs as it would)."""
    release = threading.Event()
    real_tidy = folder_renewal.tidy

    def held_tidy(old: Path, folder: Path) -> None:
        release.wait(HOLD)
        real_tidy(old, folder)

    monkeypatch.setattr(folder_renewal, "tidy", held_tidy)
    yield release
    release.set()
    folder_renewal.wait_for_removals()


def beside(profile: Path) -> list[str]:
    return sorted(p.name for p in profile.parent.iterdir() if p != profile)


def old_folders(profile: Path) -> list[Path]:
    return [p for p in profile.parent.iterdir() if p.name.startswith(f".{profile.name}.")]


def test_a_duress_unlock_answers_before_the_old_profile_folder_is_removed(
        tmp_path: Path, use_keyring: bool, held: threading.Event) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    before = beside(profile)
    sealed = sorted(p.name for p in (profile / "sealed").iterdir())

    session = LiaisonSession.unlock(profile, DURESS)  # answers while the removal is held
    try:
        assert session.list_entries() == []
    finally:
        session.lock()
    [old] = old_folders(profile)  # still there: the unlock did not wait for its removal
    assert sorted(p.name for p in (old / "sealed").iterdir()) == sealed
    assert folder_renewal.removals_pending() == [profile]

    held.set()
    assert folder_renewal.wait_for_removals()
    assert beside(profile) == before  # removed afterwards, nothing else left


def test_an_unlock_right_after_a_duress_one_does_not_wait_for_the_removal_either(
        tmp_path: Path, held: threading.Event) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    before = beside(profile)
    LiaisonSession.unlock(profile, DURESS).lock()
    [old] = old_folders(profile)
    # Locked and unlocked again at once: the start's repair leaves the old folder to the
    # removal already at work instead of removing it while the person waits.
    LiaisonSession.unlock(profile, DURESS).lock()
    assert old_folders(profile) == [old] and folder_renewal.removals_pending() == [profile]
    held.set()
    assert folder_renewal.wait_for_removals()
    assert beside(profile) == before


def test_a_process_killed_after_the_answer_leaves_the_old_folder_and_the_next_start_removes_it(
        tmp_path: Path, use_keyring: bool, held: threading.Event) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    before = beside(profile)
    answered = tmp_path / "answered"
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            release = threading.Event()
            real_tidy = folder_renewal.tidy

            def held_tidy(old: Path, folder: Path) -> None:
                release.wait(HOLD)
                real_tidy(old, folder)

            folder_renewal.tidy = held_tidy
            LiaisonSession.unlock(profile, DURESS).lock()
            answered.write_text(str(len(old_folders(profile))))
            os.kill(os.getpid(), signal.SIGKILL)  # power lost right after the answer
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    assert answered.read_text() == "1"  # the unlock had answered with the old folder there
    assert len(old_folders(profile)) == 1  # and the kill left it

    Vault.open(profile).status()  # the next start (the window's first look)
    # It removes the old folder in the background: the start itself does not wait for it.
    assert len(old_folders(profile)) == 1 and folder_renewal.removals_pending() == [profile]
    held.set()
    assert folder_renewal.wait_for_removals()
    assert beside(profile) == before
    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert session.list_entries() == []
    finally:
        session.lock()


def _passfile(root: Path, passphrase: str) -> Path:
    path = root / "passphrase.txt"
    path.write_text(passphrase)
    return path


def _gone(profile: Path) -> bool:
    for _ in range(1200):  # the handed-over process finishes it; no time is asserted
        if not old_folders(profile):
            return True
        time.sleep(0.05)
    return False


def test_a_command_ends_before_the_old_folder_is_removed_and_hands_the_removal_over(
        tmp_path: Path, held: threading.Event, capsys: pytest.CaptureFixture[str]) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    before = beside(profile)
    status = liaison_cli.main(["list", "--profile", str(profile), "--passphrase-file",
                               str(_passfile(tmp_path, DURESS))])
    assert status == 0
    # The command ended while this process's removal was still held back...
    assert folder_renewal.removals_pending() == [profile]
    # ...and a process of its own, started at the end, removed the old folder meanwhile.
    assert _gone(profile)
    assert beside(profile) == before
    assert "Traceback" not in capsys.readouterr().err


def test_the_command_line_after_a_duress_unlock_leaves_nothing_beside_the_profile(
        tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    before = beside(profile)
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(_passfile(tmp_path, DURESS))], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _gone(profile)
    assert beside(profile) == before
    real = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(_passfile(tmp_path, PASSPHRASE))], cwd=tmp_path)
    assert real.returncode != 0  # the real passphrase no longer opens anything
