"""Issue 7, review r7d D1: the liaison's identity rows changed offline get the same refusal from
the real and the duress passphrase, at unlock, in the library, on the command line and in the
window.

The coercer changes one byte of `settings.liaison_card` or `liaison_signing_key` (or deletes
either row) with the laptop off, then demands the passphrase. Before, the duress proof did not
cover these rows: the duress passphrase opened a fresh profile, while the real one failed (the
window stuck on "locked" with a traceback on stderr and the vault left unlocked behind the lock
page; `intake-app status` rc=1). Now the proof covers them (form 4, store/duress_proof.py), so
both meet `StoreKeyMismatch` and the duress passphrase changes nothing; and the window shows
the sentence of any refusal met while it builds the first screen and locks again.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS
from liaison_fixtures import PASSPHRASE, run_cli
from PySide6.QtCore import Qt
from test_duress_oracle import _sql, answer, both_answers, used_profile

from intake_app.services.liaison import LiaisonSession
from intake_app.store.integrity_errors import StoreTampered
from intake_app.ui.main_window import MainWindow
from intake_app.ui.messages import describe_error

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def _flip_first_byte(name: str) -> Callable[[Path], None]:
    return _sql("UPDATE settings SET value = CAST(CASE WHEN unicode(substr(CAST(value AS BLOB), "
                "1, 1)) = 65 THEN 'B' ELSE 'A' END || substr(CAST(value AS BLOB), 2) AS BLOB) "
                f"WHERE name = '{name}'")


IDENTITY_CHANGES = {
    "one byte of the liaison card": _flip_first_byte("liaison_card"),
    "one byte of the boxed signing key": _flip_first_byte("liaison_signing_key"),
    "the liaison card deleted": _sql("DELETE FROM settings WHERE name = 'liaison_card'"),
    "the signing key deleted": _sql("DELETE FROM settings WHERE name = 'liaison_signing_key'"),
}


@pytest.mark.parametrize("change", list(IDENTITY_CHANGES))
def test_an_identity_row_changed_offline_gets_the_same_refusal_from_both_passphrases(
        tmp_path: Path, use_keyring: bool, change: str) -> None:
    real, duress = both_answers(tmp_path, use_keyring, IDENTITY_CHANGES[change])
    assert real[0] == "store.key_mismatch"
    assert duress == real


def test_on_the_command_line_status_answers_an_identity_row_changed_offline_alike(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    IDENTITY_CHANGES["one byte of the liaison card"](profile)
    copy = tmp_path / "copy" / "profile"
    shutil.copytree(profile, copy)
    said = []
    for folder, passphrase in ((profile, PASSPHRASE), (copy, DURESS)):
        passfile = folder.parent / "pass"
        passfile.write_text(passphrase + "\n")
        done = run_cli(["status", "--profile", str(folder), "--passphrase-file", str(passfile)],
                       cwd=tmp_path, env={"SEINPOST_LANG": "en"})
        said.append((done.returncode, done.stdout, done.stderr.replace(str(copy), "PROFILE")
                     .replace(str(profile), "PROFILE")))
    assert said[0][0] != 0
    assert said[1] == said[0]


def _proof_of_form_3(profile: Path) -> None:
    """The duress proof as the previous version wrote it (form 3: the identity rows not
    covered)."""
    duress_kit.plant_proof_form(profile, 3)


def test_a_store_of_the_previous_proof_is_renewed_over_its_identity_at_the_next_real_unlock(
        tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    _proof_of_form_3(profile)
    assert answer(profile, PASSPHRASE) == ("opened", "3 entries")  # renewed: form 4 now
    copy = tmp_path / "copy" / "profile"
    shutil.copytree(profile, copy)
    for folder in (profile, copy):
        IDENTITY_CHANGES["one byte of the liaison card"](folder)
    real = answer(profile, PASSPHRASE)
    assert real[0] == "store.key_mismatch"
    assert answer(copy, DURESS) == real


def test_a_store_of_the_previous_proof_with_a_changed_identity_is_refused_at_the_real_unlock(
        tmp_path: Path, use_keyring: bool) -> None:
    # The proof it renews vouches for the identity rows from then on: checked first.
    profile = used_profile(tmp_path / "coerced", use_keyring)
    _proof_of_form_3(profile)
    IDENTITY_CHANGES["one byte of the boxed signing key"](profile)
    assert answer(profile, PASSPHRASE)[0] == "store.tampered"


# A store of the previous proof (form 3) that no real unlock has renewed yet: the duress unlock
# checks of its identity rows what needs no vault key (store/identity.py
# `check_identity_unkeyed`). Before, it emptied such a store whatever its identity rows held,
# while the real passphrase refused it: "it opened" told the duress passphrase.
UNKEYED_CHANGES = {
    "one byte of the liaison card": IDENTITY_CHANGES["one byte of the liaison card"],
    "the liaison card deleted": IDENTITY_CHANGES["the liaison card deleted"],
    "the signing key deleted": IDENTITY_CHANGES["the signing key deleted"],
    "the boxed signing key cut short": _sql(
        "UPDATE settings SET value = substr(CAST(value AS BLOB), 1, 40) "
        "WHERE name = 'liaison_signing_key'"),
    "the liaison card replaced by another row's bytes": _sql(
        "UPDATE settings SET value = (SELECT value FROM settings WHERE name = 'duress_set') "
        "WHERE name = 'liaison_card'"),
}


@pytest.mark.parametrize("change", list(UNKEYED_CHANGES))
def test_a_store_of_the_previous_proof_with_a_changed_identity_gets_one_refusal_from_both(
        tmp_path: Path, use_keyring: bool, change: str) -> None:
    def previous_form_then_changed(profile: Path) -> None:
        _proof_of_form_3(profile)
        UNKEYED_CHANGES[change](profile)

    real, duress = both_answers(tmp_path, use_keyring, previous_form_then_changed)
    assert real[0] == "store.tampered"
    assert duress == real


# ----- the window -------------------------------------------------------------------------

def _click_unlock(qtbot, profile: Path, passphrase: str) -> tuple[MainWindow, list]:
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    opened: list = []
    window.unlock_page.unlocked.connect(opened.append)
    page = window.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible() or window.workspace is not None,
                    timeout=60000)
    return window, opened


def test_in_the_window_an_identity_row_changed_offline_gets_the_same_sentence_from_both(
        qtbot, tmp_path: Path, use_keyring: bool) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    IDENTITY_CHANGES["one byte of the liaison card"](profile)
    copy = tmp_path / "copy" / "profile"
    shutil.copytree(profile, copy)
    shown = []
    for folder, passphrase in ((profile, PASSPHRASE), (copy, DURESS)):
        window, _opened = _click_unlock(qtbot, folder, passphrase)
        assert window.session is None and window.workspace is None
        assert window.pages.currentWidget() is window.unlock_page
        shown.append(window.unlock_page.error.text())
        window.close()
    assert shown[0] and shown[1] == shown[0]


def test_a_refusal_while_the_window_builds_the_first_screen_is_shown_and_locks_again(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    # Whatever the first screen reads may be refused (before D1's fix: the liaison card); the
    # refusal is injected where the workspace reads the profile's status.
    from intake_app.ui.workspace_page import WorkspacePage

    profile = used_profile(tmp_path / "coerced", False)

    def refused(self) -> None:
        raise StoreTampered()

    monkeypatch.setattr(WorkspacePage, "show_profile", refused)
    window, opened = _click_unlock(qtbot, profile, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible(), timeout=60000)
    assert window.unlock_page.error.text() == "\u26a0 " + describe_error(StoreTampered())
    assert window.session is None and window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    assert not window._idle_timer.isActive()
    [session] = opened
    assert not session._vault.is_unlocked  # no vault left open behind the lock page
    window.close()
    monkeypatch.undo()
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # and the profile is as it was
