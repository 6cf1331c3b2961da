"""Sealed signal files as files: their names in `sealed/` and a byte-for-byte copy for the office.

A sealed signal is `sealed/<id>.age` (32 lower-case hex, docs/ARCHITECTURE.md): age ciphertext
to the office, which the liaison cannot read. Copying one shows nothing of a signal. Used by the
store for the files no row names (store/unlisted.py) and by `export --keyless` for every sealed
file of a profile that can no longer be opened (services/sealed_copies.py). Pure file work: no
store, no vault.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from intake_app.fs import own
from intake_app.fs.atomic import atomic_writer, ensure_private_dir, fsync_dir

SEALED_NAME = re.compile(r"([0-9a-f]{32})\.age")
#: The name a copy gets in the chosen folder: says what it is, keeps the item id.
COPY_PREFIX = "seinpost-unlisted-"


def sealed_ids(names: Iterable[str]) -> set[str]:
    """The item ids of the names that are sealed files (``<id>.age``); other names are not."""
    return {match.group(1) for match in map(SEALED_NAME.fullmatch, names) if match is not None}


def copy_out(sealed_dir: Path, item_ids: Iterable[str], target: Path) -> list[Path]:
    """Copy `sealed_dir/<id>.age` for each of `item_ids` to `target` as
    ``seinpost-unlisted-<id>.age``, byte for byte (each written whole, then renamed; an
    existing copy is replaced). The source is opened as the profile's own file (never through
    a link, never blocking on a FIFO: fs/own.py). Returns the paths written. Raises OSError
    (the target folder missing or full) and OwnFileError (a sealed file that is a link or not
    a regular file); what was copied before stays."""
    target = ensure_private_dir(Path(target))
    written = []
    for item_id in item_ids:
        if SEALED_NAME.fullmatch(f"{item_id}.age") is None:
            continue
        path = target / f"{COPY_PREFIX}{item_id}.age"
        with own.open_file(Path(sealed_dir) / f"{item_id}.age") as source, \
                atomic_writer(path, mode=0o600) as copy:
            shutil.copyfileobj(source, copy, 1 << 20)
        written.append(path)
    if written:
        fsync_dir(target)
    return written

