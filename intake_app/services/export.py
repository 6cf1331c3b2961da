"""Export: sealed items → one signed bundle (or checkable parts) in a folder, e.g. a USB stick.

The order is what keeps a full or pulled stick, or a crash, harmless:
1. the bundle counter is reserved durably before anything is written, so no two bundles of this
   laptop ever carry the same counter (the office would refuse the second as a replay, for ever);
2. the BundleWriter writes, reads back and verifies the bundle before renaming it into place, and
   removes what it wrote if anything fails; the counter is then given back, so a clean failure
   leaves no gap (if a file could not be removed, e.g. the stick was pulled, the counter stays
   used: a stray complete bundle must never share it);
3. only then are the items marked exported.
A crash between 1 and 3 costs one counter, which the office reports as a gap: a warning, not a
refusal. Exported items stay sealed on the laptop until a receipt for them is imported, so
exporting the same items again is allowed and harmless.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_app.bundle.errors import PartSizeTooSmall
from intake_app.bundle.manifest import MAX_ITEMS
from intake_app.bundle.writer import BundleWriter, WrittenBundle
from intake_app.crypto import keycard
from intake_app.fs.atomic import fsync_dir
from intake_app.services.transfer_errors import (
    BadPartSize,
    NotExportable,
    NothingToExport,
    SealedItemMissing,
    TooManyItems,
)
from intake_app.store.errors import DraftNotFound
from intake_app.store.items import HELD, ItemInfo
from intake_app.store.local_store import LocalStore, check_id

Progress = Callable[[int, int], None]
PartSize = int | Literal["auto"] | None

# One export at a time per process, so counters and item states change in a clear order.
_EXPORT_LOCK = threading.Lock()


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the bundle id, the part files in order, the item ids and the
    total size on the medium (bytes)."""

    bundle_id: str
    paths: list[Path]  # one file, or the parts in order
    item_ids: list[str]
    size: int  # bytes on the medium, all parts


def exportable_items(store: LocalStore) -> list[ItemInfo]:
    """Sealed items not yet delivered: never exported, or exported without a receipt yet."""
    return [item for item in store.list_items() if item.status in HELD]


def _choose(store: LocalStore, item_ids: Sequence[str] | None) -> list[str]:
    if item_ids is None:
        chosen = [item.id for item in exportable_items(store)]
        if not chosen:
            raise NothingToExport()
        return chosen[:MAX_ITEMS]  # the oldest; the result says which, the rest go next time
    if not item_ids:
        raise NothingToExport()
    known = {item.id: item.status for item in store.list_items()}
    refused: dict[str, list[str]] = {"unknown": [], "delivered": [], "deleted": []}
    chosen = []
    for item_id in dict.fromkeys(item_ids):  # keep the order, drop repeats
        try:
            status = known.get(check_id(item_id), "unknown")
        except DraftNotFound:
            status = "unknown"
        if status in HELD:
            chosen.append(item_id)
        else:
            refused[status].append(item_id)
    for reason, ids in refused.items():
        if ids:
            raise NotExportable(reason, ids)
    if len(chosen) > MAX_ITEMS:
        raise TooManyItems(MAX_ITEMS)
    return chosen


def export_items(store: LocalStore, target_dir: Path, item_ids: Sequence[str] | None = None, *,
                 progress: Progress | None = None, max_part_size: PartSize = "auto",
                 ) -> ExportResult:
    """Write a bundle of `item_ids` (None: every exportable item) into `target_dir`.

    Raises NothingToExport, NotExportable, TooManyItems, BadPartSize, BundleWriteError (the
    target is full, missing or failed: nothing was kept, nothing changed).
    """
    if isinstance(max_part_size, str) and max_part_size != "auto":
        raise ValueError('max_part_size is "auto", None or a number of bytes')
    with _EXPORT_LOCK:
        chosen = _choose(store, item_ids)
        office = keycard.parse_card(store.office_card())
        counter = store.next_bundle_counter()
        writer: BundleWriter | None = None
        try:
            writer = BundleWriter(store.liaison_signing_key(), office.recipients, counter,
                                  max_part_size=max_part_size, progress=progress)
            sources = [(item_id, store.item_path(item_id)) for item_id in chosen]
            _check_sources(sources)
            written = writer.write(sources, Path(target_dir))
        except BaseException as exc:
            if writer is None or not writer.left_behind:
                # Nothing of this bundle is on the medium: this counter was never seen.
                with contextlib.suppress(Exception):
                    store.release_bundle_counter(counter)
            if isinstance(exc, PartSizeTooSmall):
                raise BadPartSize() from exc
            raise
        try:
            store.commit_export(written.item_ids, written.bundle_id, office.key_id)
        except BaseException:
            _remove(written)  # keep the medium and the laptop's records in step
            raise
    return ExportResult(bundle_id=written.bundle_id, paths=list(written.paths),
                        item_ids=list(written.item_ids), size=written.size)


def _check_sources(sources: list[tuple[str, Path]]) -> None:
    """Every sealed file is there before anything is written (a changed one the writer or the
    office refuses: its hash is in the signed manifest, its content under age's MAC)."""
    for item_id, path in sources:
        if not path.exists():
            raise SealedItemMissing(item_id)


def _remove(written: WrittenBundle) -> None:
    for path in written.paths:
        with contextlib.suppress(OSError):
            path.unlink()
    if written.paths:
        with contextlib.suppress(OSError):
            fsync_dir(written.paths[0].parent)
