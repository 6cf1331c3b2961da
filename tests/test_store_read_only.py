"""Issue 7, review r7c F3 and F6: what the store check refuses before any key is used, the same
for the real and the duress passphrase.

F3: store.db (or an empty log file beside it) made read-only while the laptop was off. SQLite
would open it read-only without a word: the real passphrase opened the profile, the duress one
failed half-way after vault.json was rewritten ("Nothing was lost", with every item still
there). Now both are refused with the one sentence, and nothing changes. Run with the liaison's
own rights: this machine runs the tests as root, so the child drops the capabilities that
override file modes (as tests/test_duress_obstacles.py does).

F6: a table someone added with a CHECK constraint: integrity_check evaluated it (for as long
as the attacker liked) before the schema was compared. Now the schema is compared first and
the constraint never runs.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession
from intake_app.store.integrity_errors import StoreTampered
from intake_app.vault import WrongPassphrase

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes

REPO = Path(__file__).parent.parent


def used_profile(root: Path, use_keyring: bool) -> Path:
    """A profile with a draft, two sealed signals and a duress passphrase, locked."""
    profile = root / "profile"
    session = new_session(profile, use_keyring)
    session.record(signal_fields(description="a draft"))
    for _ in range(2):
        session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def list_as_owner(profile: Path, passphrase: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """`intake-app list` with the liaison's own rights (no capability overrides a file mode)."""
    passfile = tmp_path / "passphrase"
    passfile.write_text(passphrase + "\n")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search",
         sys.executable, "-m", "intake_app", "list", "--profile", str(profile),
         "--passphrase-file", str(passfile)],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False)


def snapshot(profile: Path) -> dict[str, bytes]:
    return {str(p.relative_to(profile)): p.read_bytes()
            for p in sorted(profile.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("made_read_only", ["store.db", "store.db-wal"])
def test_a_read_only_store_is_refused_alike_for_both_passphrases_and_nothing_changes(
        tmp_path: Path, use_keyring: bool, made_read_only: str) -> None:
    profile = used_profile(tmp_path / "coerced", use_keyring)
    target = profile / made_read_only
    if not target.exists():
        target.write_bytes(b"")  # an empty log file, put there while the laptop was off
    target.chmod(0o400)
    before = snapshot(profile)

    answers = []
    for passphrase in (DURESS, PASSPHRASE, DURESS):
        listed = list_as_owner(profile, passphrase, tmp_path)
        said = " ".join(listed.stderr.split())
        assert listed.returncode == 1, said
        assert any(sentence("store.read_only", language) in said
                   for language in ("nl", "en")), said
        answers.append(said)
        assert snapshot(profile) == before  # vault.json, every row and sealed file as they were
    assert len(set(answers)) == 1

    target.chmod(0o600)  # given back: the real passphrase opens everything the liaison had
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert len(session.list_entries()) == 3
    session.lock()


def test_a_check_constraint_added_to_the_store_never_runs_at_unlock(tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    db = sqlite3.connect(profile / "store.db")
    # Evaluating this constraint fails loudly (an integer overflow), so an unlock that ran it
    # could not answer with the store's own refusal: the attacker's version costs hours instead.
    db.execute("CREATE TABLE zz(a CHECK (abs(-9223372036854775807 - 1 + a * 0) > 0))")
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.executemany("INSERT INTO zz VALUES (?)", [(i,) for i in range(50)])
    db.commit()
    db.close()

    for passphrase in (PASSPHRASE, DURESS):
        with pytest.raises(StoreTampered):
            LiaisonSession.unlock(profile, passphrase)
    with pytest.raises(WrongPassphrase):
        LiaisonSession.unlock(profile, "not the passphrase at all")
