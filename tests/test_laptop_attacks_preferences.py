"""Issue 7: the liaison's preferences in store.db (the idle auto-lock minutes, the list's cleared
time) changed by someone with the powered-off laptop, and stores from before they were covered.

Raising the auto-lock to its 120-minute maximum keeps an unattended window open longer; moving
the cleared time hides rows from the list. Both rows are under the authenticated row digest
(store/contents.py), so any change made outside Seinpost is the damaged-store sentence at the
next unlock. A store made before they were covered (its state has no `rows_version`, or a golden
store of the old format) takes them as found once, and is covered from then on: the upgrade is
not a door. The attacks are made with sqlite3, as the attacker would; the profile is used through
the session and the real `intake-app` command line.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, signal_fields

from intake_app.services import security_settings
from intake_app.services.liaison import LiaisonSession
from intake_app.store import contents, duress_proof, settings, trust

GOLDEN = Path(__file__).resolve().parent / "golden" / "seinpost-0.1.0"
DAMAGED = "store.tampered"  # the damaged-store refusal (StoreTampered)
DAMAGED_EN = "The signal store on this laptop was changed outside Seinpost"  # its sentence
ROWS = {"auto_lock_minutes": 120, "list_cleared_at": "9999-12-31T23:59:59Z"}


def _write_row(profile: Path, name: str, value: object) -> None:
    with sqlite3.connect(profile / "store.db") as conn:
        conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (name, value))


def _delete_row(profile: Path, name: str) -> None:
    with sqlite3.connect(profile / "store.db") as conn:
        conn.execute("DELETE FROM settings WHERE name = ?", (name,))


def _row(profile: Path, name: str) -> object:
    with sqlite3.connect(profile / "store.db") as conn:
        found = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    return None if found is None else found[0]


def _state_doc(profile: Path) -> dict:
    return json.loads(bytes(_row(profile, trust.STATE)))


def _refused(profile: Path, passphrase: str = PASSPHRASE) -> Exception:
    try:
        session = LiaisonSession.unlock(profile, passphrase)
    except Exception as exc:
        return exc
    session.lock()
    raise AssertionError("the changed profile opened")


def _profile_with_preferences(tmp_path: Path) -> tuple[Path, str, str]:
    """A current profile whose auto-lock is 10 minutes and whose list was cleared once; returns
    (profile, a draft id, a sealed item id)."""
    office = make_office(tmp_path / "office")
    session = fast_session(tmp_path / "profile", office)
    draft = session.record(signal_fields())
    sealed = session.seal(session.record(signal_fields())).id
    session.set_auto_lock_minutes(10)
    session.clear_finished()
    session.lock()
    return tmp_path / "profile", draft, sealed


# ----- (1) a current profile: each row changed, added, deleted or put back ------------------------

@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_preference_row_changed_outside_seinpost_is_refused_at_unlock(tmp_path: Path,
                                                                       name: str) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    _write_row(profile, name, ROWS[name])
    assert _refused(profile).code == DAMAGED


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_preference_row_deleted_outside_seinpost_is_refused_at_unlock(tmp_path: Path,
                                                                       name: str) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    _delete_row(profile, name)
    assert _refused(profile).code == DAMAGED


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_preference_row_added_where_none_was_is_refused_at_unlock(tmp_path: Path,
                                                                   name: str) -> None:
    office = make_office(tmp_path / "office")
    fast_session(tmp_path / "profile", office).lock()  # never set: no row
    assert _row(tmp_path / "profile", name) is None
    _write_row(tmp_path / "profile", name, ROWS[name])
    assert _refused(tmp_path / "profile").code == DAMAGED


def test_an_auto_lock_put_back_from_an_older_copy_is_refused_at_unlock(tmp_path: Path) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    older = _row(profile, "auto_lock_minutes")
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    session.set_auto_lock_minutes(2)
    session.lock()
    _write_row(profile, "auto_lock_minutes", older)
    assert _refused(profile).code == DAMAGED


def test_the_command_line_refuses_a_raised_auto_lock_with_the_damaged_store_sentence(
        tmp_path: Path) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    _write_row(profile, "auto_lock_minutes", 120)
    result = run_cli(["list", "--profile", str(profile)], cwd=tmp_path,
                     stdin=PASSPHRASE + "\n", env={"SEINPOST_LANG": "en"})
    assert result.returncode != 0
    assert DAMAGED_EN in result.stderr, result.stderr
    assert _row(profile, "auto_lock_minutes") == 120  # refused, not repaired: nothing changed


# ----- (2) an old profile still opens, and is covered afterwards ---------------------------------

def _golden_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "golden"
    shutil.copytree(GOLDEN / "liaison-profile.vault-1.store-2", profile)
    os.chmod(profile, 0o700)  # private, as Seinpost makes a profile folder (see test_golden.py)
    return profile


def test_a_golden_profile_opens_and_its_preferences_are_covered_afterwards(tmp_path: Path
                                                                          ) -> None:
    profile = _golden_profile(tmp_path)
    session = LiaisonSession.unlock(profile, PASSPHRASE_GOLDEN)
    session.set_auto_lock_minutes(10)
    session.lock()
    assert _state_doc(profile)["rows_version"] == contents.ROWS_VERSION

    session = LiaisonSession.unlock(profile, PASSPHRASE_GOLDEN)  # the change it made: accepted
    assert session.auto_lock_minutes() == 10
    session.lock()
    _write_row(profile, "auto_lock_minutes", 120)
    assert _refused(profile, PASSPHRASE_GOLDEN).code == DAMAGED


def test_a_golden_profile_refuses_a_cleared_time_added_after_its_first_unlock(tmp_path: Path
                                                                             ) -> None:
    profile = _golden_profile(tmp_path)
    LiaisonSession.unlock(profile, PASSPHRASE_GOLDEN).lock()
    _write_row(profile, "list_cleared_at", ROWS["list_cleared_at"])
    assert _refused(profile, PASSPHRASE_GOLDEN).code == DAMAGED


# ----- (3) a store whose digest did not cover them yet: taken once, never again ----------------

def _as_written_before_preferences_were_covered(profile: Path) -> None:
    """Rewrite the store's state as the version before this one wrote it: a digest (the XOR of
    before review r7) over every tracked row but the preferences, and no `rows_version`
    (white-box: needs the vault key)."""
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    store = session._store
    key = store._vault_key
    with store.transaction() as conn:
        state = trust.state(conn, key)
        body = {"kcv": state.kcv, "office_version": state.office_version,
                "bundle_counter": state.bundle_counter,
                "contents": contents.xor_digest(conn, key, without=contents.PREFERENCES),
                "epoch": state.epoch + 1}
        settings.put(conn, trust.STATE, trust._signed_doc(key, trust._STATE_MAC, body))
        duress_proof.refresh_proof(conn, key)
    session.lock()  # the vault remembers this epoch, as the older version's lock did
    assert "rows_version" not in _state_doc(profile)


def test_a_store_from_before_the_preferences_were_covered_opens_with_them_once(tmp_path: Path
                                                                              ) -> None:
    profile, draft, sealed = _profile_with_preferences(tmp_path)
    _as_written_before_preferences_were_covered(profile)

    session = LiaisonSession.unlock(profile, PASSPHRASE)
    assert session.auto_lock_minutes() == 10
    assert {e.id for e in session.list_entries(hide_cleared=True)} == {draft, sealed}
    session.lock()
    assert _state_doc(profile)["rows_version"] == contents.ROWS_VERSION


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_preference_changed_right_after_the_upgrade_is_refused(tmp_path: Path,
                                                                 name: str) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    _as_written_before_preferences_were_covered(profile)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the one upgrade

    _write_row(profile, name, ROWS[name])
    assert _refused(profile).code == DAMAGED


def test_the_covered_mark_cannot_be_taken_off_the_state_to_reopen_the_upgrade(tmp_path: Path
                                                                            ) -> None:
    office = make_office(tmp_path / "office")
    fast_session(tmp_path / "profile", office).lock()  # no preference rows: only the mark
    profile = tmp_path / "profile"                      # says they are covered
    doc = _state_doc(profile)
    del doc["rows_version"]  # the attacker cannot make the state's MAC again
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    with sqlite3.connect(profile / "store.db") as conn:
        conn.execute("UPDATE settings SET value = ? WHERE name = ?", (raw, trust.STATE))
    _write_row(profile, "auto_lock_minutes", 120)
    assert _refused(profile).code in (DAMAGED, "store.key_mismatch")


def test_the_store_from_before_the_upgrade_put_back_with_a_raised_auto_lock_is_refused(
        tmp_path: Path) -> None:
    profile, _, _ = _profile_with_preferences(tmp_path)
    _as_written_before_preferences_were_covered(profile)
    before = tmp_path / "before-upgrade"
    shutil.copytree(profile, before)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the one upgrade

    for name in ("store.db", "store.db-wal", "store.db-shm"):  # the older copy of the store
        (profile / name).unlink(missing_ok=True)
        if (before / name).exists():
            shutil.copy2(before / name, profile / name)
    _write_row(profile, "auto_lock_minutes", security_settings.MAX_AUTO_LOCK_MINUTES)
    assert _refused(profile).code == "store.rolled_back"
    # The refusal rolled the upgrade back: a second try finds the same older copy, refused.
    assert "rows_version" not in _state_doc(profile)
    assert _refused(profile).code == "store.rolled_back"


PASSPHRASE_GOLDEN = json.loads((GOLDEN / "expected.json").read_text())["liaison_passphrase"]
