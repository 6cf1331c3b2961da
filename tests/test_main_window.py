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
