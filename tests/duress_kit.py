"""What the duress tests share: the two vault modes and a profile set up for the test office.

Each test module imports `use_keyring` (a fixture, parametrised over MODES) and builds its own
used profile on `new_session`, so the set-up of a profile is written once.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office

from intake_app.services.liaison import LiaisonSession
from intake_app.store import duress_proof, trust
from intake_app.store.trust import DURESS_PROOF
from intake_app.vault import KdfParams, Vault

DURESS = "everything is fine here"
MODES = ["passphrase only", "keyring"]


@pytest.fixture(params=MODES)
def use_keyring(request: pytest.FixtureRequest) -> bool:
    """True in keyring mode (the test's private Secret Service is started), else False."""
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
        return True
    return False


def new_session(profile: Path, use_keyring: bool) -> LiaisonSession:
    """A new profile at `profile`, for a test office made in the folder beside it, unlocked.

    Uses the test KDF; raises whatever `LiaisonSession.initialise` raises."""
    office = make_office(profile.parent / "office")
    return LiaisonSession.initialise(profile, PASSPHRASE, office.parsed,
                                     office.parsed.fingerprint, use_keyring=use_keyring,
                                     kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)


def plant_proof_form(profile: Path, form: int) -> None:
    """Rewrites the duress proof of `profile` in an older `form` (1: over the kcv and the office
    record only; 3: the identity rows not covered), as a store an earlier version prepared holds,
    made with the duress key the real passphrase reaches; vault.json is left byte for byte."""
    vault_json = (profile / "vault.json").read_bytes()
    vault = Vault.open(profile)
    key = vault.unlock(PASSPHRASE)
    vault.lock()
    (profile / "vault.json").write_bytes(vault_json)
    conn = sqlite3.connect(profile / "store.db")
    try:
        old = duress_proof._proof_forms(conn, duress_proof._duress_key(conn, key),
                                        trust.kcv(key))[form]
        conn.execute("UPDATE settings SET value = ? WHERE name = ?", (old, DURESS_PROOF))
        conn.commit()
    finally:
        conn.close()


_UNLOCK_CHILD = (
    "import sys; from pathlib import Path; "
    "from intake_app.errors import SeinpostError; "
    "from intake_app.fs import folder_renewal; "
    "from intake_app.services.liaison import LiaisonSession\n"
    "try:\n    s = LiaisonSession.unlock(Path(sys.argv[1]), sys.argv[2])\n"
    "    print(len(s.list_entries())); s.lock(); folder_renewal.wait_for_removals()\n"
    "except SeinpostError as exc:\n    print(exc.code)")


def unlock_without_root_powers(profile: Path, passphrase: str) -> str:
    """Unlock `profile` with `passphrase` as the liaison's user meets it: in a child without the
    capabilities that let root past a file's owner and mode (these tests run as root). Its
    answer: the number of entries it opened with, or the refusal's code."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    done = subprocess.run(["setpriv", "--inh-caps=-all",
                           "--bounding-set=-dac_override,-dac_read_search,-fowner",
                           sys.executable, "-c", _UNLOCK_CHILD, str(profile), passphrase],
                          capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).parent.parent, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()
