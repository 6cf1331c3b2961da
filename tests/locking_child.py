"""A liaison who adds a file and locks at once, in the real window, in its own process, for the
kill test of the files a lock keeps (test_kill_locked_files.py).

Usage: python locking_child.py PROFILE PASSPHRASE [FILE]. Unlocks PROFILE, opens a new signal,
adds FILE to it (if given), types into its story for a moment and locks (Ctrl+L) before the
autosave has stored the file, then waits, locked, to be killed. Prints "added" when the file is
listed and "locked N" (N = files the lock kept for the next unlock, never their names) once
locked.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from typing_child import type_forever

from intake_app.ui.main_window import MainWindow

LOCK_AFTER_MS = 300  # well within the autosave's 3 s: the file is still waiting to be stored


def main() -> None:
    profile, passphrase = Path(sys.argv[1]), sys.argv[2]
    file = Path(sys.argv[3]) if len(sys.argv) > 3 else None

    def add_and_lock(editor: Any) -> None:
        if file is not None:
            editor.attachments_panel.add_pending(file)
            print("added", flush=True)

        def lock() -> None:
            (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            QTest.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
            kept = window.kept.reopen
            print("locked", 0 if kept is None else len(kept[1]), flush=True)

        QTimer.singleShot(LOCK_AFTER_MS, lock)

    type_forever(profile, passphrase, add_and_lock)


if __name__ == "__main__":
    main()
