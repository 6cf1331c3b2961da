"""Private folders and files that never touch what already exists.

Changing the mode of an existing folder is wrong for a folder someone else owns: with
``--db /tmp/office.db`` an older version locked ``/tmp`` for everyone. `make_private_dirs` (and
`fs/atomic.py`'s `ensure_private_dir`, which uses it) creates each missing folder 0700 and leaves
every existing one exactly as it is; `create_private_file` makes a new empty file 0600 (SQLite
then gives its -wal and -shm files the same mode).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


def make_existing_private(path: Path) -> None:
    """Make the existing file `path` (and SQLite's `-wal`/`-shm` beside it) readable by its
    owner only, before anything private is written to it.

    A database file is ours to protect even when someone made it empty and 0644 beforehand (a
    file, unlike a folder, is not shared with others' files). Opened without following a link
    and without blocking; raises OSError (EINVAL for a FIFO, device or folder, ELOOP for a link,
    EPERM when it belongs to someone else).
    """
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            if name == path:
                raise
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise OSError(errno.EINVAL, "not an ordinary file", str(name))
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.fchmod(fd, PRIVATE_FILE)
        finally:
            os.close(fd)
