"""Security settings ask twice and confirm before erasing; Help and About answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app import __version__
from intake_app.ui.window_menus import show_about, show_guide

pytestmark = pytest.mark.usefixtures("english_ui")


def _security(qtbot, tmp_path: Path, *, use_keyring: bool = False):
    fast_session(tmp_path / "profile", make_office(tmp_path / "office"),
                 use_keyring=use_keyring).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    window.workspace.open_security()
    return window, window.workspace.security


def test_the_duress_passphrase_is_asked_twice(qtbot, tmp_path: Path) -> None:
    window, dialog = _security(qtbot, tmp_path)
    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText("a different long phrase")
    dialog.duress_repeat.setText("a different long phrasf")
    dialog.duress_name.setText("Bo Jansen")
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    assert dialog.result.objectName() == "error" and "not the same" in dialog.result.text()
    assert dialog.focusWidget() is dialog.duress_repeat
    window.lock()


def test_erasing_after_wrong_passphrases_is_confirmed_first(qtbot, tmp_path: Path,
                                                             secret_service) -> None:
    window, dialog = _security(qtbot, tmp_path, use_keyring=True)  # passphrase-only: no wipe
    dialog.current.setText(PASSPHRASE)
    dialog.wipe_enabled.setChecked(True)
    dialog.wipe_attempts.setValue(5)
    qtbot.mouseClick(dialog.wipe_button, Qt.LeftButton)
    assert dialog.confirm is not None and "erased for good" in dialog.confirm.text()
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.No), Qt.LeftButton)
    assert window.session.vault_status().wipe_after is None  # "No" changes nothing
    assert not dialog.wipe_enabled.isChecked()  # and the box says so (review r12v F14)
    dialog.wipe_enabled.setChecked(True)
    qtbot.mouseClick(dialog.wipe_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog.result.text(), timeout=20000)
    assert window.session.vault_status().wipe_after == 5
    window.lock()


def test_help_and_about_say_what_and_which_versions(qtbot, tmp_path: Path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Seinpost", "&Help"]
    show_guide(window)
    assert "receipt-" in window.guide_box.text() and "Ctrl+L" in window.guide_box.text()
    show_about(window)
    about = window.about_box.text.text()
    assert __version__ in about and "EUPL-1.2" in about
    assert "seinpost-receipt/1" in about and "age-encryption.org/v1" in about
    assert "LGPL" in about and "segno" in about
    window.lock()


def test_the_about_box_shows_every_format_version_the_engine_names(qtbot, tmp_path: Path) -> None:
    from intake_app.services.formats import format_versions

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    show_about(window)
    about = window.about_box.text.text()
    formats = format_versions()
    assert {entry.key for entry in formats} >= {"signal", "sealed_item", "bundle_manifest",
                                                 "receipt", "key_card", "vault", "store", "blob"}
    for entry in formats:
        assert f"<td>{entry.version}</td>" in about, entry.key
    assert "bundle manifest" in about and "vault file (vault.json)" in about
    window.lock()


def test_the_about_box_says_what_each_component_does_in_dutch(qtbot, tmp_path: Path) -> None:
    from intake_app.ui.i18n_loader import set_ui_language

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    set_ui_language("nl")
    try:
        window = unlocked_window(qtbot, tmp_path / "profile", Answers())
        show_about(window)
        about = window.about_box.text.text()
        assert "landnamen in uw taal" in about and "sterkte van de wachtzin" in about
        assert "country names in your language" not in about
        window.lock()
    finally:
        set_ui_language("en")


def test_the_about_text_keeps_clear_of_its_frame(qtbot, tmp_path: Path) -> None:
    """The About box's text touched the frame of its scroll area (issue 12 task, item 3)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QScrollArea

    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    show_about(window)
    box = window.about_box
    qtbot.waitExposed(box)
    viewport = box.findChild(QScrollArea).viewport()
    image = viewport.grab().toImage()
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))

    def inked(x: int, y: int) -> bool:
        return abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60

    ink = [(x, y) for y in range(0, image.height(), 1) for x in range(image.width())
           if inked(x, y)]
    assert ink
    left = min(x for x, _ in ink)
    top = min(y for _, y in ink)
    assert left >= 8 and top >= 8, (left, top)  # a clear gap, not the text against the frame
    box.reject()
    window.lock()
