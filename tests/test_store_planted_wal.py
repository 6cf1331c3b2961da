"""Issue 7: a `store.db-wal` planted while the laptop was off never becomes part of store.db
when the open is refused.

SQLite folds the WAL into store.db when the last connection closes. A refused open used to
close its connection the ordinary way, so a WAL someone planted (here: every page of an older
copy of the same profile, written as WAL frames against today's store.db) was checkpointed into
store.db by the very refusal, and store.db was the older copy for good: taking the planted file
away no longer brought the liaison's store back. Now a refused open, and a wrong passphrase,
close without folding (store/database.py `close_unfolded`): store.db stays byte for byte as it
was, and once the planted WAL is removed the real passphrase opens everything.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.errors import SeinpostError
from intake_app.services.liaison import LiaisonSession

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def older_pages_as_wal(profile: Path, older_db: Path, work: Path) -> bytes:
    """A WAL that, beside today's store.db, makes it read as `older_db`: today's file copied,
    the older one's pages written into the copy through its WAL, the WAL taken while open."""
    work.mkdir()
    shutil.copy(profile / "store.db", work / "store.db")
    target = sqlite3.connect(work / "store.db", isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA wal_autocheckpoint = 0")
    source = sqlite3.connect(older_db)
    source.backup(target)
    source.close()
    wal = (work / "store.db-wal").read_bytes()
    target.close()
    return wal


def unlock(profile: Path, passphrase: str) -> str:
    try:
        session = LiaisonSession.unlock(profile, passphrase)
    except SeinpostError as exc:
        return exc.code
    entries = len(session.list_entries())
    session.lock()
    return f"opened, {entries} entries"


@pytest.mark.parametrize("passphrase", ["real", "duress", "wrong"])
def test_a_planted_wal_is_never_folded_into_store_db_by_a_refused_unlock(
        tmp_path: Path, use_keyring: bool, passphrase: str) -> None:
    profile = tmp_path / "profile"
    session = new_session(profile, use_keyring)
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.seal(session.record(signal_fields()))
    session.lock()
    older = tmp_path / "older.db"
    shutil.copy(profile / "store.db", older)  # the first inspection
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.seal(session.record(signal_fields()))
    session.record(signal_fields(description="a draft"))
    session.lock()

    (profile / "store.db-wal").write_bytes(older_pages_as_wal(profile, older, tmp_path / "w"))
    store_db = (profile / "store.db").read_bytes()
    typed = {"real": PASSPHRASE, "duress": DURESS, "wrong": "not the passphrase at all"}
    answer = unlock(profile, typed[passphrase])
    assert not answer.startswith("opened")  # refused (the older rows, or a wrong passphrase)
    assert (profile / "store.db").read_bytes() == store_db  # nothing folded in

    (profile / "store.db-wal").unlink()  # whoever helps the liaison removes the planted file
    (profile / "store.db-shm").unlink(missing_ok=True)
    assert unlock(profile, PASSPHRASE) == "opened, 3 entries"
