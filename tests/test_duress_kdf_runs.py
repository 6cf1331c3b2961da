"""Task b7 line 2 (after review r7g M1): the real and the duress unlock run Argon2id as often.

A duress unlock whose `prepared` record does not open (one character of it changed with the
laptop off) makes the fresh vault's salt and id itself and stretches its passphrase again
(vault/unlocking.py `_prepared`): two Argon2id runs, about twice an ordinary unlock's time, so
a stopwatch told the duress passphrase from the real one, which ran once. Such a change is a
changed vault.json, which both unlocks notice (`vault.state_undone`); an unlock that noticed
one and has not stretched twice now runs once more (services/opening.py `even_the_stretching`),
so each case below costs both passphrases the same number of runs. Counted at libsodium's
Argon2id itself, on twin copies of one passphrase-only profile (keyring mode refuses a changed
vault.json before any passphrase, by its `mac`).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office, signal_fields

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams
from intake_app.vault import argon2id as kdf_module

DURESS = "everything is fine at the harbour 77"


def _rewrite(profile: Path, change: Callable[[dict], None]) -> None:
    doc = json.loads((profile / "vault.json").read_bytes())
    change(doc)
    (profile / "vault.json").write_bytes(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def _one_character_of_prepared(doc: dict) -> None:
    text = doc["prepared"]
    doc["prepared"] = ("B" if text[5] != "B" else "C").join((text[:5], text[6:]))


CHANGES: dict[str, Callable[[Path], None]] = {
    "nothing changed": lambda profile: None,
    "prepared changed": lambda profile: _rewrite(profile, _one_character_of_prepared),
    "wipe_after changed": lambda profile: _rewrite(profile, lambda d: d.update(wipe_after=9)),
}


def _runs(monkeypatch: pytest.MonkeyPatch, profile: Path, passphrase: str) -> tuple[int, bool]:
    """(Argon2id runs, the state-undone notice) of one unlock with `passphrase`."""
    calls = []
    real_kdf = kdf_module.argon2id.kdf

    def counting(*args, **kwargs):
        calls.append(1)
        return real_kdf(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(kdf_module.argon2id, "kdf", counting)
        session = LiaisonSession.unlock(profile, passphrase)
        try:
            return len(calls), session.undone_notice
        finally:
            session.lock()


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_both_passphrases_run_argon2id_as_often(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path, change: str) -> None:
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    session = LiaisonSession.initialise(profile, PASSPHRASE, office.parsed,
                                        office.parsed.fingerprint, use_keyring=False,
                                        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    session.seal(session.record(signal_fields()))
    session.set_duress_passphrase(PASSPHRASE, DURESS)
    session.lock()
    LiaisonSession.unlock(profile, PASSPHRASE).lock()  # the store has seen this vault.json
    twin = tmp_path / "twin"
    shutil.copytree(profile, twin)
    CHANGES[change](profile)
    CHANGES[change](twin)

    real = _runs(monkeypatch, profile, PASSPHRASE)
    duress = _runs(monkeypatch, twin, DURESS)
    assert real == duress
    assert real == ((1, False) if change == "nothing changed" else (2, True))
