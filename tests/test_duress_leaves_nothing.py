"""Issue 7 (review r7c F5, the stop-20 note): when a duress unlock answers, nothing of the old
profile folder is left beside the profile, and it took no longer for what the profile held.

The duress unlock swaps a whole new profile folder in (store/fresh.py, fs/folder_renewal.py).
Before, it answered with the old folder still beside the profile and removed it on a thread
(a command line handed it to a process of its own), so for about 0.25 s after the prompt came
back `.profile.<hex>.partial` could be seen, with the old store and sealed files in it. Now
every name of the old folder is removed before the answer, while its files are held open, so
that only their disk space is freed afterwards (`remove_now`, `take_held`). These tests hold
the freeing back and check the mechanism, not the clock: the unlock, and a whole
`intake-app list`, end with nothing beside the profile while the old files are still held;
the space is then freed (by this process, or, for a command line, by a process of its own);
and a process killed after the answer leaves nothing behind either. Timing figures:
benchmarks/duress_timing.py (docs/SECURITY.md, "Duress").
"""

from __future__ import annotations

import os
import signal
import threading
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
from intake_app.vault import WrongPassphrase

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes
HOLD = 20.0  # seconds a held step waits at most


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Whatever removes the old folder after the answer held back until the event is set: the
    removal on a thread (`tidy`, as the previous version did it) and the freeing of the held
    files (`_free_held`)."""
    release = threading.Event()
    real_tidy = folder_renewal.tidy
    real_free = getattr(folder_renewal, "_free_held", None)

    def held_tidy(old: Path, folder: Path) -> None:
        release.wait(HOLD)
        real_tidy(old, folder)

    def held_free(parent: Path) -> None:
        release.wait(HOLD)
        real_free(parent)

    monkeypatch.setattr(folder_renewal, "tidy", held_tidy)
    if real_free is not None:
        monkeypatch.setattr(folder_renewal, "_free_held", held_free)
    yield release
    release.set()
    folder_renewal.wait_for_removals()


def beside(profile: Path) -> list[str]:
    return sorted(p.name for p in profile.parent.iterdir() if p != profile)


def deleted_but_held() -> list[str]:
    """This process's open files whose names are gone (what is left to free)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.endswith(" (deleted)"):
            found.append(target)
    return found


def test_when_a_duress_unlock_answers_nothing_of_the_old_profile_folder_is_left(
        tmp_path: Path, use_keyring: bool, held: threading.Event) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    before = beside(profile)
    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert beside(profile) == before  # at the answer: no old folder, no new one left
        assert session.list_entries() == []
    finally:
        session.lock()
    # The old sealed files are still held (freed after the answer), under no name at all.
    held_files = deleted_but_held()
    assert any("/sealed/" in name and name.split(" (")[0].endswith(".age")
               for name in held_files)
    held.set()
    folder_renewal.wait_for_removals()
    for _ in range(200):
        if not any(".partial/" in name for name in deleted_but_held()):
            break
        threading.Event().wait(0.05)
    assert not any(".partial/" in name for name in deleted_but_held())  # the space is freed


def test_a_process_killed_right_after_the_answer_leaves_nothing_of_the_old_folder(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    before = beside(profile)
    answered = tmp_path / "answered"
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            release = threading.Event()
            folder_renewal._free_held = lambda parent: release.wait(HOLD)
            LiaisonSession.unlock(profile, DURESS).lock()
            answered.write_text(" ".join(beside(profile)))
            os.kill(os.getpid(), signal.SIGKILL)  # power lost right after the answer
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    assert answered.read_text() == " ".join(before)
    assert beside(profile) == before
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, PASSPHRASE)  # the real slot is gone
    session = LiaisonSession.unlock(profile, DURESS)
    try:
        assert session.list_entries() == []
    finally:
        session.lock()


def _passfile(root: Path, passphrase: str) -> Path:
    path = root / "passphrase.txt"
    path.write_text(passphrase)
    return path


def test_when_a_duress_command_ends_nothing_of_the_old_folder_is_left_and_it_held_nothing(
        tmp_path: Path, held: threading.Event, capsys: pytest.CaptureFixture[str]) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    before = beside(profile)
    status = liaison_cli.main(["list", "--profile", str(profile), "--passphrase-file",
                               str(_passfile(tmp_path, DURESS))])
    assert status == 0
    assert beside(profile) == before
    # The old files' space is not this process's to free any more: the command handed them to
    # a process of its own as it ended (a process ending with them would wait for the freeing).
    assert not any(".partial/" in name for name in deleted_but_held())
    assert folder_renewal.take_held() == []
    assert "Traceback" not in capsys.readouterr().err


def test_the_command_line_after_a_duress_unlock_leaves_nothing_beside_the_profile(
        tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    before = beside(profile)
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(_passfile(tmp_path, DURESS))], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert beside(profile) == before  # when the command has ended, not some time later
    real = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(_passfile(tmp_path, PASSPHRASE))], cwd=tmp_path)
    assert real.returncode != 0  # the real passphrase no longer opens anything
