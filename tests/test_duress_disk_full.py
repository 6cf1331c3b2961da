"""Review r7h, R7H-13 (high): a nearly full disk told the two passphrases apart.

The duress unlock builds a whole new profile folder before it answers; the real unlock built the
schema-only part ahead and let a failure pass. Someone with the powered-off laptop fills the
file system (one `fallocate`), and then, in front of them, the real passphrase opened as always
while the duress one failed ("The disk is full", or "Something went wrong … (OperationalError)"
from a COMMIT then a ROLLBACK that nothing mapped), and a duress unlock renewed in place had
already rewritten vault.json in the old folder: the real passphrase then counted as wrong.

Now the folder built ahead for every unlock also holds back the space the duress unlock's build
needs (store/folder_ahead.py `RESERVE_BYTES`), and whether it could is known before the attempt
is counted: without the space both passphrases get the same "The disk is full" and nothing is
counted or changed; with it both go on, the real one opening, the duress one emptying. On a
real small file system (a tmpfs, tests/small_disk.py), free space from a few KiB upwards.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
from pathlib import Path

from liaison_fixtures import PASSPHRASE, make_office, signal_fields
from small_disk import small_tmpfs

from intake_app.fs import folder_renewal
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import DiskFull
from intake_app.vault import KdfParams, VaultWriteFailed

DURESS = "everything is fine at the harbour 77"
# A few KiB up to plenty, densest where the answer turns (about 400 to 500 KiB here).
FREE_KIB = (4, 24, 40, 72, 128, 192, 256, 320, 384, *range(400, 520, 8), 576, 640, 1024)


def _profile(root: Path) -> Path:
    office = make_office(root / "office")
    profile = root / "disk" / "profile"
    session = LiaisonSession.initialise(profile, PASSPHRASE, office.parsed,
                                        office.parsed.fingerprint, use_keyring=False,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    for _ in range(2):
        session.record(signal_fields(description="a draft"))
    for _ in range(2):
        session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def _fill(disk: Path, free_kib: int) -> None:
    """Leave about `free_kib` KiB free on `disk` (a tmpfs: its free space is exact)."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with open(disk / "fill", "wb") as handle:
        handle.write(b"\0" * max(free - free_kib * 1024, 0))


def _answer(profile: Path, passphrase: str) -> str:
    """"opened", "emptied" or "disk full"; the space of the folders this unlock removed is
    freed before it returns (a process's removals free it after the answer, on threads: left
    running, they freed space after the next level was filled, and the next unlock met more
    free space than the level says, a flake at the turn)."""
    try:
        return _unlock(profile, passphrase)
    finally:
        folder_renewal.wait_for_removals()
        for fd in folder_renewal.take_held():
            os.close(fd)
        for thread in threading.enumerate():  # closing or removing after the answer
            if thread.name.startswith("seinpost-") and thread is not threading.current_thread():
                thread.join()


def _unlock(profile: Path, passphrase: str) -> str:
    try:
        session = LiaisonSession.unlock(profile, passphrase)
    except (DiskFull, VaultWriteFailed):  # the count itself could not be written: the same
        return "disk full"
    except OSError as exc:  # said as "The disk is full" too (errors.py)
        if exc.errno != errno.ENOSPC:
            raise
        return "disk full"
    try:
        return "opened" if session.list_entries() else "emptied"
    finally:
        session.lock()


def test_a_nearly_full_disk_gives_both_passphrases_the_same_answer_and_changes_nothing(
        tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "2m"):
        profile = _profile(tmp_path)
        kept = tmp_path / "kept"
        shutil.copytree(profile, kept)
        answers = {}
        for free in FREE_KIB:
            for who, passphrase in (("real", PASSPHRASE), ("duress", DURESS)):
                shutil.rmtree(profile, ignore_errors=True)
                (tmp_path / "disk" / "fill").unlink(missing_ok=True)
                for leftover in (tmp_path / "disk").iterdir():
                    shutil.rmtree(leftover)  # a .partial folder an unlock left
                shutil.copytree(kept, profile)
                _fill(tmp_path / "disk", free)
                answers[free, who] = _answer(profile, passphrase)
                (tmp_path / "disk" / "fill").unlink()
                if answers[free, who] == "disk full":  # nothing counted, nothing half done
                    assert json.loads((profile / "vault.json").read_bytes()) == json.loads(
                        (kept / "vault.json").read_bytes()), (free, who)
                    assert _answer(profile, PASSPHRASE) == "opened", (free, who)
        told_apart = [free for free in FREE_KIB
                      if (answers[free, "real"] == "opened")
                      != (answers[free, "duress"] == "emptied")]
        assert told_apart == [], answers
        assert answers[FREE_KIB[0], "real"] == "disk full"  # the smallest really was too small
        assert answers[FREE_KIB[-1], "duress"] == "emptied"  # and the largest enough


def test_a_transaction_whose_commit_meets_a_full_disk_says_the_disk_is_full(
        tmp_path: Path) -> None:
    """SQLite rolls a transaction back itself when its COMMIT fails for a full disk; the
    ROLLBACK after it raised "cannot rollback - no transaction is active" in place of the full
    disk, which nothing maps ("Something went wrong inside Seinpost", R7H-13). Now the full
    disk is what is raised (store/schema.py `rollback`)."""
    import sqlite3

    from intake_app.store.schema import apply_migrations

    with small_tmpfs(tmp_path / "disk", "256k"):
        conn = sqlite3.connect(tmp_path / "disk" / "big.db", isolation_level=None)
        conn.execute("PRAGMA cache_size = -4096")  # the pages stay in memory until COMMIT
        big = [["CREATE TABLE t (v BLOB)", "INSERT INTO t VALUES (zeroblob(1048576))"]]
        try:
            apply_migrations(conn, big, RuntimeError, target=1)
        except sqlite3.OperationalError as exc:
            assert "full" in str(exc), exc
        else:
            raise AssertionError("1 MiB fitted on a 256 KiB disk")
        finally:
            conn.close()
