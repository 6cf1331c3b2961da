"""Read a bundle part without keys: strict structure, CRC-32 and SHA-256 of every entry, index.

The courier check and the office both start here. The index is unsigned: it lets a courier
see that nothing is missing or changed; the office trusts only the signed manifest.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from intake_app.bundle import container
from intake_app.bundle.errors import (
    DamagedBundleError,
    IncompleteBundleError,
    NotABundleError,
)
from intake_app.bundle.layout import (
    INDEX_NAME,
    MANIFEST_NAME,
    MAX_INDEX,
    is_known_entry,
    parse_index,
)
from intake_app.errors import Worded
from intake_app.fs import outside
from intake_app.fs.direct_read import LARGE, DirectReader, without_direct

READ_BLOCK = 1 << 20  # bytes per read of a large entry


@dataclass(frozen=True)
class ScannedEntry:
    """An entry found in a part: name, data offset and size (bytes) and its SHA-256 hex."""

    name: str
    data_offset: int
    size: int
    sha256: str


@dataclass(frozen=True)
class ScannedPart:
    """One part file as scanned: its path, set id, part of parts, and its entries by name."""

    path: Path
    set_id: str
    part: int
    parts: int
    entries: dict[str, ScannedEntry]

    def read(self, name: str, block: int = 1 << 20) -> Iterator[bytes]:
        """Stream an entry's bytes again (re-read from the file, bounded by its size)."""
        entry = self.entries[name]
        with outside.open_outside(self.path, outside.BUNDLE_PART) as f:
            yield from container.read_range(f, entry.data_offset, entry.size, block)


class _WithTail:
    """A part file read as if `tail` (its end records, not yet written) followed its bytes."""

    def __init__(self, f: BinaryIO, size: int, tail: bytes) -> None:
        self._f, self._size, self._tail, self._pos = f, size, tail, 0

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = offset if whence == 0 else self._size + len(self._tail) + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def fileno(self) -> int:
        return self._f.fileno()

    def read(self, count: int = -1) -> bytes:
        end = self._size + len(self._tail)
        count = end - self._pos if count < 0 else min(count, end - self._pos)
        out = b""
        if self._pos < self._size and count > 0:
            self._f.seek(self._pos)
            out = self._f.read(min(count, self._size - self._pos))
        if len(out) < count and self._pos + len(out) >= self._size:
            start = self._pos + len(out) - self._size
            out += self._tail[start : start + count - len(out)]
        self._pos += len(out)
        return out


def _entry_data(f: BinaryIO, entry: container.Entry, path: Path,
                file_size: int) -> Iterator[bytes | memoryview]:
    """The bytes of `entry` in blocks; a large entry (a sealed video) past the page cache.

    Read through the cache, a large entry cost as much CPU as its SHA-256 (fresh pages filled
    by the disk, then copied), and where the writer checks what it wrote the cache could even
    answer for the medium. From LARGE bytes on it is read by fs/direct_read.py (the disk fills
    a few reused buffers, read ahead on its workers while this thread hashes), into one reused
    buffer: each view is valid until the next. Raises IncompleteBundleError when the file ends
    early, OutsideFileError when it cannot be read.
    """
    if entry.size < LARGE or entry.end > file_size or not hasattr(os, "dup"):
        yield from container.read_range(f, entry.data_offset, entry.size)
        return
    # A descriptor of the same open file (not the path again: it could be another file by
    # now). O_DIRECT is a flag of that open file, so it is turned off again for `f` after.
    reader = DirectReader(os.dup(f.fileno()), offset=entry.data_offset, direct=True)
    buffer = memoryview(bytearray(READ_BLOCK))
    try:
        left = entry.size
        while left:
            try:
                count = reader.readinto(buffer[: min(READ_BLOCK, left)])
            except OSError as exc:
                raise outside.OutsideFileError("outside.unreadable", path,
                                               exc.strerror or type(exc).__name__) from None
            if not count:
                raise IncompleteBundleError(code="bundle.incomplete_inside_entry")
            left -= count
            yield buffer[:count]
    finally:
        reader.close()
        without_direct(f.fileno())


def scan_part(path: Path, progress: Callable[[int], None] | None = None, *,
              tail: bytes = b"") -> ScannedPart:
    """Verify one part file completely; raise NotABundle/Incomplete/DamagedBundleError.

    `tail`: the writer's read-back of a part whose end records are not on the medium yet; the
    part is verified as if they followed its bytes.
    """
    path = Path(path)
    try:
        f = outside.open_outside(path, outside.BUNDLE_PART)
    except outside.OutsideFileError as exc:
        # A FIFO, a folder, a link or a missing file: not a bundle, said per file.
        raise NotABundleError(code="bundle.not_a_bundle_file", reason=Worded(
            str(exc.params["reason"]), exc.code, **exc.params)) from None
    with f:
        size = f.size  # type: ignore[attr-defined]
        if tail:
            f = _WithTail(f, size, tail)  # type: ignore[assignment]
            size += len(tail)
        entries = container.read_directory(f, size)
        scanned: dict[str, ScannedEntry] = {}
        index_bytes = b""
        done = 0
        for entry in entries:
            if not is_known_entry(entry.name):
                raise DamagedBundleError(entry=entry.name, code="bundle.damaged_unexpected_entry",
                                         name=repr(entry.name))
            if entry.name == INDEX_NAME and entry.size > MAX_INDEX:
                raise DamagedBundleError(entry=INDEX_NAME,
                                         code="bundle.damaged_index_too_large")
            crc = 0
            digest = hashlib.sha256()
            for chunk in _entry_data(f, entry, path, size - len(tail)):
                crc = zlib.crc32(chunk, crc)
                digest.update(chunk)
                if entry.name == INDEX_NAME:
                    index_bytes += chunk
                done += len(chunk)
                if progress:
                    progress(done)
            if crc != entry.crc32:
                raise DamagedBundleError(entry=entry.name, code="bundle.damaged_entry_crc",
                                         name=entry.name)
            scanned[entry.name] = ScannedEntry(entry.name, entry.data_offset, entry.size,
                                               digest.hexdigest())
    if INDEX_NAME not in scanned:
        raise IncompleteBundleError(code="bundle.incomplete_no_index")
    set_id, part, parts, listed = parse_index(index_bytes)
    _compare_with_index(scanned, listed)
    return ScannedPart(path, set_id, part, parts, scanned)


def _compare_with_index(scanned: dict[str, ScannedEntry], listed: list) -> None:
    names = [name for name, _size, _digest in listed]
    if len(set(names)) != len(names):
        raise DamagedBundleError(entry=INDEX_NAME, code="bundle.damaged_index_twice")
    for name, size, digest in listed:
        found = scanned.get(name)
        if found is None:
            raise IncompleteBundleError(code="bundle.incomplete_listed_missing", name=name)
        if found.size != size or found.sha256 != digest:
            raise DamagedBundleError(entry=name, code="bundle.damaged_differs_from_index",
                                     name=name)
    extra = set(scanned) - set(names) - {INDEX_NAME}
    if extra:
        name = sorted(extra)[0]
        raise DamagedBundleError(entry=name, code="bundle.damaged_not_in_index", name=name)


def group_parts(parts: Sequence[ScannedPart]) -> dict[str, list[ScannedPart]]:
    """Group scanned parts by set id; each list is ordered by part number and complete.

    Raises IncompleteBundleError (a part missing) or DamagedBundleError (a part twice, parts
    that disagree about how many there are, or one entry name in two parts: each part's index
    is unsigned, and the office refuses such a bundle whatever its manifest says, so the
    courier's key-less check must not call it intact; review r7h, R7H-7).
    """
    groups: dict[str, dict[int, ScannedPart]] = {}
    for scanned in parts:
        group = groups.setdefault(scanned.set_id, {})
        if scanned.part in group:
            raise DamagedBundleError(code="bundle.damaged_part_twice", part=scanned.part,
                                     set_id=scanned.set_id)
        group[scanned.part] = scanned
    result: dict[str, list[ScannedPart]] = {}
    for set_id, group in groups.items():
        counts = {p.parts for p in group.values()}
        if len(counts) != 1:
            raise DamagedBundleError(code="bundle.damaged_parts_disagree", set_id=set_id)
        total = counts.pop()
        missing = [n for n in range(1, total + 1) if n not in group]
        if missing:
            raise IncompleteBundleError(code="bundle.incomplete_parts_missing", set_id=set_id,
                                        missing=", ".join(str(n) for n in missing),
                                        total=total)
        result[set_id] = [group[n] for n in range(1, total + 1)]
        _one_part_each(set_id, result[set_id])
    return result


def _one_part_each(set_id: str, parts: Sequence[ScannedPart]) -> None:
    """DamagedBundleError if an entry name (but each part's index and the manifest, checked on
    their own) is in more than one of `parts`, as the office's check_entries refuses it."""
    seen: set[str] = set()
    for scanned in parts:
        for name in scanned.entries:
            if name in (INDEX_NAME, MANIFEST_NAME):
                continue
            if name in seen:
                raise DamagedBundleError(entry=name, code="bundle.damaged_entry_in_two_parts",
                                         name=name, set_id=set_id)
            seen.add(name)
