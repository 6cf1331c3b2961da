"""A liaison adding a file in the real window, in its own process, for the kill test.

Usage: python attaching_child.py PROFILE PASSPHRASE FILE. Unlocks PROFILE, opens a new signal,
adds FILE to it (never pressing Save) and types into its story, one key every few
milliseconds, forever. Prints "added" when the file is listed and "stored N" (N = files in the
vault, never their names) each time the autosave has stored one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from typing_child import TEXT

from intake_app.ui.main_window import MainWindow


def main() -> None:
    profile, passphrase, file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    window = MainWindow(profile, idle_seconds=3600)
    window.show()
    window.unlock_page.passphrase.setText(passphrase)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(window.workspace.editor.form.description, TEXT[typed])
        typed += 1

    def start() -> None:
        if window.workspace is None:
            return
        poll.stop()
        window.workspace.new_signal()
        editor = window.workspace.editor
        editor.files.stored.connect(
            lambda: print("stored", len(editor.files.stored_here), flush=True))
        editor.attachments_panel.add_pending(file)
        print("added", flush=True)
        keys.start()

    keys = QTimer()
    keys.setInterval(5)
    keys.timeout.connect(type_one)
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(start)
    poll.start()
    window.unlock_page.unlock()
    app.exec()


if __name__ == "__main__":
    main()
