"""Sealed signal files as files: their names in `sealed/` and a byte-for-byte copy for the office.

A sealed signal is `sealed/<id>.age` (32 lower-case hex, docs/ARCHITECTURE.md): age ciphertext
to the office, which the liaison cannot read. Copying one shows nothing of a signal. Used by the
store for the files no row names (store/unlisted.py) and by `export --keyless` for every sealed
file of a profile that can no longer be opened (services/sealed_copies.py). Pure file work: no
store, no vault.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from intake_app.fs import own
from intake_app.fs.atomic import atomic_writer, ensure_private_dir, fsync_dir

SEALED_NAME = re.compile(r"([0-9a-f]{32})\.age")
#: The name a copy gets in the chosen folder: says what it is, keeps the item id.
COPY_PREFIX = "seinpost-unlisted-"


def sealed_ids(names: Iterable[str]) -> set[str]:
    """The item ids of the names that are sealed files (``<id>.age``); other names are not."""
    return {match.group(1) for match in map(SEALED_NAME.fullmatch, names) if match is not None}


@dataclass
class SealedCopies:
    """What `copy_out` did: `paths`, the copies written, in the order asked; `skipped`, how
    many sealed names were not copied because what lies there is not a file the app makes
    (a link, a FIFO, a folder, a device, a file with a second name or another owner, one that
    cannot be opened or is gone)."""

    paths: list[Path] = field(default_factory=list)
    skipped: int = 0


def copy_out(sealed_dir: Path, item_ids: Iterable[str], target: Path) -> SealedCopies:
    """Copy `sealed_dir/<id>.age` for each of `item_ids` to `target` as
    ``seinpost-unlisted-<id>.age``, byte for byte (each written whole, then renamed; an
    existing copy is replaced). The source is opened as the profile's own file (never through
    a link, never blocking on a FIFO: fs/own.py) and copied only if it is a regular file with
    one name owned by this user, as the app writes them; anything else at such a name
    (planted while the laptop was off) is skipped and counted, and the rest copied (review
    r7l R7L-3: one planted link or FIFO stopped the copy of every file). Raises OSError (the
    target folder missing or full); what was copied before stays."""
    target = ensure_private_dir(Path(target))
    done = SealedCopies()
    for item_id in item_ids:
        if SEALED_NAME.fullmatch(f"{item_id}.age") is None:
            continue
        try:
            source = own.open_file(Path(sealed_dir) / f"{item_id}.age")
        except (OSError, own.OwnFileError):
            done.skipped += 1
            continue
        with source:
            if not _made_by_the_app(os.fstat(source.fileno())):
                done.skipped += 1
                continue
            path = target / f"{COPY_PREFIX}{item_id}.age"
            with atomic_writer(path, mode=0o600) as copy:
                shutil.copyfileobj(source, copy, 1 << 20)
        done.paths.append(path)
    if done.paths:
        fsync_dir(target)
    return done


def _made_by_the_app(info: os.stat_result) -> bool:
    """A regular file with one name, of this user where users exist (own.open_fd checked the
    kind already; a second name or another owner was not written by the app)."""
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        return False
    return not hasattr(os, "geteuid") or info.st_uid == os.geteuid()

