"""The lock page says the same before the passphrase whatever was open at the lock, so the duress
passphrase, which opens an empty profile, never breaks a promise made on screen (review r7k
R7K-4: "the draft you were writing is kept; it opens again as soon as you unlock" stood above
the field, and only the real passphrase kept it)."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_gui_delivery import Answers, unlocked_window

DURESS = "seven orange kites over amsterdam harbour"


def _page_words(window) -> list[str]:
    """Every text the lock page shows, in layout order."""
    return [label.text() for label in window.unlock_page.findChildren(QLabel)
            if label.isVisibleTo(window.unlock_page) and label.text()]


def test_the_lock_page_reads_the_same_after_a_lock_with_a_draft_and_a_file_being_stored(
        qtbot, tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.set_duress_passphrase(PASSPHRASE, DURESS, shown_name="Amira")
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    window.lock()  # from the list, nothing open
    # the vault's note (passphrase only) comes from a worker's status read: wait for it
    qtbot.waitUntil(window.unlock_page.notice.isVisible, timeout=20000)
    nothing_open = _page_words(window)

    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Typed just before the lock")
    recording = tmp_path / "opname.m4a"
    recording.write_bytes(bytes(3000))
    editor.attachments_panel.add_pending(recording)
    qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    qtbot.waitUntil(window.unlock_page.notice.isVisible, timeout=20000)
    assert _page_words(window) == nothing_open

    # The duress passphrase: an empty profile, no editor, and the page had promised nothing.
    window.unlock_page.passphrase.setText(DURESS)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    qtbot.wait(300)
    assert window.workspace.editor is None or not window.workspace.editor.isVisible()
    assert window.workspace.entries() == []
    window.lock()
