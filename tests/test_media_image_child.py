"""Pictures are cleaned in a bounded child process, as PDFs, Office documents and SVG drawings
are (issue 11, task q11a). A 200 KB PNG that declares 49 million RGBA pixels passes every check
made before Pillow opens it (`images.MAX_PIXELS`, pixels a byte) and held about 0.5 GiB while it
was decoded and written anew in the process that attaches. Now that work is the child's: the
attaching process's own peak (VmHWM, measured in a fresh interpreter) stays small, a child that
reaches its bound leaves the picture cleaned at the container level (every byte of image data
kept), and a picture neither child can clean is sealed as it is, told "too large or too
complex"."""

from __future__ import annotations

import functools
import json
import multiprocessing
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pdf_child_hooks
import pytest
from office_types_kit import seal

from intake_app.media import image_child
from intake_app.media.clean import clean_attachment
from intake_app.media.images import MAX_PIXELS, MAX_PIXELS_PER_BYTE, clean_image
from intake_app.media.outcome import attachment_outcome
from intake_app.media.png_chunks import MAX_CHUNKS
from intake_app.media.result import (
    IMAGE_CLEANED_IN_CONTAINER,
    IMAGE_CLEANER_STOPPED,
    IMAGE_INVISIBLE_COLOUR_KEPT,
    TOO_LARGE_TO_CLEAN,
)

SIDE = 7_000
"""A square of 49 million pixels: within MAX_PIXELS."""

_MEASURE = """
import json, sys, time
from intake_app.media import image_child
from intake_app.media.clean import clean_attachment
if len(sys.argv) > 2:
    image_child.CHILD_MEMORY = int(sys.argv[2])
data = open(sys.argv[1], 'rb').read()
result = clean_attachment(data, 'foto.png')
# VmHWM: this process's own peak, not its children's (ru_maxrss survives exec on Linux)
hwm = [line for line in open('/proc/self/status') if line.startswith('VmHWM:')][0]
print(json.dumps({'cleaning': result.cleaning, 'warnings': list(result.warnings),
    'canary': b'CANARY' in result.data,
    'same_idat': data[data.find(b'IDAT') - 4:] == result.data[result.data.find(b'IDAT') - 4:],
    'rss_mib': int(hwm.split()[1]) / 1024}))
"""


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


_CONTAINER_WARNINGS = (IMAGE_CLEANED_IN_CONTAINER, IMAGE_INVISIBLE_COLOUR_KEPT)
"""The bomb cleaned by the container child: RGBA kept unread, its invisible colour told."""


@functools.cache
def rgba_bomb() -> bytes:
    """A PNG of SIDE x SIDE transparent RGBA pixels (196 MB decoded, about 190 KB on disk) with
    a text chunk naming its maker."""
    packer = zlib.compressobj(9)
    row = bytes(1 + 4 * SIDE)  # filter byte 0, then the row's samples
    stream = b"".join(packer.compress(row) for _ in range(SIDE)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", SIDE, SIDE, 8, 6, 0, 0, 0))
            + _chunk(b"tEXt", b"Author\0CANARY Jan Jansen")
            + _chunk(b"IDAT", stream) + _chunk(b"IEND", b""))


def _measured(tmp_path: Path, memory: int | None = None) -> dict[str, object]:
    path = tmp_path / "foto.png"
    path.write_bytes(rgba_bomb())
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path),
                          *(() if memory is None else (str(memory),))],
                         capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_bomb_passes_every_check_made_before_pillow_opens_it() -> None:
    data = rgba_bomb()
    assert SIDE * SIDE <= MAX_PIXELS and SIDE * SIDE <= len(data) * MAX_PIXELS_PER_BYTE
    assert len(data) < 256 * 1024


def test_a_picture_that_decodes_to_200_mib_is_cleaned_without_the_attaching_process_growing(
    tmp_path: Path,
) -> None:
    measured = _measured(tmp_path)  # before: about 0.5 GiB, the decoded pixels and their copy
    assert (measured["cleaning"], measured["warnings"], measured["canary"]) == (
        "cleaned", [], False), measured
    assert measured["rss_mib"] < 150, measured


def test_a_child_stopped_by_its_memory_bound_leaves_the_picture_cleaned_in_its_container(
    tmp_path: Path,
) -> None:
    """The child may map 320 MiB here: Pillow and the file fit, the decoded pixels and their
    copy do not. The image data is kept byte for byte, the text chunk goes; kept unread, its
    colour under alpha 0 is told (review r11m R11M-14), so it is partly cleaned."""
    measured = _measured(tmp_path, memory=320 * 1024 * 1024)
    assert (measured["cleaning"], measured["warnings"], measured["canary"]) == (
        "partly-cleaned", list(_CONTAINER_WARNINGS), False), measured
    assert measured["same_idat"], measured
    assert measured["rss_mib"] < 150, measured


def test_a_child_stopped_by_its_cpu_bound_leaves_the_picture_cleaned_in_its_container(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first child that computes forever (`pdf_child_hooks.spin`) is ended by its CPU bound,
    and the second child, bounded alike, cleans the container (about 0.7 CPU s here)."""
    monkeypatch.setattr(image_child, "CHILD_TARGET", pdf_child_hooks.spin)
    monkeypatch.setattr(image_child, "CHILD_CPU_SECONDS", 3)
    started = time.monotonic()
    result = clean_attachment(rgba_bomb(), "foto.png")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", _CONTAINER_WARNINGS)
    assert b"CANARY" not in result.data
    assert time.monotonic() - started < 2 * image_child.wall_seconds(len(rgba_bomb())) + 10
    assert multiprocessing.active_children() == []


def test_a_hanging_child_leaves_the_picture_to_the_container_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_child, "CHILD_TARGET", pdf_child_hooks.hang)
    monkeypatch.setattr(image_child, "wall_seconds", lambda size: 10.0)  # the second: a few s
    result = clean_attachment(rgba_bomb(), "foto.png")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", _CONTAINER_WARNINGS)
    assert b"CANARY" not in result.data
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("hook", ["hang", "garbage", "segfault"])
def test_a_picture_neither_child_can_clean_is_sealed_as_it_is_told_too_large_or_complex(
    monkeypatch: pytest.MonkeyPatch, hook: str,
) -> None:
    monkeypatch.setattr(image_child, "CHILD_TARGET", getattr(pdf_child_hooks, hook))
    monkeypatch.setattr(image_child, "CONTAINER_TARGET", getattr(pdf_child_hooks, hook))
    monkeypatch.setattr(image_child, "wall_seconds", lambda size: 3.0)
    original = rgba_bomb()
    result = clean_attachment(original, "foto.png")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (IMAGE_CLEANER_STOPPED,))
    assert result.data == original
    assert multiprocessing.active_children() == []
    told = " ".join(attachment_outcome(1, result.cleaning, result.warnings).sentences("en"))
    assert "too large or too complex" in told and "keeps running" in told


def test_a_picture_cleaned_in_the_child_comes_back_as_the_cleaner_makes_it() -> None:
    small = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 0, 0, 0, 0))
             + _chunk(b"tEXt", b"Author\0CANARY") + _chunk(b"IDAT", zlib.compress(b"\0\x10\x20"))
             + _chunk(b"IEND", b""))
    result = clean_attachment(small, "a.png")
    here = clean_image(small, "image/png")
    assert (result.data, result.media_type, result.warnings) == (
        here.data, here.media_type, here.warnings)
    assert b"CANARY" not in result.data


def test_through_the_real_path_a_stopped_pixel_child_seals_the_picture_cleaned_in_its_container(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forecast, attach, save, seal, stock age, tar: the child may map 320 MiB (the pixels do
    not fit), the forecast says "will be cleaned", the outcome told before sealing adds that
    the colour under its transparent pixels stays (review r11m R11M-14: the container child
    keeps the picture data unread), and the office gets the picture data as it was without
    its text chunk."""
    monkeypatch.setattr(image_child, "CHILD_MEMORY", 320 * 1024 * 1024)
    original = rgba_bomb()
    sealed = seal(tmp_path, {"foto.png": original})
    (told,) = sealed.signal["attachments"]
    assert (sealed.forecasts[0].cleaning, told["cleaning"]) == ("cleaned", "partly-cleaned")
    assert told["warnings"] == list(_CONTAINER_WARNINGS)
    kept = sealed.files[sealed.members[1]]
    assert b"CANARY" not in kept and b"tEXt" not in kept
    assert kept[kept.find(b"IDAT") - 4:] == original[original.find(b"IDAT") - 4:]


def test_through_the_real_path_a_picture_no_child_can_clean_is_told_before_sealing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_child, "CHILD_TARGET", pdf_child_hooks.segfault)
    monkeypatch.setattr(image_child, "CONTAINER_TARGET", pdf_child_hooks.segfault)
    original = rgba_bomb()
    sealed = seal(tmp_path, {"foto.png": original})
    (told,) = sealed.signal["attachments"]
    assert (told["cleaning"], told["warnings"]) == ("not-cleanable", [IMAGE_CLEANER_STOPPED])
    (outcome,) = sealed.outcomes  # what the window and both command lines show before sealing
    assert "too large or too complex" in " ".join(outcome.sentences("en"))
    assert sealed.files[sealed.members[1]] == original


def test_a_picture_too_large_for_the_child_and_its_container_is_told_too_large_not_damaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bomb with more empty private chunks before its data than the container cleaner
    walks (`png_chunks.MAX_CHUNKS`; Pillow skips them): in a child held to 320 MiB, decoding
    runs out of memory and the container cannot be cleaned. Before, the MemoryError read as a
    damaged picture (`unreadable_image`)."""
    monkeypatch.setattr(image_child, "CHILD_MEMORY", 320 * 1024 * 1024)
    bomb = rgba_bomb()
    at = bomb.find(b"IDAT") - 4
    original = bomb[:at] + _chunk(b"prVt", b"") * (MAX_CHUNKS + 1) + bomb[at:]
    result = clean_attachment(original, "foto.png")
    assert result.cleaning == "not-cleanable" and result.data == original
    assert result.warnings in ((TOO_LARGE_TO_CLEAN,), (IMAGE_CLEANER_STOPPED,))
