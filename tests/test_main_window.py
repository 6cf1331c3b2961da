from __future__ import annotations

from intake_app.ui.main_window import MainWindow


def test_main_window_says_what_seinpost_is(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Seinpost"
    assert "central office" in window.intro_label.text()
