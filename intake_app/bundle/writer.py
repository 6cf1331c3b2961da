"""BundleWriter: sealed items → one bundle file (or checkable parts), written safely.

Every part is written to a hidden temp file in the target folder WITHOUT its end records, so
that until it has its final name it is structurally incomplete (the courier check and the office
call it cut off, whatever happens to it). It is fsynced, dropped from the page cache where the OS
allows, read back from the medium and verified (structure, CRC-32, SHA-256 of every entry
against what was written, the end records supplied from memory). Then `on_publish` is called (the
export journal records the intent durably), every part is renamed to its final name, the folder
fsynced, and only then the end records are appended and fsynced: a complete file exists only
under a final name, and only after the laptop noted it.

On any failure (a full medium, a pulled stick, a cancel from the progress callback) what was
written is removed. Whether that worked is judged strictly: "file not found" proves nothing when
the target folder is no longer the folder written to (a pulled stick leaves an empty mount
point). `left_behind` then says a file carrying this bundle's counter may still exist.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import io
import os
import secrets
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Literal

import nacl.signing

from intake_app.bundle import container, fat_detection
from intake_app.bundle.errors import (
    BundleError,
    BundleWriteError,
    EmptyItemFile,
    ItemFileChanged,
)
from intake_app.bundle.layout import INDEX_NAME, MANIFEST_NAME, build_index, part_file_name
from intake_app.bundle.manifest import (
    ITEM_ID,
    MAX_ITEMS,
    ItemEntry,
    ManifestItem,
    build_manifest,
    sign_manifest,
)
from intake_app.bundle.medium import (
    append_end_records,
    fsync_dir_strict,
    remove_all,
    remove_stale_temps,
    same_folder,
)
from intake_app.bundle.parts import ENTRY_OVERHEAD, PlannedEntry, plan_parts
from intake_app.bundle.reader import scan_part
from intake_app.crypto import age, signing
from intake_app.errors import ContractError
from intake_app.fs import own
from intake_app.fs.atomic import temp_name
from intake_app.fs.direct_read import DirectReader

Progress = Callable[[int, int], None]
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Publishing:
    """What the writer is about to rename into place (given to `on_publish`)."""

    bundle_id: str
    set_id: str
    target: Path
    device: int  # st_dev of the target folder when writing started
    inode: int  # st_ino of the target folder
    finals: tuple[str, ...]  # file names, part order
    temps: tuple[str, ...]  # hidden temp names, part order


@dataclass(frozen=True)
class WrittenBundle:
    """What `BundleWriter.write` wrote: ids, the part files in order, the item ids, the
    counter used and the total size on the medium (bytes)."""

    bundle_id: str
    set_id: str
    paths: tuple[Path, ...]  # one per part, in part order
    item_ids: tuple[str, ...]
    counter: int
    size: int  # bytes on the medium, all parts


def _manifest_reserve(items: int, entries: int, recipients: int) -> int:
    plain = 1024 + 80 * recipients + 260 * items + 220 * entries
    sealed = plain + 16 * (plain // 65536 + 2) + 256 + 160 * recipients
    index = 256 + 160 * (entries + 1)
    return sealed + index + 2 * ENTRY_OVERHEAD + container.TRAILER_SIZE


def _drop_cache(f: BinaryIO) -> None:
    # So the read-back below reads the medium, not the copy still in memory.
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


class BundleWriter:
    """Writes bundles for one liaison.

    `max_part_size`: "auto" splits only on FAT targets (at 4 GiB - 1, see `fat_detection.py`), None
    never splits, an int splits at that many bytes per part file.
    `progress(done, total)` counts bytes written then read back (total = 2 × item bytes) and may
    raise to cancel; the exception is re-raised after the clean-up.
    """

    def __init__(self, signing_key: nacl.signing.SigningKey, recipients: Sequence[str],
                 counter: int, *, max_part_size: int | Literal["auto"] | None = "auto",
                 progress: Progress | None = None,
                 on_publish: Callable[[Publishing], None] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        if not recipients:
            raise ContractError("a bundle needs at least one office recipient")
        if counter < 1:
            raise ContractError("the bundle counter starts at 1")
        self._signing_key = signing_key
        self.liaison_key_id = signing.key_id(signing.verify_key_bytes(signing_key))
        self._recipients = list(recipients)
        self._counter = counter
        self._max_part_size = max_part_size
        self._progress = progress
        self._clock = clock
        self._on_publish = on_publish
        # After a failed write: could a file carrying this bundle's counter still be on the
        # medium (the manifest was written and its removal is not proven)? Then the counter must
        # stay used. `published`: `on_publish` was called (the journal holds the intent).
        self.left_behind = False
        self.published = False
        self._manifest_started = False
        # item id -> SHA-256 hex the sealed file must have (export fills it from the store).
        self.expected_sha256: dict[str, str] = {}
        self._done = 0
        self._total = 0

    def write(self, items: Sequence[tuple[str, Path]], target_dir: Path) -> WrittenBundle:
        """Write the sealed item files `items` (item id, path) as a bundle into `target_dir`."""
        target_dir = Path(target_dir)
        try:
            info = os.stat(target_dir)
        except OSError:
            info = None
        if info is None or not stat.S_ISDIR(info.st_mode):
            raise BundleWriteError(f"the target folder {target_dir} does not exist")
        identity = (info.st_dev, info.st_ino)
        remove_stale_temps(target_dir)
        sources = self._check_items(items)
        max_part = self._max_part_size
        if max_part == "auto":
            max_part = fat_detection.max_file_size(target_dir)
        order = list(sources)
        secrets.SystemRandom().shuffle(order)  # entry order says nothing about item order
        sizes = [(item_id, sources[item_id][1]) for item_id in order]
        plan = self._plan(sizes, max_part)
        self._total = 2 * sum(size for _, size in sizes)
        self._done = 0
        set_id, bundle_id = secrets.token_hex(16), secrets.token_hex(16)
        temps: list[Path] = []
        finals: list[Path] = []
        try:
            hashes, tails = self._write_parts(plan, sources, target_dir, set_id, bundle_id,
                                              temps)
            for number, tmp in enumerate(temps, start=1):
                self._verify(tmp, set_id, number, len(plan), hashes[number], tails[number])
            names = [part_file_name(set_id, number, len(plan))
                     for number in range(1, len(plan) + 1)]
            if self._on_publish is not None:
                self._on_publish(Publishing(bundle_id, set_id, target_dir, *identity,
                                            tuple(names), tuple(t.name for t in temps)))
            self.published = True
            for name, tmp in zip(names, list(temps), strict=True):
                final = target_dir / name
                os.replace(tmp, final)
                temps.remove(tmp)
                finals.append(final)
            fsync_dir_strict(target_dir)
            for number, final in enumerate(finals, start=1):
                append_end_records(final, tails[number])
            if not same_folder(target_dir, identity):
                raise OSError(errno.ENODEV, "the target folder changed while writing")
        except BaseException as exc:
            candidates = temps + finals
            removed = remove_all(candidates, target_dir, identity)
            self.left_behind = self._manifest_started and not removed
            if not isinstance(exc, (OSError, BundleError)):
                raise
            if isinstance(exc, ItemFileChanged) and not self.left_behind:
                raise  # the laptop's sealed file, not the medium; no copy of this bundle exists
            if isinstance(exc, OSError):
                detail = _explain(exc, self.left_behind)
            elif isinstance(exc, BundleWriteError):
                detail = str(exc)
            else:
                detail = (f"the bundle did not read back correctly from the target ({exc}); "
                          + _kept(self.left_behind))
            if self.left_behind:
                # The person must learn what may be on the stick, not "nothing was kept".
                raise BundleWriteError(
                    detail, code="bundle.write_left_behind", folder=str(target_dir),
                    files=", ".join(path.name for path in candidates)) from None
            if isinstance(exc, BundleWriteError):
                raise
            raise BundleWriteError(detail) from None
        return WrittenBundle(
            bundle_id=bundle_id, set_id=set_id, paths=tuple(finals), item_ids=tuple(sorted(order)),
            counter=self._counter, size=sum(p.stat().st_size for p in finals),
        )

    def _check_items(self, items: Sequence[tuple[str, Path]]) -> dict[str, tuple[Path, int]]:
        if not 1 <= len(items) <= MAX_ITEMS:
            raise ContractError(f"a bundle holds 1 to {MAX_ITEMS} items")
        sources: dict[str, tuple[Path, int]] = {}
        for item_id, path in items:
            if not ITEM_ID.fullmatch(item_id) or item_id in sources:
                raise ContractError("item ids must be unique, 1-64 characters of A-Z a-z 0-9 _ -")
            size = Path(path).stat().st_size
            if size < 1:
                raise EmptyItemFile("a sealed item file is empty")
            sources[item_id] = (Path(path), size)
        return sources

    def _plan(self, sizes: list[tuple[str, int]], max_part: int | None) -> list[list[PlannedEntry]]:
        entries = len(sizes)
        while True:  # the reserve depends on the number of entries the split produces
            reserve = _manifest_reserve(len(sizes), entries, len(self._recipients))
            plan = plan_parts(sizes, max_part, reserve)
            planned = sum(len(part) for part in plan)
            if planned <= entries:
                return plan
            entries = planned

    def _tick(self, count: int) -> None:
        self._done += count
        if self._progress:
            self._progress(min(self._done, self._total), self._total)

    def _write_parts(self, plan: list[list[PlannedEntry]], sources: dict[str, tuple[Path, int]],
                     target_dir: Path, set_id: str, bundle_id: str,
                     temps: list[Path]) -> tuple[dict[int, dict[str, str]], dict[int, bytes]]:
        item_hashes = {item_id: hashlib.sha256() for item_id in sources}
        item_entries: dict[str, list[ItemEntry]] = {item_id: [] for item_id in sources}
        written: dict[int, dict[str, str]] = {}
        tails: dict[int, bytes] = {}
        for number, part in enumerate(plan, start=1):
            tmp = temp_name(target_dir / part_file_name(set_id, number, len(plan)))
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            temps.append(tmp)
            listed: list[tuple[str, int, str]] = []
            with os.fdopen(fd, "w+b") as out:
                zip_out = container.ContainerWriter(out)
                for planned in part:
                    path, item_size = sources[planned.item_id]
                    digest = self._add_item_entry(zip_out, planned, path,
                                                  item_hashes[planned.item_id],
                                                  whole=planned.size == item_size)
                    item_entries[planned.item_id].append(
                        ItemEntry(planned.name, number, planned.size, digest))
                    listed.append((planned.name, planned.size, digest))
                if number == len(plan):
                    self._check_hashes(item_hashes)  # before any copy of the manifest exists
                    self._manifest_started = True  # from here a copy of this counter may exist
                    sealed = self._sealed_manifest(set_id, bundle_id, len(plan), sources,
                                                   item_hashes, item_entries)
                    zip_out.add(MANIFEST_NAME, len(sealed), io.BytesIO(sealed).read1)
                    listed.append((MANIFEST_NAME, len(sealed), hashlib.sha256(sealed).hexdigest()))
                index = build_index(set_id, number, len(plan), listed)
                zip_out.add(INDEX_NAME, len(index), io.BytesIO(index).read1)
                tails[number] = zip_out.finish(with_trailer=False)
                out.flush()
                os.fsync(out.fileno())
                _drop_cache(out)
            written[number] = {name: digest for name, _size, digest in listed}
        return written, tails

    def _check_hashes(self, item_hashes: dict[str, hashlib._Hash]) -> None:
        """Each item read is the file that was sealed (`expected_sha256`, from the store's
        authenticated rows): a replaced or swapped .age would make the office refuse the whole
        bundle. Raises ItemFileChanged naming every one that differs."""
        changed = []
        for item_id, digest in item_hashes.items():
            wanted = self.expected_sha256.get(item_id)
            if wanted is not None and not hmac.compare_digest(digest.hexdigest(), wanted):
                changed.append(item_id)
        if changed:
            raise ItemFileChanged(changed[0], tuple(changed))

    def _add_item_entry(self, zip_out: container.ContainerWriter, planned: PlannedEntry,
                        source: Path, item_hash: hashlib._Hash, *, whole: bool) -> str:
        """Copy the entry's bytes of `source` into `zip_out`, feeding them to `item_hash`;
        return the entry's SHA-256 hex. An entry that is the `whole` item (no split) has the
        item's digest: each byte is hashed once, not twice (SHA-256 is the largest CPU cost of
        an export, 0.6 s per GiB on the test machine).

        The sealed file is read as sealing wrote it, past the page cache where it is large
        (fs/direct_read.py: a cold buffered read cost as much CPU as the hash, on this thread,
        beside the window's), read ahead on the reader's workers while this thread hashes and
        writes, into one reused buffer.
        """
        digest = item_hash if whole else hashlib.sha256()
        # The profile's sealed item: opened without blocking (fs/own.py), read from the entry's
        # offset on; the reader owns the descriptor.
        src = DirectReader(own.open_fd(source), offset=planned.source_offset)
        buffer = memoryview(bytearray(_BLOCK))
        try:
            left = planned.size

            def chunk() -> memoryview:
                nonlocal left
                count = src.readinto(buffer[: min(_BLOCK, left)]) if left else 0
                if not count and left:
                    raise ItemFileChanged(planned.item_id)  # it shrank while being read
                left -= count
                data = buffer[:count]
                digest.update(data)
                if not whole:
                    item_hash.update(data)
                self._tick(count)
                return data

            zip_out.add(planned.name, planned.size, chunk)
        finally:
            src.close()
        return digest.hexdigest()

    def _sealed_manifest(self, set_id: str, bundle_id: str, parts: int,
                         sources: dict[str, tuple[Path, int]],
                         item_hashes: dict[str, hashlib._Hash],
                         item_entries: dict[str, list[ItemEntry]]) -> bytes:
        created = self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        manifest = build_manifest(
            bundle_id=bundle_id, set_id=set_id, liaison_key_id=self.liaison_key_id,
            counter=self._counter, created=created, parts=parts, recipients=self._recipients,
            items=[
                ManifestItem(item_id, size, item_hashes[item_id].hexdigest(),
                             tuple(item_entries[item_id]))
                for item_id, (_path, size) in sources.items()
            ],
        )
        sealed = io.BytesIO()
        age.encrypt(io.BytesIO(sign_manifest(manifest, self._signing_key)), sealed,
                    recipients=self._recipients)
        return sealed.getvalue()

    def _verify(self, path: Path, set_id: str, number: int, parts: int,
                expected: dict[str, str], tail: bytes) -> None:
        before = self._done
        scanned = scan_part(path, progress=lambda done: self._tick(before + done - self._done),
                            tail=tail)
        found = {name: entry.sha256 for name, entry in scanned.entries.items()
                 if name != INDEX_NAME}
        if (scanned.set_id, scanned.part, scanned.parts) != (set_id, number, parts) or \
                found != expected:
            raise BundleWriteError("the bundle read back from the target differs from what was "
                                   "written; nothing was kept")


def _kept(left_behind: bool) -> str:
    if left_behind:
        return ("an incomplete file of it may remain on the target (the office refuses it; its "
                "bundle number is not used again)")
    return "nothing was kept"


def _explain(exc: OSError, left_behind: bool = False) -> str:
    kept = _kept(left_behind)
    if exc.errno == errno.ENOSPC:
        return f"the target is full: the bundle was not written and {kept}"
    if exc.errno in (errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO):
        return f"the target disappeared or failed while writing; {kept}"
    return f"the bundle could not be written ({exc.strerror or exc}); {kept}"
