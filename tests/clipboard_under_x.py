"""The window on a real X server: what other programs read from the clipboard and the X
primary selection around a lock (review r12x X9). Not collected by the suite (its name has no
test_ prefix): tests/test_gui_lock_clipboard.py runs it in a child process under Xvfb, where
Qt's xcb clipboard, unlike the offscreen platform's, is the desktop's and knows its owner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

STORY = "mijn zus woont in Kanaleneiland, naam Fatma Y."
THEIRS = "an address the person copied in another program"

# Another program on the same display: prints what it can paste from each mode.
READER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(sys.argv)
def show():
    board = app.clipboard()
    print(json.dumps({"clipboard": board.text(QClipboard.Clipboard),
                      "selection": board.text(QClipboard.Selection)}), flush=True)
    app.quit()
QTimer.singleShot(300, show)
app.exec()
"""

# Another program that copies a text of its own and keeps it on offer until its stdin closes.
HOLDER = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(sys.argv)
app.clipboard().setText(sys.argv[1], QClipboard.Clipboard)
print("holding", flush=True)
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Read)
notifier.activated.connect(app.quit)
app.exec()
"""


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    """Qt on the X server of DISPLAY (conftest's own choice is the offscreen platform), its
    settings in a folder of this run's own."""
    from PySide6.QtCore import QSettings

    settings = tmp_path_factory.mktemp("qt-settings")
    for kind in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(kind, QSettings.UserScope, str(settings))
    return ["seinpost-tests", "-platform", "xcb"]


def _child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "xcb"}


def read_as_another_program(qtbot) -> dict[str, str]:
    """What a second process pastes now. The window's event loop runs meanwhile: on X the
    owner of a selection hands its text over when asked."""
    reader = subprocess.Popen([sys.executable, "-c", READER], stdout=subprocess.PIPE,
                              text=True, env=_child_env())
    qtbot.waitUntil(lambda: reader.poll() is not None, timeout=30000)
    return json.loads(reader.stdout.read())


def story_copied_in_the_editor(qtbot, tmp_path: Path):
    """An unlocked window whose editor holds STORY, selected (Ctrl+A) and copied (Ctrl+C)."""
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)  # no window manager activates
    description = window.workspace.editor.form.description
    description.setFocus()
    qtbot.keyClicks(description, STORY)
    qtbot.keyClick(description, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(description, Qt.Key_C, Qt.ControlModifier)
    return window, description


def test_a_lock_leaves_no_story_on_the_clipboard_or_the_selection(qtbot, tmp_path: Path) -> None:
    window, description = story_copied_in_the_editor(qtbot, tmp_path)
    # The reader does see what Seinpost copied and selected: the check below is not blind.
    assert read_as_another_program(qtbot) == {"clipboard": STORY, "selection": STORY}
    qtbot.keyClick(description, Qt.Key_L, Qt.ControlModifier)
    assert window.session is None
    assert read_as_another_program(qtbot) == {"clipboard": "", "selection": ""}


def test_a_lock_leaves_alone_what_another_program_copied_since(qtbot, tmp_path: Path) -> None:
    window, description = story_copied_in_the_editor(qtbot, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, THEIRS], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=_child_env())
    try:
        assert holder.stdout.readline().strip() == "holding"
        qtbot.waitUntil(lambda: read_as_another_program(qtbot)["clipboard"] == THEIRS,
                        timeout=30000)
        qtbot.keyClick(description, Qt.Key_L, Qt.ControlModifier)
        assert window.session is None
        # Theirs stays; the selection was still Seinpost's, and is emptied.
        assert read_as_another_program(qtbot) == {"clipboard": THEIRS, "selection": ""}
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
