"""Atomic, private file writes: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from intake_app.fs.private import make_private_dirs

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in `directory` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` and any missing parents as private folders (0700); return it.

    A folder that already exists is left exactly as it is (never chmod: `--out /tmp` would lock
    /tmp for everyone); callers that need privacy check the mode and refuse. Raises OSError.
    """
    path = make_private_dirs(Path(path))
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    return path


def temp_name(target: Path) -> Path:
    # Same directory, so the final rename never crosses a filesystem; dot-prefixed and
    # suffixed so a crash leftover is recognisable and never mistaken for the real file.
    """The temporary name beside `target` that an atomic write uses (`.<name>.<hex>.partial`)."""
    # os.urandom, as secrets.token_hex uses: `secrets` would load hashlib and OpenSSL's
    # libcrypto (5 MB read from disk) for the window's first screen (benchmarks/startup.py).
    return target.with_name(f".{target.name}.{os.urandom(6).hex()}.partial")


@contextlib.contextmanager
def atomic_writer(target: Path, *, mode: int = PRIVATE_FILE) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it is fsynced and renamed over `target`.

    On any exception (including KeyboardInterrupt) the temp file is removed and `target`
    is left as it was.
    """
    target = Path(target)
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes, *, mode: int = PRIVATE_FILE) -> None:
    """Write `data` (bytes) to `target` atomically and privately (`mode`, 0600 by default):
    a reader sees the old file or the whole new one. Raises OSError (ENOSPC for a full disk)."""
    with atomic_writer(target, mode=mode) as handle:
        handle.write(data)


def remove_partials(directory: Path) -> int:
    """Delete leftovers of interrupted atomic writes in `directory`; return how many."""
    removed = 0
    if not directory.is_dir():
        return 0
    for leftover in directory.glob(".*.partial"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed
