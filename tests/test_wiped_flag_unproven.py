"""A `wiped` flag written into vault.json while the laptop was off neither hides the passphrase
field nor lets a set-up replace the key file (review r7k R7K-10).

The window's lock page read the flag unchecked and showed "This vault was erased" with no
passphrase field, in both modes, while the command line refused the same file as changed outside
Seinpost; following the page's own advice (set up again, move the store away as set-up asks)
replaced a vault.json whose slots still opened with the right passphrase, and every draft was
lost for good. Now only a proven erasure (`Vault.erasure_proven`: keyring mode, the keyring's
note naming these store files) shows as one; the right passphrase then says the file was
changed, and a set-up over an unproven flag is refused (vault.erasure_unproven), in both modes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE
from PySide6.QtCore import Qt
from test_setup_after_wipe import cli_init, digests, used_profile, write_vault_doc

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.ui.main_window import MainWindow
from intake_app.vault import Vault

MODES = [pytest.param(True, id="keyring"), pytest.param(False, id="passphrase-only")]


def _profile(request, root: Path, use_keyring: bool) -> Path:
    if use_keyring:
        request.getfixturevalue("secret_service")
    return used_profile(root, use_keyring=use_keyring)


def _flag_wiped(profile: Path) -> dict:
    doc = json.loads((profile / "vault.json").read_bytes())
    doc["wiped"] = True
    write_vault_doc(profile, doc)
    return doc


@pytest.mark.usefixtures("english_ui")
@pytest.mark.parametrize("use_keyring", MODES)
def test_the_lock_page_asks_for_the_passphrase_and_the_right_one_says_the_file_was_changed(
        request, qtbot, tmp_path: Path, use_keyring: bool) -> None:
    profile = _profile(request, tmp_path, use_keyring)
    _flag_wiped(profile)
    before = digests(profile)
    assert Vault.open(profile).status().wiped is False
    window = MainWindow(profile, language="en")
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    page.refresh()
    qtbot.waitUntil(lambda: window.engines.is_ready, timeout=20000)
    qtbot.wait(300)  # the status read in its worker has answered
    assert page.passphrase.isVisible() and not page.setup_again.isVisible()
    assert "erased" not in page.title.text()
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.LeftButton)
    qtbot.waitUntil(page.error.isVisible, timeout=20000)
    assert sentence("vault.tampered", "en") in page.error.text()
    assert not page.setup_again.isVisible() and digests(profile) == before
    window.close()


@pytest.mark.parametrize("use_keyring", MODES)
def test_set_up_never_replaces_a_key_file_whose_erasure_is_unproven(
        request, tmp_path: Path, use_keyring: bool) -> None:
    profile = _profile(request, tmp_path, use_keyring)
    doc = _flag_wiped(profile)
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("store.db", "sealed", "blobs"):  # as the store.left_behind sentence asks
        (profile / name).rename(moved / name)
    vault_before = (profile / "vault.json").read_bytes()
    for lang in ("nl", "en"):
        done = cli_init(tmp_path, lang=lang, no_keyring=not use_keyring)
        assert done.returncode != 0
        assert sentence("vault.erasure_unproven", lang) in done.stderr
        assert (profile / "vault.json").read_bytes() == vault_before
    for name in ("store.db", "sealed", "blobs"):
        (moved / name).rename(profile / name)
    doc["wiped"] = False  # put right again: the profile opens with its signal
    write_vault_doc(profile, doc)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert [entry.kind for entry in session.list_entries()] == ["sealed"]
    session.lock()
