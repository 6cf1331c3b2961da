"""Whether a TIFF's first image is the picture, told from its first directory alone.

Raw and DNG files (and TIFFs laid out like them) start with a small reduced-resolution preview
(NewSubfileType, tag 254, bit 0) and keep the picture itself in a sub-directory (SubIFDs, tag
330). Pillow decodes the first directory only, and the container cleaner drops sub-images, so
either would seal the preview as if it were the picture (review r11e I5). Such a file is not
cleaned and the liaison is told before and after (`image_has_sub_images`).
"""

from __future__ import annotations

import struct
from collections.abc import Callable

_NEW_SUBFILE_TYPE, _SUB_IFDS = 254, 330
_REDUCED_RESOLUTION = 1


def has_sub_images(data: bytes) -> bool | None:
    """True if the first directory is a preview or points to sub-images; None if `data` (the
    file or its first bytes) is not a classic TIFF or does not hold the whole first directory.
    """
    return has_sub_images_at(lambda at, size: data[at:at + size])


def has_sub_images_at(read_at: Callable[[int, int], bytes]) -> bool | None:
    """`has_sub_images` of a file read a piece at a time: `read_at(offset, size)` returns the
    file's bytes there (fewer at its end). The forecast reads a first directory written after
    the picture data this way (as libtiff writes it, review r11h F1), at most 786 KB."""
    header = read_at(0, 8)
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(header[:4])
    if order is None or len(header) < 8:
        return None
    offset = struct.unpack_from(order + "I", header, 4)[0]
    head = read_at(offset, 2)
    if len(head) < 2:
        return None
    count = struct.unpack_from(order + "H", head)[0]
    entries = read_at(offset + 2, 12 * count)
    if len(entries) < 12 * count:
        return None
    for index in range(count):
        tag, kind, _number, value = struct.unpack_from(order + "HHII", entries, 12 * index)
        if tag == _SUB_IFDS:
            return True
        if tag == _NEW_SUBFILE_TYPE:
            flags = value if kind == 4 else value & 0xFFFF if order == "<" else value >> 16
            if flags & _REDUCED_RESOLUTION:
                return True
    return False
