"""A SIGKILL while the liaison types loses at most what was typed since the last autosave."""

from __future__ import annotations

from pathlib import Path

from killed_child import kill_when
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from typing_child import TEXT

from intake_app.services.liaison import LiaisonSession

CHILD = Path(__file__).with_name("typing_child.py")
SAVES_BEFORE_THE_KILL = 2


def test_a_kill_while_typing_keeps_everything_up_to_the_last_autosave(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    # Killed mid-typing: keys went on after the last save, so something is unsaved now.
    child = kill_when(CHILD, [str(profile), PASSPHRASE], tmp_path, lambda lines: len(
        [line for line in lines if line.startswith("saved ")]) == SAVES_BEFORE_THE_KILL)
    saved = [int(line.split()[1]) for line in child.lines if line.startswith("saved ")]
    assert len(saved) == SAVES_BEFORE_THE_KILL, ("the child never autosaved twice", child.said)
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
