"""Editing a draft and deleting signals in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office, sealed_file, signal_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence

pytestmark = pytest.mark.usefixtures("english_ui")


def test_a_draft_opens_again_and_keeps_its_attachment(qtbot, tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    evidence = tmp_path / "notes.txt"
    evidence.write_text("a letter")
    draft_id = session.record(signal_fields(
        description="First version.", place={"kind": "municipality", "value": "Zwolle"},
        period={"kind": "month", "month": "2025-03"}))
    session.attach(draft_id, evidence)
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    editor = page.editor
    assert editor.form.description.toPlainText() == "First version."
    assert editor.form.municipality.text() == "Zwolle"
    assert editor.form.period_kind.currentData() == "month"
    assert editor.attachments_panel.list.count() == 1  # shown as already in the vault
    assert editor.attachments() == []  # ... and not attached a second time
    editor.form.description.setPlainText("Second version, after a follow-up call.")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=20000)
    assert window.session.read_draft(draft_id)["description"].startswith("Second version")
    assert window.session.attachment_names(draft_id) == ["notes.txt"]
    assert [e.id for e in page.entries()] == [draft_id]
    window.lock()


def test_deleting_warns_about_undelivered_signals(qtbot, tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft_id = session.record(signal_fields())
    sealed = session.seal(session.record(signal_fields(description="To be sealed.")))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.table.selectAll()
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert "never reach the office" in page.confirm.text()
    qtbot.mouseClick(page.confirm.button(QMessageBox.No), Qt.LeftButton)
    assert len(page.entries()) == 2  # "No" keeps everything

    page.table.selectAll()
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    qtbot.mouseClick(page.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)  # deleted in a worker (r12ae-3)
    assert [(e.id, e.status) for e in page.entries()] == [(sealed.id, "deleted")]
    assert not window.session.has_draft(draft_id)
    assert not sealed_file(tmp_path / "profile", sealed.id).exists()
    window.lock()


def test_stored_attachments_say_whether_they_were_cleaned_and_can_be_removed(
    qtbot, tmp_path: Path
) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    notes = tmp_path / "notes.txt"
    notes.write_text("a letter")  # plain text: Seinpost cannot clean this type
    draft_id = session.record(signal_fields())
    session.attach(draft_id, notes)
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    panel = page.editor.attachments_panel
    (text,) = [panel.list.item(i).text() for i in range(panel.list.count())]
    # The engine's outcome and its reason (AttachmentOutcome), as the command line says them.
    assert text.startswith("\u2068notes.txt\u2069") and "\u26a0" in text  # name isolated
    assert sentence("media.not_cleanable", "en") in text
    assert sentence("media.type_not_cleanable", "en") in text
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert panel.list.count() == 0
    assert window.session.attachment_names(draft_id) == []
    window.lock()


def test_the_seal_question_names_each_attachment_that_is_not_clean_and_why(
    qtbot, tmp_path: Path
) -> None:
    from PIL import Image

    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    notes = tmp_path / "notes.txt"
    notes.write_text("a letter")  # cannot be cleaned
    photo = tmp_path / "photo.png"
    Image.new("RGB", (8, 8), (10, 20, 30)).save(photo)  # cleaned
    draft_id = session.record(signal_fields())
    session.attach(draft_id, photo)
    session.attach(draft_id, notes)
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.table.selectRow(0)
    qtbot.mouseClick(page.seal_button, Qt.LeftButton)
    question = page.confirm.text()
    # By the file's name in the vault (the liaison's own), not "Attachment 2" (review F5).
    lines = [line for line in question.splitlines() if line.startswith("\u26a0 ")]
    assert lines == ["\u26a0 \u2068notes.txt\u2069: " + sentence("media.not_cleanable", "en") + " "
                     + sentence("media.type_not_cleanable", "en")]
    assert "photo.png" not in question and "Attachment 2" not in question
    qtbot.mouseClick(page.confirm.button(QMessageBox.No), Qt.LeftButton)
    assert page.entries()[0].kind == "draft"
    window.lock()
