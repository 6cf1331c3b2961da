"""Issue 7, review r7c F4: after a duress unlock vault.json is a new vault's, salt and id too.

A coercer who read vault.json at an earlier inspection (read only, nothing planted) compares it
with the one a duress unlock leaves. A 16-byte random `kdf_salt` that survived, or the profile
id in passphrase-only mode, proved the vault was the same one, emptied, not set up anew. Now
both are new, as in a fresh set-up, and the duress unlock stretches its passphrase no more
often than any unlock does (the new salt's stretching was done when the duress passphrase was
set, vault/duress_record.py): it is not slower for it (F5).
"""

from __future__ import annotations

import json
from pathlib import Path

import duress_kit
import pytest
from duress_kit import DURESS, new_session
from liaison_fixtures import PASSPHRASE, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import unlocking

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes


set_up = new_session


def vault_fields(profile: Path) -> dict:
    return json.loads((profile / "vault.json").read_bytes())


@pytest.fixture
def counted_stretches(monkeypatch) -> list[int]:
    """How many times an unlock stretches a passphrase (Argon2id runs), counted around the
    real function."""
    runs: list[int] = []
    real = unlocking.stretch

    def counting(*args, **kwargs):
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(unlocking, "stretch", counting)
    return runs


def test_a_duress_unlock_leaves_a_new_salt_and_profile_id_without_an_extra_stretch(
        tmp_path: Path, use_keyring: bool, counted_stretches: list[int]) -> None:
    profile = tmp_path / "coerced" / "profile"
    session = set_up(profile, use_keyring)
    session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    first_look = vault_fields(profile)  # the earlier inspection: read only

    counted_stretches.clear()
    LiaisonSession.unlock(profile, PASSPHRASE).lock()
    real_unlock = len(counted_stretches)
    counted_stretches.clear()
    session = LiaisonSession.unlock(profile, DURESS)
    duress_unlock = len(counted_stretches)
    assert session.list_entries() == []
    session.lock()
    after = vault_fields(profile)

    assert after["kdf_salt"] != first_look["kdf_salt"]
    assert after["profile_id"] != first_look["profile_id"]
    assert after["kdf"] == first_look["kdf"]
    assert duress_unlock == real_unlock == 1
    # The fresh vault opens with the duress passphrase, now its only one, like any other.
    again = LiaisonSession.unlock(profile, DURESS)
    assert again.list_entries() == []
    again.lock()
    fresh = tmp_path / "fresh" / "profile"
    set_up(fresh, use_keyring).lock()
    assert sorted(vault_fields(fresh)) == sorted(after)
