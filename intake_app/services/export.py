"""Export: sealed items → one signed bundle (or checkable parts) in a folder, e.g. a USB stick.

The order is what keeps a full or pulled stick, or a crash, harmless:
0. interrupted exports are settled first (`export_journal.recover`);
1. the bundle counter is reserved durably before anything is written, so no two bundles of this
   laptop ever carry the same counter (the office would refuse the second as a replay, for ever);
2. the BundleWriter writes, reads back and verifies the bundle as structurally incomplete temp
   files; the export journal records the intent; the writer renames the parts into place and
   only then completes them. If anything fails before the journal entry, what was written is
   removed and the counter given back, but only when the writer KNOWS no copy of the signed
   manifest can remain (a pulled stick proves nothing: its counter stays used);
3. the items are marked exported and the journal entry dropped, in one transaction.
A crash between 1 and 3 costs at most one counter, which the office reports as a gap: a warning,
not a refusal; a complete bundle left by a crash after the rename is found by the journal and
recorded as exported. Exported items stay sealed on the laptop until a receipt for them is
imported, so exporting the same items again is allowed and harmless.

The result says where the bundle went (the full path) and warns when the target folder is on the
same disk as the profile or not on a removable drive: a stick that was not mounted leaves an
ordinary folder at its mount point.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from intake_app.bundle import placement
from intake_app.bundle.errors import EmptyItemFile, ItemFileChanged, PartSizeTooSmall
from intake_app.bundle.manifest import MAX_ITEMS
from intake_app.bundle.writer import BundleWriter, Publishing, WrittenBundle
from intake_app.crypto import keycard
from intake_app.domain.states import HELD
from intake_app.errors import ContractError
from intake_app.fs.atomic import fsync_dir
from intake_app.services import export_journal
from intake_app.services.export_journal import ExportIntent
from intake_app.services.transfer_errors import (
    BadPartSize,
    NotExportable,
    NothingToExport,
    SealedItemMissing,
    TooManyItems,
)
from intake_app.store.errors import DraftNotFound
from intake_app.store.local_store import ItemInfo, LocalStore, check_id

Progress = Callable[[int, int], None]
PartSize = int | Literal["auto"] | None

# One export at a time per process, so counters and item states change in a clear order.
_EXPORT_LOCK = threading.Lock()


#: Why a chosen signal was left out, and the sentence (sentences/bundle.py) that says so.
CHANGED, MISSING, EMPTY = "changed", "missing", "empty"
LEFT_OUT_SENTENCES = {CHANGED: "bundle.item_left_out", MISSING: "bundle.item_left_out_missing",
                      EMPTY: "bundle.item_left_out_empty"}


@dataclass(frozen=True)
class LeftOut:
    """A chosen signal left out of the bundle because its sealed file is not the one sealed:
    replaced or changed outside Seinpost (B6), deleted, or emptied (review r7, F4). Its id, its
    position among the signals chosen for this export (1: the first), when it was sealed (UTC,
    ISO 8601) and `reason` (CHANGED, MISSING or EMPTY). It stays on the laptop, sealed and
    undelivered, and is never deleted; nothing of its content is known here."""

    item_id: str
    position: int
    sealed_at: str
    reason: str = CHANGED

    @property
    def code(self) -> str:
        """The code of the sentence that tells the person (position and date, never the id)."""
        return LEFT_OUT_SENTENCES[self.reason]

    def sealed_when(self) -> str:
        """When it was sealed as a person reads it: "YYYY-MM-DD HH:MM UTC"."""
        return f"{self.sealed_at[:10]} {self.sealed_at[11:16]} UTC"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the bundle id, the part files in order, the item ids and the
    total size on the medium (bytes); the placement warnings; the chosen signals left out."""

    bundle_id: str
    paths: list[Path]  # one file, or the parts in order
    item_ids: list[str]
    size: int  # bytes on the medium, all parts
    warnings: list[str] = field(default_factory=list)  # placement.SAME_DEVICE, NOT_REMOVABLE
    left_out: list[LeftOut] = field(default_factory=list)


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

    A chosen signal whose sealed file is not the one sealed (its size or SHA-256 differs from
    the authenticated row, or it is missing or empty) is left out and named in `left_out`, and
    the rest are exported: one damaged file must not hold back every other signal. Only when
    no chosen signal is left is the export refused, by the first one's reason
    (ItemFileChanged, SealedItemMissing, EmptyItemFile).

    Raises NothingToExport, NotExportable, TooManyItems, BadPartSize, SealedItemMissing,
    EmptyItemFile, ItemFileChanged, BundleWriteError (the target is full, missing or failed:
    nothing was kept, nothing changed).
    """
    if isinstance(max_part_size, str) and max_part_size != "auto":
        raise ContractError('max_part_size is "auto", None or a number of bytes')
    target_dir = Path(os.path.abspath(target_dir))
    with _EXPORT_LOCK:
        export_journal.recover(store)
        chosen = _choose(store, item_ids)
        office = keycard.parse_card(store.office_card())
        warnings = placement.placement_warnings(target_dir, store.profile_dir)
        rows = {item.id: item for item in store.list_items() if item.id in set(chosen)}
        unusable = _unusable([(i, store.item_path(i)) for i in chosen], rows)
        while True:
            kept = [item_id for item_id in chosen if item_id not in unusable]
            if not kept:
                raise _refusal(chosen, unusable)
            try:
                written = _write(store, kept, rows, office, target_dir,
                                 progress=progress, max_part_size=max_part_size)
                break
            except ItemFileChanged as exc:
                # The writer read a file that is not the one sealed, before any copy of the
                # manifest existed: written again without it (and any other it found).
                for item_id in exc.item_ids:
                    unusable.setdefault(item_id, CHANGED)
    left_out = [LeftOut(item_id, chosen.index(item_id) + 1, rows[item_id].sealed_at,
                        unusable[item_id])
                for item_id in chosen if item_id in unusable]
    return ExportResult(bundle_id=written.bundle_id, paths=list(written.paths),
                        item_ids=list(written.item_ids), size=written.size, warnings=warnings,
                        left_out=left_out)


def _write(store: LocalStore, chosen: list[str], rows: dict[str, ItemInfo],
           office: keycard.KeyCard, target_dir: Path, *, progress: Progress | None,
           max_part_size: PartSize) -> WrittenBundle:
    """One bundle of `chosen` written, checked and recorded (the module docstring's order)."""
    counter = store.next_bundle_counter()
    writer: BundleWriter | None = None
    intents: list[ExportIntent] = []

    def publish(p: Publishing) -> None:
        intent = ExportIntent(p.bundle_id, p.set_id, counter, tuple(sorted(chosen)),
                              str(p.target), p.device, p.inode, p.finals, p.temps)
        export_journal.record(store, intent)
        intents.append(intent)

    try:
        writer = BundleWriter(store.liaison_signing_key(), office.recipients, counter,
                              max_part_size=max_part_size, progress=progress,
                              on_publish=publish)
        writer.expected_sha256 = {i: rows[i].sha256 for i in chosen if i in rows}
        written = writer.write([(item_id, store.item_path(item_id)) for item_id in chosen],
                               target_dir)
    except BaseException as exc:
        _after_failure(store, writer, counter, intents)
        if isinstance(exc, PartSizeTooSmall):
            raise BadPartSize() from exc
        raise
    try:
        store.commit_export(written.item_ids, written.bundle_id, office.key_id)
        export_journal.drop(store, written.bundle_id)
    except BaseException:
        _remove(written)  # keep the medium and the laptop's records in step
        raise  # the journal entry stays: the next recovery settles it either way
    return written


def _after_failure(store: LocalStore, writer: BundleWriter | None, counter: int,
                   intents: list[ExportIntent]) -> None:
    """Give back the counter, or settle the journal, as far as the writer KNOWS the medium."""
    with contextlib.suppress(Exception):
        if writer is None or not (writer.left_behind or writer.published):
            # No copy of this counter's signed manifest can exist: it was never seen.
            store.release_bundle_counter(counter)
        elif intents and not writer.left_behind:
            export_journal.drop(store, intents[-1].bundle_id)  # its files are proven gone


def _unusable(sources: list[tuple[str, Path]], rows: dict[str, ItemInfo]) -> dict[str, str]:
    """The ids whose sealed file cannot go into the bundle, known before anything is written,
    with the reason: MISSING (no file), EMPTY (0 bytes), CHANGED (not a regular file of its
    own, such as a link or a FIFO, or its size is not its row's, authenticated in the store).
    The writer compares each file's SHA-256 with the row's as it reads it, before the manifest
    exists (a replaced or swapped .age would make the office refuse the whole bundle)."""
    unusable = {}
    for item_id, path in sources:
        try:
            info = path.lstat()  # a link is judged as itself: the writer never follows one
        except FileNotFoundError:
            unusable[item_id] = MISSING
            continue
        size = info.st_size
        row = rows.get(item_id)
        if not stat.S_ISREG(info.st_mode):
            # A link (to another item's file, to /dev/zero), a FIFO or a folder put where the
            # sealed file was: replaced outside Seinpost, left out like any other replacement.
            unusable[item_id] = CHANGED
        elif not size:
            unusable[item_id] = EMPTY
        elif row is not None and size != row.size:
            unusable[item_id] = CHANGED
    return unusable


def _refusal(chosen: list[str], unusable: dict[str, str]) -> Exception:
    """The refusal when no chosen signal is left: the first one's reason names it."""
    first = chosen[0]
    if unusable[first] == MISSING:
        return SealedItemMissing(first)
    if unusable[first] == EMPTY:
        return EmptyItemFile()
    changed = tuple(i for i in chosen if unusable.get(i) == CHANGED)
    return ItemFileChanged(first, changed)


def _remove(written: WrittenBundle) -> None:
    for path in written.paths:
        with contextlib.suppress(OSError):
            path.unlink()
    if written.paths:
        with contextlib.suppress(OSError):
            fsync_dir(written.paths[0].parent)
