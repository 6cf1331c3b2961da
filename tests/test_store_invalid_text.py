"""Issue 7: text that is not UTF-8, planted in store.db while the laptop was off, is a clear
refusal, never a crash.

SQLite stores whatever bytes it is given as TEXT; the app writes only valid UTF-8, and Python's
sqlite3 failed on anything else with a bare OperationalError ("Could not decode to UTF-8"), which
the command line called "Something went wrong" (exit 70). Now every TEXT value the store reads is
decoded strictly (store/database.py) and one that is not UTF-8 is StoreTampered, with its Dutch
and English sentence, for the real and the duress passphrase alike, and nothing is changed.
The same for every text column of every table: tests/test_tamper_profile.py (`text_cases`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, run_cli, signal_fields

from intake_app.errors import SeinpostError
from intake_app.sentences import sentence
from intake_app.services.liaison import LiaisonSession

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


def used_profile(root: Path, use_keyring: bool) -> Path:
    profile = root / "profile"
    session = new_session(profile, use_keyring)
    session.set_auto_lock_minutes(30)
    session.seal(session.record(signal_fields()))
    session.record(signal_fields(description="a draft"))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    return profile


def plant(profile: Path, statement: str) -> None:
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


# the settings rows the app reads, each given a TEXT value (or name) that is not UTF-8
PLANTS = {
    "the auto-lock preference's value": "UPDATE settings SET value = CAST(x'33ff' AS TEXT) "
                                        "WHERE name = 'auto_lock_minutes'",
    "the office record's value": "UPDATE settings SET value = CAST(x'c328' AS TEXT) "
                                 "WHERE name = 'office_record'",
    "the duress proof's value": "UPDATE settings SET value = CAST(x'80' AS TEXT) "
                                "WHERE name = 'duress_proof'",
    "a preference row's name": "UPDATE settings SET name = CAST(x'6175746fff' AS TEXT) "
                               "WHERE name = 'auto_lock_minutes'",
}


def answer(profile: Path, passphrase: str) -> str:
    try:
        LiaisonSession.unlock(profile, passphrase).lock()
    except SeinpostError as exc:
        return exc.code
    return "opened"


def files(profile: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(profile.iterdir()) if p.is_file()}


@pytest.mark.parametrize("where", list(PLANTS))
def test_invalid_utf8_in_a_settings_row_is_the_same_clear_refusal_for_both_passphrases(
        tmp_path: Path, use_keyring: bool, where: str) -> None:
    profile = used_profile(tmp_path, use_keyring)
    plant(profile, PLANTS[where])
    before = files(profile)
    real = answer(profile, PASSPHRASE)
    duress = answer(profile, DURESS)
    assert real in ("store.tampered", "store.key_mismatch")
    assert duress == real
    assert files(profile) == before  # refused: nothing emptied, nothing rewritten


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_refuses_invalid_utf8_in_a_settings_row_with_its_sentence(
        tmp_path: Path, lang: str) -> None:
    profile = used_profile(tmp_path, False)
    plant(profile, PLANTS["the auto-lock preference's value"])
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    done = run_cli(["list", "--profile", str(profile), "--passphrase-file",
                    str(tmp_path / "pass.txt")], cwd=tmp_path, env={"SEINPOST_LANG": lang})
    assert done.returncode == 1, done.stderr
    assert sentence("store.tampered", lang) in done.stderr
    assert "OperationalError" not in done.stderr and "went wrong" not in done.stderr
