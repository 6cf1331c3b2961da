"""A JPEG's compressed picture data written anew by `jpegtran`, from its coefficients alone.

The segment cleaner (`jpeg_segments`) can tell where a segment ends, but not where a scan's
picture data ends: a decoder stops after the last block of a scan and skips whatever follows up
to the next marker ("extraneous bytes", libjpeg's word), so text put there rides along with the
scan; a table no component or scan uses is read and then never used. Finding the last block
means decoding every Huffman code, which is libjpeg's work, not ours: `jpegtran -copy none`
(libjpeg-turbo) reads the coefficients and writes a new file from them: the quantisation tables
the components use, fresh Huffman tables, one new scan, no APPn or COM segment at all. The
coefficients, and so the pixels every decoder shows, stay exactly as they were.

The child is bounded: declared coefficients checked before it starts (`MAX_COEFFICIENT_BYTES`),
libjpeg's own memory limit (it keeps no backing store: past the limit it stops), an address
space and CPU limit from the shell (`ulimit`, so no `preexec_fn` in a threaded program), a
wall-clock timeout, a bound on the number of scans (a progressive file with thousands of scans
is a known way to make a decoder work for minutes) and on the size of what comes back. It reads
from a pipe and writes to a pipe: no temporary file, nothing on the disk.
"""

from __future__ import annotations

import shutil
import subprocess

from intake_app.errors import SeinpostError

MAX_COEFFICIENT_BYTES = 768 * 1024 * 1024
"""Coefficients jpegtran holds for the whole picture (2 bytes each): about 130 million pixels
with 4:2:0 colour, so every 48-megapixel photo fits."""
MEMORY_KIB = 1024 * 1024
"""libjpeg's own limit (`-maxmemory`, kilobytes) for the coefficient arrays."""
ADDRESS_SPACE_KIB = 1536 * 1024
CPU_SECONDS = 60
WALL_SECONDS = 90
MAX_SCANS = 1000
"""Real progressive files have about ten scans."""
_SLACK = 64 * 1024
_BLOCK_BYTES = 64 * 2
"""A block's coefficients in memory."""
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_BOUNDED = 'ulimit -v "$1" && ulimit -t "$2" && shift 2 && exec "$@"'


class ScanNotRebuilt(SeinpostError):
    """jpegtran is missing, refused the file, or reached a bound; the caller keeps the scan as
    the segment cleaner left it, and says so."""

    code = "media.scan_not_rebuilt"


def rebuild_scans(jpeg: bytes) -> bytes:
    """`jpeg` (already without metadata segments) rewritten from its coefficients.

    Raises ScanNotRebuilt when the picture is over `MAX_COEFFICIENT_BYTES`, jpegtran is not
    installed, fails, runs out of a bound, or gives back something that is not a whole JPEG.
    Warnings (bytes skipped after a scan, a file cut off inside its picture data) are not
    failures: the output holds what a decoder shows.
    """
    tool = shutil.which("jpegtran")
    blocks = _blocks(jpeg)
    if tool is None or blocks * _BLOCK_BYTES > MAX_COEFFICIENT_BYTES:
        raise ScanNotRebuilt
    command = ["/bin/sh", "-c", _BOUNDED, "jpegtran", str(ADDRESS_SPACE_KIB), str(CPU_SECONDS),
               tool, "-copy", "none", "-maxscans", str(MAX_SCANS), "-maxmemory", str(MEMORY_KIB)]
    try:
        run = subprocess.run(command, input=jpeg, capture_output=True, timeout=WALL_SECONDS,
                             check=False, env={"LC_ALL": "C"})
    except (OSError, subprocess.SubprocessError) as exc:
        raise ScanNotRebuilt from exc
    out = run.stdout
    whole = out.startswith(b"\xff\xd8") and out.endswith(b"\xff\xd9")
    # a file cut off inside its picture data comes back whole, the rest of it grey: a few bits
    # a block; anything larger than the input twice over and a byte a block is not that
    if run.returncode not in (0, 2) or not whole or len(out) > 2 * len(jpeg) + _SLACK + blocks:
        raise ScanNotRebuilt  # 2 is jpegtran's "done, with warnings"
    return out


def _blocks(jpeg: bytes) -> int:
    """8x8 blocks the frame header declares over all components (0 if there is none to read)."""
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        end = pos + 2 + int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        if marker in _SOF and end - pos >= 10:
            height = int.from_bytes(jpeg[pos + 5 : pos + 7], "big")
            width = int.from_bytes(jpeg[pos + 7 : pos + 9], "big")
            count = jpeg[pos + 9]
            factors = [jpeg[pos + 11 + 3 * i] for i in range(count) if pos + 12 + 3 * i <= end]
            if not factors:
                return 0
            h_max = max(f >> 4 for f in factors) or 1
            v_max = max(f & 0x0F for f in factors) or 1
            blocks = sum(-(-width * (f >> 4) // (8 * h_max))
                         * -(-height * (f & 0x0F) // (8 * v_max)) for f in factors)
            return blocks
        if marker == 0xDA:
            return 0
        pos = end
    return 0
