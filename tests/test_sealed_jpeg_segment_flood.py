"""Review r11k R11K-4 (issue 11, threat model 7; task q11b): a JPEG made of tiny segments is
dealt with in bounded time and memory.

A real JPEG has tens of marker segments. One whose header holds a million empty APP15 segments
(`FF EF 00 02`, 4 MB) or a million one-byte comments cost 174 MB and 4 CPU seconds in the
attaching process (the review's 20 MB file: 705 MB, 20 s), most of it in Pillow's list of APPn
segments. Now a JPEG with more than `jpeg_segments.MAX_SEGMENTS` header segments is refused
before Pillow opens it (sealed as it is, `too_large_to_clean`), and the forecast says so first.
Each flood is cleaned in a fresh interpreter that reports its own CPU seconds and peak memory
(VmHWM); one goes the real path (forecast, attach, seal, stock age, tar).
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cleaning_cost import COST
from office_types_kit import seal
from PIL import Image

from intake_app.media.jpeg_segments import MAX_SEGMENTS, too_many_header_segments

_MEASURE = COST + """
import json, sys
from intake_app.media.clean import clean_attachment
data = open(sys.argv[1], 'rb').read()
start = cpu_now()
result = clean_attachment(data, 'foto.jpg')
print(json.dumps({'cpu': cpu_now() - start, 'cleaning': result.cleaning,
    'warnings': list(result.warnings), 'rss_mib': peak_mib()}))
"""
_EMPTY_APP15 = b"\xff\xef\x00\x02"
_ONE_BYTE_COMMENT = b"\xff\xfe\x00\x03x"


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, "JPEG")
    return out.getvalue()


def _flooded(segment: bytes, count: int) -> bytes:
    photo = _photo()
    return photo[:2] + segment * count + photo[2:]


def _measured(data: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "foto.jpg"
    path.write_bytes(data)
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                         text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("segment", [_EMPTY_APP15, _ONE_BYTE_COMMENT], ids=["app15", "comment"])
def test_a_jpeg_of_a_million_tiny_segments_is_refused_in_under_a_cpu_second_and_80_mib(
        segment: bytes, tmp_path: Path) -> None:
    measured = _measured(_flooded(segment, 1_000_000), tmp_path)  # before: 4 CPU s, 174 MB
    assert (measured["cleaning"], measured["warnings"]) == ("not-cleanable", ["too_large_to_clean"]), measured
    assert measured["cpu"] < 1.0, measured
    assert measured["rss_mib"] < 80, measured


def test_a_flooded_jpeg_is_forecast_and_sealed_as_it_is_and_a_real_one_still_cleaned(tmp_path: Path) -> None:
    flooded = _flooded(_EMPTY_APP15, MAX_SEGMENTS + 1)  # before: forecast and told "Cleaned"
    sealed = seal(tmp_path, {"foto.jpg": flooded, "gewoon.jpg": _flooded(_EMPTY_APP15, 50)})
    first, second = sealed.signal["attachments"]
    assert (first["cleaning"], first["warnings"]) == ("not-cleanable", ["too_large_to_clean"])
    assert (sealed.forecasts[0].cleaning, sealed.forecasts[0].warnings) == ("not-cleanable", ("too_large_to_clean",))
    assert sealed.files[sealed.members[1]] == flooded
    assert second["cleaning"] == "cleaned" and sealed.forecasts[1].cleaning == "cleaned"
    assert _EMPTY_APP15 not in sealed.files[sealed.members[2]]


def test_the_walk_counts_segments_fill_bytes_and_markers_without_a_length() -> None:
    def walk(data: bytes) -> bool:
        return too_many_header_segments(lambda at, count: data[at:at + count])

    assert not walk(_flooded(_EMPTY_APP15, MAX_SEGMENTS - 20))  # the photo has a few of its own
    assert walk(_flooded(_EMPTY_APP15, MAX_SEGMENTS + 1))
    assert walk(_flooded(b"\xff\xd0", MAX_SEGMENTS + 1))  # RST0: Pillow reads on past it
    assert walk(_flooded(b"\xff", MAX_SEGMENTS + 2))  # fill bytes before the first marker
    assert not walk(_flooded(b"stray", 100_000))  # stray bytes are skipped, 64 KiB at a time
