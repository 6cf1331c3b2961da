"""The editor opens at the top of its form, the urgency in view, with the caret in the story
(review r12aa A4: at 1366×768 it opened scrolled down to the Description box, the urgency and
category above the fold, though acute danger must show "at once, before anything else"); the
first key typed scrolls the story into view. For a new and a reopened draft, at 1024×600 here
and at 1366×768 in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_gui_delivery import Answers, unlocked_window

pytestmark = pytest.mark.usefixtures("english_ui")

#: An openbox frame (left, top, right, bottom, logical px): offscreen windows have none, and
#: without one the 1366×768 editor was just tall enough to show urgency and story together.
WINDOW_MANAGER_FRAME = (4, 25, 4, 4)


@pytest.fixture(autouse=True)
def framed_windows(monkeypatch):
    """Every shown window has a window manager's title bar and border, as under openbox."""
    from intake_app.ui import fit

    real = fit.frame_margins
    monkeypatch.setattr(fit, "frame_margins",
                        lambda widget: None if real(widget) is None else WINDOW_MANAGER_FRAME)


def _in_view(editor, widget: QWidget) -> bool:
    viewport = editor.scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def _opened(qtbot, editor) -> None:
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.waitUntil(editor.form.description.hasFocus)
    qtbot.wait(50)  # any scrolling the activation does has happened


@pytest.mark.parametrize("draft", ["new", "reopened"])
def test_the_editor_opens_at_the_top_with_the_urgency_in_view_and_the_caret_in_the_story(
        qtbot, tmp_path: Path, draft: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    if draft == "reopened":
        stored = window.session.save_draft({"description": "A story already begun."}, None)
        page.refresh()
        page.open_editor(stored)
    else:
        qtbot.keyClick(page, Qt.Key_N, Qt.ControlModifier)
    editor = page.editor
    _opened(qtbot, editor)
    form = editor.form
    assert editor.scroll.verticalScrollBar().value() == 0
    assert _in_view(editor, form.urgency) and _in_view(editor, form.labels["urgency"])
    assert _in_view(editor, form.category)
    # The first key goes into the story, and the story comes into view with it.
    qtbot.keyClicks(QApplication.focusWidget(), "x")
    assert form.description.toPlainText().endswith("x")
    qtbot.waitUntil(lambda: form.description.cursorRect().top() >= 0 and form.description.mapTo(
        editor.scroll.viewport(), QPoint(0, form.description.cursorRect().bottom())).y()
        <= editor.scroll.viewport().height())
    assert form.urgency.code() is None
    editor.keeper.save_now()
    window.lock()


def test_at_1366_by_768_too() -> None:
    """The test above again on a 1366×768 screen (a child process: the screen is fixed at start)."""
    tests = Path(__file__).resolve()
    env = {**os.environ, SCREEN_VARIABLE: "1366x768", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{tests}::test_the_editor_opens_at_the_top_with_the_urgency_in_view_and_the_caret_in_the_story"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "2 passed" in done.stdout
