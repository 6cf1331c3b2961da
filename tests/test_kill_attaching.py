"""A SIGKILL after the autosave stored a file added in the editor keeps the file: no "Save and
close" is needed (review r12z R1, r12y R11: the file was stored only on "Save and close", and a
kill ten seconds after adding it lost it while the editor said "Kept in your vault")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.services.liaison import LiaisonSession

CHILD = Path(__file__).with_name("attaching_child.py")
GIVE_UP_AFTER_S = 120  # a guard against a child that never stores, not a timing assertion


def test_a_kill_after_the_autosave_stored_an_added_file_keeps_the_file_and_the_words(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    note = tmp_path / "verklaring.txt"
    note.write_text("what the caller said, written down at home")
    env = dict(os.environ, PYTHONPATH=str(CHILD.parent))
    errors = open(tmp_path / "child-stderr.txt", "w")  # closed below, after the kill
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile), PASSPHRASE, str(note)],
        stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
    )
    lines: list[str] = []
    guard = threading.Timer(GIVE_UP_AFTER_S, child.kill)
    guard.start()
    try:
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("stored "):
                break
        # Killed with the editor open, typing going on: nothing closed it, nothing pressed Save.
        os.kill(child.pid, signal.SIGKILL)
    finally:
        guard.cancel()
        child.kill()
        child.wait(timeout=30)
    errors.close()
    said = (tmp_path / "child-stderr.txt").read_text(errors="replace")[-3000:]
    assert lines[:1] == ["added"] and lines[-1] == "stored 1", (lines, child.returncode, said)
    assert child.returncode == -signal.SIGKILL

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        (entry,) = session.list_entries()
        names = session.attachment_names(entry.id)
        typed = session.read_draft(entry.id)["description"]
    finally:
        session.lock()
    assert names == ["verklaring.txt"]
    assert typed  # the words typed up to that autosave are there too
