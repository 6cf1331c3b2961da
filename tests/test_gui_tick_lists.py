"""Every tick list of the editor shows all its choices (review r12x X13): Targets showed 6 of
its 9 (the 7th cut in half), Impact hid "(None) known", and a draft reopened with "Other"
ticked showed six empty boxes. Checked on a 1024×600 laptop in Dutch and English, and at 1.5×
scale in a child process, with the editor's form scrolled to each list as the keyboard does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SCREEN_VARIABLE
from liaison_fixtures import fast_session, make_office, signal_fields
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language

LISTS = ("targets", "impact", "consent")


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


def hidden_rows(editor, field: str) -> list[str]:
    """The choices of tick list `field` a person cannot see once the form has scrolled the
    list's focus into view: outside the list's own viewport, or outside the form's."""
    checklist = getattr(editor.form, field)
    checklist.setFocus()
    QApplication.processEvents()
    form_view = editor.scroll.viewport()
    seen = QRect(QPoint(0, 0), form_view.size())
    hidden = []
    for row in range(checklist.count()):
        rect = checklist.visualItemRect(checklist.item(row))
        in_list = checklist.viewport().rect().contains(rect)
        top_left = checklist.viewport().mapTo(form_view, rect.topLeft())
        in_form = seen.contains(QRect(top_left, rect.size()))
        if not (in_list and in_form):
            hidden.append(checklist.item(row).text())
    return hidden


def test_every_tick_list_shows_all_its_choices_on_a_small_laptop(qtbot, tmp_path: Path,
                                                                  language: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    qtbot.mouseClick(window.workspace.new_button, Qt.LeftButton)
    editor = window.workspace.editor
    qtbot.waitExposed(editor)
    assert editor.frameGeometry().height() <= QApplication.primaryScreen().availableSize().height()
    for field in LISTS:
        assert getattr(editor.form, field).count() >= 6
        assert hidden_rows(editor, field) == [], field
    window.lock()


def test_a_draft_reopened_shows_its_last_ticked_choice(qtbot, tmp_path: Path,
                                                       language: str) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.record(signal_fields(targets=["other"], impact=["none_known"]))
    session.lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    page = window.workspace
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    editor = page.editor
    qtbot.waitExposed(editor)
    for field, code in (("targets", "other"), ("impact", "none_known")):
        checklist = getattr(editor.form, field)
        (ticked,) = [checklist.item(row) for row in range(checklist.count())
                     if checklist.item(row).checkState() == Qt.Checked]
        assert ticked.data(Qt.UserRole) == code
        assert ticked.text() not in hidden_rows(editor, field)
    window.lock()


def test_at_one_and_a_half_scale_every_tick_list_shows_all_its_choices() -> None:
    """1024×600 at 1.5× (683×400 logical pixels), Qt scaling from the start as for a person."""
    tests = Path(__file__).resolve()
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCREEN_VARIABLE: "1024x600",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         f"{tests}::test_every_tick_list_shows_all_its_choices_on_a_small_laptop",
         f"{tests}::test_a_draft_reopened_shows_its_last_ticked_choice"],
        cwd=tests.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[:3000] + done.stdout[-1500:] + done.stderr[-2000:]
    assert "4 passed" in done.stdout


def test_the_arrow_keys_in_a_tick_list_scroll_the_form_to_the_current_choice(
    qtbot, english_ui
) -> None:
    from intake_app.ui.dialogs import FileDialogs
    from intake_app.ui.signal_editor import SignalEditor

    editor = SignalEditor(FileDialogs())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    impact = editor.form.impact
    form_view = editor.scroll.viewport()
    # A form viewport lower than the Impact list (a small laptop at a large font).
    editor.resize(760, editor.height() - form_view.height() + impact.height() * 2 // 3)
    qtbot.waitUntil(lambda: form_view.height() < impact.height())
    impact.setCurrentRow(0)
    impact.setFocus()
    qtbot.waitUntil(impact.hasFocus)
    for _ in range(impact.count() - 1):
        qtbot.keyClick(impact, Qt.Key_Down)
        rect = impact.visualItemRect(impact.currentItem())
        top = impact.viewport().mapTo(form_view, rect.topLeft()).y()
        assert 0 <= top and top + rect.height() <= form_view.height(), impact.currentRow()
