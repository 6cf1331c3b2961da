from __future__ import annotations

from pathlib import Path

from intake_app.ui.main_window import MainWindow


def test_first_start_shows_set_up_and_says_what_seinpost_is(qtbot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "profile")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Seinpost"
    assert window.pages.currentWidget() is window.setup_page
    assert "central office" in window.setup_page.intro.text()
    assert not (tmp_path / "profile").exists()  # nothing is written before the user confirms


def test_the_unlock_screen_takes_typing_at_once_and_its_notes_follow(qtbot, tmp_path: Path) -> None:
    from liaison_fixtures import fast_session, make_office

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()  # no keyring
    window = MainWindow(tmp_path / "profile")
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert window.pages.currentWidget() is page and window.focusWidget() is page.passphrase
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=10000)
    assert "passphrase only" in page.notice.text()
