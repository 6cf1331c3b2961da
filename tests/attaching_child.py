"""A liaison adding a file in the real window, in its own process, for the kill test.

Usage: python attaching_child.py PROFILE PASSPHRASE FILE. Unlocks PROFILE, opens a new signal,
adds FILE to it (never pressing Save) and types into its story, one key every few
milliseconds, forever. Prints "added" when the file is listed and "stored N" (N = files in the
vault, never their names) each time the autosave has stored one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from typing_child import type_forever


def main() -> None:
    profile, passphrase, file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])

    def add_the_file(editor: Any) -> None:
        editor.files.stored.connect(
            lambda: print("stored", len(editor.files.stored_here), flush=True))
        editor.attachments_panel.add_pending(file)
        print("added", flush=True)

    type_forever(profile, passphrase, add_the_file)


if __name__ == "__main__":
    main()
