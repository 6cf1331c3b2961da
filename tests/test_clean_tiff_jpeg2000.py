"""Issue 11, task line 3: a TIFF whose pages are JPEG 2000 codestreams (compression 33003/33005,
Aperio's slide scanners; 34712) cannot be decoded here, so it is cleaned at the container level.
Before, its strips were kept whole with `image_data_not_trimmed` ("partly cleaned"): a name in
a codestream's comment segments (main header, tile-part header) or after its end reached the
office. Now each codestream keeps only what a decoder reads (`media/jpeg2000.py`), its picture
bytes unchanged: the file is cleaned, private tags and Artist gone. Through the real path
(forecast, attach, save, seal, stock age, tar); the sealed codestream is decoded by OpenJPEG
(Pillow) and compared sample for sample with the original's.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import struct
from pathlib import Path

from media_kit import CANARY, canaries, exiftool, identifying_tags
from office_types_kit import seal
from PIL import Image

from intake_app.media.result import IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED

_NAME = b"CANARY Jan Jansen C:\\Users\\jjansen\\scan"


def _com(text: bytes) -> bytes:
    return b"\xff\x64" + struct.pack(">HH", 4 + len(text), 1) + text  # Rcom 1: Latin text


def _codestream(*, commented: bool = True) -> bytes:
    """A 16x8 RGB codestream (OpenJPEG, lossless), with a comment naming someone in the main
    header and in the tile-part header, and the name again after EOC."""
    im = Image.frombytes("RGB", (16, 8), bytes((x * 16 + c * 40 + y * 9) % 256 for y in range(8) for x in range(16) for c in range(3)))
    out = io.BytesIO()
    im.save(out, "JPEG2000", no_jp2=True, irreversible=False)
    data = out.getvalue()
    if not commented:
        return data
    sot = data.index(b"\xff\x90")
    part = bytearray(data[sot:-2])
    psot = struct.unpack_from(">I", part, 6)[0]
    tile_comment = _com(b"tile " + _NAME)
    struct.pack_into(">I", part, 6, psot + len(tile_comment))
    return data[:sot] + _com(_NAME) + bytes(part[:12]) + tile_comment + bytes(part[12:]) + b"\xff\xd9" + _NAME


def _tiff(compression: int, strip: bytes) -> bytes:
    """A little-endian TIFF of one 16x8 RGB page in `compression`, its one strip `strip`, with
    an Artist and a private tag (65000) naming someone."""
    artist = _NAME + b"\x00"
    entries = [(256, 3, 1, 16), (257, 3, 1, 8), (258, 3, 3, None), (259, 3, 1, compression), (262, 3, 1, 2),
               (273, 4, 1, None), (277, 3, 1, 3), (278, 3, 1, 8), (279, 4, 1, len(strip)),
               (315, 2, len(artist), None), (65000, 2, len(artist), None)]
    directory_at = 8
    values_at = directory_at + 2 + 12 * len(entries) + 4
    bits_at, strip_at = values_at, values_at + 6
    artist_at = strip_at + len(strip) + (len(strip) & 1)
    out = bytearray(b"II*\x00" + struct.pack("<I", directory_at) + struct.pack("<H", len(entries)))
    where = {258: bits_at, 273: strip_at, 315: artist_at, 65000: artist_at}
    for tag, kind, count, value in entries:
        value = where[tag] if value is None else value
        packed = struct.pack("<HH", value, 0) if kind == 3 and count == 1 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    out += struct.pack("<I", 0) + struct.pack("<HHH", 8, 8, 8) + strip + b"\x00" * (len(strip) & 1) + artist
    return bytes(out)


def _strip_of(tiff: bytes) -> bytes:
    """The one strip of a little-endian TIFF's first page (tags 273, 279)."""
    offset = struct.unpack_from("<I", tiff, 4)[0]
    count = struct.unpack_from("<H", tiff, offset)[0]
    tags = {}
    for index in range(count):
        tag, _kind, _number, value = struct.unpack_from("<HHII", tiff, offset + 2 + 12 * index)
        tags[tag] = value
    return tiff[tags[273]:tags[273] + tags[279]]


def _samples(codestream: bytes) -> bytes:
    with Image.open(io.BytesIO(codestream), formats=["JPEG2000"]) as im:
        return im.convert("RGB").tobytes()


def test_a_tiff_of_jpeg2000_codestreams_is_cleaned_in_its_container_with_every_sample(tmp_path: Path) -> None:
    originals = {f"scan{c}.tif": _tiff(c, _codestream()) for c in (33005, 34712)}
    sealed = seal(tmp_path, originals)
    for index, (name, original) in enumerate(originals.items()):
        assert original.count(b"CANARY") == 4  # Artist (the private tag shares it), two comments, the tail
        entry = sealed.signal["attachments"][index]
        assert (entry["cleaning"], entry["warnings"]) == ("cleaned", [IMAGE_CLEANED_IN_CONTAINER]), name
        assert sealed.forecasts[index].cleaning == "cleaned"
        data = sealed.files[sealed.members[index + 1]]
        assert CANARY not in data and canaries(data) == [], name
        assert identifying_tags(data) == [], name
        assert exiftool(data)["IFD0:Compression"] != "", name
        strip = _strip_of(data)
        assert strip.startswith(b"\xff\x4f\xff\x51") and strip.endswith(b"\xff\xd9")
        assert b"\xff\x64" not in strip.split(b"\xff\x93")[0]  # no comment in any header
        assert _samples(strip) == _samples(_strip_of(original)), name


def test_a_codestream_with_a_marker_seinpost_does_not_know_is_kept_whole_and_said(tmp_path: Path) -> None:
    codestream = _codestream(commented=False)
    sot = codestream.index(b"\xff\x90")
    odd = codestream[:sot] + b"\xff\x6f\x00\x0a" + _NAME[:8] + codestream[sot:]  # a segment no standard names
    sealed = seal(tmp_path, {"scan.tif": _tiff(34712, odd)})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("partly-cleaned", [IMAGE_CLEANED_IN_CONTAINER, IMAGE_DATA_NOT_TRIMMED])
    assert _strip_of(sealed.files[sealed.members[1]]) == odd
