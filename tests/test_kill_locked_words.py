"""A SIGKILL while locked keeps the words the lock could not save (task t12b, issue 12: "A
killed app loses at most the last few seconds of typing"). With another program holding
store.db at the lock, the lock waits only a moment (review r12ad R1) and held what it could not
save sealed in memory: a kill while locked lost it. It is now written sealed into the profile
folder (store/lock_words.py), and the next unlock, in a new process, puts it back into the draft
and removes the file."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from held_store_child import BEFORE, HELD
from killed_child import kill_when
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from test_gui_delivery import Answers, unlocked_window

from intake_app.store import lock_words

CHILD = Path(__file__).with_name("held_store_child.py")

pytestmark = pytest.mark.usefixtures("english_ui")


DURESS = "seven orange kites over amsterdam harbour"


def _killed_locked_with_the_store_held(tmp_path: Path, *, duress: bool = False) -> Path:
    """A child types, locks with the store held, and is killed while locked."""
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    if duress:
        session.set_duress_passphrase(PASSPHRASE, DURESS, shown_name="Amira")
    session.lock()
    child = kill_when(CHILD, [str(profile), PASSPHRASE], tmp_path,
                      lambda lines: lines[-1].startswith("locked "))
    assert child.lines == ["locked 1"], (child.lines, child.returncode, child.said)
    assert child.returncode == -signal.SIGKILL
    return profile


def test_a_kill_while_locked_with_the_store_held_keeps_the_words_and_the_next_unlock_restores_them(
        qtbot, tmp_path: Path) -> None:
    profile = _killed_locked_with_the_store_held(tmp_path)
    kept = (profile / lock_words.FILE_NAME).read_bytes()
    assert HELD.strip().encode() not in kept and b"Typed" not in kept  # sealed, not plain
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: window.workspace.editor is not None
                    and window.workspace.editor.isVisible(), timeout=20000)
    assert window.workspace.editor.form.description.toPlainText() == BEFORE + HELD
    (entry,) = window.session.list_entries()
    assert window.session.read_draft(entry.id)["description"] == BEFORE + HELD
    assert not (profile / lock_words.FILE_NAME).exists()  # the store has them now
    window.lock()


def test_a_duress_unlock_after_a_kill_while_locked_shows_no_kept_words_and_leaves_no_file(
        qtbot, tmp_path: Path) -> None:
    """The words are sealed under the real vault's key; the duress unlock renews the profile
    folder, and the file goes with the old one, like every other file of the real vault."""
    profile = _killed_locked_with_the_store_held(tmp_path, duress=True)
    assert (profile / lock_words.FILE_NAME).is_file()
    window = unlocked_window(qtbot, profile, Answers(), passphrase=DURESS)
    qtbot.wait(500)  # the turn in which an unlock reopens what a lock kept, and more
    assert window.workspace.editor is None or not window.workspace.editor.isVisible()
    assert window.session.list_entries() == []
    assert not (profile / lock_words.FILE_NAME).exists()
    window.lock()
