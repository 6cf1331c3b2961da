"""Metadata segments cut out of a JPEG without decoding it (for JPEGs inside PDFs and Office files).

Used where re-encoding is not an option because the JPEG is part of a larger document. The pixels
stay bit for bit; every APPn segment (EXIF, XMP, IPTC, ICC, maker data, JFIF thumbnails) and every
comment goes, except Adobe's APP14, which decoders need for the colour transform. Anything after
the end-of-image marker (phone makers append extra images and data there) goes too.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError

_SOI, _EOI, _SOS, _COM, _APP14 = 0xD8, 0xD9, 0xDA, 0xFE, 0xEE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # markers without a length field


class NotAJpeg(SeinpostError):
    """The bytes are not a JPEG this module can walk safely; leave them alone."""

    code = "media.not_a_jpeg"


def strip_jpeg_metadata(data: bytes) -> bytes:
    """`data` without metadata segments and trailing bytes; raises NotAJpeg if malformed."""
    if not data.startswith(b"\xff\xd8"):
        raise NotAJpeg
    out = bytearray(b"\xff\xd8")
    pos = 2
    while True:
        pos = _next_marker(data, pos)
        marker = data[pos + 1]
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out)
        if marker in _STANDALONE or marker == _SOI:
            raise NotAJpeg  # not where a header segment belongs
        if pos + 4 > len(data):
            raise NotAJpeg
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end > len(data) or end < pos + 4:
            raise NotAJpeg
        if not _is_metadata(marker, data[pos + 4 : end]):
            out += data[pos:end]
        if marker == _SOS:
            scan_end = _end_of_entropy_data(data, end)
            out += data[end:scan_end]
            end = scan_end
        pos = end


def _is_metadata(marker: int, body: bytes) -> bool:
    if marker == _COM:
        return True
    if 0xE0 <= marker <= 0xEF:
        return not (marker == _APP14 and body.startswith(b"Adobe"))
    return False


def _next_marker(data: bytes, pos: int) -> int:
    # fill bytes (0xFF repeated) may precede a marker
    while pos + 1 < len(data) and data[pos] == 0xFF and data[pos + 1] == 0xFF:
        pos += 1
    if pos + 1 >= len(data) or data[pos] != 0xFF:
        raise NotAJpeg
    return pos


def _end_of_entropy_data(data: bytes, pos: int) -> int:
    """Where the scan starting at `pos` ends: the next 0xFF that is not stuffing or a restart."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise NotAJpeg  # a scan with no end of image
        follower = data[pos + 1]
        if follower == 0x00 or 0xD0 <= follower <= 0xD7 or follower == 0xFF:
            pos += 1 if follower == 0xFF else 2
            continue
        return pos
