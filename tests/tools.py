"""External commands the tests run: found, or the test fails (never a silent skip).

Every command named here must come from a package in packaging/system-packages.txt, which
`make test` installs (tests/test_system_packages.py checks the suite for commands it runs).
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    """True when CI=true (or 1/yes): there, nothing that should run may be skipped."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def require_tool(name: str) -> str:
    """The full path of the command `name`; the test fails if it is not installed.

    `make test` installs the system packages first, so a missing command means the machine
    was not set up: that is a failure, not a reason to skip.
    """
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"the command {name!r} is not installed: run `make test` (it installs "
                    f"packaging/system-packages.txt) or install that list by hand")
    return found
