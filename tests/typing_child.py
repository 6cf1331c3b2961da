"""A liaison typing in the real window, in its own process, for the kill test.

Usage: python typing_child.py PROFILE PASSPHRASE. Unlocks PROFILE, opens a new signal and types
TEXT into its story, one key every few milliseconds, forever (while an editor is open). Prints
"ready" when typing starts and "saved N" (N = characters in the vault, never the text) after
every autosave.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from intake_app.ui.main_window import MainWindow

TEXT = "the visitor came back on tuesday and asked about my brother. " * 200


def type_forever(profile: Path, passphrase: str, on_editor: Callable[[Any], None]) -> None:
    """Unlock `profile` in an offscreen window, open a new signal, call `on_editor(editor)`,
    then type TEXT into its story one key every 5 ms until the process is killed."""
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    window = MainWindow(profile, idle_seconds=3600)
    window.show()
    window.unlock_page.passphrase.setText(passphrase)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if window.workspace is None or window.workspace.editor is None:
            return  # locked (locking_child.py): nothing to type into
        QTest.keyClicks(window.workspace.editor.form.description, TEXT[typed])
        typed += 1

    def start() -> None:
        if window.workspace is None:
            return
        poll.stop()
        window.workspace.new_signal()
        on_editor(window.workspace.editor)
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


def main() -> None:
    def ready(editor: Any) -> None:
        editor.keeper.saved.connect(
            lambda _id: print("saved", len(editor.form.fields()["description"]), flush=True))
        print("ready", flush=True)

    type_forever(Path(sys.argv[1]), sys.argv[2], ready)


if __name__ == "__main__":
    main()
