"""Review r7i R7I-7 and R7I-8 (issue 7): set-up on a nearly full disk is all or nothing, and
says the disk is full.

R7I-7: with 140 to 180 KiB free, `init` said "The disk is full: nothing was lost; free space
and try again" over a complete profile (the store's log files and its record of the vault.json
it met were written after the new folder was swapped in), and the retry was refused as "an
earlier profile". R7I-8: with about 20 KiB free, SQLite's SQLITE_IOERR_SHMSIZE (the WAL's
shared-memory file could not grow) reached the command line as "Something went wrong inside
Seinpost … (OperationalError)".

Now, on a real small file system (a tmpfs, tests/small_disk.py), at every level of free space
from nothing to enough: set-up either completes and the profile opens, or it says the disk is
full (the one sentence, or the vault's "could not be saved … free some space"), leaves nothing
of a profile in the folder and no folder beside it, and the retry after space is freed sets
the profile up.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duress_kit
from liaison_fixtures import PASSPHRASE, make_office, run_cli
from small_disk import small_tmpfs

from intake_app.errors import classify
from intake_app.fs import folder_renewal, own_folders
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes

# Free space from nothing to enough for a set-up (about 200 KiB here), every 4 KiB.
FREE_KIB = range(0, 288, 4)
# The sentences that say so: the one for every full disk, and the vault's own (vault.json
# could not be saved: "is the disk full or read-only? … free some space and try again").
FULL_DISK = ("disk_full", "vault.write_failed")


def _fill(disk: Path, free_kib: int) -> None:
    """Leave about `free_kib` KiB free on `disk` (a tmpfs: its free space is exact)."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with open(disk / "fill", "wb") as handle:
        handle.write(b"\0" * max(free - free_kib * 1024, 0))


def _settled() -> None:
    """Wait for what a set-up frees after it answered (held files, removal threads), so the
    next level meets the free space it says."""
    folder_renewal.wait_for_removals()
    for fd in folder_renewal.take_held():
        os.close(fd)
    for thread in threading.enumerate():
        if thread.name.startswith("seinpost-") and thread is not threading.current_thread():
            thread.join()


def _set_up(profile: Path, office_card: object, use_keyring: bool) -> LiaisonSession:
    return LiaisonSession.initialise(profile, PASSPHRASE, office_card,
                                     office_card.fingerprint, liaison_name="Amira El Amrani",
                                     use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(),
                                     allow_weak_kdf=True)


def test_set_up_on_a_nearly_full_disk_completes_or_leaves_nothing_and_says_the_disk_is_full(
        tmp_path: Path, use_keyring: bool) -> None:
    card = make_office(tmp_path / "office").parsed
    outcomes: dict[int, str] = {}
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        for free in FREE_KIB:
            profile = disk / f"p{free}"
            _fill(disk, free)
            try:
                session = _set_up(profile, card, use_keyring)
            except Exception as exc:  # what reaches the person is checked
                _settled()
                assert classify(exc)[0] in FULL_DISK, (free, repr(exc))
                left = sorted(os.listdir(profile)) if profile.exists() else []
                assert left == [], (free, left)
                beside = sorted(name for name in os.listdir(disk) if name != "fill"
                                and name != profile.name)
                assert beside == [], (free, beside)
                (disk / "fill").unlink()
                session = _set_up(profile, card, use_keyring)  # the retry
                outcomes[free] = "disk full"
            else:
                outcomes[free] = "set up"
            session.lock()
            (disk / "fill").unlink(missing_ok=True)  # an unlock holds space back for duress
            LiaisonSession.unlock(profile, PASSPHRASE).lock()
            _settled()
            folder_renewal.tidy(profile, disk)  # the next level starts on an empty disk
    assert outcomes[FREE_KIB[0]] == "disk full"
    assert outcomes[FREE_KIB[-1]] == "set up"


def test_init_with_a_few_kib_free_says_the_disk_is_full_on_the_command_line(
        tmp_path: Path) -> None:
    office = make_office(tmp_path / "office")
    passfile = tmp_path / "pass"
    passfile.write_text("Wandelende-tulp-zeef-83\n")
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        for free in (8, 20, 32, 48):
            _fill(disk, free)
            done = run_cli(["init", "--name", "Yara Okonkwo",
                            "--profile", str(disk / f"p{free}"), "--passphrase-file",
                            str(passfile), "--office-card", str(office.card_path),
                            "--fingerprint", office.parsed.fingerprint, "--no-keyring"],
                           cwd=tmp_path, env={"SEINPOST_LANG": "en"})
            (disk / "fill").unlink()
            assert done.returncode == 1, (free, done.stderr)
            assert sentence("disk_full", "en") in " ".join(done.stderr.split()), (free,
                                                                                   done.stderr)


def test_set_up_in_place_on_a_full_mounted_profile_folder_leaves_nothing_of_a_profile(
        tmp_path: Path) -> None:
    """The profile folder is a mount point (a stick, a small partition): no folder beside it
    can be swapped in, so the profile is built in place; a failure there removed store.db and
    vault.json but left `blobs/` and `sealed/` (128 to 131 KiB free here)."""
    card = make_office(tmp_path / "office").parsed
    outcomes: dict[int, str] = {}
    with small_tmpfs(tmp_path / "stick", "2m", mode="0700") as profile:
        for free in range(0, 200, 4):
            _fill(profile, free)  # the person's own file, in the profile folder
            try:
                session = _set_up(profile, card, False)
            except Exception as exc:  # what reaches the person is checked
                _settled()
                assert classify(exc)[0] in FULL_DISK, (free, repr(exc))
                assert sorted(os.listdir(profile)) == ["fill"], free
                outcomes[free] = "disk full"
            else:
                session.lock()
                _settled()
                outcomes[free] = "set up"
            for name in os.listdir(profile):  # the next level starts on an empty stick
                own_folders.clear_entry(profile / name)
    assert outcomes[0] == "disk full"
    assert outcomes[196] == "set up"
