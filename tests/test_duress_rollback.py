"""Issue 7, B5: an older office record put back beside its older duress proof never makes a
duress unlock empty the profile and keep the retired office key.

The reference profile (tamper_kit.py) has a duress passphrase and an office card rotated after
its "older copy" was taken. The attacker, without any passphrase, writes the older copy's office
record and duress proof (and, in a second try, its profile state too) back into store.db; then
the person is made to type the duress passphrase. Allowed: a clear refusal that changes nothing.
Never: an emptied profile that seals to the office's retired key. In keyring mode the same holds
when vault.json too is put back whole (the keyring still knows how far the store got).
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, signal_fields
from tamper_kit import Reference, build_reference

from intake_app.crypto import keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.store.errors import StoreError
from intake_app.store.trust import DURESS_PROOF, OFFICE, STATE
from intake_app.vault import WrongPassphrase

DURESS = "everything is fine"  # the reference's duress passphrase (tamper_kit.py)
# A store without a duress proof for the key answers as a wrong passphrase (services/opening.py)
REFUSED = {"store.key_mismatch", "store.rolled_back", "store.tampered",
           "vault.wrong_passphrase", "vault.wrong_passphrase.left", "vault.wrong_passphrase.last"}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("reference"))


@pytest.fixture(scope="module")
def keyring_reference(secret_service, tmp_path_factory) -> Reference:
    return build_reference(tmp_path_factory.mktemp("keyring-reference"), use_keyring=True)


def put_back_rows(older: Path, profile: Path, names: tuple[str, ...]) -> None:
    """The attacker's edit: these settings rows of the older store.db written into store.db."""
    with sqlite3.connect(older / "store.db") as source:
        rows = [source.execute("SELECT name, value FROM settings WHERE name = ?",
                               (name,)).fetchone() for name in names]
    conn = sqlite3.connect(profile / "store.db")
    try:
        conn.executemany("UPDATE settings SET value = ? WHERE name = ?",
                         [(value, name) for name, value in rows])
        conn.commit()
    finally:
        conn.close()


def rows(profile: Path) -> dict[str, int]:
    with sqlite3.connect(profile / "store.db") as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("drafts", "items", "attachments")}


def sealed_to(item: Path, identity: str, folder: Path) -> bool:
    key = folder / "identity.txt"
    key.write_text(identity + "\n")
    done = subprocess.run(["age", "--decrypt", "-i", str(key), str(item)],
                          capture_output=True, check=False)
    return done.returncode == 0


def duress_outcome(ref: Reference, profile: Path, folder: Path) -> str:
    """Unlock with the duress passphrase; 'refused: <code>' or the key new signals go to."""
    before = rows(profile)
    vault_json = (profile / "vault.json").read_bytes()
    try:
        session = LiaisonSession.unlock(profile, DURESS)
    except (StoreError, WrongPassphrase) as refusal:
        assert rows(profile) == before, "a refusal changed the store"
        assert (profile / "vault.json").read_bytes() == vault_json, "a refusal changed vault.json"
        return f"refused: {refusal.code}"
    try:
        card = keycard.parse_card(session.office_card())
        item = session.seal(session.record(signal_fields()))
        sealed = profile / "sealed" / f"{item.id}.age"
        if sealed_to(sealed, ref.identity, folder):
            return "sealed to the current office key"
        return f"sealed to another key ({card.fingerprint})"
    finally:
        session.lock()


@pytest.mark.parametrize("names", [(OFFICE, DURESS_PROOF), (OFFICE, DURESS_PROOF, STATE)],
                         ids=["record and proof", "record, proof and state"])
def test_an_older_office_record_and_its_duress_proof_put_back_are_refused_at_a_duress_unlock(
        reference: Reference, tmp_path: Path, names: tuple[str, ...]) -> None:
    profile = tmp_path / "profile"
    shutil.copytree(reference.profile, profile)
    put_back_rows(reference.older, profile, names)
    outcome = duress_outcome(reference, profile, tmp_path)
    assert outcome.removeprefix("refused: ") in REFUSED, outcome


def test_in_keyring_mode_vault_json_put_back_too_is_refused_at_a_duress_unlock(
        keyring_reference: Reference, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    shutil.copytree(keyring_reference.profile, profile)
    put_back_rows(keyring_reference.older, profile, (OFFICE, DURESS_PROOF, STATE))
    shutil.copy2(keyring_reference.older / "vault.json", profile / "vault.json")
    outcome = duress_outcome(keyring_reference, profile, tmp_path)
    assert outcome.removeprefix("refused: ") in REFUSED, outcome


def test_an_untouched_profile_is_emptied_at_a_duress_unlock_and_keeps_the_current_office(
        reference: Reference, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    shutil.copytree(reference.profile, profile)
    assert duress_outcome(reference, profile, tmp_path) == "sealed to the current office key"
    assert rows(profile) == {"drafts": 0, "items": 1, "attachments": 0}  # only the new one


def test_an_interrupted_duress_unlock_still_refuses_the_older_record_at_the_next_one(
        reference: Reference, tmp_path: Path) -> None:
    from intake_app.vault import Vault

    profile = tmp_path / "profile"
    shutil.copytree(reference.profile, profile)
    vault = Vault.open(profile)
    vault.unlock(DURESS)  # vault.json rewritten, then the power goes: the store never opened
    vault.lock()
    put_back_rows(reference.older, profile, (OFFICE, DURESS_PROOF, STATE))
    outcome = duress_outcome(reference, profile, tmp_path)
    assert outcome.removeprefix("refused: ") in REFUSED, outcome


ATTACKS = {  # the B5 attacks above: rows put back, and in keyring mode vault.json too
    "record and proof": ((OFFICE, DURESS_PROOF), False),
    "record, proof and state": ((OFFICE, DURESS_PROOF, STATE), False),
    "record, proof, state and vault.json (keyring)": ((OFFICE, DURESS_PROOF, STATE), True),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_refused_duress_unlock_leaves_vault_json_as_it_was_and_the_real_passphrase_opens(
        request: pytest.FixtureRequest, tmp_path: Path, attack: str) -> None:
    names, keyring_mode = ATTACKS[attack]
    ref = request.getfixturevalue("keyring_reference" if keyring_mode else "reference")
    profile = tmp_path / "profile"
    shutil.copytree(ref.profile, profile)
    put_back_rows(ref.older, profile, names)
    if keyring_mode:
        shutil.copy2(ref.older / "vault.json", profile / "vault.json")
    vault_json = (profile / "vault.json").read_bytes()
    outcome = duress_outcome(ref, profile, tmp_path)
    assert outcome.removeprefix("refused: ") in REFUSED, outcome
    assert (profile / "vault.json").read_bytes() == vault_json
    # The attacker's rows undone (as a backup of store.db would), the real passphrase opens
    # the profile with every signal: the duress unlock retired nothing.
    put_back_rows(ref.profile, profile, names)
    session = LiaisonSession.unlock(profile, PASSPHRASE)
    try:
        ids = {entry.id for entry in session.list_entries()}
    finally:
        session.lock()
    assert ids == set(ref.drafts) | set(ref.items)


def _office_cards(profile: Path) -> list[bytes]:
    with sqlite3.connect(profile / "store.db") as conn:
        (row,) = conn.execute("SELECT value FROM settings WHERE name = ?", (OFFICE,)).fetchone()
    return [base64.b64decode(card) for card in json.loads(row)["cards"]]


def test_the_older_copy_holds_an_older_office_record(reference: Reference) -> None:
    # The checks above mean something only if the older copy's current card is another key.
    assert _office_cards(reference.older)[-1] != _office_cards(reference.profile)[-1]


def test_a_proof_of_the_older_form_is_renewed_at_the_next_right_unlock(
        reference: Reference, tmp_path: Path) -> None:
    # A store prepared by a version whose proof covered no state row holds a proof no duress
    # unlock accepts any more (the oldest form, made here with the duress key the real
    # passphrase reaches); the next unlock with the real passphrase renews it, so the duress
    # passphrase empties the profile again.
    from test_duress_old_proof import old_form_profile

    profile = old_form_profile(reference, tmp_path)
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    assert duress_outcome(reference, profile, tmp_path) == "sealed to the current office key"
