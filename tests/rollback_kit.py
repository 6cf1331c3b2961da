"""What the tests of an older vault.json put back share (test_vault_rollback.py,
test_vault_rollback_notice.py, test_sealed_unlisted.py): a profile named 'Amina Haddad' set up
with the fast test KDF, in keyring mode or passphrase-only, and vault.json's bytes."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import PASSPHRASE, make_office

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

NEW_PASSPHRASE = "violet tractor sings under seven bridges"
DURESS = "everything is fine at the harbour 77"


def rollback_profile(root: Path, *, use_keyring: bool) -> Path:
    """A locked profile at `root/profile` (its office under `root/office`), PASSPHRASE."""
    office = make_office(root / "office")
    profile = root / "profile"
    LiaisonSession.initialise(profile, PASSPHRASE, office.parsed, office.parsed.fingerprint,
                              liaison_name="Amina Haddad", use_keyring=use_keyring,
                              kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True).lock()
    return profile


def vault_bytes(profile: Path) -> bytes:
    """vault.json of `profile` as it is on disk now."""
    return (profile / "vault.json").read_bytes()
