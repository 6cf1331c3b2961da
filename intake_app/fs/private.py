"""Private folders and files that never touch what already exists.

`ensure_private_dir` (store/atomic.py) makes an existing folder 0700, which is right for a
profile's own folders but wrong for a folder someone else owns: with ``--db /tmp/office.db`` it
locked ``/tmp`` for everyone. `make_private_dirs` creates each missing folder 0700 and leaves
every existing one exactly as it is; `create_private_file` makes a new empty file 0600 (SQLite
then gives its -wal and -shm files the same mode).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dirs(folder: Path) -> Path:
    """Create `folder` and any missing parents, each 0700; never chmod an existing folder.

    Returns `folder`. Raises OSError (read-only medium, no permission, full disk).
    """
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        # The umask can only narrow 0700; made by someone else meanwhile: theirs, left alone.
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, PRIVATE_DIR)
    return folder


def create_private_file(path: Path) -> bool:
    """Create `path` empty with mode 0600 unless it exists; True when it was created here.

    Raises OSError for any other failure than "it exists".
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True
