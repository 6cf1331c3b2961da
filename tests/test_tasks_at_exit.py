"""The process never ends with a worker still running Python (ui/tasks.py, finish_all_tasks):
a failing GUI test that left the engines loading ended pytest with 'terminate called without an
active exception' (exit 134), and a task still running while the interpreter shut down ran on
without its objects ('Signal source has been deleted'), task b12 line 2, issue 12. At the exit
every live runner's tasks are cancelled and waited for; one that cannot be cancelled finishes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from intake_app.ui.tasks import TaskRunner
runner = TaskRunner(app)  # lives as long as the app, as a window's runner does
started = []
done = Path(sys.argv[1])

def work(progress):
    started.append(True)
    end = time.monotonic() + 3
    while time.monotonic() < end:
        sum(range(1000))  # Python, taking the GIL again and again
        if sys.argv[2] == "reports":
            progress(0, 1)  # where a cancel takes effect
    done.write_text("finished")

runner.start(work)
while not started:
    time.sleep(0.001)
sys.exit(0)  # the end of the test run, or of the app, while the task runs
"""


@pytest.mark.parametrize("task", ["reports", "silent"])
def test_a_process_ending_while_a_task_runs_cancels_or_waits_for_it(tmp_path: Path,
                                                                    task: str) -> None:
    finished = tmp_path / "finished"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CHILD, str(finished), task],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Signal source has been deleted" not in done.stderr
    assert "Error calling Python override" not in done.stderr
    if task == "reports":  # cancelled at its next report: the exit did not wait 3 s
        assert not finished.exists() and took < 2.5, took
    else:  # nothing to cancel it with: waited for, it ended its work
        assert finished.read_text() == "finished"
