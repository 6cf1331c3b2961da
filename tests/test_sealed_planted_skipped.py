"""Review r7l R7L-3: a link, a FIFO or a folder planted at a sealed file's name in `sealed/`
(while the laptop was off) stopped `export --keyless` and `export --unlisted` for every file:
the copy raised at the planted name. Now what is not a file the app makes there (a link, a
FIFO, a folder, a file with a second name) is skipped without being followed or waited on,
the person is told how many were skipped, in Dutch and English, and the rest is copied."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, run_cli, signal_fields
from transfer_kit import set_up

from intake_app.sentences import sentence
from intake_app.store.unlisted import COPY_PREFIX

LANGS = {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}
LINKED, FIFO, FOLDER, SECOND_NAME = "a1" * 16, "b2" * 16, "c3" * 16, "d4" * 16
PLANTED_FILE = "e5" * 16  # a regular file of this user: copied as it is (--unlisted)


def _plant(profile: Path, outside: Path) -> None:
    """A link to a file outside, a FIFO, a folder and a second name of a file outside, each
    at a well-formed sealed name."""
    outside.mkdir()
    (outside / "private.txt").write_bytes(b"not a sealed file")
    sealed = profile / "sealed"
    (sealed / f"{LINKED}.age").symlink_to(outside / "private.txt")
    os.mkfifo(sealed / f"{FIFO}.age")
    (sealed / f"{FOLDER}.age").mkdir()
    os.link(outside / "private.txt", sealed / f"{SECOND_NAME}.age")


def _sealed_profile(tmp_path: Path) -> tuple[Path, list[str]]:
    _office, session = set_up(tmp_path)
    ids = [session.seal(session.record(signal_fields(description=f"sealed {n}"))).id
           for n in range(2)]
    profile = session.profile_dir
    session.lock()
    return profile, ids


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_export_keyless_skips_what_was_planted_at_sealed_names_says_how_many_and_copies_the_rest(
        tmp_path: Path, lang: str) -> None:
    profile, ids = _sealed_profile(tmp_path)
    _plant(profile, tmp_path / "outside")
    (profile / "vault.json").unlink()  # the profile can no longer be opened
    stick = tmp_path / "stick"
    stick.mkdir()

    saved = run_cli(["--profile", str(profile), "export", "--keyless", "--to", str(stick)],
                    cwd=tmp_path, env={"LANG": LANGS[lang]})
    assert saved.returncode == 0, saved.stderr
    assert sorted(p.name for p in stick.iterdir()) == sorted(f"{COPY_PREFIX}{i}.age" for i in ids)
    for item_id in ids:
        assert (stick / f"{COPY_PREFIX}{item_id}.age").read_bytes() == \
            (profile / "sealed" / f"{item_id}.age").read_bytes()
    assert sentence("liaison_out.sealed_skipped", lang, count=4) in saved.stderr
    assert sentence("liaison_out.keyless_saved", lang, count=2) in saved.stdout
    assert (tmp_path / "outside" / "private.txt").read_bytes() == b"not a sealed file"


def test_export_unlisted_skips_what_was_planted_at_sealed_names_and_copies_a_planted_file(
        tmp_path: Path) -> None:
    profile, _ids = _sealed_profile(tmp_path)
    _plant(profile, tmp_path / "outside")
    (profile / "sealed" / f"{PLANTED_FILE}.age").write_bytes(b"age-encryption.org/v1 planted")
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    stick = tmp_path / "stick"
    stick.mkdir()

    saved = run_cli(["--profile", str(profile), "--passphrase-file", str(passfile), "export",
                     "--unlisted", "--to", str(stick)], cwd=tmp_path, env={"LANG": LANGS["en"]})
    assert saved.returncode == 0, saved.stderr
    assert [p.name for p in stick.iterdir()] == [f"{COPY_PREFIX}{PLANTED_FILE}.age"]
    assert sentence("liaison_out.sealed_skipped", "en", count=4) in saved.stderr
    assert sentence("liaison_out.unlisted_saved", "en", count=1) in saved.stdout


def test_the_lock_pages_copy_skips_a_planted_link_and_fifo_and_says_how_many(
        qtbot, tmp_path: Path, english_ui, secret_service) -> None:
    """The window's Save the sealed files for the office… (a profile whose keyring entry is
    gone) copies the sealed signal and says in its box that two names were skipped."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    from rollback_kit import rollback_profile
    from test_gui_delivery import Answers

    from intake_app.services.liaison import LiaisonSession
    from intake_app.ui.main_window import MainWindow
    from intake_app.vault import device_secret, vault_file

    profile = rollback_profile(tmp_path, use_keyring=True)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    item_id = session.seal(session.record(signal_fields(description="sealed"))).id
    session.lock()
    (profile / "sealed" / f"{LINKED}.age").symlink_to(profile / "sealed" / f"{item_id}.age")
    os.mkfifo(profile / "sealed" / f"{FIFO}.age")
    device_secret.delete(vault_file.read(profile).profile_id)
    stick = tmp_path / "stick"
    stick.mkdir()

    class Folder(Answers):
        def choose_unlisted_folder(self, parent):
            return stick

    window = MainWindow(profile, dialogs=Folder())
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.save_sealed.isVisible(), timeout=20000)
    qtbot.mouseClick(page.save_sealed, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox, "sealed_saved")),
                    timeout=20000)
    [told] = page.findChildren(QMessageBox, "sealed_saved")
    assert sentence("liaison_out.sealed_skipped", "en", count=2) in told.text()
    assert [p.name for p in stick.iterdir()] == [f"{COPY_PREFIX}{item_id}.age"]
    told.close()
    window.close()
