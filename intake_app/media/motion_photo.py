"""Whether a JPEG is a motion photo: a short video stored after the picture's end (review r11e I6).

Google's Motion Photos (and the older "MVIMG" micro videos) and Samsung's motion photos keep an
MP4 after the JPEG's end-of-image marker (Samsung behind a `MotionPhoto_Data` marker). A viewer
shows the still picture; the phone's gallery plays the video. Cleaning keeps only the picture
(what follows the end of the image can hold anything, and a video has its own metadata: the
place, the phone), so the video goes; this says so, so the liaison is told what was left out.
"""

from __future__ import annotations

_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # markers without a length field
_LOOK = 64 * 1024
"""Bytes after the end of the image searched for the video's first box (Samsung puts its
marker and sometimes other data first; Google starts the MP4 right away)."""


def has_appended_video(data: bytes) -> bool:
    """True when an ISO media file (MP4, QuickTime: a `ftyp` box) begins within the first
    `_LOOK` bytes after the end of the JPEG picture in `data`; False for anything else, a
    damaged or cut-off file included. Never raises."""
    end = _end_of_image(data)
    if end is None:
        return False
    tail = data[end : end + _LOOK]
    at = tail.find(b"ftyp")
    while at >= 4:
        size = int.from_bytes(tail[at - 4 : at], "big")
        if 16 <= size <= 4096 and tail[at + 4 : at + 8].isascii():
            return True  # a box's size, its type, a four-letter brand
        at = tail.find(b"ftyp", at + 1)
    return False


def _end_of_image(data: bytes) -> int | None:
    """The offset just after the first picture's end-of-image marker, or None."""
    if not data.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 1 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == _EOI:
            return pos + 2
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker == _SOI or pos + 4 > len(data):
            return None
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end < pos + 4 or end > len(data):
            return None
        pos = _end_of_scan(data, end) if marker == _SOS else end
        if pos is None:
            return None
    return None


def _end_of_scan(data: bytes, pos: int) -> int | None:
    """Where the entropy-coded data starting at `pos` ends: the next marker that is not byte
    stuffing (0xFF00) or a restart marker."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return None
        follower = data[pos + 1]
        if follower == 0x00 or 0xD0 <= follower <= 0xD7:
            pos += 2
        elif follower == 0xFF:
            pos += 1
        else:
            return pos
