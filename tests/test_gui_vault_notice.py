"""Review r7e, F3 in the window: an unlock that meets a vault.json the store has not seen (one
put back from before the duress passphrase was set, passphrase-only mode) says so in a box, in
the shared sentence, and the security settings no longer say a duress passphrase is set; an
ordinary unlock shows no such box (store/vault_seen.py)."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import PASSPHRASE, fast_session, make_office
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence
from intake_app.ui.main_window import MainWindow

DURESS = "everything is fine at the harbour 77"


def notices(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "undone_notice") if box.isVisible()]


def test_the_window_says_when_vault_json_was_put_back_from_before_the_duress_passphrase(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    session.lock()
    copy = (profile / "vault.json").read_bytes()
    window = unlocked_window(qtbot, profile, Answers())
    window.session.set_duress_passphrase(PASSPHRASE, DURESS)
    qtbot.wait(200)
    assert notices(window) == []  # an ordinary unlock says nothing
    window.lock()

    (profile / "vault.json").write_bytes(copy)
    window = unlocked_window(qtbot, profile, Answers())
    qtbot.waitUntil(lambda: bool(notices(window)), timeout=5000)
    [notice] = notices(window)
    assert notice.text() == sentence("vault.state_undone", "en")
    assert window.session.duress_passphrase_set() is None
    window.lock()
