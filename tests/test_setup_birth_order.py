"""Review r7g H1: with the product's own KDF, a duress-opened profile's birth times told it from
every profile a set-up makes. A duress unlock builds the new folder's store.db, `sealed/` and
`blobs/` while Argon2id runs (store/folder_ahead.py) and writes vault.json after it; a set-up
made the folder, ran Argon2id, and only then made store.db and the two folders, so "store.db
born with its folder, vault.json long after" marked a duress renewal for the life of the
profile. A set-up now makes the part of the profile that needs no key first, as the duress
unlock does (services/profile_setup.py), so both show the same order around Argon2id.

The moments Argon2id runs are taken from the real KDF as it runs (libsodium through PyNaCl,
wrapped to note its start and end, at the MODERATE cost `intake-app init` uses: hundreds of
milliseconds, far more than the file system clock's tick), and birth times come from statx
through GNU stat, as in tests/test_duress_fresh_files.py. Nothing is timed against a limit:
only which came first.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import nacl.pwhash.argon2id
import pytest
from liaison_fixtures import PASSPHRASE, make_office
from test_duress_fresh_files import birth_time

from intake_app.services.liaison import LiaisonSession

DURESS = "everything is fine here"
# A file system clock tick (a few ms) and a thread's start, well inside one MODERATE run.
_SLACK = Decimal("0.05")


@pytest.fixture
def kdf_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Decimal, Decimal]]:
    """(start, end) of every Argon2id run from now on, in the wall clock's seconds."""
    runs: list[tuple[Decimal, Decimal]] = []
    real = nacl.pwhash.argon2id.kdf

    def noted(*args: object, **kwargs: object) -> bytes:
        start = Decimal(time.time_ns()) / 10**9
        try:
            return real(*args, **kwargs)
        finally:
            runs.append((start, Decimal(time.time_ns()) / 10**9))

    monkeypatch.setattr(nacl.pwhash.argon2id, "kdf", noted)
    return runs


def _around_the_kdf(profile: Path, run: tuple[Decimal, Decimal]) -> dict[str, bool]:
    """For each name: born before Argon2id ended (True) or after it began (False)."""
    start, end = run
    assert end - start > 4 * _SLACK  # the product's KDF, not the test one
    found = {}
    for name in ("store.db", "sealed", "blobs", "vault.json"):
        born = birth_time(profile / name)
        assert born < end - _SLACK or born > start + _SLACK, (name, born, run)
        found[name] = born < end - _SLACK
    return found


def test_a_set_up_and_a_duress_renewal_make_store_db_before_and_vault_json_after_argon2id(
        tmp_path: Path, kdf_runs: list[tuple[Decimal, Decimal]]) -> None:
    office = make_office(tmp_path / "office")
    used = tmp_path / "used"
    session = LiaisonSession.initialise(used, PASSPHRASE, office.parsed,
                                        office.parsed.fingerprint, use_keyring=False)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    kdf_runs.clear()
    LiaisonSession.unlock(used, DURESS).lock()
    [duress_run] = kdf_runs
    renewed = _around_the_kdf(used, duress_run)

    kdf_runs.clear()
    fresh = tmp_path / "fresh"
    LiaisonSession.initialise(fresh, PASSPHRASE, office.parsed, office.parsed.fingerprint,
                              use_keyring=False).lock()
    set_up_run = kdf_runs[0]  # the passphrase, stretched for the real slot
    made = _around_the_kdf(fresh, set_up_run)

    expected = {"store.db": True, "sealed": True, "blobs": True, "vault.json": False}
    assert renewed == expected
    assert made == expected
