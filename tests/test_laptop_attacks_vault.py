"""The review's attacks on vault.json written as the attacker would make them (issue 7, B2, B4):
a version 2 file rewritten as version 1 (no `mac`, so nothing checks the destructive settings),
and a keyring-mode file switched to passphrase-only. The correct passphrase, typed next, must
never count, never make one typo erase, and never let an older store.db be used.
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
import shutil
from pathlib import Path

import pytest
import secretstorage
from liaison_fixtures import (
    PASSPHRASE,
    fast_session,
    make_office,
    sealed_file,
    sealed_items,
    signal_fields,
)

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams, VaultTampered
from intake_app.vault.device_secret import SERVICE


def vault_doc(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


def write_vault_doc(profile: Path, doc: dict) -> None:
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def downgrade_to_version_1(profile: Path, **fields: object) -> None:
    """vault.json as version 1 (a `generation`, no `mac`, no `store_mark`), with `fields` set."""
    doc = vault_doc(profile)
    doc.pop("mac")
    doc.pop("store_mark")
    doc.pop("prepared", None)  # written since review r7c; a version 1 file has none
    doc.pop("near", None)  # written since review r7k R7K-6; the same
    doc.update(version=1, generation=secrets.token_hex(16), **fields)
    write_vault_doc(profile, doc)


def unlock_or_refusal(profile: Path, passphrase: str = PASSPHRASE) -> LiaisonSession | Exception:
    try:
        return LiaisonSession.unlock(profile, passphrase)
    except Exception as exc:  # a refusal is any clear error; asserted below
        return exc


def keyring_users() -> set[str]:
    with contextlib.closing(secretstorage.dbus_init()) as conn:
        found = secretstorage.search_items(conn, {"service": SERVICE})
        return {item.get_attributes()["username"] for item in found}


def keyring_profile(tmp_path: Path) -> tuple[Path, str]:
    office = make_office(tmp_path / "office")
    card = office.parsed
    session = LiaisonSession.initialise(
        tmp_path / "profile", PASSPHRASE, card, card.fingerprint, use_keyring=True,
        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.seal(session.record(signal_fields()))
    session.set_wipe_after(PASSPHRASE, 5)
    session.lock()
    return tmp_path / "profile", vault_doc(tmp_path / "profile")["profile_id"]


def assert_not_wiped(profile: Path) -> None:
    assert vault_doc(profile)["wiped"] is False


# --- B2: a version 2 file rewritten as version 1 ------------------------------------------------

@pytest.mark.usefixtures("secret_service")
def test_a_keyring_vault_rewritten_as_version_1_is_refused_and_one_typo_never_erases(
        tmp_path: Path) -> None:
    profile, profile_id = keyring_profile(tmp_path)
    downgrade_to_version_1(profile, wipe_after=1, failed_attempts=0)

    opened = unlock_or_refusal(profile)
    if not isinstance(opened, Exception):
        opened.lock()
    typo = unlock_or_refusal(profile, PASSPHRASE + "x")
    assert isinstance(typo, Exception)
    assert_not_wiped(profile)
    assert profile_id in keyring_users()
    assert isinstance(opened, Exception)
    assert "changed outside Seinpost" in str(opened)


def test_a_passphrase_only_vault_rewritten_as_version_1_never_lets_one_typo_erase(
        tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    session.seal(session.record(signal_fields()))
    session.lock()  # passphrase-only: no wipe-after to set; the attacker writes one in below
    downgrade_to_version_1(tmp_path / "profile", wipe_after=1, failed_attempts=0)

    opened = unlock_or_refusal(tmp_path / "profile")
    if not isinstance(opened, Exception):
        opened.lock()
    for _ in range(2):
        assert isinstance(unlock_or_refusal(tmp_path / "profile", PASSPHRASE + "x"), Exception)
    assert_not_wiped(tmp_path / "profile")


def test_a_version_1_vault_with_an_older_store_db_is_refused_and_removes_no_sealed_file(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    session = fast_session(profile, make_office(tmp_path / "office"))
    draft = session.record(signal_fields())
    session.lock()
    older = tmp_path / "older"
    older.mkdir()
    for path in profile.glob("store.db*"):
        shutil.copy2(path, older / path.name)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    sealed = session.seal(draft).id
    session.lock()
    for path in profile.glob("store.db*"):
        path.unlink()
    for path in older.iterdir():
        shutil.copy2(path, profile / path.name)
    downgrade_to_version_1(profile)

    opened = unlock_or_refusal(profile)
    assert sealed_file(profile, sealed).exists()
    assert isinstance(opened, Exception)
    assert "older" in str(opened) or "changed outside Seinpost" in str(opened)
    again = unlock_or_refusal(profile)  # the refusal holds at the next unlock too
    assert isinstance(again, Exception)
    assert sealed_file(profile, sealed).exists()


# --- B4: a keyring-mode file switched to passphrase-only -----------------------------------------

@pytest.mark.usefixtures("secret_service")
def test_a_keyring_vault_switched_to_passphrase_only_never_counts_the_right_passphrase(
        tmp_path: Path) -> None:
    profile, profile_id = keyring_profile(tmp_path)
    doc = vault_doc(profile)
    doc.update(keyring="passphrase-only", mac=None, wipe_after=1, failed_attempts=0)
    write_vault_doc(profile, doc)

    opened = unlock_or_refusal(profile)
    assert isinstance(opened, Exception)
    assert "changed outside Seinpost" in str(opened)
    assert_not_wiped(profile)
    assert vault_doc(profile)["failed_attempts"] == 0
    assert profile_id in keyring_users()


# --- the slots' AAD binds version 1 whatever the file says: a version 1 file rewritten as 2 ------

@pytest.mark.parametrize("epoch", [0, 7])
def test_a_version_1_vault_rewritten_as_version_2_is_refused_and_still_opens_when_put_back(
        tmp_path: Path, epoch: int) -> None:
    """Every slot is bound to version 1 (vault_file.VaultFile.aad), so the slots of a golden
    version 1 profile also open under a file claiming version 2. Written as the attacker would
    (passphrase-only, `mac` null, a store mark of their own, wipe-after 1), it must be refused
    at the right passphrase, before the store is used, and the original file put back must
    still open the profile as it was."""
    from test_golden import EXPECTED, copied

    profile = copied(tmp_path, "liaison-profile.vault-1.store-2")
    original = (profile / "vault.json").read_bytes()
    doc = vault_doc(profile)
    doc.pop("generation")
    doc.update(version=2, mac=None, wipe_after=1,
               store_mark={"epoch": epoch, "mac": base64.b64encode(secrets.token_bytes(32))
                           .decode()})
    write_vault_doc(profile, doc)
    outcome = unlock_or_refusal(profile, EXPECTED["liaison_passphrase"])
    assert isinstance(outcome, VaultTampered), outcome
    assert_not_wiped(profile)
    (profile / "vault.json").write_bytes(original)
    session = LiaisonSession.unlock(profile, EXPECTED["liaison_passphrase"])
    assert sorted(item.id for item in sealed_items(session)) == sorted(
        EXPECTED["profile"]["items"])
    session.lock()
