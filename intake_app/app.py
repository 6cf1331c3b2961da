"""Start-up wiring: private file mode, logging without content, translators, the window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from intake_app import APP_NAME, __version__
from intake_app.qt_libraries import QtLibraryMissing, check_qt_libraries, describe, uses_xcb
from intake_app.ui.i18n_loader import (
    load_style_sheet,
    pick_language,
    remembered_language,
    set_ui_language,
)
from intake_app.ui.main_window import MainWindow
from intake_app.vault.profile import resolve_profile_dir


def configure_process() -> None:
    # Everything we create is private to the user: profile, temp files, exports.
    os.umask(0o077)
    # Log only events and ids, never signal content (see DESIGN.md threat model 2).
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def run_gui(profile: str | None = None) -> int:
    configure_process()
    language = os.environ.get("SEINPOST_LANG") or QLocale.system().name()
    if QApplication.instance() is None and uses_xcb():
        try:  # before QApplication: a missing library would abort the process (exit 134)
            check_qt_libraries()
        except QtLibraryMissing as exc:
            print(describe(exc, pick_language(language)), file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The language chosen in the window wins over the system's; SEINPOST_LANG over both.
    if not os.environ.get("SEINPOST_LANG"):
        language = remembered_language() or language
    set_ui_language(language)
    app.setStyleSheet(load_style_sheet())
    window = MainWindow(resolve_profile_dir(profile))
    window.show()
    return app.exec()

