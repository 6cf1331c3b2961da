"""A liaison who types, then locks while another program holds store.db, in the real window,
in its own process, for the kill test of the words a lock could not save
(test_kill_locked_words.py).

Usage: python held_store_child.py PROFILE PASSPHRASE. Unlocks PROFILE, opens a new signal,
types BEFORE into its story and saves it, then holds the store with a second connection (as a
back-up tool would), types HELD and locks (Ctrl+L). Prints "locked N" (N = 1 when the lock
holds words it could not save, else 0; never the words) and waits, locked and holding the
store, to be killed.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from typing_child import type_forever

from intake_app.ui.main_window import MainWindow

BEFORE = "Kept before."
HELD = " Typed while the store was held."


def main() -> None:
    profile, passphrase = Path(sys.argv[1]), sys.argv[2]
    held: list[sqlite3.Connection] = []

    def type_hold_and_lock(editor: Any) -> None:
        QTest.keyClicks(editor.form.description, BEFORE)
        assert editor.keeper.save_now()
        other = sqlite3.connect(profile / "store.db", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # held until the kill
        held.append(other)
        QTest.keyClicks(editor.form.description, HELD)
        QTest.keyClick(editor.form.description, Qt.Key_L, Qt.ControlModifier)
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        print("locked", int(window.kept.words is not None), flush=True)

    type_forever(profile, passphrase, type_hold_and_lock)


if __name__ == "__main__":
    main()
