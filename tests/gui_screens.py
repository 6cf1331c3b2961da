"""Every screen and dialog of the window, opened for real, for the fit and access tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office, signal_fields
from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollBar,
    QWidget,
)

from intake_app.ui.dialogs import FileDialogs
from intake_app.ui.main_window import MainWindow
from intake_app.ui.window_menus import show_about


class NoFiles(FileDialogs):
    """Answers every file question with "cancelled" (the screens are opened, not used)."""

    def open_card(self, parent):
        return None

    def open_attachments(self, parent):
        return []


def screens(qtbot, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """(name, top-level widget) for each screen and dialog, each shown while it is yielded."""
    fresh = MainWindow(tmp_path / "fresh", dialogs=NoFiles())
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    yield "set-up", fresh
    fresh.setup_page.go_to(1)
    yield "set-up: office card", fresh
    fresh.setup_page.go_to(2)
    yield "set-up: passphrase", fresh

    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.record(signal_fields())
    session.seal(session.record(signal_fields(description="Sealed one.")))
    for number in range(20):  # the seal question names them, the rest under its details
        session.record(signal_fields(description=f"Call 06-1234567{number % 10} or mail "
                                                 f"p{number}@example.org."))
    session.lock()
    window = MainWindow(tmp_path / "profile", dialogs=NoFiles(), idle_seconds=3600)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield "unlock", window

    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    page = window.workspace
    yield "workspace", window

    page.new_signal()
    editor = page.editor
    qtbot.waitExposed(editor)
    yield "editor", editor
    qtbot.keyClicks(editor.form.description, "Some words")
    editor.form.urgency.set_code("immediate_danger")
    yield "editor in acute danger", editor
    editor.reject()
    yield "close question", editor.close_question
    editor.close_question.button(editor.close_question.StandardButton.Discard).click()

    # Not selectRow: in a right-to-left table Qt asks the header for the column at the
    # viewport's width, finds none and selects nothing.
    page.table.selectionModel().select(
        page.table.model().index(0, 0),
        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    page.delete_button.click()
    yield "delete confirmation", page.confirm
    page.confirm.reject()

    draft = next(e.id for e in page.entries() if e.kind == "draft")
    page.delivery.seal_now_asking([draft])
    yield "seal confirmation", page.confirm
    page.confirm.reject()
    # Its details shown (review r12z R3: they fell below a 1024x600 screen).
    page.confirm = None  # more than SYNC_CHECKS drafts: a worker checks them, then it asks
    page.delivery.seal_now_asking([e.id for e in page.entries() if e.kind == "draft"])
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible(), timeout=30000)
    (details,) = [button for button in page.confirm.buttons()
                  if page.confirm.buttonRole(button) == QMessageBox.ActionRole]
    details.click()
    yield "seal confirmation, details shown", page.confirm
    page.confirm.reject()

    page.open_security()
    qtbot.waitExposed(page.security)
    yield "security settings", page.security
    page.security.reject()
    page.my_card_button.click()
    qtbot.waitExposed(page.my_card)
    yield "my key card", page.my_card
    page.my_card.reject()
    show_about(window)
    qtbot.waitExposed(window.about_box)
    yield "about", window.about_box
    window.about_box.reject()
    window.lock()


def inside(widget: QWidget, area: QRect) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return area.contains(QRect(top_left, widget.size()))


def buttons_off_screen(top: QWidget) -> list[str]:
    """Visible buttons of `top` that do not lie wholly on its screen's available area."""
    area = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    return [
        button.text() or button.objectName()
        for button in top.findChildren(QAbstractButton)
        if button.isVisibleTo(top) and _not_scrolled_away(button, top) and not inside(button, area)
    ]


def frame_problems(top: QWidget) -> list[str]:
    """What is wrong with where `top` stands: its frame (the window manager's title bar
    included) off the screen's available area, or a dialog's frame over its main window's
    menu bar (the editor's top edge covered the menu in the 1024×600 shots)."""
    area = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry()
    problems = []
    if not area.contains(frame):
        problems.append(f"frame {frame.getRect()} not inside the available {area.getRect()}")
    owner = top.parentWidget().window() if top.parentWidget() is not None else None
    if isinstance(owner, QMainWindow) and owner.menuWidget().isVisible():
        bar = owner.menuWidget()
        below_bar = bar.mapToGlobal(QPoint(0, bar.height())).y()
        if frame.top() < below_bar:
            problems.append(f"frame's top {frame.top()} above the menu bar's bottom {below_bar}")
    return problems


def _not_scrolled_away(widget: QWidget, top: QWidget) -> bool:
    """Buttons inside a scroll area may be scrolled out of view; the dialog's own may not."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.objectName() == "qt_scrollarea_viewport":
            return False
        parent = parent.parentWidget()
    return True


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible controls that a screen reader could only announce by value or type."""
    missing = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.NoFocus or not widget.isVisibleTo(top):
            continue
        part_of = widget.parentWidget()
        if isinstance(widget, QScrollBar) or isinstance(part_of, QAbstractSpinBox | QComboBox):
            continue  # parts of a control that carries the name
        if isinstance(widget, QDialog):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton | QLabel):
            name = widget.text().replace("&", "")  # what Qt announces for these
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing
