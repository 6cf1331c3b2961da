"""One JPEG cleaned without decoding its pixels: for JPEGs inside Office files and PDFs, and
standalone pictures cleaned at the container level.

Three steps: the segment cleaner keeps only what a decoder reads (`jpeg_segments`); jpegtran
writes the picture data anew from its coefficients, so nothing hides after a scan or in a table
nothing uses (`jpeg_scan`); where the picture is shown as a file of its own (a standalone
picture, a picture in an Office document), what it *is* is written back: its EXIF orientation
alone (a phone photo stands upright) and its colour profile, cleaned like every profile
(`icc.clean_icc`: no device, maker, owner, date or free header bytes). A PDF draws an image by
its own dictionary (size, colour space), so a JPEG inside a PDF gets neither.

The pixels every decoder shows stay the same, after orientation. What could not be done is said
in warning codes: a profile that cannot be read is dropped (`colour_profile_dropped`, as for
re-encoded pictures); picture data jpegtran could not rebuild is kept as the segment cleaner
left it (`jpeg_data_not_rebuilt`: bytes after a scan may stay).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from intake_app.media.icc import clean_icc
from intake_app.media.jpeg_scan import ScanNotRebuilt, rebuild_scans
from intake_app.media.jpeg_segments import (
    has_scan,
    header_segments,
    jpeg_orientation,
    orientation_segment,
    strip_jpeg_metadata,
)
from intake_app.media.result import COLOUR_PROFILE_DROPPED, JPEG_DATA_NOT_REBUILT

_ICC = b"ICC_PROFILE\x00"
_ICC_CHUNK = 65535 - 2 - len(_ICC) - 2
"""Profile bytes in one APP2 segment (length field, signature, sequence number and count)."""


@dataclass(frozen=True)
class CleanJpeg:
    """A cleaned JPEG and the warning codes that say what could not be kept or checked."""

    data: bytes
    warnings: tuple[str, ...]


def clean_jpeg(data: bytes, *, appearance: bool, allow_truncated: bool = False) -> CleanJpeg:
    """`data` without metadata and with its picture data rebuilt where jpegtran can.

    With `appearance`, the EXIF orientation and a cleaned ICC profile are written back.
    Raises NotAJpeg (from `jpeg_segments`) when the structure cannot be walked.
    """
    stripped = strip_jpeg_metadata(data, allow_truncated=allow_truncated)
    warnings: list[str] = []
    try:
        picture = rebuild_scans(stripped) if has_scan(stripped) else stripped  # cut before one:
    except ScanNotRebuilt:  # no picture data to rebuild, only tables
        picture = stripped
        warnings.append(JPEG_DATA_NOT_REBUILT)
    if not appearance:
        return CleanJpeg(picture, tuple(warnings))
    kept = b""
    orientation = jpeg_orientation(data)
    if orientation != 1:
        kept += orientation_segment(orientation)
    profile, present = icc_profile(data)
    cleaned = clean_icc(profile) if profile is not None else None
    if cleaned is not None and len(cleaned) <= 255 * _ICC_CHUNK:
        kept += icc_segments(cleaned)
    elif present or adobe_rgb_hint(data):  # the camera's Adobe RGB hint goes with EXIF
        warnings.append(COLOUR_PROFILE_DROPPED)
    return CleanJpeg(_after_jfif(picture, kept), tuple(warnings))


def adobe_rgb_hint(data: bytes) -> bool:
    """Whether a JPEG's EXIF says its colours are Adobe RGB without an ICC profile, as cameras
    set to Adobe RGB write (DCF 2.0 option files, `_DSC0001.JPG`): ColorSpace (0xA001) is
    "uncalibrated" (0xFFFF) and InteropIndex (0x0001 of the interoperability directory) is
    "R03". Colour-managed viewers read it; the cleaned file has no EXIF but its orientation,
    so the liaison is told its colours may look slightly different (COLOUR_PROFILE_DROPPED;
    task q11b, the rest of review r11j J8). False for anything that cannot be read."""
    for marker, body in header_segments(data):
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            try:
                return _adobe_rgb_in_exif(body[6:])
            except (IndexError, ValueError, struct.error):
                return False
    return False


def _adobe_rgb_in_exif(tiff: bytes) -> bool:
    order = {b"II": "<", b"MM": ">"}[tiff[:2]]
    exif = _entries(tiff, struct.unpack_from(order + "I", tiff, 4)[0], order).get(0x8769)
    if exif is None:
        return False
    fields = _entries(tiff, exif[1], order)
    interop = _entries(tiff, fields[0xA005][1], order) if 0xA005 in fields else {}
    colour_space = fields.get(0xA001, (0, 0))
    index = interop.get(0x0001, (0, 0))
    return (colour_space[1] & 0xFFFF if order == "<" else colour_space[1] >> 16) == 0xFFFF and (
        struct.pack(order + "I", index[1])[:3] == b"R03")


def _entries(tiff: bytes, at: int, order: str) -> dict[int, tuple[int, int]]:
    """tag -> (type, the 4-byte value field as a number) of the directory at `at` (at most 512
    entries, as `jpeg_segments` reads an orientation)."""
    count = struct.unpack_from(order + "H", tiff, at)[0]
    return {tag: (kind, value) for tag, kind, _, value in (
        struct.unpack_from(order + "HHII", tiff, at + 2 + 12 * index)
        for index in range(min(count, 512)))}


def icc_profile(data: bytes) -> tuple[bytes | None, bool]:
    """(the ICC profile reassembled from its APP2 segments, whether any such segment is there).

    None when the pieces do not add up (a sequence number missing, twice, or out of range).
    """
    pieces: dict[int, bytes] = {}
    counts: set[int] = set()
    duplicate = False
    for marker, body in header_segments(data):
        if marker != 0xE2 or not body.startswith(_ICC) or len(body) < len(_ICC) + 2:
            continue
        number, count = body[len(_ICC)], body[len(_ICC) + 1]
        duplicate = duplicate or number in pieces
        pieces[number] = body[len(_ICC) + 2 :]
        counts.add(count)
    if not pieces:
        return None, False
    if duplicate or len(counts) != 1 or sorted(pieces) != list(range(1, counts.pop() + 1)):
        return None, True
    return b"".join(pieces[number] for number in sorted(pieces)), True


def icc_segments(profile: bytes) -> bytes:
    """`profile` as APP2 "ICC_PROFILE" segments (ICC.1:2022 annex B.4), numbered from 1."""
    chunks = [profile[i : i + _ICC_CHUNK] for i in range(0, len(profile), _ICC_CHUNK)] or [b""]
    out = b""
    for number, chunk in enumerate(chunks, start=1):
        body = _ICC + bytes((number, len(chunks))) + chunk
        out += b"\xff\xe2" + (len(body) + 2).to_bytes(2, "big") + body
    return out


def _after_jfif(jpeg: bytes, segments: bytes) -> bytes:
    """`segments` put after SOI, and after JFIF's APP0 when it comes first (JFIF wants it so)."""
    at = 2
    if jpeg[2:4] == b"\xff\xe0" and jpeg[6:11] == b"JFIF\x00":
        at = 4 + int.from_bytes(jpeg[4:6], "big")
    return jpeg[:at] + segments + jpeg[at:]
