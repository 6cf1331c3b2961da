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
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from intake_app.bundle.check import check_part
from intake_app.fs.atomic import fsync_dir
from intake_app.store import settings
from intake_app.store.local_store import LocalStore

JOURNAL = "export_journal"


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


def _load(store: LocalStore) -> list[ExportIntent]:
    with store.reading() as conn:
        raw = settings.get(conn, JOURNAL)
    if not raw:
        return []
    try:
        rows = json.loads(raw)
        return [ExportIntent(**{**row, "item_ids": tuple(row["item_ids"]),
                                "finals": tuple(row["finals"]), "temps": tuple(row["temps"])})
                for row in rows]
    except (ValueError, TypeError, KeyError):
        return []  # a damaged row cannot be acted on; the office reports the gap


def _save(conn, intents: Iterable[ExportIntent]) -> None:  # type: ignore[no-untyped-def]
    rows = [asdict(intent) for intent in intents]
    if rows:
        settings.put(conn, JOURNAL, json.dumps(rows, sort_keys=True))
    else:
        settings.delete(conn, JOURNAL)


def pending(store: LocalStore) -> list[ExportIntent]:
    """The journaled exports not settled yet."""
    return _load(store)


def record(store: LocalStore, intent: ExportIntent) -> None:
    """Durably note `intent` before any part of it is renamed into place."""
    current = [i for i in _load(store) if i.bundle_id != intent.bundle_id]
    with store.transaction() as conn:
        _save(conn, [*current, intent])


def drop(store: LocalStore, bundle_id: str) -> None:
    """Forget the intent of `bundle_id` (its files are known to be gone)."""
    current = _load(store)
    with store.transaction() as conn:
        _save(conn, [i for i in current if i.bundle_id != bundle_id])


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
    """Remove every file of `intent` from its folder; True when none can be left there."""
    folder = Path(intent.target)
    for name in (*intent.finals, *intent.temps):
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            pass  # the folder is the one written to (checked by the caller): truly absent
        except OSError:
            return False
    with contextlib.suppress(OSError):
        fsync_dir(folder)
    return same_folder(intent)


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
