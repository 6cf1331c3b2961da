"""The last set-up page keeps "Save my key card" in view beside "Go to my signals".

Review r12v F10: at 1.5× on a 1024×600 screen the save button, the next step the page asks for,
was below the fold under the QR code; only "Go to my signals" was in view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QScrollArea
from test_gui_setup_keyring import CardDialogs

from intake_app.ui.main_window import MainWindow


def test_saving_the_key_card_stays_in_view_on_a_small_screen(qtbot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "profile", language="en",
                        dialogs=CardDialogs(tmp_path / "none.card", tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.resize(683, 400)  # 1024×600 at 1.5×, less the panel
    page = window.setup_page
    page.go_to(3)
    qtbot.waitUntil(page.save_card_button.isVisible)
    for button in (page.save_card_button, page.finish_button):
        scroll = button.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        assert scroll is None, button.text()  # not in the part that scrolls away
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()
