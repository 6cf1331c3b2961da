"""No library output reaches the user's screen while cleaning (issue 11, kind 5; issue 10, 3).

Pillow's TIFF reader logs "More samples per pixel than can be decoded" at ERROR through its
*logger*, not the warnings module; with no handler configured, Python's last-resort handler
printed it on stderr. Each file below is cleaned in a fresh interpreter (pytest installs its own
log handlers, which would hide the last-resort path) and stderr must stay empty.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

from PIL import Image


def tiff_with_samples_per_pixel(samples: int) -> bytes:
    """A 4x4 RGB TIFF whose SamplesPerPixel tag (277) says `samples`, with an Artist tag."""
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (7, 8, 9)).save(out, "TIFF", tiffinfo={315: "CANARY Artist"})
    data = bytearray(out.getvalue())
    ifd = struct.unpack_from("<I", data, 4)[0]
    for index in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * index
        if struct.unpack_from("<H", data, entry)[0] == 277:
            struct.pack_into("<HHII", data, entry, 277, 3, 1, samples)
    return bytes(data)


def clean_in_child(path: Path, name: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from intake_app.media.clean import clean_attachment\n"
        "r = clean_attachment(open(sys.argv[1], 'rb').read(), sys.argv[2])\n"
        "print(r.cleaning, b'CANARY' in r.data)\n"
    )
    return subprocess.run([sys.executable, "-c", code, str(path), name], capture_output=True,
                          text=True, check=True, timeout=120)


def test_pillow_logger_error_on_a_tiff_with_100_samples_per_pixel_stays_off_stderr(
    tmp_path: Path,
) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(tiff_with_samples_per_pixel(100))
    run = clean_in_child(path, "scan.tif")
    assert run.stdout.split() == ["cleaned", "False"]  # container-level cleaning, Artist gone
    assert run.stderr == ""
