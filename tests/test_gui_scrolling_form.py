"""Scrolling a form never changes it, and a field given the focus is in view (issue 12, review
F2 and F3): the wheel over the editor turned the incident date from 29 to 9 November, and
Alt+L/Alt+O/Alt+A put the focus on a field below the fold without scrolling to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.signal_editor import SignalEditor

pytestmark = pytest.mark.usefixtures("english_ui")


class NoFiles(FileDialogs):
    """Alt+M (Attachments) clicks "Add file…": the picker answers at once, with no file."""

    def open_attachments(self, parent):
        return []


def _small_editor(qtbot) -> SignalEditor:
    editor = SignalEditor(NoFiles())
    qtbot.addWidget(editor)
    editor.resize(760, 420)  # a small laptop with the danger banner shown: most of it below
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _wheel_down(widget: QWidget) -> None:
    """One notch of the wheel down over the middle of `widget` (as the window system sends)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _in_view(editor: SignalEditor, widget: QWidget) -> bool:
    viewport = editor.scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + widget.height() <= viewport.height()


def test_the_wheel_over_an_unfocused_date_or_choice_scrolls_the_form_and_changes_nothing(
    qtbot
) -> None:
    editor = _small_editor(qtbot)
    form = editor.form
    yesterday = QDate.currentDate().addDays(-1)
    form.period_start.setDate(yesterday)
    form.category.set_code("intimidation")
    form.description.setFocus()
    bar = editor.scroll.verticalScrollBar()
    for widget in (form.period_start, form.category, form.period_kind, form.place_kind,
                   form.targets.viewport()):
        editor.scroll.ensureWidgetVisible(widget, 0, 0)
        before = bar.value()
        _wheel_down(widget)
        assert bar.value() > before or bar.value() == bar.maximum(), widget
    assert form.period_start.date() == yesterday
    assert form.category.code() == "intimidation"
    assert form.period_kind.currentData() == "date"
    assert editor.form.description.hasFocus()  # the wheel gave no field the focus


def test_the_wheel_changes_a_date_once_the_person_has_focused_it(qtbot) -> None:
    editor = _small_editor(qtbot)
    form = editor.form
    form.period_start.setDate(QDate.currentDate().addDays(-40))
    form.period_start.setFocus()
    qtbot.waitUntil(form.period_start.hasFocus)
    before = form.period_start.date()
    _wheel_down(form.period_start)
    assert form.period_start.date() != before


def test_the_wheel_over_the_auto_lock_minutes_does_not_change_them(qtbot, tmp_path) -> None:
    from liaison_fixtures import fast_session, make_office

    from intake_app.ui.security_dialog import SecurityDialog
    from intake_app.ui.tasks import TaskRunner

    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    dialog = SecurityDialog(session, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.auto_lock.value(), dialog.wipe_attempts.value())
    for spin in (dialog.auto_lock, dialog.wipe_attempts):
        _wheel_down(spin)
    assert (dialog.auto_lock.value(), dialog.wipe_attempts.value()) == before
    assert dialog.auto_lock.focusPolicy() == Qt.StrongFocus
    session.lock()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_alt_letter_of_the_editor_scrolls_its_field_into_view(qtbot, language) -> None:
    from intake_app.ui.i18n_loader import set_ui_language

    set_ui_language(language)
    editor = _small_editor(qtbot)
    editor.form.urgency.set_code("immediate_danger")  # the banner takes room from the form
    labels = [label for label in editor.form.findChildren(QLabel)
              if label.buddy() is not None and "&" in label.text()]
    assert len(labels) >= 15
    out_of_view = 0
    for label in reversed(labels):  # from the bottom up, and back down: both ways scroll
        for start in (editor.form.urgency, editor.form.credibility):
            start.setFocus()
            key = label.text()[label.text().index("&") + 1].upper()
            qtbot.keyClick(QApplication.focusWidget(), getattr(Qt, f"Key_{key}"), Qt.AltModifier)
            target = label.buddy().focusProxy() or label.buddy()
            assert QApplication.focusWidget() is target or target.isAncestorOf(
                QApplication.focusWidget()), label.text()
            if not _in_view(editor, target):
                out_of_view += 1
    assert out_of_view == 0


class OnePicture(FileDialogs):
    """The picker answers with one picture, as a person choosing it would."""

    def __init__(self, path) -> None:
        self.path = path

    def open_attachments(self, parent):
        return [self.path]


def test_after_adding_a_file_the_form_shows_its_new_line(qtbot, tmp_path) -> None:
    """Review r12w F7: Alt+M then the picker added the file, and the form stayed on (or went
    back to) the description, the new line out of sight."""
    picture = tmp_path / "photo.png"
    image = QImage(8, 8, QImage.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(picture))
    editor = SignalEditor(OnePicture(picture))
    qtbot.addWidget(editor)
    editor.resize(760, 420)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.form.description.setFocus()
    qtbot.waitUntil(editor.form.description.hasFocus)
    panel = editor.attachments_panel
    qtbot.keyClick(editor.form.description, Qt.Key_F, Qt.AltModifier)  # "Add &file…"
    qtbot.waitUntil(lambda: panel.list.count() == 1)  # a mnemonic clicks after a moment
    line = panel.list.visualItemRect(panel.list.item(0))
    viewport = editor.scroll.viewport()
    top_left = panel.list.viewport().mapTo(viewport, line.topLeft())
    assert viewport.rect().contains(QRect(top_left, line.size()))
    assert panel.list.currentRow() == 0


def test_a_focused_choice_the_scrolling_form_carries_under_the_pointer_keeps_its_value(
        qtbot) -> None:
    """Review r12y R17: Alt+I focused the reliability drop-down, the person turned the wheel to
    read on, and once the form had carried that drop-down under the pointer the next notches
    chose "6 – Truth cannot be judged". A turn of the wheel that began on the form stays the
    form's; a turn that begins on the focused field is still the person's."""
    from intake_app.ui.scrolling_form import GESTURE_GAP_S

    editor = _small_editor(qtbot)
    choice = editor.form.channel
    choice.setFocus()
    qtbot.waitUntil(choice.hasFocus)
    before = choice.currentIndex()
    bar = editor.scroll.verticalScrollBar()
    bar.setValue(0)
    _wheel_down(editor.scroll.viewport())  # reading on: the form scrolls
    for _ in range(3):  # the focused drop-down has come under the pointer
        scrolled = bar.value()
        _wheel_down(choice)
        assert bar.value() > scrolled or bar.value() == bar.maximum()
    assert choice.currentIndex() == before
    qtbot.wait(int(GESTURE_GAP_S * 1000) + 200)  # a new turn, begun on the focused field
    _wheel_down(choice)
    assert choice.currentIndex() != before


def test_the_line_being_typed_in_a_story_taller_than_the_form_stays_in_view(qtbot) -> None:
    """Review r12ac-1: at 1.5x on 1024x600 the story box is taller than the form's visible part,
    and the lines typed went on below the window's edge."""
    editor = _small_editor(qtbot)
    editor.resize(760, 260)  # shorter than the story box: its lower lines are below the fold
    description = editor.form.description
    assert description.height() > editor.scroll.viewport().height()
    description.setFocus()
    qtbot.keyClick(description, Qt.Key_A)  # the form scrolls to the box at the first key
    viewport = editor.scroll.viewport()
    for line in range(40):
        qtbot.keyClicks(description, f"zin{line} ")
        qtbot.keyClick(description, Qt.Key_Return)
        caret = description.cursorRect()
        at = description.viewport().mapTo(viewport, caret.center())
        assert 0 <= at.y() - caret.height() // 2 and at.y() + caret.height() // 2 \
            <= viewport.height(), (line, at.y(), viewport.height())
