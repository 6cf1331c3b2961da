"""Security settings in the real window: auto-lock time, passphrase change, duress passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_gui_flow import PASSPHRASE, make_window, office, set_up  # noqa: F401 - fixture

from intake_app.sentences import sentence

NEW_PASSPHRASE = "another long passphrase"
pytestmark = pytest.mark.usefixtures("english_ui")


def test_auto_lock_and_passphrase_change(qtbot, tmp_path: Path, office) -> None:  # noqa: F811
    window = make_window(qtbot, tmp_path, office[1], [])
    set_up(qtbot, window)
    assert window.idle.timeout_s == 300  # the default: five minutes
    page = window.workspace
    qtbot.mouseClick(page.security_button, Qt.LeftButton)
    dialog = page.security

    dialog.auto_lock.setValue(2)
    qtbot.mouseClick(dialog.auto_lock_button, Qt.LeftButton)
    assert window.idle.timeout_s == 120
    assert "2" in window.lock_note.text()

    dialog.current.setText("not my passphrase")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.result.text(), timeout=20000)

    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "changed" in dialog.result.text(), timeout=20000)
    dialog.close()

    window.lock()
    unlock = window.unlock_page
    unlock.passphrase.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    assert window.idle.timeout_s == 120  # the setting was kept in the vault
    window.lock()


def test_the_settings_say_whether_a_duress_passphrase_is_set(qtbot, tmp_path: Path,
                                                            office) -> None:  # noqa: F811
    window = make_window(qtbot, tmp_path, office[1], [])
    set_up(qtbot, window)
    page = window.workspace
    qtbot.mouseClick(page.security_button, Qt.LeftButton)
    dialog = page.security
    assert dialog.duress_state.text() == "No duress passphrase is set."

    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText("what I say when forced to")
    dialog.duress_repeat.setText("what I say when forced to")
    dialog.duress_name.setText("Bo Jansen")
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "was set" in dialog.result.text(), timeout=20000)
    assert dialog.duress_state.text() == "A duress passphrase is set."
    dialog.close()

    qtbot.mouseClick(page.security_button, Qt.LeftButton)  # a new dialog reads it again
    dialog = page.security
    assert dialog.duress_state.text() == "A duress passphrase is set."
    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.remove_duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "any more" in dialog.result.text(), timeout=20000)
    assert dialog.duress_state.text() == "No duress passphrase is set."
    dialog.close()
    window.lock()


def test_the_duress_passphrase_as_current_passphrase_is_refused_like_a_wrong_one(
        qtbot, tmp_path: Path, office) -> None:  # noqa: F811
    """Typed in the dialog as "current passphrase", the duress passphrase shows the wrong-
    passphrase sentence and changes nothing: the real passphrase still opens the same profile,
    the new passphrase opens nothing (it used to rewrite vault.json without emptying anything)."""
    duress = "what I say when forced to"
    window = make_window(qtbot, tmp_path, office[1], [])
    set_up(qtbot, window)
    page = window.workspace
    qtbot.mouseClick(page.security_button, Qt.LeftButton)
    dialog = page.security
    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText(duress)
    dialog.duress_repeat.setText(duress)
    dialog.duress_name.setText("Bo Jansen")
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "was set" in dialog.result.text(), timeout=20000)
    vault_before = (tmp_path / "profile" / "vault.json").read_bytes()

    answers = []
    for current in ("not my passphrase", duress):
        dialog.current.setText(current)
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.repeat.setText(NEW_PASSPHRASE)
        qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.result.text(), timeout=20000)
        answers.append(dialog.result.text())
        dialog.result.clear()
    assert answers[0] == answers[1]
    assert (tmp_path / "profile" / "vault.json").read_bytes() != vault_before  # counted, as
    dialog.close()                                                             # a wrong one is
    window.lock()

    unlock = window.unlock_page
    unlock.passphrase.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in unlock.error.text(), timeout=20000)
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    qtbot.mouseClick(window.workspace.security_button, Qt.LeftButton)
    assert window.workspace.security.duress_state.text() == "A duress passphrase is set."
    window.workspace.security.close()
    window.lock()


def test_the_name_the_emptied_profile_shows_is_chosen_with_the_duress_passphrase(
        qtbot, tmp_path: Path, office) -> None:  # noqa: F811
    """Review r7e F6: the duress profile's card was always named 'Liaison'. The field beside
    the duress passphrase names it, and it must be filled (review r7h R7H-9: a profile that
    opens as 'Liaison' could only be the emptied one): empty, nothing is tried or changed and
    the fields stay as typed."""
    from intake_app.crypto import keycard
    from intake_app.services.liaison import LiaisonSession

    window = make_window(qtbot, tmp_path, office[1], [])
    set_up(qtbot, window)
    page = window.workspace
    qtbot.mouseClick(page.security_button, Qt.LeftButton)
    dialog = page.security
    assert dialog.duress_name.placeholderText() != "Liaison"  # no default offered
    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText("what I say when forced to")
    dialog.duress_repeat.setText("what I say when forced to")
    vault_before = (window.session.profile_dir / "vault.json").read_bytes()
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    assert dialog.result.objectName() == "error"
    assert sentence("vault.duress_name_needed", "en") in dialog.result.text()
    assert dialog.focusWidget() is dialog.duress_name
    assert dialog.duress.text() == dialog.duress_repeat.text() == "what I say when forced to"
    assert (window.session.profile_dir / "vault.json").read_bytes() == vault_before
    assert window.session.duress_passphrase_set() is False
    dialog.duress_name.setText("Bo Jansen")
    qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "was set" in dialog.result.text(), timeout=20000)
    dialog.close()
    profile = window.session.profile_dir
    window.lock()
    emptied = LiaisonSession.unlock(profile, "what I say when forced to")
    assert emptied.list_entries() == []
    assert keycard.parse_card(emptied.liaison_card()).name == "Bo Jansen"
    emptied.lock()
