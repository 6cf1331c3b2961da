"""Issue 7: the duress passphrase is judged by the same strength rule as the passphrase.

It was judged by length alone (10 characters in the window, none in the engine and on the
command line), on the ground that it protects nothing. It does the opposite of protect: typed
at the lock page or `--passphrase-file`, it empties the profile. Someone who guesses common
passphrases at the prompt ("welkom12345", "wachtwoord2026", the liaison's own name and a year)
would erase every undelivered signal with a guessable one. Now the vault's one rule (zxcvbn
with its Dutch words and the profile's names, `vault/passphrase.py` `check_new_passphrase`)
judges it in the engine, the window and `intake-app settings --duress-passphrase-file`, before
the current passphrase is tried, and nothing is set or counted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli
from meter_kit import settled_acceptable
from PySide6.QtCore import Qt
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.ui.i18n_loader import set_ui_language
from intake_app.vault import WeakPassphrase

STRONG = "everything is fine at the harbour 77"


def _profile(root: Path) -> Path:
    fast_session(root / "profile", make_office(root / "office"),
                 liaison_name="Amina Haddad").lock()
    return root / "profile"


def _vault(profile: Path) -> bytes:
    return (profile / "vault.json").read_bytes()


@pytest.mark.parametrize("weak", ["welkom12345", "wachtwoord2026", "aminahaddad2026"])
def test_a_weak_duress_passphrase_is_refused_by_the_engine_and_nothing_changes(
        tmp_path: Path, weak: str) -> None:
    # "aminahaddad2026" is strong to the estimator alone: weak because it is the liaison's name.
    profile = _profile(tmp_path)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    before = _vault(profile)
    try:
        for current in (PASSPHRASE, "not the passphrase"):  # judged before it is tried
            with pytest.raises(WeakPassphrase):
                session.set_duress_passphrase(current, weak)
            assert _vault(profile) == before  # nothing set, nothing counted
        assert session.duress_passphrase_set() is False
        session.set_duress_passphrase(PASSPHRASE, STRONG)
        assert session.duress_passphrase_set() is True
    finally:
        session.lock()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_refuses_a_weak_duress_passphrase_in_one_sentence(
        tmp_path: Path, lang: str) -> None:
    profile = _profile(tmp_path)
    current = tmp_path / "current.txt"
    current.write_text(PASSPHRASE + "\n", encoding="utf-8")
    weak = tmp_path / "duress.txt"
    weak.write_text("welkom12345\r\n", encoding="utf-8")
    before = _vault(profile)
    done = run_cli(["settings", "--profile", str(profile), "--passphrase-file", str(current),
                    "--duress-passphrase-file", str(weak), "--duress-name", "Bo Jansen"],
                   cwd=tmp_path,
                   env={"SEINPOST_LANG": lang})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert sentence("vault.weak_passphrase", lang) in done.stderr
    assert _vault(profile) == before
    assert json.loads(before)["failed_attempts"] == 0


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_window_judges_the_duress_passphrase_with_the_vaults_rule(
        qtbot, tmp_path: Path, language: str) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    before = _vault(tmp_path / "profile")
    window = unlocked_window(qtbot, tmp_path / "profile", Answers())
    try:
        window.switch_language(language)
        page = window.workspace
        qtbot.mouseClick(page.security_button, Qt.LeftButton)
        dialog = page.security
        dialog.current.setText(PASSPHRASE)
        dialog.duress.setText("welkom12345")  # 11 characters: the old length rule took it
        dialog.duress_repeat.setText("welkom12345")
        dialog.duress_name.setText("Bo Jansen")
        assert not settled_acceptable(qtbot, dialog.duress_meter)
        qtbot.mouseClick(dialog.duress_button, Qt.LeftButton)
        qtbot.waitUntil(dialog.result.isVisible)  # judged at the click, in a worker
        assert dialog.result.objectName() == "error"
        assert dialog.result.text().endswith(dialog.duress_meter.advice())
        assert dialog.focusWidget() is dialog.duress
        assert _vault(tmp_path / "profile") == before
        assert window.session.duress_passphrase_set() is False
        dialog.close()
    finally:
        window.lock()
        set_ui_language("en")
