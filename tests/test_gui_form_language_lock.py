"""The editor's language button is a whole switch for the form and nothing else (review r12y R6):
a lock while the form is in the reporter's language shows the lock page, the menus and, after
unlocking, the list in the liaison's own; no other top-level window appears meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_editor_language import _switch, _window

pytestmark = pytest.mark.usefixtures("english_ui")


def test_a_lock_with_the_form_in_dutch_speaks_the_liaisons_english(qtbot,
                                                                   tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    qtbot.keyClicks(page.editor.form.description, "Told in Dutch")
    tops = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    _switch(qtbot, window)
    editor = window.workspace.editor
    assert editor.windowTitle() == "Nieuw signaal"  # the form is Dutch
    strays = [w for w in QApplication.topLevelWidgets() if w.isVisible()
              and id(w) not in tops and w is not editor]
    assert strays == []  # the window was not built again beside it
    qtbot.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.session is None)
    lock_page = window.unlock_page
    assert lock_page.title.text() == "Seinpost is locked"
    assert lock_page.unlock_button.text() == "&Unlock"
    assert [a.text() for a in window.menuBar().actions()] == ["&Seinpost", "&Help"]
    lock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(lock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.editor is not None
                    and window.workspace.editor.isVisible(), timeout=20000)
    assert window.workspace.new_button.text() == "&New signal…"  # the list behind: English
    assert window.workspace.editor.form.description.toPlainText() == "Told in Dutch"
    window.lock()


def test_a_vault_status_read_while_the_form_is_dutch_leaves_the_lock_page_english(
        qtbot, tmp_path: Path) -> None:
    """The unlock page's status read (keyring, attempts) can end after the form went Dutch (on
    CI it did: the lock page then said 'Seinpost is vergrendeld'); the page makes its sentences
    when it is shown, in the liaison's language."""
    window = _window(qtbot, tmp_path)
    page = window.workspace
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    _switch(qtbot, window)
    read = []
    shown = window.unlock_page._show_status
    window.unlock_page._show_status = lambda status: (read.append(status), shown(status))
    window.unlock_page.refresh()  # as the first screen's read, ending late
    qtbot.waitUntil(lambda: read != [], timeout=20000)
    window.lock()
    assert window.unlock_page.title.text() == "Seinpost is locked"
    assert window.unlock_page.intro.text() == "Type your passphrase to open your vault."
