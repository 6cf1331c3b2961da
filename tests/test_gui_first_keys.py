"""A new signal takes the first words typed as the story, never as a choice (review r12x X2:
the editor opened on the urgency drop-down, whose type-ahead made "I was called…" "Immediate
danger" and Dutch "Hij zei…" "Hoog", the words themselves lost, and that urgency was sealed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language


@pytest.fixture(params=[("en", "I was called at night"), ("nl", "Hij zei dat ik moest betalen")],
                ids=["en", "nl"])
def story(request, qapp):
    language, words = request.param
    set_ui_language(language)
    yield words
    set_ui_language("en")


def test_words_typed_as_the_editor_opens_go_into_the_story_and_choose_no_urgency(
    qtbot, tmp_path: Path, story: str
) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)  # as a hurried liaison: Ctrl+N, type
    editor = page.editor
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(QApplication.focusWidget(), story)
    assert editor.form.description.toPlainText() == story
    assert editor.form.urgency.code() is None and not editor.danger.isVisible()
    editor.keeper.save_now()
    assert window.session.read_draft(editor.draft_id).get("urgency") is None
    window.lock()


def test_letters_on_the_urgency_choose_nothing_and_the_arrows_still_do(qtbot, english_ui) -> None:
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.signal_editor import SignalEditor

    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    urgency = editor.form.urgency
    urgency.setFocus()
    qtbot.keyClicks(urgency, "I was")  # "I" once chose "Immediate danger", "H" "High"
    assert urgency.code() is None and not editor.danger.isVisible()
    qtbot.keyClick(urgency, Qt.Key_Down)
    assert urgency.code() == "low"  # the keyboard still chooses, by the arrows


def test_after_a_lock_the_focus_is_back_in_the_field_that_had_it(
    qtbot, tmp_path: Path, english_ui
) -> None:
    """Review r12x X4: "Utre" typed in the place, Ctrl+L, unlock, "cht": the caret had been
    put at the end of the story, and "cht" went into the testimony."""
    from liaison_fixtures import PASSPHRASE

    window, editor = _new_signal(qtbot, tmp_path)
    qtbot.keyClicks(QApplication.focusWidget(), "Test popup lock.")
    form = editor.form
    form.place_kind.set_code("municipality")
    form.municipality.setFocus()
    qtbot.waitUntil(form.municipality.hasFocus)
    qtbot.keyClicks(form.municipality, "Utre")
    qtbot.keyClick(form.municipality, Qt.Key_L, Qt.ControlModifier)  # lock, from the field
    assert window.session is None
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None,
                    timeout=20000)
    editor = window.workspace.editor
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(QApplication.focusWidget(), "cht")
    assert editor.form.municipality.text() == "Utrecht"
    assert editor.form.description.toPlainText() == "Test popup lock."
    window.lock()


def test_a_lock_from_the_close_question_gives_the_keyboard_to_the_passphrase(
    qtbot, tmp_path: Path, english_ui
) -> None:
    """Review r12x X5: Esc in the editor (its close question up), Ctrl+L at once: the lock
    page showed, but no window had the keyboard, so the passphrase typed went nowhere."""
    from liaison_fixtures import PASSPHRASE

    window, editor = _new_signal(qtbot, tmp_path)
    qtbot.keyClicks(QApplication.focusWidget(), "X")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)  # "Keep what you typed?"
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (editor, window))
    question = QApplication.activeWindow()
    qtbot.keyClick(question, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.unlock_page.passphrase
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    window.lock()


def test_a_missing_keyring_entry_says_what_to_do_now() -> None:
    """Review r12x X8: the lock page said only that the key is missing and nothing was
    deleted; a frightened person needs the next step, in both languages."""
    from intake_app.sentences import sentence

    # The next step for the sealed signals: they can still reach the office (review r7j R7J-7).
    for language, where, office in (("en", "try it there", "can still reach the office"),
                                    ("nl", "probeer het daar",
                                     "kunnen het meldpunt nog bereiken")):
        text = sentence("vault.device_secret_missing", language)
        assert where in text and office in text


def _new_signal(qtbot, tmp_path: Path):
    """An unlocked window with a new signal's editor open (Ctrl+N) and active."""
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.keyClick(window.workspace, Qt.Key_N, Qt.ControlModifier)
    editor = window.workspace.editor
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return window, editor
