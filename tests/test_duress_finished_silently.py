"""Issue 7 and review r7j, R7J-11: a duress unlock that finishes an emptying a cut interrupted is
as silent as the duress unlock itself.

The store is emptied only when the vault key itself changed, which only the duress passphrase
does (store/trust.py: the duress proof). If a duress unlock is cut off after it rewrote
vault.json in place and before the store was emptied (power lost, a file system out of inodes),
the next unlock finishes the emptying; it can only be made with the duress passphrase (now the
vault's only key). It used to say "This profile was emptied: its vault key changed (the duress
passphrase was used)" and that vault.json was "not the one this profile last used", in the
window and on the command line: to the person watching, proof of the duress passphrase. Now it
shows what a fresh profile shows (docs/SECURITY.md, "Purges"). Here the cut is made exactly
there: the vault is unlocked with the duress passphrase through the vault alone (vault.json
rewritten), and the store is never opened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.ui.main_window import MainWindow
from intake_app.vault import Vault

DURESS = "everything is fine here"


def profile_with_duress(root: Path) -> Path:
    """A profile with a draft and a sealed signal, and a duress passphrase set; locked."""
    profile = root / "profile"
    session = fast_session(profile, make_office(root / "office"))
    session.record(signal_fields(description="a draft"))
    session.seal(session.record(signal_fields(description="a sealed signal")))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def cut_off_duress_unlock(profile: Path) -> None:
    """The duress unlock up to the moment vault.json is rewritten, and no further."""
    vault = Vault.open(profile)
    vault.unlock(DURESS)
    assert vault.opened_by_duress
    vault.lock()


def notices(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def passfile(folder: Path, passphrase: str) -> Path:
    path = folder / "pass"
    path.write_text(passphrase + "\r\n")
    return path


def listing(profile: Path, passphrase: str, lang: str = "en") -> tuple[int, str, str]:
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(passfile(profile.parent, passphrase))], cwd=profile.parent,
                   env={"SEINPOST_LANG": lang})
    return done.returncode, done.stdout, done.stderr


def fresh_profile(root: Path) -> Path:
    fresh = root / "fresh" / "profile"
    fast_session(fresh, make_office(root / "fresh" / "office")).lock()
    return fresh


def test_the_window_shows_nothing_when_it_finishes_a_cut_off_duress_unlock(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = profile_with_duress(tmp_path)
    cut_off_duress_unlock(profile)
    window = unlocked_window(qtbot, profile, Answers(), DURESS)
    qtbot.wait(200)  # a notice, were there one, opens right after the workspace
    assert notices(window) == []
    assert window.workspace.entries() == []  # and the profile is empty
    window.lock()


def test_the_window_shows_nothing_at_the_duress_unlock_itself(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = profile_with_duress(tmp_path)
    window = unlocked_window(qtbot, profile, Answers(), DURESS)
    qtbot.wait(200)  # the notice, were there one, opens right after the workspace
    assert notices(window) == []
    assert window.workspace.entries() == []
    window.lock()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_finishing_a_cut_off_duress_unlock_reads_like_a_fresh_profile(
        tmp_path: Path, lang: str) -> None:
    profile = profile_with_duress(tmp_path / "coerced")
    cut_off_duress_unlock(profile)
    finished = listing(profile, DURESS, lang)
    assert finished == listing(fresh_profile(tmp_path), PASSPHRASE, lang)
    assert "duress" not in finished[2].lower() and "nood" not in finished[2].lower()
    assert listing(profile, DURESS, lang) == finished  # and the next unlock the same


def test_the_command_line_after_a_duress_unlock_reads_like_a_fresh_profile(
        tmp_path: Path) -> None:
    coerced = profile_with_duress(tmp_path / "coerced")
    assert listing(coerced, DURESS) == listing(fresh_profile(tmp_path), PASSPHRASE)
