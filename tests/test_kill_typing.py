"""A SIGKILL while the liaison types loses at most what was typed since the last autosave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from typing_child import TEXT

from intake_app.services.liaison import LiaisonSession

CHILD = Path(__file__).with_name("typing_child.py")
SAVES_BEFORE_THE_KILL = 2
GIVE_UP_AFTER_S = 120  # a guard against a child that never saves, not a timing assertion


def test_a_kill_while_typing_keeps_everything_up_to_the_last_autosave(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    env = dict(os.environ, PYTHONPATH=str(CHILD.parent))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile), PASSPHRASE],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    saved: list[int] = []
    guard = threading.Timer(GIVE_UP_AFTER_S, child.kill)
    guard.start()
    try:
        for line in child.stdout:
            if line.startswith("saved "):
                saved.append(int(line.split()[1]))
            if len(saved) == SAVES_BEFORE_THE_KILL:
                break
        # Killed mid-typing: keys went on after the last save, so something is unsaved now.
        os.kill(child.pid, signal.SIGKILL)
    finally:
        guard.cancel()
        child.kill()
        child.wait(timeout=30)
    assert len(saved) == SAVES_BEFORE_THE_KILL, "the child never autosaved twice"
    # Typing never paused, and still the vault was written more than once: autosave runs
    # during typing, not only when the liaison stops.
    assert saved[0] < saved[1]

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        (entry,) = session.list_entries()
        kept = session.read_draft(entry.id)["description"]
    finally:
        session.lock()
    assert len(kept) >= saved[-1]
    assert kept == TEXT[: len(kept)]
