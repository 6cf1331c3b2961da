"""Shared test set-up: headless Qt, and paths to the shared vectors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Settings the window writes (the chosen language) go to Qt's test location, not the user's.
from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)

# The `office` and `liaison` fixtures of the bundle and office tests; `disk_folder` (a folder
# on a disk-backed file system) of the page-cache tests.
pytest_plugins = ["bundle_kit", "page_cache"]

REPO = Path(__file__).resolve().parents[1]

# Hypothesis's default 200 ms deadline per example is a wall-clock assert: on a loaded two-core
# machine a parser test failed at 297 ms. Work is bounded by the tests' own sizes instead.
hypothesis_settings.register_profile("seinpost", deadline=None)
hypothesis_settings.load_profile("seinpost")


# --- vault: a real Secret Service (issue 3, must-show 2) -------------------------------------
@pytest.fixture(scope="session")
def secret_service():
    """A real Secret Service (gnome-keyring on a private D-Bus session) for this test process.

    Skips where it cannot start, except in CI (CI=true), where that is a failure: the keyring
    tests must run there.
    """
    from keyring_session import KeyringSessionError, SecretServiceSession

    session = SecretServiceSession()
    try:
        session.start()
    except KeyringSessionError as exc:
        session.stop()
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"CI needs a real Secret Service, but it could not start: {exc}")
        pytest.skip(f"no Secret Service for the keyring tests: {exc}")
    _STARTED.append(session)
    yield session
    _STARTED.remove(session)
    session.stop()


_STARTED: list = []  # the Secret Service session of this process, once a test asked for it


@pytest.fixture(autouse=True)
def _keyring_daemon_kept_running():
    """Once this process's gnome-keyring-daemon runs, it must still run after every test: a
    test during which it ended fails there, naming the exit status and the daemon's log
    (keyring_session.check_running), and a fresh private Secret Service is started for the
    tests after it, so one abort is one failure with its cause, not every later test of the
    worker failing far from it."""
    from keyring_session import KeyringSessionError

    for session in _STARTED:  # ended between tests (after the last check): start it again
        try:
            session.check_running()
        except KeyringSessionError as exc:
            session.restart()
            pytest.fail(f"the private Secret Service ended before this test: {exc}", pytrace=False)
    yield
    for session in _STARTED:
        try:
            session.check_running()
        except KeyringSessionError as exc:
            session.restart()
            pytest.fail(f"the private Secret Service ended during this test: {exc}", pytrace=False)


# --- the window: a small laptop's screen (issue 12) ------------------------------------------
#: Every GUI test runs on a 1024×600 screen: what fits there fits everywhere the window goes.
SMALL_LAPTOP = {"width": 1024, "height": 600}
#: A child test process may ask for another screen in device pixels ("1366x768"), e.g. with
#: QT_SCALE_FACTOR=1.5 for a 1.5× laptop (tests/test_gui_fit_access.py).
SCREEN_VARIABLE = "SEINPOST_TEST_SCREEN"


def screen_size() -> dict[str, int]:
    """The test screen's size in device pixels: SEINPOST_TEST_SCREEN, else the small laptop."""
    asked = os.environ.get(SCREEN_VARIABLE)
    if not asked:
        return dict(SMALL_LAPTOP)
    width, height = (int(part) for part in asked.lower().split("x"))
    return {"width": width, "height": height}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    """Qt's offscreen platform with one 1024×600 screen (a small laptop) for every GUI test;
    Qt's user settings (the remembered language, the file dialog's history) in a folder of this
    test process's own: in the user's config folder, shared by the parallel workers, another
    worker's language switch was read back ('nl' == 'en' in a full run)."""
    import json

    from PySide6.QtCore import QSettings

    settings = tmp_path_factory.mktemp("qt-settings")
    for kind in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(kind, QSettings.UserScope, str(settings))

    config = tmp_path_factory.mktemp("screen") / "screen.json"
    screen = {"name": "small-laptop", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96,
              "dpr": 1, **screen_size()}
    config.write_text(json.dumps({"screens": [screen]}))
    return ["seinpost-tests", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture
def english_ui(qapp):
    """The window in English with English labels, whatever an earlier test left installed."""
    from intake_app.ui.i18n_loader import set_ui_language

    set_ui_language("en")
    yield
    set_ui_language("en")
