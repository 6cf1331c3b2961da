"""Several new files and folders made durable at once, before one step that publishes them.

A duress unlock builds a whole new profile folder and swaps it in (store/fresh.py). Each of its
files and the folder itself must be on disk before the swap, and each `fsync` one after the
other waits for its own commit of the file system's journal: four such waits where the real
unlock has two (vault.json's count reset: the file, then its folder) made the duress unlock
measurably slower (review r7c F5, the stop-20 note). The flushes do not depend on each other,
only the swap depends on all of them, so they are issued together, each on a thread of its own
(`fsync` lets go of the interpreter), and the journal commits them in one go where it can
(ext4, XFS and btrfs group concurrent flushes). Imports no Qt, prints nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def _flush(path: Path, failures: list[OSError]) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
                     | (_DIRECTORY if path.is_dir() else 0))
    except OSError as exc:
        failures.append(exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        failures.append(exc)
    finally:
        os.close(fd)


def sync_together(paths: Sequence[Path]) -> None:
    """`fsync` every one of `paths` (files or folders), all at once; return when all are on
    disk. Raises the first OSError met (the others are still waited for)."""
    failures: list[OSError] = []
    threads = [threading.Thread(target=_flush, args=(Path(path), failures),
                                name="seinpost-sync") for path in paths[1:]]
    for thread in threads:
        thread.start()
    if paths:
        _flush(Path(paths[0]), failures)
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
