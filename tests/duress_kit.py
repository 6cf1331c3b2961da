"""What the duress tests share: the two vault modes and a profile set up for the test office.

Each test module imports `use_keyring` (a fixture, parametrised over MODES) and builds its own
used profile on `new_session`, so the set-up of a profile is written once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, make_office

from intake_app.services.liaison import LiaisonSession
from intake_app.vault import KdfParams

DURESS = "everything is fine here"
MODES = ["passphrase only", "keyring"]


@pytest.fixture(params=MODES)
def use_keyring(request: pytest.FixtureRequest) -> bool:
    """True in keyring mode (the test's private Secret Service is started), else False."""
    if request.param == "keyring":
        request.getfixturevalue("secret_service")
        return True
    return False


def new_session(profile: Path, use_keyring: bool) -> LiaisonSession:
    """A new profile at `profile`, for a test office made in the folder beside it, unlocked.

    Uses the test KDF; raises whatever `LiaisonSession.initialise` raises."""
    office = make_office(profile.parent / "office")
    return LiaisonSession.initialise(profile, PASSPHRASE, office.parsed,
                                     office.parsed.fingerprint, use_keyring=use_keyring,
                                     kdf=KdfParams.fast_for_tests(), allow_weak_kdf=True)
