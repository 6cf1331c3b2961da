"""Splitting a bundle into parts that fit a size limit, and reading an item back across parts."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake_app.bundle.errors import DamagedBundleError, IncompleteBundleError, PartSizeTooSmall
from intake_app.bundle.layout import random_entry_name
from intake_app.fs import outside

# Upper bound of what one entry adds besides its data: local header, directory record, index line.
ENTRY_OVERHEAD = 400
# A big item is not cut into slivers: a range entry holds at least this much (or the rest).
MIN_RANGE = 64 << 10


@dataclass(frozen=True)
class PlannedEntry:
    """Where one item (or a byte range of it) goes: its entry name, part number (from 1),
    offset in the item and size in bytes."""

    item_id: str
    name: str
    part: int
    source_offset: int
    size: int


def plan_parts(items: Sequence[tuple[str, int]], max_part_size: int | None,
               reserve: int) -> list[list[PlannedEntry]]:
    """Lay out items (id, size), in the order given, over parts of at most `max_part_size`.

    `reserve` is kept free in every part for the manifest, the index and the end records.
    An item that fits an empty part is never split; a larger one is cut into byte ranges.
    """
    if max_part_size is None:
        return [[PlannedEntry(i, random_entry_name(True), 1, 0, s) for i, s in items]]
    capacity = max_part_size - reserve
    if capacity < MIN_RANGE + ENTRY_OVERHEAD:
        raise PartSizeTooSmall("the part size is too small for this bundle")
    parts: list[list[PlannedEntry]] = [[]]
    used = 0
    for item_id, size in items:
        offset = 0
        fits_empty = size + ENTRY_OVERHEAD <= capacity
        while offset < size:
            space = capacity - used - ENTRY_OVERHEAD
            left = size - offset
            if offset == 0 and size <= space:
                parts[-1].append(PlannedEntry(item_id, random_entry_name(True), len(parts), 0,
                                              size))
                used += size + ENTRY_OVERHEAD
                break
            if (offset == 0 and fits_empty) or space < min(left, MIN_RANGE):
                parts.append([])
                used = 0
                continue
            chunk = min(left, space)
            parts[-1].append(PlannedEntry(item_id, random_entry_name(False), len(parts), offset,
                                          chunk))
            used += chunk + ENTRY_OVERHEAD
            offset += chunk
    if not parts[-1]:
        parts.pop()
    return parts


class EntryChain(io.RawIOBase):
    """Read an item's entries (whole, or ranges spread over parts) as one stream.

    Each entry is hashed as it is read and compared with the expected SHA-256 at its end,
    so bytes that changed on the medium after the first check are still refused.
    """

    def __init__(self, ranges: Sequence[tuple[Path, int, int, str]]) -> None:
        super().__init__()
        self._ranges = list(ranges)  # (part file, data offset, size, sha256 hex)
        self._index = -1
        self._file: io.BufferedReader | None = None
        self._left = 0
        self._hash = hashlib.sha256()
        self._next()

    def readable(self) -> bool:
        """Always True: this is a readable raw stream."""
        return True

    def _finish_entry(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            if self._hash.hexdigest() != self._ranges[self._index][3]:
                raise DamagedBundleError(code="bundle.damaged_item_changed")

    def _next(self) -> None:
        self._finish_entry()
        self._index += 1
        if self._index < len(self._ranges):
            path, offset, size, _digest = self._ranges[self._index]
            self._file = outside.open_outside(path, outside.BUNDLE_PART)
            self._file.seek(offset)
            self._left = size
            self._hash = hashlib.sha256()

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Read into `buffer` from the current range; raises IncompleteBundleError if a part
        ends early and DamagedBundleError if a range's SHA-256 does not match."""
        while self._file is not None and self._left == 0:
            self._next()
        if self._file is None:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self._left)]
        count = self._file.readinto(view)
        if not count:
            raise IncompleteBundleError(code="bundle.incomplete_part_ended")
        self._hash.update(view[:count])
        self._left -= count
        return count

    def close(self) -> None:
        """Close the open part file."""
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def open_item(ranges: Sequence[tuple[Path, int, int, str]]) -> io.BufferedReader:
    """A buffered reader of one item spread over `ranges` (path, offset, size, SHA-256 hex),
    each range checked against its hash as it is read."""
    return io.BufferedReader(EntryChain(ranges), buffer_size=1 << 16)

