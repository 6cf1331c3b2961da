"""Shared test set-up: headless Qt, and paths to the shared vectors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The `office` and `liaison` fixtures of the bundle and office tests.
pytest_plugins = ["bundle_kit"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


# --- vault: a real Secret Service (issue 3, must-show 2) -------------------------------------
@pytest.fixture(scope="session")
def secret_service():
    """A real Secret Service (gnome-keyring on a private D-Bus session) for this test process.

    Skips where it cannot start, except in CI (CI=true), where that is a failure: the keyring
    tests must run there.
    """
    from keyring_session import KeyringSessionError, SecretServiceSession

    session = SecretServiceSession()
    try:
        session.start()
    except KeyringSessionError as exc:
        session.stop()
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"CI needs a real Secret Service, but it could not start: {exc}")
        pytest.skip(f"no Secret Service for the keyring tests: {exc}")
    yield session
    session.stop()
