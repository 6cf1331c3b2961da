"""The passphrase step of set-up clips nothing after an error, at 1024×600 and at 1.5× scale.

Review r12w F9: at 1.5× on a 1024×600 laptop, "too easy to guess" under the form pressed the
keyring choice and its note (no keyring on this computer) into each other, each drawn cut in
half. The step scrolls now, its button below it always in view. Run here at 1.0×, and again in
a child process where Qt applies QT_SCALE_FACTOR=1.5 from the start, as for a person.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QWidget,
)
from test_gui_setup import _window

from intake_app.ui.i18n_loader import set_ui_language

LEAVES = (QLabel, QLineEdit, QAbstractButton, QProgressBar)


def _to_passphrase_step(qtbot, page, fingerprint: str) -> None:
    """Walks set-up to its passphrase step with the office card checked, the keyring's note shown
    (the longest form of the step) and a liaison name typed."""
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    qtbot.mouseClick(page.card_next, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.use_keyring.available is not None, timeout=20000)
    page.use_keyring.set_available(False)  # its note shown: the longest form
    page.liaison_name.setText("Fatima B")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_passphrase_step_clips_nothing_after_an_error(qtbot, tmp_path: Path,
                                                         language: str) -> None:
    window, fingerprint = _window(qtbot, tmp_path)
    try:
        window.switch_language(language)
        room = QApplication.primaryScreen().availableGeometry()
        window.resize(room.width(), room.height() - 30)
        page = window.setup_page
        _to_passphrase_step(qtbot, page, fingerprint)
        qtbot.keyClicks(page.passphrase, "kort")
        qtbot.keyClicks(page.repeat, "kort")
        qtbot.mouseClick(page.create_button, Qt.LeftButton)
        qtbot.waitUntil(page.error.isVisible, timeout=20000)  # judged at the click, in a worker
        assert page.steps.currentIndex() == 2
        step = page.steps.currentWidget()
        # At the whole screen's height, and as short as the window lets itself be made (a
        # window manager's title bar and a panel take room too: the review's clipped form had
        # about 40 logical px less than the screen).
        for height in (room.height(), window.minimumSizeHint().height()):
            window.resize(room.width(), height)
            QApplication.processEvents()
            shown = [w for w in step.findChildren(QWidget) if isinstance(w, LEAVES)
                     and w.isVisible() and not isinstance(w.parentWidget(), QLineEdit)]
            # Each as tall as its text needs at its width, and none over another.
            assert [_name(w) for w in shown if w.height() < _needs(w)] == [], height
            # Where each is drawn: a field scrolled under the edge is cut by the scroll area.
            scroll = step.findChild(QScrollArea)
            viewport = scroll.viewport() if scroll is not None else step
            seen = QRect(viewport.mapTo(step, QPoint()), viewport.size())
            spans = [(_name(w), QRect(w.mapTo(step, QPoint()), w.size()).intersected(
                seen if viewport.isAncestorOf(w) else step.rect())) for w in shown]
            overlaps = [(a, b) for i, (a, ra) in enumerate(spans) for b, rb in spans[i + 1:]
                        if ra.intersects(rb)]
            assert overlaps == [], height
            # The button that creates the vault is in the window, without scrolling.
            button = QRect(page.create_button.mapTo(window, QPoint()), page.create_button.size())
            assert window.rect().contains(button), height
        # At the screen's height the error shows in view, the field above it.
        window.resize(room.width(), room.height())
        QApplication.processEvents()
        page._show_error(page.meter.advice(), page.passphrase)
        viewport = step.findChild(QScrollArea).viewport()
        error = QRect(page.error.mapTo(viewport, QPoint()), page.error.size())
        assert viewport.rect().contains(error)
    finally:
        window.close()
        set_ui_language("en")


@pytest.mark.parametrize("mistake", ["weak", "different"])
def test_the_first_error_of_the_passphrase_step_is_scrolled_into_view(
        qtbot, tmp_path: Path, mistake: str) -> None:
    """Review r12y R5: at 1.5x on 1024x600 only the red top edge of the first error showed below
    the scroll area ("Create my vault" seemed to do nothing): it was scrolled to before it was
    laid out, while it still had no height."""
    window, fingerprint = _window(qtbot, tmp_path)
    try:
        room = QApplication.primaryScreen().availableGeometry()
        window.resize(room.width(), window.minimumSizeHint().height())
        page = window.setup_page
        _to_passphrase_step(qtbot, page, fingerprint)
        qtbot.keyClicks(page.passphrase, "password123")
        qtbot.keyClicks(page.repeat, "password123" if mistake == "weak" else "password124")
        qtbot.keyClick(page.repeat, Qt.Key_Return)
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20000)
        qtbot.wait(50)  # laid out and painted, as a person would see it
        viewport = page.steps.currentWidget().findChild(QScrollArea).viewport()
        error = QRect(page.error.mapTo(viewport, QPoint()), page.error.size())
        assert page.error.height() >= _needs(page.error)
        assert viewport.rect().contains(error), (error, viewport.rect())
    finally:
        window.close()


def _needs(widget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


def _name(widget) -> str:
    return widget.text() if hasattr(widget, "text") else type(widget).__name__


def test_at_one_and_a_half_scale_on_a_1024_screen_the_passphrase_step_fits() -> None:
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{tests}::test_the_passphrase_step_clips_nothing_after_an_error",
         f"{tests}::test_the_first_error_of_the_passphrase_step_is_scrolled_into_view"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "4 passed" in done.stdout
