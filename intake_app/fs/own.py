"""Opening the profile's own files (vault.json, store.db and its WAL files, blobs, sealed items).

They live in a private folder, but anything that can write there (a restore, another program,
an attacker with the session) can put a FIFO or a device where a file belongs: a plain `open`
then waits forever for a writer that never comes. So they are opened the way files from outside
are (`fs/outside.py`): without blocking, without following a link, and only a regular file is
used (checked with ``fstat`` on the open descriptor, so there is no race between check and use).
SQLite opens its files itself; `check_regular` looks at each before it does.

Failures are `OwnFileError` (code "own.not_regular", `{path}` the file) or the OSError of the
open (FileNotFoundError when absent). This module imports no Qt and prints nothing.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from intake_app.errors import SeinpostError

_FLAGS = (os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class OwnFileError(SeinpostError):
    """A file of the profile is not a regular file (a FIFO, device, folder, socket or link)."""

    code = "own.not_regular"

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"{path}: not a regular file", path=str(path))


def open_fd(path: Path | str) -> int:
    """Open the profile file `path` read-only without blocking; return the descriptor.

    The descriptor is in blocking mode again once it is known to be a regular file. Raises
    FileNotFoundError when absent, OwnFileError when not a regular file (a link included),
    another OSError when it cannot be opened.
    """
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        if os.path.islink(path) or _is_special(path):  # ELOOP, ENXIO (socket), EISDIR ...
            raise OwnFileError(path) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OwnFileError(path)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_file(path: Path | str, *, buffering: int = -1) -> io.BufferedReader | io.FileIO:
    """`open_fd` as a binary file object (`buffering=0`: unbuffered, as `open` takes it)."""
    return os.fdopen(open_fd(path), "rb", buffering=buffering)


def check_regular(path: Path | str) -> bool:
    """True when `path` is a regular file, False when absent; OwnFileError for anything else.

    Used before SQLite opens a file itself (it would block on a FIFO)."""
    try:
        os.close(open_fd(path))
    except FileNotFoundError:
        return False
    return True


def _is_special(path: Path | str) -> bool:
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
