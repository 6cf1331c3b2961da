"""Every screen fits a 1024×600 laptop, and every control can be found by a screen reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_screens import buttons_off_screen, screens, unnamed_controls
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.usefixtures("english_ui")


def test_the_test_screen_is_a_small_laptop(qapp) -> None:
    geometry = QApplication.primaryScreen().geometry()
    assert (geometry.width(), geometry.height()) == (1024, 600)


def test_every_dialogs_buttons_lie_inside_1024x600(qtbot, tmp_path: Path) -> None:
    seen = []
    for name, top in screens(qtbot, tmp_path):
        seen.append(name)
        assert buttons_off_screen(top) == [], name
    assert len(seen) == 10


def test_every_focusable_control_has_an_accessible_name(qtbot, tmp_path: Path) -> None:
    problems = {}
    for name, top in screens(qtbot, tmp_path):
        missing = unnamed_controls(top)
        if missing:
            problems[name] = missing
    assert problems == {}, problems
