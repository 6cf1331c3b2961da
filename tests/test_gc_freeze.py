"""After the first screen the engines load, and what they brought in is frozen: a full garbage
collection, which a seal's worker may set off at any moment, then no longer walks the modules
and the country names while holding the GIL (the window stalled for it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liaison_fixtures import fast_session, make_office

CHILD = """
import gc, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from intake_app.ui.main_window import MainWindow
window = MainWindow(Path(sys.argv[1]))
window.show()
import time
frozen_at_first_screen = gc.get_freeze_count()
give_up = time.monotonic() + 90  # the engines load after a moment (a timeout, not a measure)
while gc.get_freeze_count() == 0 and time.monotonic() < give_up:
    app.processEvents()
    window.runner.wait(50)
print(frozen_at_first_screen, gc.get_freeze_count())
"""


def test_the_objects_loaded_with_the_engines_are_frozen_out_of_the_collector(tmp_path) -> None:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    done = subprocess.run([sys.executable, "-c", CHILD, str(Path(tmp_path / "profile"))],
                          capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    before, after = (int(n) for n in done.stdout.split())
    assert before == 0  # nothing frozen before the first screen is up
    assert after > 20_000  # the engines' modules, classes and data
