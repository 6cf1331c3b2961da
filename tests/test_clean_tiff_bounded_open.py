"""Issue 11, threat model 7, review r11k R11K-1 and R11K-2: a hostile TIFF is bounded before
Pillow opens it. Many directories (Pillow counts them in quadratic time) and more strip offsets
than the picture has rows (Pillow builds an object for each, ~135 bytes of memory a byte of file)
are told by Seinpost's own walk (`tiff_layout.within_pillow_bounds`), so the file goes to the
container cleaner or is refused, in a fraction of the time and memory. Each file is cleaned in a
fresh interpreter that reports the CPU seconds and peak memory of itself and of its children (the
cleaning child, since task q11a: `cleaning_cost`)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

from cleaning_cost import COST

from intake_app.media.tiff_layout import MAX_DIRECTORIES, within_pillow_bounds

_MEASURE = COST + """
import json, sys
from intake_app.media.clean import clean_attachment
data = open(sys.argv[1], 'rb').read()
start = cpu_now()
result = clean_attachment(data, 'scan.tif')
print(json.dumps({'cpu': cpu_now() - start, 'cleaning': result.cleaning,
    'canary': b'CANARY' in result.data, 'rss_mib': peak_mib()}))
"""

def _entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
    return struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")


def _chain(directories: int) -> bytes:
    """A 1x1 page whose directory (with Artist "CANARY") is repeated `directories` times."""
    artist = b"CANARY Artist\0"
    head = bytearray(b"II*\0" + struct.pack("<I", 8 + len(artist) + 2) + artist + b"\x80\0")
    pixel = 8 + len(artist)
    entries = [_entry(256, 3, 1, b"\1\0"), _entry(257, 3, 1, b"\1\0"), _entry(258, 3, 1, b"\x08\0"),
               _entry(259, 3, 1, b"\1\0"), _entry(262, 3, 1, b"\1\0"),
               _entry(273, 4, 1, struct.pack("<I", pixel)), _entry(277, 3, 1, b"\1\0"),
               _entry(278, 3, 1, b"\1\0"), _entry(279, 4, 1, b"\1\0\0\0"),
               _entry(315, 2, len(artist), struct.pack("<I", 8))]
    size = 2 + 12 * len(entries) + 4
    out = head
    for index in range(directories):
        following = len(out) + size if index < directories - 1 else 0
        out += struct.pack("<H", len(entries)) + b"".join(entries) + struct.pack("<I", following)
    return bytes(out)


def _many_strips(strips: int) -> bytes:
    """A 1x2-pixel page with `strips` SHORT strip offsets (review r11k's gen_strips2.py)."""
    artist = b"CANARY Artist\0"
    offsets_at = 8 + 2 + 12 * 10 + 4
    entries = [_entry(256, 3, 1, b"\1\0"), _entry(257, 3, 1, b"\2\0"), _entry(258, 3, 1, b"\x08\0"),
               _entry(259, 3, 1, b"\1\0"), _entry(262, 3, 1, b"\1\0"),
               _entry(273, 3, strips, struct.pack("<I", offsets_at)), _entry(277, 3, 1, b"\1\0"),
               _entry(278, 3, 1, b"\1\0"), _entry(279, 3, 1, b"\1\0"),
               _entry(315, 2, len(artist), struct.pack("<I", offsets_at + 2 * strips))]
    return (b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", 10) + b"".join(entries)
            + b"\0\0\0\0" + struct.pack("<H", 9) * strips + artist)


def _measured(data: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "scan.tif"
    path.write_bytes(data)
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                         text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_a_tiff_of_40000_directories_is_dealt_with_in_under_3_cpu_seconds(tmp_path: Path) -> None:
    measured = _measured(_chain(40_000), tmp_path)  # before: about 10 CPU s in Pillow's n_frames
    assert measured["cpu"] < 3.0, measured
    assert measured["cleaning"] == "not-cleanable" or not measured["canary"], measured


def test_a_4_mb_tiff_of_2_million_strips_is_dealt_with_in_under_250_mib(tmp_path: Path) -> None:
    measured = _measured(_many_strips(2_000_000), tmp_path)  # before: 540 MB, 11 CPU s
    assert measured["rss_mib"] < 250, measured
    assert measured["cpu"] < 3.0, measured
    assert measured["cleaning"] == "not-cleanable" or not measured["canary"], measured


def test_the_walk_tells_directories_loops_and_strips_beyond_the_bounds() -> None:
    assert within_pillow_bounds(_chain(MAX_DIRECTORIES))
    assert not within_pillow_bounds(_chain(MAX_DIRECTORIES + 1))
    assert within_pillow_bounds(_many_strips(2))
    assert not within_pillow_bounds(_many_strips(3))
    looped = bytearray(_chain(2))  # the second directory points back to the first
    struct.pack_into("<I", looped, len(looped) - 4, struct.unpack_from("<I", looped, 4)[0])
    assert not within_pillow_bounds(bytes(looped))
