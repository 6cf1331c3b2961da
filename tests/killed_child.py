"""Start a test child that drives the real window, read its lines until a test says "now", and
kill it there with SIGKILL, as a dead battery or a crash would (issue 12: "A killed app loses at
most the last few seconds of typing"). Shared by the kill tests (test_kill_*.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GIVE_UP_AFTER_S = 120  # a guard against a child that never gets there, not a timing assertion


@dataclass
class KilledChild:
    """What a killed child said: its stdout lines (stripped) up to the kill, its return code
    (-SIGKILL when the kill hit it alive) and the last 3,000 characters of its stderr."""

    lines: list[str]
    returncode: int
    said: str


def kill_when(script: Path, args: list[str], work: Path,
              now: Callable[[list[str]], bool]) -> KilledChild:
    """Run `script` (a file next to this one) with `args`, and SIGKILL it as soon as `now`
    returns True for the lines read so far (or when its output ends, or after
    GIVE_UP_AFTER_S seconds). Its stderr goes to `work`/child-stderr.txt."""
    # The tests' own PYTHONPATH after the tests folder: a worktree's code, not the editable
    # install's (the child ran main's code from a worktree, whatever the branch changed).
    inherited = os.environ.get("PYTHONPATH")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(script.parent), *([inherited] if inherited else [])]))
    stderr_path = work / "child-stderr.txt"
    with open(stderr_path, "w") as errors:
        child = subprocess.Popen([sys.executable, str(script), *args],
                                 stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
        lines: list[str] = []
        guard = threading.Timer(GIVE_UP_AFTER_S, child.kill)
        guard.start()
        try:
            for line in child.stdout:
                lines.append(line.strip())
                if now(lines):
                    break
            os.kill(child.pid, signal.SIGKILL)
        finally:
            guard.cancel()
            child.kill()
            child.wait(timeout=30)
    said = stderr_path.read_text(errors="replace")[-3000:]
    return KilledChild(lines, child.returncode, said)
