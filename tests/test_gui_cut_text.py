"""No text is cut: every label, button, tab and drop-down of every screen and dialog holds its
whole text, in Dutch and English, left to right and right to left, on a 1024×600 laptop and at
1.5× scale (tests/cut_text.py measures each text with its widget's font against its room).

A drop-down choice longer than its field may end in "…" when its whole text is the tooltip,
and its list opens wide enough for every choice (ui/eliding_combo.py): long Dutch categories
were cut off at the field's edge with no sign.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from cut_text import cut_texts
from gui_screens import screens
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from intake_app.ui.i18n_loader import set_ui_language


@pytest.mark.parametrize("direction", [Qt.LeftToRight, Qt.RightToLeft], ids=["ltr", "rtl"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_screen_cuts_a_text(qtbot, tmp_path: Path, language: str, direction) -> None:
    app = QApplication.instance()
    set_ui_language(language)
    app.setLayoutDirection(direction)
    problems: list[str] = []
    seen = 0
    try:
        for name, top in screens(qtbot, tmp_path):
            seen += 1
            QApplication.processEvents()  # pending layouts settle, as before a person looks
            problems += cut_texts(top, name)
    finally:
        app.setLayoutDirection(Qt.LeftToRight)
        set_ui_language("en")
    assert seen == 14  # "my key card" since review r12z R10, details shown since R3
    assert problems == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_with_a_larger_system_font_no_screen_cuts_a_text(qtbot, tmp_path: Path,
                                                         language: str) -> None:
    """Text scales with the system font (1.4 times the usual size here), and still fits."""
    app = QApplication.instance()
    usual = app.font()
    larger = QFont(usual)
    larger.setPointSizeF(usual.pointSizeF() * 1.4)
    set_ui_language(language)
    app.setFont(larger)
    problems: list[str] = []
    try:
        for name, top in screens(qtbot, tmp_path):
            QApplication.processEvents()
            if name == "editor":  # the form's words follow the system font
                assert top.form.labels["category"].font().pointSizeF() == larger.pointSizeF()
            problems += cut_texts(top, name)
    finally:
        app.setFont(usual)
        set_ui_language("en")
    assert problems == []


def test_no_screen_cuts_a_text_at_one_and_a_half_scale() -> None:
    """A 1366×768 laptop at 1.5× (911×512 logical pixels), in a child process where Qt applies
    QT_SCALE_FACTOR from the start as it does for a person."""
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1366x768",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{tests}::test_no_screen_cuts_a_text"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "4 passed" in done.stdout
