"""Erasure after wrong passphrases asks for the current passphrase before "Turn this on?", and
is not offered for a passphrase-only profile.

Review r12v F14: ticking the box and pressing "Set wipe" without the current passphrase first
asked "Turn this on?" (Yes) and only then said "Type your current passphrase first", and the box
stayed ticked although nothing had been turned on.
Review r7g H2 b: a passphrase-only vault's counter never erases (vault/unlocking.py
`_may_wipe`), so its settings show the erasure controls disabled and say why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import fast_session, make_office
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.i18n_loader import set_ui_language


@pytest.mark.parametrize("language", ["nl", "en"])
def test_setting_erasure_without_the_passphrase_asks_for_it_first_and_unticks(
    qtbot, tmp_path: Path, language: str, secret_service
) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office"),
                 use_keyring=True).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        page = window.workspace
        qtbot.mouseClick(page.security_button, Qt.LeftButton)
        dialog = page.security
        assert not dialog.wipe_enabled.isChecked()
        dialog.wipe_enabled.setChecked(True)
        qtbot.mouseClick(dialog.wipe_button, Qt.LeftButton)
        asked = {"nl": "Typ eerst uw huidige wachtzin", "en": "Type your current passphrase"}
        assert asked[language] in dialog.result.text()
        assert dialog.confirm is None or not dialog.confirm.isVisible()  # no "Turn this on?"
        assert not dialog.wipe_enabled.isChecked()  # nothing was turned on
        assert dialog.focusWidget() is dialog.current
        dialog.close()
    finally:
        window.lock()
        set_ui_language("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_passphrase_only_profile_offers_no_erasure_and_says_why(
    qtbot, tmp_path: Path, language: str
) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        page = window.workspace
        qtbot.mouseClick(page.security_button, Qt.LeftButton)
        dialog = page.security
        for control in (dialog.wipe_enabled, dialog.wipe_attempts, dialog.wipe_button):
            assert not control.isEnabled()
        why = {"nl": "werkt alleen met de sleutelbos van het systeem",
               "en": "works only with the system keyring"}
        assert dialog.wipe_hint.isVisible() and why[language] in dialog.wipe_hint.text()
        dialog.close()
    finally:
        window.lock()
        set_ui_language("en")
