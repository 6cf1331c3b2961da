"""A SIGKILL while locked keeps the files the lock promised: the next unlock opens the draft
with each file still where it was chosen and stores it, and names each file no longer there
(review r12aa A7: the lock page said the draft "opens again … with them ready to save", but the
list lived in memory only; killed while locked, the next start opened nothing, the draft had no
file and nothing said so)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from killed_child import kill_when
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

CHILD = Path(__file__).with_name("locking_child.py")

pytestmark = pytest.mark.usefixtures("english_ui")


def _locked_then_killed(tmp_path: Path) -> tuple[Path, Path]:
    """A child adds a file to a new draft, locks before storing it, and is killed locked."""
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    note = tmp_path / "verklaring.txt"
    note.write_text("what the caller said, written down at home")
    # Locked, then killed: the battery dies, hours later perhaps.
    child = kill_when(CHILD, [str(profile), PASSPHRASE, str(note)], tmp_path,
                      lambda lines: lines[-1].startswith("locked "))
    assert child.lines == ["added", "locked 1"], (child.lines, child.returncode, child.said)
    assert child.returncode == -signal.SIGKILL
    return profile, note


def _notice() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible() and w.objectName() == "not_stored_notice"]
    return shown[0] if shown else None


def test_a_kill_while_locked_keeps_the_file_the_lock_kept_and_the_next_unlock_stores_it(
        qtbot, tmp_path: Path) -> None:
    profile, note = _locked_then_killed(tmp_path)
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: window.workspace.editor is not None, timeout=20000)
    editor = window.workspace.editor
    draft_id = editor.draft_id
    assert draft_id is not None and editor.form.description.toPlainText()
    assert editor.attachments() == [(note, False)]
    assert _notice() is None
    # Stored with the next autosave, without Save and close.
    qtbot.waitUntil(lambda: window.session.attachment_names(draft_id) == ["verklaring.txt"],
                    timeout=30000)
    window.lock()  # nothing waits any more: the next unlock opens the draft, and no file
    window.close()
    again = unlocked_window(qtbot, profile, Answers())
    assert again.session.take_kept_files() is None
    again.lock()


def test_a_kill_while_locked_then_the_file_gone_names_it_at_the_next_unlock(
        qtbot, tmp_path: Path) -> None:
    profile, note = _locked_then_killed(tmp_path)
    note.unlink()  # the stick it was on is no longer in the laptop
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: _notice() is not None, timeout=10000)
    assert _notice().text() == (
        "1 file chosen for the draft before Seinpost locked could not be stored in your vault. "
        f"Add it again:\n\n{note}")
    qtbot.waitUntil(lambda: window.workspace.editor is not None, timeout=20000)
    assert window.workspace.editor.attachments() == []  # the draft opens, to add it again
    assert window.workspace.editor.form.description.toPlainText()
    window.lock()


def test_a_kill_while_locked_with_no_file_waiting_opens_the_draft_again_at_the_next_unlock(
        qtbot, tmp_path: Path) -> None:
    """Review r12ab R2: only a lock with a file waiting kept the draft in the vault; killed
    while locked, the next unlock showed the list, the draft one row among the others."""
    profile = tmp_path / "profile"
    fast_session(profile, make_office(tmp_path / "office")).lock()
    child = kill_when(CHILD, [str(profile), PASSPHRASE], tmp_path,
                      lambda lines: lines[-1].startswith("locked "))
    assert child.lines == ["locked 0"], (child.lines, child.returncode, child.said)
    assert child.returncode == -signal.SIGKILL
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: window.workspace.editor is not None, timeout=20000)
    editor = window.workspace.editor
    (entry,) = window.session.list_entries()
    assert editor.draft_id == entry.id
    typed = editor.form.description.toPlainText()
    assert typed and typed == window.session.read_draft(entry.id)["description"]
    window.lock()
