"""Start-up wiring: private file mode, logging without content, translators, the window."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

# PySide6 through the ui package first: it turns off PySide's reading of every module's source
# after each import (ui/__init__.py), before the imports below run.
import intake_app.ui  # noqa: F401

# isort: split
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from intake_app import APP_NAME, __version__
from intake_app.qt_libraries import QtLibraryMissing, check_qt_libraries, describe, uses_xcb
from intake_app.ui.end_signals import EndSignals
from intake_app.ui.i18n_loader import (
    MIRROR_OPTION,
    load_style_sheet,
    pick_language,
    remembered_language,
    set_mirrored,
    set_ui_language,
)
from intake_app.ui.main_window import MainWindow
from intake_app.ui.tasks import finish_all_tasks
from intake_app.vault.profile import hold_profile, prepare_profile_dir, resolve_profile_dir

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
NO_BUS = "disabled:"


def choose_session_bus(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """Settle which D-Bus session bus this process uses, before Qt or the keyring look for one.

    A desktop session names its bus in DBUS_SESSION_BUS_ADDRESS: kept as it is ("given").
    Without it, a systemd user session still has one at $XDG_RUNTIME_DIR/bus (a socket of
    ours): named, so the keyring library finds the person's keyring too ("user bus"; it does
    not look there by itself). Without either there is no session bus, and the address is set
    to "disabled:" ("none"): otherwise libdbus inside Qt would *autolaunch* a private bus
    (dbus-launch, a new dbus-daemon that outlives us) and the window would wait about 3 s for
    it. Such a bus holds nothing Seinpost could use (no keyring is running on it, and the
    keyring library never autolaunches), so nothing is lost by not starting it. Returns which
    case applied; changes `environ` in the last two.
    """
    if environ.get(BUS_VARIABLE):
        return "given"
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime:
        bus = Path(runtime) / "bus"
        try:
            info = bus.lstat()
        except OSError:
            info = None
        if info is not None and stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid():
            environ[BUS_VARIABLE] = f"unix:path={bus}"
            return "user bus"
    environ[BUS_VARIABLE] = NO_BUS
    return "none"


def configure_process() -> None:
    # Everything we create is private to the user: profile, temp files, exports.
    os.umask(0o077)
    # Log only events and ids, never signal content (see DESIGN.md threat model 2).
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    choose_session_bus()


def run_gui(profile: str | None = None, qt_options: Sequence[str] = ()) -> int:
    """Start the window on `profile`; `qt_options` are Qt's own start options the command line
    let through (`-reverse`: the window right to left, `i18n_loader.MIRROR_OPTION`)."""
    configure_process()
    language = os.environ.get("SEINPOST_LANG") or QLocale.system().name()
    if QApplication.instance() is None and uses_xcb():
        try:  # before QApplication: a missing library would abort the process (exit 134)
            check_qt_libraries()
        except QtLibraryMissing as exc:
            print(describe(exc, pick_language(language)), file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_options])
    set_mirrored(MIRROR_OPTION in qt_options)  # kept through every language switch
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The language chosen in the window wins over the system's; SEINPOST_LANG over both.
    if not os.environ.get("SEINPOST_LANG"):
        language = remembered_language() or language
    set_ui_language(language)
    app.setStyleSheet(load_style_sheet())
    profile_dir = resolve_profile_dir(profile)
    if not hold_profile_or_say(profile_dir):
        return 1
    window = MainWindow(profile_dir)
    window.show()
    # A logout, shutdown or `kill` locks and quits, the draft and its files kept (review r12z
    # R11); a logout's commit request locks (ui/end_signals.py).
    ending = EndSignals(window.quit_anyway, window, lock_now=window.lock)
    try:
        code = app.exec()
    finally:
        ending.restore()
    finish_all_tasks()  # no worker left running Python while the window and Python go
    return code


def hold_profile_or_say(profile_dir: Path) -> bool:
    """Take the profile's lock for this window's whole run (one running Seinpost per profile,
    fs/profile_lock.py, review r12y R18), before anything repairs the folder (a renewal another
    window is making must not be "finished" by this one). A folder not there yet is made first
    (as set-up would), so two first starts cannot both set it up. False, after saying why in a
    message box in the window's language, when another window or command has it open. A folder
    that cannot be made or is unsafe is left to the window, which names the fault as before."""
    from intake_app.errors import SeinpostError

    try:
        if not hold_profile(profile_dir):
            try:
                prepare_profile_dir(profile_dir)
            except (SeinpostError, OSError):
                return True  # the window's own checks refuse it with their sentence
            hold_profile(profile_dir)
    except SeinpostError as exc:
        from PySide6.QtWidgets import QMessageBox

        from intake_app.ui.messages import describe_error

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, describe_error(exc))
        box.setObjectName("profileInUse")
        box.exec()
        return False
    return True

