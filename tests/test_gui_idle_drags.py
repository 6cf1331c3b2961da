"""A drag over the window, and text from an input method, are activity for the idle lock
(review r12z R16: during a drag the pointer belongs to the drag's source, so the window sees
drag events only, and it locked about 20 s after two files were dropped on the editor)."""

from __future__ import annotations

import time
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow

IDLE_SECONDS = 1.5


def _unlocked(qtbot, tmp_path: Path) -> MainWindow:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = MainWindow(tmp_path / "profile", dialogs=FileDialogs(), idle_seconds=IDLE_SECONDS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    return window


def _drag_events(mime: QMimeData, where: QPoint):
    buttons, keys = Qt.NoButton, Qt.NoModifier
    yield QDragEnterEvent(where, Qt.CopyAction, mime, buttons, keys)
    yield QDragMoveEvent(where, Qt.CopyAction, mime, buttons, keys)
    yield QDropEvent(QPointF(where), Qt.CopyAction, mime, buttons, keys)


def test_dragging_files_over_the_window_keeps_it_from_locking_while_idle(
        qtbot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    target = window.windowHandle()  # where the platform delivers a drag, as with a real one
    middle = window.rect().center()
    deadline = time.monotonic() + 2.5 * IDLE_SECONDS
    kinds = _drag_events(mime, middle)
    while time.monotonic() < deadline:  # no key, no click, no mouse move: only the drag
        try:
            event = next(kinds)
        except StopIteration:
            kinds = _drag_events(mime, middle)
            continue
        QApplication.sendEvent(target, event)
        qtbot.wait(150)
        assert window.session is not None, f"locked during a drag ({event.type()})"
    qtbot.waitUntil(lambda: window.session is None, timeout=int(4000 * IDLE_SECONDS))


def test_text_from_an_input_method_keeps_the_window_from_locking_while_idle(
        qtbot, tmp_path: Path) -> None:
    """Arabic, Chinese or a compose key: the keys go to the input method, and the window sees
    only the text it commits (an input method event, no key press)."""
    from PySide6.QtGui import QInputMethodEvent

    window = _unlocked(qtbot, tmp_path)
    window.workspace.new_signal()
    field = window.workspace.editor.form.description
    deadline = time.monotonic() + 2.5 * IDLE_SECONDS
    while time.monotonic() < deadline:
        event = QInputMethodEvent()
        event.setCommitString("\u0645")  # an Arabic letter, as the input method commits it
        QApplication.sendEvent(field, event)
        qtbot.wait(150)
        assert window.session is not None, "locked while text was being typed"
    assert "\u0645" in field.toPlainText()
    qtbot.waitUntil(lambda: window.session is None, timeout=int(4000 * IDLE_SECONDS))
