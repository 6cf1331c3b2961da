"""The identifier marks in a long story are found off the GUI thread (review r12ab R4: every key
scanned the whole story and made every mark anew, 15 ms a key at 19,000 characters with 161
phone numbers, linear in the length); a short story is still marked at once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QTextCursor

from intake_app.ui import identifier_marks
from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.identifier_marks import SYNC_CHARS
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")

CHAT_LINE = "[12-03-2025 14:{:02d}] He called from 06-{:08d} and said my brother will suffer.\n"


def _scans_by_thread(monkeypatch) -> list[bool]:
    """Whether each scan for identifiers ran on the GUI thread, in order."""
    on_gui: list[bool] = []
    find = identifier_marks.find_identifiers

    def watched(text: str):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return find(text)

    monkeypatch.setattr(identifier_marks, "find_identifiers", watched)
    return on_gui


def _marked(editor: SignalEditor) -> list[str]:
    return [mark.cursor.selectedText() for mark in editor.form.description.extraSelections()]


def test_typing_into_a_long_story_scans_it_off_the_gui_thread_and_marks_what_was_typed(
        qtbot, monkeypatch) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    story = "".join(CHAT_LINE.format(n % 60, 10000000 + n) for n in range(230))  # 19,000
    assert len(story) > 4 * SYNC_CHARS
    on_gui = _scans_by_thread(monkeypatch)
    description = editor.form.description
    description.setPlainText(story)
    qtbot.waitUntil(lambda: editor.marks.settled and len(_marked(editor)) == 230, timeout=20000)
    description.moveCursor(QTextCursor.End)
    qtbot.keyClicks(description, "And from 06-87654321 again.")
    qtbot.waitUntil(lambda: editor.marks.settled and "06-87654321" in _marked(editor),
                    timeout=20000)
    assert len(_marked(editor)) == 231
    assert on_gui and not any(on_gui), "the long story was scanned on the GUI thread"
    # Scanned at most a few times, not once a key (27 keys).
    assert len(on_gui) < 10
    assert editor.form.identifier_hint.isVisibleTo(editor)
    assert "a phone number" in editor.form.identifier_hint.text()


def test_a_short_story_is_marked_at_once(qtbot) -> None:
    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.description, "He called from 06-12345678.")
    assert _marked(editor) == ["06-12345678"] and editor.marks.settled
    assert editor.form.identifier_hint.isVisibleTo(editor)
    editor.form.description.setPlainText("")
    assert _marked(editor) == [] and not editor.form.identifier_hint.isVisibleTo(editor)
