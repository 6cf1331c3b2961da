"""The target medium of an export: what can be known about files written there.

After a stick is pulled, its mount point is an ordinary empty folder where every file is "not
found", so "not found" proves nothing unless the folder is still the one written to (same device
and inode). These helpers never take a failure to look as proof that nothing is there.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

# Hidden temp names of bundle parts: ".<set id>[-NofM].zip.<hex>.partial" (see atomic.temp_name).
_STALE_TEMP = re.compile(r"\.[0-9a-f]{32}(-[0-9]+of[0-9]+)?\.zip\.[0-9a-f]{12}\.partial")


def same_folder(folder: Path, identity: tuple[int, int]) -> bool:
    """Is `folder` still the folder with (st_dev, st_ino) `identity`?"""
    try:
        info = os.stat(folder)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == identity


def fsync_dir_strict(folder: Path) -> None:
    """fsync a folder and raise on failure (unlike atomic.fsync_dir): it decides what is known."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def append_end_records(path: Path, tail: bytes) -> None:
    """Append a part's end records (bytes) and fsync: from now on the part is complete."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0))
    try:
        view = memoryview(tail)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_all(paths: Sequence[Path], folder: Path, identity: tuple[int, int]) -> bool:
    """Remove `paths`; True only when none of them can still exist on the medium.

    "Not found" counts as removed only while `folder` is still the folder written to, and only
    once the removals are fsynced there: after a stick is pulled its mount point is an empty
    folder where every file is "not found".
    """
    proven = True
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            proven = False
    try:
        fsync_dir_strict(folder)
    except OSError:
        proven = False
    return proven and same_folder(folder, identity)


def remove_stale_temps(folder: Path) -> int:
    """Remove hidden bundle temp files an interrupted export left in `folder`; return how many.

    They are never complete (see the module docstring), but older versions wrote complete ones;
    either way they are this program's own leftovers, not bundles.
    """
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if _STALE_TEMP.fullmatch(name):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed += 1
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir_strict(folder)
    return removed
