"""A SIGKILL after the autosave stored a file added in the editor keeps the file: no "Save and
close" is needed (review r12z R1, r12y R11: the file was stored only on "Save and close", and a
kill ten seconds after adding it lost it while the editor said "Kept in your vault")."""

from __future__ import annotations

import signal
from pathlib import Path

from killed_child import kill_when
from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.services.liaison import LiaisonSession

CHILD = Path(__file__).with_name("attaching_child.py")


def test_a_kill_after_the_autosave_stored_an_added_file_keeps_the_file_and_the_words(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    note = tmp_path / "verklaring.txt"
    note.write_text("what the caller said, written down at home")
    # Killed with the editor open, typing going on: nothing closed it, nothing pressed Save.
    child = kill_when(CHILD, [str(profile), PASSPHRASE, str(note)], tmp_path,
                      lambda lines: lines[-1].startswith("stored "))
    assert child.lines[:1] == ["added"] and child.lines[-1] == "stored 1", (
        child.lines, child.returncode, child.said)
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
