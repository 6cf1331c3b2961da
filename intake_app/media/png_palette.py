"""A palette PNG's entries no pixel uses, set to 0 by the container cleaner (review r11m R11M-21).

`png_chunks` rebuilds a PNG it cannot decode (damaged, cut off, or over the decoding bounds)
from the chunks that make the picture; their `PLTE` and `tRNS` were copied whole, so a palette of
256 entries for a picture drawn with two kept whatever its other 254 hold ("Jan Jansen JJLAPTOP
C:\\Users\\jjansen\\ 52.0907N 5.1214E" in the review's `png-big-pal.png`). As the GIF rewriter
does, the entries no pixel (of the image and every APNG frame) nor the background (`bKGD`) uses
become 0, in `PLTE` (three bytes each) and `tRNS` (one), their lengths unchanged, so the picture
shows the same. The indices are read from the image data a band of rows at a time
(`palette_indices.filtered_indices`); rows a cut-off stream does not hold count as index 0.
"""

from __future__ import annotations

import struct

from intake_app.media.palette_indices import filtered_indices, zeroed

_PIXEL_DATA = frozenset({b"IDAT", b"fdAT"})


def zero_unused_entries(chunks: list[tuple[bytes, object]], width: int, height: int,
                        depth: int, interlaced: bool) -> bool:
    """Set the unused entries of the `PLTE` and `tRNS` in `chunks` ((kind, body) as
    `png_chunks` keeps them: pixel data as lists of pieces) to 0, in place.

    Returns False, and changes nothing, when the indices cannot be read (a depth a palette
    cannot have, more rows than `palette_indices.MAX_INFLATED` bytes)."""
    used: set[int] = set()
    frame = (width, height)
    for kind, body in chunks:
        if kind == b"fcTL" and isinstance(body, bytes) and len(body) >= 12:
            frame = struct.unpack(">II", body[4:12])
        elif kind in _PIXEL_DATA:
            pieces = body if isinstance(body, list) else [body]
            size = frame if kind == b"fdAT" else (width, height)
            found = filtered_indices(pieces, *size, depth, interlaced)
            if found is None:
                return False
            used |= found
        elif kind == b"bKGD" and isinstance(body, bytes) and body:
            used.add(body[0])
    for position, (kind, body) in enumerate(chunks):
        if kind == b"PLTE" and isinstance(body, bytes):
            chunks[position] = (kind, zeroed(body, used, 3))
        elif kind == b"tRNS" and isinstance(body, bytes):
            chunks[position] = (kind, zeroed(body, used, 1))
    return True
