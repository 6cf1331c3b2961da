"""The window's menus: Seinpost (language, lock, quit) and Help (how it works, about).

Every item has an access key and works from the keyboard; Ctrl+L and Ctrl+Q are shown here but
handled by the window's application-wide key filter, so they also work inside dialogs (while a
task runs with a progress dialog, by these items and that dialog's shortcuts: main_window.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from intake_app.ui.guide_texts import how_it_works

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


def build_menus(
    window: QMainWindow,
    *,
    language: str,
    switch_language: Callable[[str], None],
    lock: Callable[[], None],
    quit_app: Callable[[], None],
) -> None:
    """(Re)build the menu bar in the current UI language."""
    bar = window.menuBar()
    bar.clear()
    app_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Seinpost"))
    languages = app_menu.addMenu(QCoreApplication.translate("WindowMenus", "&Language"))
    group = QActionGroup(window)
    for code, name in LANGUAGES:
        action = QAction("&" + name, window, checkable=True)  # N, E: an access key each
        action.setChecked(code == language)
        action.triggered.connect(lambda _checked=False, c=code: switch_language(c))
        group.addAction(action)
        languages.addAction(action)
    app_menu.addSeparator()
    lock_action = app_menu.addAction(QCoreApplication.translate("WindowMenus", "Loc&k now"))
    lock_action.setShortcut(QKeySequence("Ctrl+L"))
    lock_action.triggered.connect(lock)
    quit_action = app_menu.addAction(QCoreApplication.translate("WindowMenus", "&Quit"))
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(quit_app)
    help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    guide = help_menu.addAction(QCoreApplication.translate("WindowMenus", "How Seinpost &works"))
    guide.triggered.connect(lambda: show_guide(window))
    about = help_menu.addAction(QCoreApplication.translate("WindowMenus", "&About Seinpost"))
    about.triggered.connect(lambda: show_about(window))


def show_guide(window: QMainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Information,
        QCoreApplication.translate("WindowMenus", "How Seinpost works"),
        how_it_works(),
        QMessageBox.Close,
        window,
    )
    window.guide_box = box
    box.open()


def show_about(window: QMainWindow) -> None:
    from intake_app.ui.about_dialog import AboutDialog  # engines load only when asked

    window.about_box = AboutDialog(window)
    window.about_box.open()
