"""Issue 7: a purge is told at once, in the window and on the command line, while a duress
unlock itself still looks like a fresh profile.

The store is emptied only when the vault key itself changed, which only the duress passphrase
does (store/trust.py: the duress proof). The duress unlock rewrites vault.json first and then
empties the store; that unlock is silent (someone may be watching). If it is cut off in between
(power lost), the next unlock finishes the emptying, and that one says so (docs/SECURITY.md,
"Purges"). Here the cut is made exactly there: the vault is unlocked with the duress
passphrase through the vault alone (vault.json rewritten), and the store is never opened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields
from PySide6.QtWidgets import QMessageBox
from test_gui_delivery import Answers, unlocked_window

from intake_app.sentences import sentence
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


def purge_notices(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "purge_notice") if box.isVisible()]


def passfile(folder: Path, passphrase: str) -> Path:
    path = folder / "pass"
    path.write_text(passphrase + "\r\n")
    return path


def test_the_window_tells_a_purge_finished_after_a_cut_off_duress_unlock(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = profile_with_duress(tmp_path)
    cut_off_duress_unlock(profile)
    window = unlocked_window(qtbot, profile, Answers(), DURESS)
    qtbot.waitUntil(lambda: bool(purge_notices(window)), timeout=5000)
    [notice] = purge_notices(window)
    assert "emptied" in notice.text()
    assert window.workspace.entries() == []  # and the profile is empty
    window.lock()


def test_the_window_shows_nothing_at_the_duress_unlock_itself(
        qtbot, tmp_path: Path, english_ui) -> None:
    profile = profile_with_duress(tmp_path)
    window = unlocked_window(qtbot, profile, Answers(), DURESS)
    qtbot.wait(200)  # the notice, were there one, opens right after the workspace
    assert purge_notices(window) == []
    assert window.workspace.entries() == []
    window.lock()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_tells_a_purge_finished_after_a_cut_off_duress_unlock(
        tmp_path: Path, lang: str) -> None:
    profile = profile_with_duress(tmp_path)
    cut_off_duress_unlock(profile)
    listed = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                      str(passfile(tmp_path, DURESS))], cwd=tmp_path,
                     env={"SEINPOST_LANG": lang})
    assert listed.returncode == 0, listed.stderr
    told = sentence("store.purged", lang)
    assert [line for line in listed.stderr.splitlines() if told in line] == [
        sentence("cli.warning", lang, line=told)]
    # Told once: a second unlock has nothing left to empty and says nothing more.
    again = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                     str(passfile(tmp_path, DURESS))], cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert again.returncode == 0 and told not in again.stderr


def test_the_command_line_after_a_duress_unlock_reads_like_a_fresh_profile(
        tmp_path: Path) -> None:
    coerced = profile_with_duress(tmp_path / "coerced")
    fresh = tmp_path / "fresh" / "profile"
    fast_session(fresh, make_office(tmp_path / "fresh" / "office")).lock()

    def listing(profile: Path, passphrase: str) -> tuple[int, str, str]:
        done = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                        str(passfile(profile.parent, passphrase))], cwd=profile.parent)
        return done.returncode, done.stdout, done.stderr

    assert listing(coerced, DURESS) == listing(fresh, PASSPHRASE)
