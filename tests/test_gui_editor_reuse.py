"""The workspace builds its editor once, ahead and in slices, and shows every draft in that one
(issue 12, "Quick": opening it held the window 150-300 ms of the GUI thread, review r12y R7 and
r12z R8); nothing of one draft may show in the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui import editor_reuse
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

STORED = {
    "category": "informants_surveillance", "actor": "unknown", "targets": ["family"],
    "channel": "in_person", "period": {"kind": "month", "month": "2026-10"},
    "place": {"kind": "province", "value": "nl-nh"}, "description": "Draft C's own story.",
    "impact": [], "impact_notes": "", "urgency": "low", "anonymity": None, "consent": [],
    "reported_elsewhere": None, "source_reliability": None, "information_credibility": None,
}


def _window(qtbot, tmp_path: Path):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.waitUntil(lambda: window.workspace.drafts.stock.ready, timeout=20000)
    return window


def test_the_editor_is_built_ahead_in_slices_and_every_draft_opens_in_that_one(
        qtbot, tmp_path, monkeypatch) -> None:
    slices = []
    real = editor_reuse.SlicedBuild._slice

    def counted(self) -> None:
        slices.append(self)
        real(self)

    monkeypatch.setattr(editor_reuse.SlicedBuild, "_slice", counted)
    window = _window(qtbot, tmp_path)
    page = window.workspace
    built = page.drafts.stock.editor
    assert built is not None and not built.isVisible()
    assert len(slices) >= 2  # built a few widgets at a time, not in one go
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert page.editor is built and built.isVisible()
    qtbot.keyClicks(built.form.description, "First draft")
    qtbot.mouseClick(built.save_button, Qt.LeftButton)
    assert page.editor is None and not built.isVisible()
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    assert page.editor is built and built.windowTitle() == "Edit draft"
    assert built.form.description.toPlainText() == "First draft"
    built.reject()
    window.lock()


def test_nothing_of_one_draft_shows_in_the_next(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    session = window.session
    stored_a = session.save_draft({**STORED, "description": "Draft A"}, None)
    stored_c = session.save_draft(STORED, None)
    page.refresh()

    # Draft A: words with a phone number in them, choices, ticks, a wrong place and a period
    # that ends before it starts, a file, the error marks, a message line, the focus far down.
    page.open_editor(stored_a)
    a = page.editor
    form = a.form
    qtbot.keyClicks(form.description, " called from +31 6 12345678 ")
    assert form.identifier_hint.isVisible()
    form.category.set_code("intimidation")
    form.targets.set_codes(["individual", "journalist"])
    form.period_kind.setCurrentIndex(0)
    form.period_start.setDate(QDate(2026, 3, 5))
    form.period_has_end.setChecked(True)
    form.period_end.setDate(QDate(2026, 3, 1))
    assert form.error_label("period").isVisible()
    form.place_kind.set_code("municipality")
    form.municipality.setText("Rotterdm")
    form.municipality.editingFinished.emit()
    assert form.error_label("place").isVisible()
    note = tmp_path / "note.txt"
    note.write_text("notes\n")
    a.attachments_panel.add_pending(note)
    a.show_errors(a.problems())
    assert a.summary.isVisible()
    a.save_and_stay()
    assert a.status.text()
    form.impact_notes.setFocus()
    a.scroll.verticalScrollBar().setValue(a.scroll.verticalScrollBar().maximum())
    a.reject()
    qtbot.mouseClick(a.close_question.button(QMessageBox.Discard), Qt.LeftButton)
    assert page.editor is None

    # B, a new signal, in the same editor: as a newly built editor shows one.
    page.new_signal()
    b = page.editor
    assert b is a
    fresh = SignalEditor(FileDialogs())
    qtbot.addWidget(fresh)
    assert b.fields() == fresh.fields()
    assert b.windowTitle() == "New signal" and b.outcome == "" and b.close_question is None
    assert b.form.description.toPlainText() == ""
    assert not b.form.description.document().isUndoAvailable()  # no Ctrl+Z back to A
    assert b.form.description.extraSelections() == []
    assert not b.form.identifier_hint.isVisibleTo(b)
    assert not [field for field in b.form.labels if b.form.error_label(field).isVisibleTo(b)]
    assert not b.summary.isVisibleTo(b) and b.status.text() == ""
    assert b.attachments_panel.list.count() == 0 and b.attachments() == []
    assert not b.attachments_panel.warning.isVisibleTo(b)
    assert not b.form.municipality.isUndoAvailable()
    assert b.focusWidget() is b.form.description
    assert b.scroll.verticalScrollBar().value() == 0
    assert b.keeper is not None and b.keeper.draft_id is None
    b.reject()

    # C, stored: shown as a newly built editor shows it, with nothing of A.
    page.open_editor(stored_c)
    c = page.editor
    assert c is a
    fresh_c = SignalEditor(FileDialogs(), fields=session.read_draft(stored_c))
    qtbot.addWidget(fresh_c)
    assert c.fields() == fresh_c.fields()
    assert c.form.description.toPlainText() == "Draft C's own story."
    assert c.keeper.draft_id == stored_c and c.windowTitle() == "Edit draft"
    assert not [field for field in c.form.labels if c.form.error_label(field).isVisibleTo(c)]
    c.reject()
    window.lock()


def test_the_language_button_builds_the_other_editor_in_slices_and_the_window_stays(
        qtbot, tmp_path) -> None:
    """Only the form changes language: the list behind is not built again (that, with the
    editor, held the window 200-390 ms), the other language's editor is built in slices while
    the open one stays in use, and going back uses the first editor again, at once."""
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    first = page.editor
    qtbot.keyClicks(first.form.description, "Two men at the door")
    qtbot.mouseClick(first.language_button, Qt.LeftButton)
    assert page.editor is first and first.isVisible()  # still in use while the other builds
    qtbot.keyClicks(first.form.description, ", just now")
    qtbot.waitUntil(lambda: page.editor not in (None, first), timeout=20000)
    dutch = page.editor
    assert window.workspace is page and window.language == "nl"
    assert dutch.isVisible()
    qtbot.waitUntil(lambda: not first.isVisible())  # closed in the next turn of the loop
    assert dutch.save_button.text() == "Bewa&ren en sluiten"
    assert dutch.form.description.toPlainText() == "Two men at the door, just now"
    qtbot.mouseClick(dutch.language_button, Qt.LeftButton)
    assert page.editor is first and first.isVisible()  # built already: at once
    qtbot.waitUntil(lambda: not dutch.isVisible())
    assert first.form.description.toPlainText() == "Two men at the door, just now"
    assert first.save_button.text() == "Sav&e and close"
    qtbot.mouseClick(first.language_button, Qt.LeftButton)
    assert page.editor is dutch and window.language == "nl"

    # A lock with the form in Dutch: the lock page speaks the liaison's English.
    window.lock()
    assert window.language == "en"
    assert window.unlock_page.unlock_button.text() == "&Unlock"


def test_a_lock_empties_the_editor_and_the_unlock_opens_the_draft_in_it_again(
        qtbot, tmp_path) -> None:
    """The editors outlive a lock, so the unlock that opens the draft again builds none (it
    held the window 110-140 ms); behind the lock page they hold nothing of the draft."""
    window = _window(qtbot, tmp_path)
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.keyClicks(editor.form.description, "Words before the lock")
    window.lock()
    assert not editor.isVisible()
    fresh = SignalEditor(FileDialogs())
    qtbot.addWidget(fresh)
    assert editor.fields() == fresh.fields() and editor.keeper is None
    assert not editor.form.description.document().isUndoAvailable()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    # The draft opens in the turn after the list (9ac05a2), in the same editor.
    qtbot.waitUntil(lambda: editor.isVisible(), timeout=5000)
    assert window.workspace.editor is editor
    assert editor.form.description.toPlainText() == "Words before the lock"
    editor.reject()
    window.lock()


def test_the_language_button_sends_no_language_change_to_every_widget(qtbot, tmp_path) -> None:
    """Installing translators made Qt send LanguageChange to every widget, layout and model of
    the app and repaint it all: 40-50 ms of the GUI thread with both editors built. Nothing
    retranslates itself (each editor is built in its language), so none is sent."""
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    seen = []

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.LanguageChange:
                seen.append(watched)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        for _ in range(2):  # there, and back to the editor built already
            before = page.editor
            qtbot.mouseClick(before.language_button, Qt.LeftButton)
            qtbot.waitUntil(lambda b=before: page.editor not in (None, b)
                            and not b.isVisible(), timeout=20000)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert page.editor.windowTitle() == "New signal" and window.language == "en"
    assert seen == []
    page.editor.reject()
    window.lock()
