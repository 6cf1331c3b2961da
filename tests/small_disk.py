"""A real, small filesystem for full-disk tests: a tmpfs mounted for the test (needs root).

Outside CI a machine without root skips these tests; in CI they must run, so there it fails.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def skip_or_fail(reason: str) -> None:
    if in_ci():
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str, *, mode: str | None = None) -> Iterator[Path]:
    """Mount a tmpfs of `size` (e.g. "256k", "2m") on a new `folder` for the duration."""
    folder.mkdir()
    if os.geteuid() != 0:
        skip_or_fail("mounting a small tmpfs needs root")
    options = f"size={size}" + (f",mode={mode}" if mode else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        skip_or_fail(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
