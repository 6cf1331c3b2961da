"""Whether a TIFF's first image is the picture, told from its first directory alone.

Raw and DNG files (and TIFFs laid out like them) start with a small reduced-resolution preview
(NewSubfileType, tag 254, bit 0) and keep the picture itself in a sub-directory (SubIFDs, tag
330). Pillow decodes the first directory only, and the container cleaner drops sub-images, so
either would seal the preview as if it were the picture (review r11e I5). Such a file is not
cleaned and the liaison is told before and after (`image_has_sub_images`).
"""

from __future__ import annotations

import struct

_NEW_SUBFILE_TYPE, _SUB_IFDS = 254, 330
_REDUCED_RESOLUTION = 1


def has_sub_images(data: bytes) -> bool | None:
    """True if the first directory is a preview or points to sub-images; None if `data` (the
    file or its first bytes) is not a classic TIFF or does not hold the whole first directory.
    """
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(data[:4])
    if order is None or len(data) < 8:
        return None
    offset = struct.unpack_from(order + "I", data, 4)[0]
    if offset + 2 > len(data):
        return None
    count = struct.unpack_from(order + "H", data, offset)[0]
    if offset + 2 + 12 * count > len(data):
        return None
    for index in range(count):
        entry = offset + 2 + 12 * index
        tag, kind, _number, value = struct.unpack_from(order + "HHII", data, entry)
        if tag == _SUB_IFDS:
            return True
        if tag == _NEW_SUBFILE_TYPE:
            flags = value if kind == 4 else value & 0xFFFF if order == "<" else value >> 16
            if flags & _REDUCED_RESOLUTION:
                return True
    return False
