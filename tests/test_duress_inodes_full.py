"""Review r7j, R7J-11 (high): a file system with a few free inodes told the two passphrases apart.

R7H-13 made both passphrases give the same "The disk is full" answer for bytes
(tests/test_duress_disk_full.py); the check did not look at free inodes, and the duress unlock
makes a few more files than the real one. Someone with the powered-off laptop fills the profile's
file system with empty files until 4 inodes are left: the real passphrase opened, the duress one
answered "Something went wrong inside Seinpost … (OperationalError)" after it had rewritten
vault.json in place. Now the space check before the attempt is counted also asks for free inodes
(store/folder_ahead.py `check_space`, `NEEDED_INODES`): at every level of free inodes both
passphrases give the same answer, the real one opening exactly where the duress one empties, and
a refusal is "The disk is full" with nothing counted or changed. On a real tmpfs with few
inodes, both vault modes.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duress_kit
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields
from small_disk import small_tmpfs
from test_duress_disk_full import _answer

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes

FREE_INODES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24, 32, 40, 48, 64, 96)


def _profile(profile: Path, use_keyring: bool) -> None:
    session = new_session(profile, use_keyring)
    session.record(signal_fields(description="a draft"))
    session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()


def _fill_inodes(disk: Path, free: int) -> None:
    """Leave about `free` inodes free on `disk`, with empty files in `disk/fill`."""
    fill = disk / "fill"
    fill.mkdir()
    for number in range(max(os.statvfs(disk).f_favail - free, 0)):
        (fill / str(number)).touch()


def test_few_free_inodes_give_both_passphrases_the_same_answer_and_change_nothing(
        tmp_path: Path, use_keyring: bool) -> None:
    with small_tmpfs(tmp_path / "disk", "16m", inodes=600) as disk:
        profile = disk / "profile"
        _profile(profile, use_keyring)
        shutil.move(disk / "office", tmp_path / "office")
        kept = tmp_path / "kept"
        shutil.copytree(profile, kept)
        answers = {}
        for free in FREE_INODES:
            for who, passphrase in (("real", PASSPHRASE), ("duress", DURESS)):
                for leftover in disk.iterdir():
                    shutil.rmtree(leftover)  # the profile, the filler, a .partial folder
                shutil.copytree(kept, profile)
                _fill_inodes(disk, free)
                answers[free, who] = _answer(profile, passphrase)
                shutil.rmtree(disk / "fill")
                if answers[free, who] == "disk full":  # nothing counted, nothing half done
                    assert json.loads((profile / "vault.json").read_bytes()) == json.loads(
                        (kept / "vault.json").read_bytes()), (free, who)
                    assert _answer(profile, PASSPHRASE) == "opened", (free, who)
        told_apart = [free for free in FREE_INODES
                      if (answers[free, "real"] == "opened")
                      != (answers[free, "duress"] == "emptied")]
        assert told_apart == [], answers
        assert answers[FREE_INODES[0], "real"] == "disk full"
        assert answers[FREE_INODES[-1], "duress"] == "emptied"


def test_a_store_whose_log_file_finds_no_free_inode_says_the_disk_is_full(
        tmp_path: Path) -> None:
    """SQLite says "unable to open database file" when it cannot make its log file for want of
    an inode; that went out as "Something went wrong … (OperationalError)". With the file
    system's free inodes used up it is the full disk it is (store/database.py `_no_room`)."""
    import pytest

    from intake_app.store.database import create_database
    from intake_app.store.errors import DiskFull

    with small_tmpfs(tmp_path / "disk", "16m", inodes=64) as disk:
        _fill_inodes(disk, 1)  # store.db itself is made; its log file is not
        with pytest.raises(DiskFull):
            create_database(disk, "store.db").close()
        assert not (disk / "store.db").exists()
