"""A profile with wipe-after 3 (keyring mode; a passphrase-only vault never erases, so it has
none), set up by the session as `init` does, then locked: the shape the passphrase-form tests
(whitespace, invisible characters) attack."""

from __future__ import annotations

from pathlib import Path

from liaison_fixtures import make_office

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams


def wipe_after_three(tmp_path: Path, passphrase: str, *, keyring: bool = False) -> Path:
    """The profile folder (`tmp_path`/profile) of a locked vault that, in keyring mode, erases
    itself after three wrong passphrases (passphrase-only: counts them and never erases, so
    wipe-after is not set, vault/unlocking.py `_may_wipe`); fast test KDF."""
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    session = LiaisonSession.initialise(
        profile, passphrase, office.parsed, office.parsed.fingerprint, use_keyring=keyring,
        kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
    if keyring:
        session.set_wipe_after(passphrase, 3)
    session.lock()
    return profile
