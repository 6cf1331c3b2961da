"""A JPEG rebuilt from the segments a decoder needs, without decoding it (for JPEGs inside PDFs,
Office files and TIFF pages, and pictures too large or damaged to re-encode).

Used where re-encoding is not an option. The pixels stay bit for bit. The cleaner keeps a
segment only when a decoder needs it (ITU-T T.81 annex B), and then only the bytes the decoder
reads, rewritten with their exact length: SOI, DQT, DHT, DAC, SOFn, SOS with its scan data
(restart markers inside), DRI and EOI; Adobe's APP14 reduced to its fixed 12-byte body (only
the colour transform is copied); JFIF's APP0 reduced to its fixed fields, without thumbnail.
Everything else goes: every other APPn (EXIF, XMP, IPTC, ICC, maker data, JFXX thumbnails),
comments, DNL and the hierarchical and reserved markers, bytes a segment holds beyond what its
decoder reads (libjpeg skips them, so they can carry anything), and anything after the
end-of-image marker (phone makers append extra images and data there).

A real JPEG has tens of segments. The walkers stop at `MAX_SEGMENTS` (review r11k R11K-4: a
20 MB file of five million empty APP15 segments cost 705 MB and 20 CPU s, most of it in
Pillow's list of APPn segments, `applist`): the cleaner raises TooManySegments, the header
walkers stop quietly, and `too_many_header_segments` tells a file so before Pillow opens it,
or the forecast reads it, reading at most MAX_SEGMENTS + 1 segment headers.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator

from intake_app.errors import SeinpostError

_SOI, _EOI, _SOS, _APP14 = 0xD8, 0xD9, 0xDA, 0xEE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # markers without a length field


MAX_SEGMENTS = 10_000
"""Marker segments walked in one file (a real JPEG has tens; an ICC profile split over 255
APP2 segments, and a progressive file's tables between its scans, still fit)."""


class NotAJpeg(SeinpostError):
    """The bytes are not a JPEG this module can walk safely; leave them alone."""

    code = "media.not_a_jpeg"


class TooManySegments(NotAJpeg):
    """More than MAX_SEGMENTS marker segments: too large to clean (not walked any further)."""

    code = "media.too_many_jpeg_segments"


def strip_jpeg_metadata(data: bytes, *, allow_truncated: bool = False) -> bytes:
    """`data` without metadata segments and trailing bytes; raises NotAJpeg if malformed.

    With `allow_truncated`, a file cut off keeps what precedes the cut: inside its compressed
    picture data, the part it has (a viewer shows it); inside a segment (a progressive JPEG's
    tables and scan header between two scans: review r11j J1), every segment and scan before
    that one, the cut one going whole. A file cut before its first scan has no picture: it
    keeps its header without metadata. A file malformed anywhere else is still NotAJpeg. More
    than MAX_SEGMENTS segments, cut off or not, raise TooManySegments.
    """
    if not data.startswith(b"\xff\xd8"):
        raise NotAJpeg
    out = bytearray(b"\xff\xd8")
    pos = 2
    for _ in range(MAX_SEGMENTS + 1):
        if allow_truncated and pos >= len(data):
            return bytes(out)  # cut off right after a scan or a segment
        try:
            pos = _next_marker(data, pos)
        except NotAJpeg:
            if allow_truncated:
                return bytes(out)  # stray bytes, then the cut
            raise
        marker = data[pos + 1]
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out)
        if marker in _STANDALONE or marker == _SOI:
            raise NotAJpeg  # not where a header segment belongs
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if allow_truncated and (pos + 4 > len(data) or end > len(data)):
            return bytes(out)  # cut inside this segment: it goes whole
        if pos + 4 > len(data) or end > len(data) or end < pos + 4:
            raise NotAJpeg
        kept = _needed_part(marker, data[pos + 4 : end])
        if kept is not None:
            out += bytes((0xFF, marker)) + (len(kept) + 2).to_bytes(2, "big") + kept
        if marker == _SOS:
            scan_end = _end_of_entropy_data(data, end, allow_truncated=allow_truncated)
            out += data[end:scan_end]
            end = scan_end
        pos = end
    raise TooManySegments


_SOF = frozenset({*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0)})
_DHT, _DAC, _DQT, _DRI, _APP0 = 0xC4, 0xCC, 0xDB, 0xDD, 0xE0
_ADOBE_FIXED = b"Adobe\x00\x64\x00\x00\x00\x00"
"""APP14 "Adobe", DCTEncodeVersion 100, both flag words zero; the transform byte follows."""


def _needed_part(marker: int, body: bytes) -> bytes | None:
    """The bytes of a segment's body a decoder reads, or None when the segment goes.

    Raises NotAJpeg when a needed segment is too short to be what its marker says.
    """
    if marker == _DQT:
        return _tables(body, _quantisation_table_size)
    if marker == _DHT:
        return _tables(body, _huffman_table_size)
    if marker in _SOF:
        return _exactly(body, 6 + 3 * body[5] if len(body) > 5 else len(body) + 1)
    if marker == _SOS:
        return _exactly(body, 1 + 2 * body[0] + 3 if body else 1)
    if marker == _DRI:
        return _exactly(body, 2)
    if marker == _DAC:
        return _tables(body, lambda b, i: 2 if b[i] >> 4 <= 1 and b[i] & 0x0F <= 3 else 0)
    if marker == _APP14 and body.startswith(b"Adobe") and len(body) >= 12:
        return _ADOBE_FIXED + bytes((body[11] if body[11] <= 2 else 0,))
    if marker == _APP0 and body.startswith(b"JFIF\x00") and len(body) >= 14:
        return body[:12] + b"\x00\x00"  # version, units, density; no thumbnail
    return None  # APPn, COM, DNL, hierarchical and reserved markers


def _exactly(body: bytes, size: int) -> bytes:
    if len(body) < size:
        raise NotAJpeg
    return body[:size]


def _tables(body: bytes, size_at: Callable[[bytes, int], int]) -> bytes:
    """The whole tables at the start of `body` (each sized by `size_at`); bytes after the last
    whole table go. NotAJpeg when not even one table is there."""
    pos = 0
    while pos < len(body):
        size = size_at(body, pos)
        if size == 0 or pos + size > len(body):
            break
        pos += size
    if pos == 0:
        raise NotAJpeg
    return body[:pos]


def _quantisation_table_size(body: bytes, pos: int) -> int:
    precision, slot = body[pos] >> 4, body[pos] & 0x0F
    return 1 + 64 * (precision + 1) if precision <= 1 and slot <= 3 else 0


def _huffman_table_size(body: bytes, pos: int) -> int:
    if pos + 17 > len(body) or body[pos] >> 4 > 1 or body[pos] & 0x0F > 3:
        return 0
    count = sum(body[pos + 1 : pos + 17])
    return 17 + count if count <= 256 else 0


def _next_marker(data: bytes, pos: int) -> int:
    """Where the next marker (0xFF and a byte other than 0x00 or 0xFF) starts, at or after `pos`.

    Skipped as libjpeg skips them (jdmarker.c `next_marker`, "Corrupt JPEG data: N extraneous
    bytes before marker"): stray bytes between segments, 0xFF 0x00 pairs among them, and 0xFF
    fill bytes before a marker. Every viewer shows such a file; the skipped bytes are never
    copied. Raises NotAJpeg when no marker follows.
    """
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0:
            raise NotAJpeg
        while pos + 1 < len(data) and data[pos + 1] == 0xFF:
            pos += 1  # fill bytes (0xFF repeated) may precede a marker
        if pos + 1 >= len(data):
            raise NotAJpeg
        if data[pos + 1] != 0x00:
            return pos
        pos += 2


def _end_of_entropy_data(data: bytes, pos: int, *, allow_truncated: bool = False) -> int:
    """Where the scan starting at `pos` ends: the next 0xFF that is not stuffing or a restart."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            if allow_truncated:
                return len(data)
            raise NotAJpeg  # a scan with no end of image
        follower = data[pos + 1]
        if follower == 0x00 or 0xD0 <= follower <= 0xD7 or follower == 0xFF:
            pos += 1 if follower == 0xFF else 2
            continue
        return pos


def has_scan(data: bytes) -> bool:
    """Whether the segments of `data` (as `header_segments` walks them) reach a scan (SOS)."""
    pos = 2
    for _ in range(MAX_SEGMENTS):
        try:
            pos = _next_marker(data, pos)
        except NotAJpeg:
            return False
        if data[pos + 1] in (_SOS, _EOI) or pos + 4 > len(data):
            return data[pos + 1] == _SOS
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return False


def header_segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(marker, body) of each segment before the first scan; stops quietly where damaged.

    Stray bytes between segments are skipped as `strip_jpeg_metadata` skips them, so both see
    the same segments (an ICC profile or orientation after them is still found). At most
    MAX_SEGMENTS.
    """
    pos = 2
    for _ in range(MAX_SEGMENTS):
        try:
            pos = _next_marker(data, pos)
        except NotAJpeg:
            return
        if pos + 4 > len(data):
            return
        marker = data[pos + 1]
        if marker in (_SOS, _EOI):
            return
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        yield marker, data[pos + 4 : end]
        pos = end


def too_many_header_segments(read_at: Callable[[int, int], bytes]) -> bool:
    """Whether the JPEG read by `read_at(offset, size)` (the file's bytes there, fewer at its
    end) has more than MAX_SEGMENTS markers before its first scan, walked as Pillow and the
    cleaner walk them: markers without a length (RSTn, SOI, TEM) counted, and each 0xFF fill
    byte and 0xFF 0x00 pair (a real file has a few), stray bytes between segments skipped (the
    cleaner does; Pillow stops there). Such a file is refused before Pillow opens it (Pillow
    keeps every APPn and COM segment in a list) and the forecast says so. Reads at most
    MAX_SEGMENTS + 1 headers, and stray bytes 64 KiB at a time."""
    pos, count = 2, 0
    while count <= MAX_SEGMENTS:
        pair = read_at(pos, 2)
        if len(pair) < 2:
            return False
        if pair[0] != 0xFF:  # stray bytes: on to the next 0xFF
            window = read_at(pos, 65536)
            found = window.find(b"\xff")
            if found < 0 and len(window) < 65536:
                return False
            pos += found if found >= 0 else len(window)
            continue
        marker = pair[1]
        if marker in (0xFF, 0x00):
            pos += 1 if marker == 0xFF else 2  # fill byte, or a stuffed 0xFF among stray bytes
            count += 1  # a step each, so a run of them is bounded too
            continue
        if marker in (_SOS, _EOI):
            return False
        count += 1
        if marker in _STANDALONE or marker == _SOI:
            pos += 2
            continue
        length = read_at(pos + 2, 2)
        if len(length) < 2:
            return False
        pos += 2 + int.from_bytes(length, "big")
    return True


def jpeg_orientation(data: bytes) -> int:
    """The EXIF Orientation (1-8) of a JPEG, 1 if it has none or it cannot be read."""
    for marker, body in header_segments(data):
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            try:
                return _orientation_from_tiff(body[6:])
            except (IndexError, ValueError, struct.error):
                return 1
    return 1


def has_icc_profile(data: bytes) -> bool:
    """Whether a JPEG carries an ICC colour profile (APP2 "ICC_PROFILE")."""
    return any(
        marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00")
        for marker, body in header_segments(data)
    )


def orientation_exif(orientation: int) -> bytes:
    """Minimal EXIF data (a TIFF header and one directory) holding only `orientation`: the body
    of a PNG eXIf chunk, or of a JPEG APP1 after its "Exif" name."""
    return (
        b"MM\x00\x2a\x00\x00\x00\x08"  # big-endian TIFF, first directory at 8
        + b"\x00\x01"  # one entry
        + b"\x01\x12\x00\x03\x00\x00\x00\x01"  # Orientation, SHORT, one value
        + orientation.to_bytes(2, "big") + b"\x00\x00"
        + b"\x00\x00\x00\x00"  # no next directory
    )


def exif_orientation(tiff: bytes) -> int:
    """The Orientation (1-8) in EXIF data that starts with its TIFF header (a PNG eXIf chunk's
    body), 1 if it has none or it cannot be read. A leading "Exif\\0\\0" (as in a JPEG's APP1;
    some writers put it in a PNG's eXIf too, and Pillow reads it there) is skipped."""
    try:
        return _orientation_from_tiff(tiff[6:] if tiff.startswith(b"Exif\x00\x00") else tiff)
    except (IndexError, ValueError, struct.error):
        return 1


def orientation_segment(orientation: int) -> bytes:
    """A minimal APP1 EXIF segment holding only `orientation` (nothing else about the photo)."""
    body = b"Exif\x00\x00" + orientation_exif(orientation)
    return b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body


def strip_jpeg_keeping_orientation(data: bytes) -> bytes:
    """A standalone JPEG without metadata, cut-off files allowed, its orientation kept.

    The picture data stays bit for bit; a rotated photo still stands upright because its EXIF
    Orientation is written back alone. Raises NotAJpeg if the structure cannot be walked.
    """
    orientation = jpeg_orientation(data)
    stripped = strip_jpeg_metadata(data, allow_truncated=True)
    if orientation == 1:
        return stripped
    return stripped[:2] + orientation_segment(orientation) + stripped[2:]


def _orientation_from_tiff(tiff: bytes) -> int:
    if tiff[:2] not in (b"II", b"MM"):
        return 1
    fmt = "<" if tiff[:2] == b"II" else ">"
    ifd = struct.unpack_from(fmt + "I", tiff, 4)[0]
    count = struct.unpack_from(fmt + "H", tiff, ifd)[0]
    for index in range(min(count, 512)):
        tag, _, _, value = struct.unpack_from(fmt + "HHIH", tiff, ifd + 2 + 12 * index)
        if tag == 0x0112:
            return int(value) if 1 <= value <= 8 else 1
    return 1
