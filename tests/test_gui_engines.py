"""The engines load after the first screen; their failure is seen, a slow load shows progress,
and an Unlock click while they load waits for them and then unlocks (ui/engine_loader.py).

Each test holds the load where it wants it: the load's steps (`engine_loader.LOAD_STEPS`) are
the real ones with a step put in front that fails, or waits for the test's word.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.ui import engine_loader
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.main_window import MainWindow

REAL_STEPS = engine_loader.LOAD_STEPS


class Injected(Exception):
    """A load step that fails, as a damaged install or a full disk would make it."""


class Escapes(BaseException):
    """Not an `Exception`: the task runner reports neither success nor failure for it."""


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    return tmp_path / "profile"


def _window(qtbot, profile: Path) -> MainWindow:
    window = MainWindow(profile, idle_seconds=3600)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_unlock(qtbot, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.LeftButton)


def _fail(*_args: object) -> None:
    raise Injected


def test_a_failed_engine_load_shows_its_sentence_and_the_next_click_tries_again(
        qtbot, monkeypatch, profile, language) -> None:
    monkeypatch.setattr(engine_loader, "LOAD_STEPS", (_fail, *REAL_STEPS))
    window = _window(qtbot, profile)
    page = window.unlock_page
    expected = "\u26a0 " + sentence("app.engines_not_loaded", language)
    # Nobody clicked yet: the failure is on the page all the same.
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20000)
    assert page.error.text() == expected
    assert window.engines.state == "failed"

    _click_unlock(qtbot, window)  # still failing: said again, nothing unlocked
    qtbot.waitUntil(lambda: page.error.isVisible() and page.unlock_button.isEnabled(),
                    timeout=20000)
    assert page.error.text() == expected
    assert window.session is None

    monkeypatch.setattr(engine_loader, "LOAD_STEPS", REAL_STEPS)  # the cause went away
    _click_unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    assert not page.error.isVisible()


@pytest.mark.qt_no_exception_capture  # the escaping exception is the fault injected here
def test_a_load_that_ends_without_an_answer_counts_as_failed(
        qtbot, monkeypatch, profile, language) -> None:
    def escape() -> None:
        raise Escapes

    monkeypatch.setattr(engine_loader, "LOAD_STEPS", (escape,))
    window = _window(qtbot, profile)
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible(), timeout=20000)
    assert window.unlock_page.error.text() == "\u26a0 " + sentence(
        "app.engines_not_loaded", language)


def test_an_unlock_clicked_while_the_engines_load_waits_for_them_and_then_unlocks(
        qtbot, monkeypatch, profile, language) -> None:
    gate = threading.Event()
    order: list[str] = []

    def held() -> None:
        gate.wait(60)

    def loaded() -> None:
        order.append("loaded")

    monkeypatch.setattr(engine_loader, "LOAD_STEPS", (held, *REAL_STEPS, loaded))
    real_unlock = LiaisonSession.unlock

    def unlock(*args, **kwargs):
        order.append("unlock")
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(LiaisonSession, "unlock", staticmethod(unlock))
    window = _window(qtbot, profile)
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.engines.state == "loading", timeout=20000)
    _click_unlock(qtbot, window)
    # The click is kept: the page says it unlocks once ready, and shows how far the load is.
    assert page.loading.isVisible() and page.loading_bar.isVisible()
    assert page.loading.text() == page.tr(
        "Getting Seinpost ready… It unlocks as soon as it is ready.")
    assert page.loading_bar.maximum() == len(REAL_STEPS) + 2 + len(engine_loader.WINDOW_STEPS)
    assert not page.unlock_button.isEnabled()
    qtbot.wait(300)  # events flow meanwhile; the held load cannot have ended
    assert order == [] and window.session is None

    gate.set()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    assert order == ["loaded", "unlock"]
    assert not page.loading.isVisible()


def test_a_slow_load_shows_its_progress_and_then_says_it_is_taking_long(
        qtbot, monkeypatch, profile, language) -> None:
    gate = threading.Event()
    monkeypatch.setattr(engine_loader, "LOAD_STEPS", (lambda: gate.wait(60), *REAL_STEPS))
    monkeypatch.setattr(engine_loader, "SLOW_LOAD_MS", 0)
    monkeypatch.setattr(engine_loader, "STALLED_MS", 0)
    window = _window(qtbot, profile)
    page = window.unlock_page
    try:
        qtbot.waitUntil(lambda: page.loading_bar.isVisible(), timeout=20000)
        assert page.loading.text() == page.tr("Getting Seinpost ready…")
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20000)
        assert page.error.text() == "\u26a0 " + sentence("app.engines_slow", language)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.engines.is_ready, timeout=30000)
    assert not page.loading_bar.isVisible() and not page.error.isVisible()
    _click_unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
