"""A HEIC or AVIF picture that cannot be decoded, cleaned in its ISOBMFF container.

A HEIF file (ISO/IEC 23008-12; AVIF is the same container) is a list of boxes (ISO/IEC 14496-12
§4.2): `ftyp`, a `meta` box that describes items, and `mdat` with their data. EXIF and XMP are
items of their own (`iinf`/`infe` item type `Exif`, or `mime` with a content type; `uri `
items likewise), their bytes located by `iloc` (in the file, or in `meta`'s `idat`). Review
r11j J9: a HEIC whose HEVC data is damaged was sealed as it was with its Artist, Make and GPS.

Nothing moves, so every offset in the file stays right: the bytes of every `Exif`, `mime` and
`uri ` item are overwritten with zeros, each item's name (`infe` item_name) with spaces; an ICC
profile in a `colr` property is cleaned in place (`icc.clean_icc`); the payload of every box
this module does not know (at the top level: anything but `ftyp`, `meta`, `mdat`; in `meta`
and its property container: anything but what decoders read) is zeroed, and bytes after the
last box go. The picture data in `mdat` is kept as it is, unread (`image_data_not_trimmed`).
A file with a movie box (`moov`: an image sequence) or whose boxes cannot be walked raises
NotAHeif.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from intake_app.errors import SeinpostError
from intake_app.media.icc import clean_icc
from intake_app.media.result import IMAGE_DATA_NOT_TRIMMED

_META_KNOWN = {b"hdlr", b"pitm", b"iloc", b"iinf", b"iref", b"iprp", b"idat", b"dinf", b"grpl"}
_PROPERTIES_KNOWN = {
    b"hvcC", b"av1C", b"ispe", b"colr", b"pixi", b"irot", b"imir", b"clap", b"auxC", b"pasp",
    b"lsel", b"a1op", b"a1lx", b"rloc", b"clli", b"mdcv", b"cclv", b"amve", b"vvcC", b"jpgC",
}
"""Item properties a decoder reads (ISO/IEC 23008-12 §6.5, AV1-ISOBMFF, HEVC): kept. Any
other (a `udes` user description with a name and tags, a vendor's own) is zeroed."""
_METADATA_ITEMS = {b"Exif", b"mime", b"uri "}


class NotAHeif(SeinpostError):
    """The bytes are not a HEIF container this module can walk safely; leave them alone."""

    code = "media.not_a_heif"


def strip_heif(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """`data` (HEIC or AVIF) with its metadata items zeroed, as the module says, and the note
    IMAGE_DATA_NOT_TRIMMED; raises NotAHeif."""
    top = list(_boxes(data, 0, len(data), cut_ok=True))
    if not top or top[0][0] != b"ftyp":
        raise NotAHeif
    out = bytearray(data[: top[-1][3]])  # bytes after the last box go
    metas = [box for box in top if box[0] == b"meta"]
    if len(metas) != 1 or any(box[0] == b"moov" for box in top):
        raise NotAHeif
    for kind, _, body, end in top:
        if kind not in (b"ftyp", b"meta", b"mdat"):
            out[body:end] = bytes(end - body)
    _, _, body, end = metas[0]
    _clean_meta(data, out, body + 4, end)  # meta is a FullBox: version and flags first
    return bytes(out), (IMAGE_DATA_NOT_TRIMMED,)


def _boxes(data: bytes, start: int, end: int, *, cut_ok: bool = False
           ) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, start, body start, end) of each box in data[start:end]; a box cut short by the
    end of the file (`cut_ok`: the top level only) ends there."""
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = pos + 8
        if size == 1:
            if pos + 16 > end:
                raise NotAHeif
            size, body = struct.unpack(">Q", data[pos + 8 : pos + 16])[0], pos + 16
        elif size == 0:
            size = end - pos
        if size < body - pos:
            raise NotAHeif
        if pos + size > end:
            if not cut_ok:
                raise NotAHeif
            size = end - pos
        yield kind, pos, body, pos + size
        pos += size
    if pos != end and not cut_ok:
        raise NotAHeif


def _clean_meta(data: bytes, out: bytearray, start: int, end: int) -> None:
    children = {kind: (body, stop) for kind, _, body, stop in _boxes(data, start, end)}
    for kind, _, body, stop in _boxes(data, start, end):
        if kind not in _META_KNOWN:
            out[body:stop] = bytes(stop - body)
    if b"iinf" not in children or b"iloc" not in children:
        raise NotAHeif
    metadata = _metadata_items(data, out, *children[b"iinf"])
    idat = children.get(b"idat")
    for item, method, extents in _locations(data, *children[b"iloc"]):
        if item not in metadata:
            continue
        for offset, length in extents:
            length = length or len(out)  # 0: to the end of the data (ISO/IEC 14496-12 8.11.3)
            if method == 0:
                first, last = offset, min(offset + length, len(out))
            elif method == 1 and idat is not None:
                first, last = idat[0] + offset, min(idat[0] + offset + length, idat[1])
            else:
                raise NotAHeif  # a metadata item built from other items: not zeroed here
            if first < len(out) and last > first:
                out[first:last] = bytes(last - first)
    if b"iprp" in children:
        for kind, _, body, stop in _boxes(data, *children[b"iprp"]):
            if kind == b"ipco":
                _clean_properties(data, out, body, stop)


def _metadata_items(data: bytes, out: bytearray, start: int, end: int) -> set[int]:
    """Ids of the `Exif`, `mime` and `uri ` items; every item name becomes spaces."""
    version = data[start]
    first = start + (6 if version == 0 else 8)  # FullBox header, entry count (16 or 32 bits)
    found: set[int] = set()
    for kind, _, body, stop in _boxes(data, first, end):
        if kind != b"infe" or body + 4 > stop or data[body] < 2:
            raise NotAHeif  # versions 0 and 1 (no item type) are not written for images
        wide = data[body] >= 3
        item_end = body + 4 + (4 if wide else 2)
        if item_end + 6 > stop:
            raise NotAHeif
        item = int.from_bytes(data[body + 4 : item_end], "big")
        item_type = data[item_end + 2 : item_end + 6]
        name = item_end + 6
        name_end = data.find(b"\x00", name, stop)
        out[name : (stop if name_end < 0 else name_end)] = b" " * (
            (stop if name_end < 0 else name_end) - name)
        if item_type in _METADATA_ITEMS:
            found.add(item)
    return found


def _locations(data: bytes, start: int, end: int
               ) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """(item id, construction method, [(offset, length)]) of each item in `iloc`."""
    version = data[start]
    sizes = data[start + 4 : start + 6]
    if version > 2 or len(sizes) < 2:
        raise NotAHeif
    offset_size, length_size = sizes[0] >> 4, sizes[0] & 15
    base_size, index_size = sizes[1] >> 4, (sizes[1] & 15) if version else 0
    pos = start + 6
    count, pos = _number(data, pos, 2 if version < 2 else 4, end)
    for _ in range(count):
        item, pos = _number(data, pos, 2 if version < 2 else 4, end)
        method = 0
        if version:
            method, pos = _number(data, pos, 2, end)
            method &= 15
        _, pos = _number(data, pos, 2, end)  # data reference index
        base, pos = _number(data, pos, base_size, end)
        extents_count, pos = _number(data, pos, 2, end)
        extents = []
        for _ in range(extents_count):
            _, pos = _number(data, pos, index_size, end)
            offset, pos = _number(data, pos, offset_size, end)
            length, pos = _number(data, pos, length_size, end)
            extents.append((base + offset, length))
        yield item, method, extents


def _number(data: bytes, pos: int, size: int, end: int) -> tuple[int, int]:
    if size not in (0, 2, 4, 8) or pos + size > end:
        raise NotAHeif
    return int.from_bytes(data[pos : pos + size], "big"), pos + size


def _clean_properties(data: bytes, out: bytearray, start: int, end: int) -> None:
    for kind, _, body, stop in _boxes(data, start, end):
        if kind not in _PROPERTIES_KNOWN:
            out[body:stop] = bytes(stop - body)
        elif kind == b"colr" and data[body : body + 4] in (b"prof", b"rICC"):
            profile = clean_icc(data[body + 4 : stop])
            out[body + 4 : stop] = bytes(stop - body - 4)  # unreadable: no profile at all
            if profile is not None:
                out[body + 4 : body + 4 + len(profile)] = profile
