"""The list window fits a 1024×600 laptop at 1.5× scale (683 logical pixels wide), Dutch too.

Review r12v F4: the Dutch list's two button rows made the main window at least 1277 px wide at
1.5×, so Security, Lock and My key card, the fourth tab and the right-hand columns were off the
screen, and the window could not be made narrower. The check runs in a child process where Qt
applies QT_SCALE_FACTOR from the start, as it does for a person.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_list_window_is_no_wider_than_the_screen(qtbot, tmp_path: Path, language) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.save_draft({"description": "A draft."})
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        page = window.workspace
        page.action_row.set_wanted(page.clear_button, True)  # as with delivered signals
        room = QApplication.primaryScreen().availableGeometry()
        least = window.minimumSizeHint()
        assert least.width() <= room.width() and least.height() <= room.height()
        window.resize(room.width(), room.height())
        qtbot.waitUntil(lambda: window.width() <= room.width())
        QApplication.processEvents()
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        # Each button whole, side by side within the window's width (the page scrolls down),
        # and no two on top of each other (wrapped rows pressed together by a short screen).
        spans = {b.text(): b.geometry().translated(b.parentWidget().mapTo(window, QPoint()))
                 for b in buttons}
        assert [t for t, r in spans.items() if r.left() < 0 or r.right() >= window.width()] == []
        overlaps = [(a, b) for a in spans for b in spans
                    if a < b and spans[a].intersects(spans[b])]
        assert overlaps == []
    finally:
        window.lock()
        set_ui_language("en")


def test_at_one_and_a_half_scale_on_a_1024_screen_the_list_fits() -> None:
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{tests}::test_the_list_window_is_no_wider_than_the_screen"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "2 passed" in done.stdout
