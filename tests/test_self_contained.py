"""The suite runs from a fresh clone alone: no test reads a file from outside the repository.

A newcomer's clone has no `../shared` folder beside it (the chroot run of issue 9 found a test
that read `../shared/cases/` and failed there); every input file a test needs is copied under
`tests/data/`.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# A path built from this file that climbs out of the repository, or names the folder beside it.
OUTSIDE = re.compile(
    r'parents\[(?:[2-9]|\d\d)\]|\.parent\.parent\.parent|["\']\.\./shared|/ "shared"'
)


def test_no_test_builds_a_path_outside_the_repository() -> None:
    offenders = []
    for source in sorted(TESTS.rglob("*.py")):
        if source == Path(__file__).resolve():
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{source.relative_to(TESTS)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_property_tests_have_no_wall_clock_deadline() -> None:
    """A loaded machine must not fail a property test for being slow (conftest's profile)."""
    from hypothesis import settings

    assert settings.default.deadline is None
