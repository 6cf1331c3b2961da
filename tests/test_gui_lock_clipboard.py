"""A lock empties the clipboard and the X selection when they still hold Seinpost's text, and
leaves another program's alone (review r12x X9: after Ctrl+L any program on the desktop could
paste the story copied, or only selected, in the editor).

The offscreen platform's clipboard lives inside the process and never knows an owner, so the
checks (tests/clipboard_under_x.py) run in a child pytest with Qt's xcb platform on a private
Xvfb, read by second and third processes as another program on the desktop would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_lock_clears_only_the_clipboard_modes_seinpost_still_owns(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            display = announced.readline().strip()
        assert display.isdigit(), "Xvfb did not start"
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}"}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
             str(TESTS / "clipboard_under_x.py")],
            cwd=TESTS.parent, env=env, capture_output=True, text=True, timeout=900, check=False)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout
