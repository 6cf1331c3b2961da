"""A set-up that fails at the wizard's last step (the profile's disk is read-only, or full) is told
in the project's sentence, leaves nothing behind (no vault file, no store, no half-made profile),
keeps the person on that step with what they typed, and a second try once the disk is usable
again gives a working profile."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from liaison_fixtures import make_office
from PySide6.QtCore import Qt
from small_disk import small_tmpfs
from test_gui_flow import PASSPHRASE, AnsweringDialogs

from intake_app.sentences import sentence
from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def to_last_step(qtbot, window: MainWindow, fingerprint: str) -> None:
    """Language, the office card checked by ear, then the passphrase step, as a person does."""
    page = window.setup_page
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.mouseClick(page.choose_card, Qt.LeftButton)
    page.typed_fingerprint.setText(fingerprint)
    qtbot.mouseClick(page.check_button, Qt.LeftButton)
    qtbot.mouseClick(page.card_next, Qt.LeftButton)
    page.liaison_name.setText("Liaison Utrecht")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.use_keyring.setChecked(False)


def remount(disk: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True,
                   capture_output=True)


def make_unusable(disk: Path, how: str) -> Path | None:
    """Make `disk` read-only or fill it (leaving room for a small file, not for a store);
    returns the filler to remove for the retry."""
    if how == "read-only":
        remount(disk, "ro")
        return None
    filler = disk / "filler"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    filler.write_bytes(b"\0" * (free - 8192))
    return filler


@pytest.mark.parametrize("how", ["read-only", "full"])
def test_a_set_up_that_fails_at_the_last_step_is_told_leaves_nothing_and_can_be_retried(
        qtbot, tmp_path: Path, how: str) -> None:
    office = make_office(tmp_path / "office")
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        profile = disk / "profile"
        filler = make_unusable(disk, how)
        window = MainWindow(profile, dialogs=AnsweringDialogs(office.card_path, []),
                            language="en")
        qtbot.addWidget(window)
        window.show()
        page = window.setup_page
        to_last_step(qtbot, window, office.parsed.fingerprint)
        qtbot.mouseClick(page.create_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.error.isVisible() and page.create_button.isEnabled(),
                        timeout=60000)

        if how == "full":
            expected = sentence("disk_full", "en")
        else:  # the system's own reason, not "the folder is not safe" (it is, it is read-only)
            reason = os.strerror(errno.EROFS)
            expected = sentence("file.unreadable", "en", reason=reason, where="")
        assert page.error.text() == "\u26a0 " + expected
        assert page.steps.currentIndex() == 2 and window.session is None
        assert window.pages.currentWidget() is page
        leftovers = sorted(p.name for p in profile.iterdir()) if profile.exists() else []
        assert leftovers == []  # no vault.json, no store.db, no half-made profile
        assert page.liaison_name.text() == "Liaison Utrecht"  # what they typed is still there

        if filler is not None:  # the person frees space, or the disk is writable again
            filler.unlink()
        else:
            remount(disk, "rw")
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        qtbot.mouseClick(page.create_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.steps.currentIndex() == 3 or page.error.isVisible(),
                        timeout=60000)
        assert page.error.isHidden(), page.error.text()
        qtbot.mouseClick(page.finish_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
        assert (profile / "vault.json").exists()
        window.lock()
