"""The export journal: what an export was about to publish, recorded before its final rename.

A kill, a power cut or a pulled stick between the final rename of a bundle and recording the
export used to leave a complete bundle the laptop did not know it had written: the office's
genuine receipt for it was then refused as "never exported". Now the writer calls `record` (one
durable row in the store's settings) before it renames anything into place, `finish` marks the
items exported and drops the row in one transaction, and `recover` settles every row left by an
interrupted export at the next unlock, export or receipt import:

- every part on the target is complete (the courier check passes): the export happened, its items
  are marked exported;
- otherwise, when the target folder is the very folder the export wrote to (same device and
  inode), whatever of the bundle is there is removed: it never became a bundle;
- otherwise (the stick is not here): the row waits. A receipt that names the bundle settles it.

The row holds ids, counters, a folder path and file names; never signal content. The counter of
a journaled bundle is never given back.

The row itself is kept by the store (`LocalStore.export_journal` / `write_export_journal`,
store/ledger.py); this module decides what it says and what to do about it.

Someone with the powered-off laptop can write this row, and it drives removals at every unlock,
so it is authenticated like the rows the store acts on: it is in the store's row digest
(store/contents.py, TRACKED_SETTINGS), so a journal changed, deleted or put back from an older
copy makes the store refuse to open (StoreTampered) before anything is recovered, and a journal
row no digest covers is dropped unread at open (LocalStore._check_key). Even a journal that
verifies is acted on only as the writer could have written it: part and temp names are bare
names of this bundle's own patterns (no separator, never outside the target), ids are 32 hex.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from intake_app.bundle.check import check_part
from intake_app.store.local_store import LocalStore


@dataclass(frozen=True)
class ExportIntent:
    """One bundle about to be published: enough to find it on the target again."""

    bundle_id: str
    set_id: str
    counter: int
    item_ids: tuple[str, ...]
    target: str  # the target folder as written to
    device: int  # st_dev of the target folder when the export started
    inode: int  # st_ino of the target folder
    finals: tuple[str, ...]  # part file names, in part order
    temps: tuple[str, ...]  # the hidden temp names the parts were written under


_HEX32 = re.compile(r"[0-9a-f]{32}")


def _names_are_the_writers(intent: ExportIntent) -> bool:
    """Are the part and temp names exactly what the writer makes for this set id (layout.py's
    part_file_name, atomic.temp_name), bare names with no separator?"""
    set_id = intent.set_id
    if not isinstance(set_id, str) or not _HEX32.fullmatch(set_id):
        return False
    count = len(intent.finals)
    expected = ((f"{set_id}.zip",) if count == 1 else
                tuple(f"{set_id}-{n}of{count}.zip" for n in range(1, count + 1)))
    if count == 0 or intent.finals != expected:
        return False
    temp = re.compile(re.escape(f".{set_id}") + r"(-[0-9]+of[0-9]+)?\.zip\.[0-9a-f]{12}\.partial")
    return all(isinstance(t, str) and temp.fullmatch(t) for t in intent.temps)


def _acceptable(intent: ExportIntent) -> bool:
    return (_names_are_the_writers(intent) and isinstance(intent.bundle_id, str)
            and bool(_HEX32.fullmatch(intent.bundle_id)) and isinstance(intent.target, str)
            and os.path.isabs(intent.target)
            and all(isinstance(i, str) and _HEX32.fullmatch(i) for i in intent.item_ids))


def _load(store: LocalStore) -> list[ExportIntent]:
    raw = store.export_journal()
    if not raw:
        return []
    try:
        rows = json.loads(raw)
        intents = [ExportIntent(**{**row, "item_ids": tuple(row["item_ids"]),
                                   "finals": tuple(row["finals"]),
                                   "temps": tuple(row["temps"])})
                   for row in rows]
    except (ValueError, TypeError, KeyError):
        return []  # a damaged row cannot be acted on; the office reports the gap
    return [intent for intent in intents if _acceptable(intent)]


def _save(store: LocalStore, intents: Iterable[ExportIntent]) -> None:
    rows = [asdict(intent) for intent in intents]
    store.write_export_journal(json.dumps(rows, sort_keys=True) if rows else None)


def pending(store: LocalStore) -> list[ExportIntent]:
    """The journaled exports not settled yet."""
    return _load(store)


def record(store: LocalStore, intent: ExportIntent) -> None:
    """Durably note `intent` before any part of it is renamed into place."""
    current = [i for i in _load(store) if i.bundle_id != intent.bundle_id]
    _save(store, [*current, intent])


def drop(store: LocalStore, bundle_id: str) -> None:
    """Forget the intent of `bundle_id` (its files are known to be gone)."""
    current = _load(store)
    _save(store, [i for i in current if i.bundle_id != bundle_id])


def finish(store: LocalStore, bundle_id: str, item_ids: Iterable[str]) -> list[str]:
    """The bundle is complete on the target: mark its items exported and drop the intent."""
    from intake_app.crypto import keycard

    changed = store.commit_export(list(item_ids), bundle_id,
                                  keycard.parse_card(store.office_card()).key_id)
    drop(store, bundle_id)
    return changed


def same_folder(intent: ExportIntent) -> bool:
    """Is `intent.target` still the folder written to (not an empty mount point, say)?"""
    try:
        info = os.stat(intent.target)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == (intent.device, intent.inode)


def _complete(intent: ExportIntent) -> bool:
    folder = Path(intent.target)
    return all(check_part(folder / name)[0].ok for name in intent.finals)


def _remove_all(intent: ExportIntent) -> bool:
    """Remove every file of `intent` from its folder; True when none can be left there.

    The folder is opened once (following a link: the person may have chosen a linked folder)
    and checked to be the one written to by its descriptor; each name is then looked at and
    removed relative to it (no path is looked up twice). Only what the writer can have left
    is removed: a regular file, or a link as a link. Anything else at one of these names (a
    folder, a FIFO: planted on the medium, or the person's own) is not this bundle's file and
    proves the file is not there: it is left as it is, never removed or followed, and the
    intent settles as removed (before, a folder there failed the unlock or import with
    IsADirectoryError). A file that cannot be removed keeps the intent waiting."""
    try:
        fd = os.open(intent.target, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
                     | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != (intent.device, intent.inode):
            return False  # not the folder written to (a mount point, another stick)
        for name in (*intent.finals, *intent.temps):
            if not _remove_own_file(fd, intent.target, name):
                return False
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
    return True


_BY_DESCRIPTOR = os.unlink in os.supports_dir_fd and os.stat in os.supports_dir_fd


def _remove_own_file(folder_fd: int, folder: str, name: str) -> bool:
    """Remove `name` in the folder `folder_fd` (at `folder`, used by path only where the
    platform cannot work relative to a descriptor) if it is a regular file or a link; True
    when no file of the bundle is left at that name (absent, removed, or something else
    stands there and is left alone)."""
    where = {"dir_fd": folder_fd} if _BY_DESCRIPTOR else {}
    path = name if _BY_DESCRIPTOR else os.path.join(folder, name)
    try:
        info = os.lstat(path, **where)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        return True  # not what the writer writes: not ours to remove, and not our file
    try:
        os.unlink(path, **where)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def recover(store: LocalStore) -> dict[str, int]:
    """Settle interrupted exports (see the module docstring); return counts by outcome."""
    outcome = {"exported": 0, "removed": 0, "waiting": 0}
    for intent in _load(store):
        if not same_folder(intent):
            outcome["waiting"] += 1
        elif _complete(intent):
            finish(store, intent.bundle_id, intent.item_ids)
            outcome["exported"] += 1
        elif _remove_all(intent):
            drop(store, intent.bundle_id)
            outcome["removed"] += 1
        else:
            outcome["waiting"] += 1
    return outcome


def settle_by_receipt(store: LocalStore, bundle_id: str) -> None:
    """The office signed a receipt for `bundle_id`: it was exported, whatever the stick says."""
    for intent in _load(store):
        if intent.bundle_id == bundle_id:
            finish(store, intent.bundle_id, intent.item_ids)
