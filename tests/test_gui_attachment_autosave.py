"""A file added in the editor goes into the vault with the autosave, while the editor stays open
(review r12z R1, r12y R11, issue 12 "never lose a word": it was stored only by "Save and close",
and a kill ten seconds later lost it while the editor said "Kept in your vault").

Each test drives the real window; what is in the vault is read from the session.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.services.liaison import LiaisonSession
from intake_app.ui.attachment_panel import STORED_ROLE, WARNING_ROLE
from intake_app.ui.draft_keeper import AUTOSAVE_SECONDS
from intake_app.ui.messages import describe_error

pytestmark = pytest.mark.usefixtures("english_ui")

#: Well past one autosave interval plus the forecast, on a loaded machine.
STORED_WITHIN_MS = (AUTOSAVE_SECONDS + 20) * 1000


@pytest.fixture
def held_store(monkeypatch) -> threading.Event:
    """Storing a file waits (reporting progress, so it can be cancelled) until the event is set."""
    release = threading.Event()
    real = LiaisonSession.attach

    def attach(self, draft_id, path, *, keep_original=False, progress=None):
        while not release.wait(0.01):
            progress(0)  # raises Cancelled once the work is cancelled
        return real(self, draft_id, path, keep_original=keep_original, progress=progress)

    monkeypatch.setattr(LiaisonSession, "attach", attach)
    return release


def _window(qtbot, tmp_path: Path, draft_text: str | None = None):
    """An unlocked window, with one draft holding `draft_text` if given."""
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    if draft_text is not None:
        session.save_draft({"description": draft_text}, None)
    session.lock()
    return unlocked_window(qtbot, tmp_path / "profile", Answers())


def _file(tmp_path: Path, name: str = "notes.txt") -> Path:
    path = tmp_path / name
    path.write_text("what the caller said, written down at home")
    return path


def _stored(window, draft_id: str) -> list:
    return window.session.stored_attachments(draft_id)


def test_a_file_added_to_a_new_signal_is_in_the_vault_after_the_autosave_with_the_editor_open(
        qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    editor.attachments_panel.add_pending(_file(tmp_path))  # nothing typed: the file alone
    assert "1 added file is being stored in your vault." in editor.status.text()
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=STORED_WITHIN_MS)
    assert editor.isVisible() and editor.outcome == ""  # no Save pressed
    (stored,) = _stored(window, editor.draft_id)
    assert stored.name == "notes.txt"
    line = editor.attachments_panel.list.item(0)
    assert line.data(STORED_ROLE) == stored.id
    assert editor.status.text().startswith("Kept in your vault, encrypted, at ")
    assert "being stored" not in editor.status.text()
    assert editor.has_changes()  # closing still asks

    editor.reject()  # Esc: the question, then "Throw away the changes" deletes the new signal
    qtbot.mouseClick(editor.close_question.button(QMessageBox.Discard), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.editor is None)
    assert window.session.list_entries() == []
    window.lock()


def test_throw_away_takes_the_files_the_autosave_stored_out_of_an_old_draft_again(
        qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, draft_text="As it was.")
    page = window.workspace
    page.table.selectRow(0)
    page.drafts.edit_selected()
    editor = page.editor
    draft_id = editor.draft_id
    editor.attachments_panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: len(_stored(window, draft_id)) == 1, timeout=STORED_WITHIN_MS)
    editor.reject()
    qtbot.mouseClick(editor.close_question.button(QMessageBox.Discard), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    assert _stored(window, draft_id) == []
    assert window.session.read_draft(draft_id)["description"] == "As it was."
    window.lock()


def test_save_and_close_after_the_autosave_stored_the_file_keeps_it_once(
        qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "With a note.")
    editor.attachments_panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=STORED_WITHIN_MS)
    draft_id = editor.draft_id
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and "saved" in page.message.text(), timeout=20000)
    assert [a.name for a in _stored(window, draft_id)] == ["notes.txt"]
    window.lock()


def test_a_file_removed_while_it_was_being_stored_is_taken_out_of_the_vault(
        qtbot, tmp_path: Path, held_store: threading.Event) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "A file I should not have added.")
    panel = editor.attachments_panel
    panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: editor.files._job is not None, timeout=STORED_WITHIN_MS)
    panel.list.selectAll()
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)  # while its copy is being stored
    held_store.set()
    qtbot.waitUntil(lambda: editor.files._job is None, timeout=20000)
    assert _stored(window, editor.draft_id) == []
    assert panel.list.count() == 0 and editor.attachments() == []
    window.lock()


def test_a_lock_while_a_file_is_being_stored_reopens_with_it_once_and_stores_it_once(
        qtbot, tmp_path: Path, held_store: threading.Event) -> None:
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Locked while storing.")
    note = _file(tmp_path)
    editor.attachments_panel.add_pending(note)
    qtbot.waitUntil(lambda: editor.files._job is not None, timeout=STORED_WITHIN_MS)
    draft_id = editor.draft_id
    window.lock()  # cancels the store and waits for it
    held_store.set()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    editor = window.workspace.editor
    assert editor.draft_id == draft_id and editor.attachments() == [(note, False)]
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=STORED_WITHIN_MS)
    assert [a.name for a in _stored(window, draft_id)] == ["notes.txt"]
    window.lock()


def test_keep_the_original_after_the_autosave_stored_a_file_stores_the_original_instead(
        qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    panel = editor.attachments_panel
    panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: editor.attachments() == [], timeout=STORED_WITHIN_MS)
    (first,) = _stored(window, editor.draft_id)
    assert first.cleaning != "original-kept"
    panel.list.selectAll()
    panel.keep_original.setChecked(True)
    qtbot.waitUntil(lambda: editor.attachments() == [] and panel.list.item(0).data(STORED_ROLE)
                    not in (None, first.id), timeout=STORED_WITHIN_MS)
    (again,) = _stored(window, editor.draft_id)
    assert again.cleaning == "original-kept" and again.id != first.id
    window.lock()


def test_the_line_after_a_language_switch_still_says_a_file_is_being_stored(
        qtbot, tmp_path: Path, held_store: threading.Event) -> None:
    """Review r12z R6: the editor built in the other language dropped the line."""
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Switched while storing.")
    editor.attachments_panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: editor.files._job is not None, timeout=STORED_WITHIN_MS)
    qtbot.mouseClick(editor.language_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.editor not in (None, editor), timeout=20000)
    again = window.workspace.editor
    said = again.status.text()
    assert said.startswith("Versleuteld bewaard in uw kluis, om ")
    assert "1 toegevoegd bestand wordt in uw kluis bewaard." in said
    held_store.set()
    qtbot.waitUntil(lambda: again.attachments() == [], timeout=STORED_WITHIN_MS)
    assert "toegevoegd" not in again.status.text()
    window.switch_language("en")
    window.lock()


def test_save_and_close_while_the_autosave_stores_a_file_stores_it_once(
        qtbot, tmp_path: Path, held_store: threading.Event) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.form.description, "Saved while storing.")
    editor.attachments_panel.add_pending(_file(tmp_path))
    qtbot.waitUntil(lambda: editor.files._job is not None, timeout=STORED_WITHIN_MS)
    draft_id = editor.draft_id
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)  # the autosave's store is settled
    held_store.set()
    qtbot.waitUntil(lambda: not page.busy and "saved" in page.message.text(), timeout=20000)
    page.runner.wait()  # every worker has ended
    assert [a.name for a in _stored(window, draft_id)] == ["notes.txt"]
    window.lock()


def test_a_file_gone_before_the_autosave_says_why_on_its_line_and_is_not_said_to_be_stored(
        qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    panel = editor.attachments_panel
    qtbot.keyClicks(editor.form.description, "A file taken away.")
    note = _file(tmp_path)
    panel.add_pending(note)
    qtbot.waitUntil(lambda: panel.checking() == 0, timeout=STORED_WITHIN_MS)
    note.unlink()  # the stick was pulled before the autosave came
    with qtbot.waitSignal(editor.files.failed, timeout=STORED_WITHIN_MS) as failed:
        pass
    line = panel.list.item(0)
    assert line.data(WARNING_ROLE)
    assert line.text() == "\u2068notes.txt\u2069 \u2014 \u26a0 " + describe_error(failed.args[0])
    assert editor.attachments() == [(note, False)]  # still listed: Save and close tries again
    assert editor.status.text().startswith("Kept in your vault, encrypted, at ")
    assert "being stored" not in editor.status.text()
    assert _stored(window, editor.draft_id) == []
    window.lock()
