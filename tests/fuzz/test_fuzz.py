"""Every reader of outside bytes survives a bounded coverage-guided fuzz run (issue 10).

Each target, the cleaners' included, runs in its own process (`run.py`) for
SEINPOST_FUZZ_SECONDS (default 20 s; fifteen readers, about 5 minutes of fuzzing in all),
seeded with valid files the project makes. It fails on any exception that is not a project
error, any input over 2 s of CPU (or hanging 10 s), or memory more than 768 MiB above the unlock
baseline (the liaison program's resident size right after an unlock, measured once per session
by `baseline.py`). `make fuzz FUZZ_SECONDS=600` runs longer, with a table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from baseline import unlock_baseline_mb  # noqa: E402
from run import inputs_tried  # noqa: E402
from targets import TARGETS  # noqa: E402

SECONDS = int(os.environ.get("SEINPOST_FUZZ_SECONDS", "20"))
CI_TARGETS = sorted(TARGETS)


@pytest.fixture(scope="session")
def unlock_baseline() -> int:
    """The unlock baseline in MiB, measured once (a real profile, the product's KDF)."""
    return unlock_baseline_mb()


@pytest.mark.slow
@pytest.mark.parametrize("name", CI_TARGETS)
def test_reader_survives_fuzzing(name: str, tmp_path: Path, unlock_baseline: int) -> None:
    done = subprocess.run(
        [sys.executable, str(HERE / "run.py"), name, "--seconds", str(SECONDS),
         "--artifacts", str(tmp_path), "--baseline-mb", str(unlock_baseline)],
        capture_output=True, text=True, timeout=SECONDS + 300, check=False, cwd=tmp_path,
        env={**os.environ, "TMPDIR": str(tmp_path)},  # corpus and scratch stay in the test's
    )
    tried = inputs_tried(done.stderr)
    print(f"{TARGETS[name].reader}: {tried} inputs tried")
    assert done.returncode == 0, done.stderr[-6000:]
    assert tried > 0, done.stderr[-2000:]
    assert f"unlock baseline {unlock_baseline} MiB + " in done.stderr  # the bound it ran under
