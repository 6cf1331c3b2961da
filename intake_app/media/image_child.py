"""Pictures are cleaned in a bounded child process, as PDFs, Office documents and SVG drawings
are (issue 11, task q11a; the kind of reviews r11i R6 and r11k R11K-1, R11K-2).

Pillow and its plug-ins (libjpeg, libpng and zlib, libtiff, libwebp, libheif, the AVIF
decoder) are C code, and the checks made before a picture is opened (`images.MAX_PIXELS`, pixels
a byte, frames, a TIFF's directories) bound only what those checks foresee: a 200 KB PNG that
declares 50 million RGBA pixels passes them and holds about 200 MiB decoded, 400 MiB or more
while it is written anew. So `clean_picture_in_child(data, media_type)` runs
`images.clean_image` (every decode, re-encode, and the container fallback it chooses itself) in
a child (`bounded_child`: a fresh interpreter, the bytes through a pipe, never a temporary
file) that may use at most `CHILD_MEMORY` bytes of address space and `CHILD_CPU_SECONDS` of
CPU time, and is killed when it has not answered within `wall_seconds(len(data))`. The process
that attaches never loads Pillow for it.

A child that reaches a bound, crashes or answers garbage is not the end: the picture's
metadata is then removed at the container level (`picture_container.clean_container`:
segments, chunks, tags, blocks or items; no pixel decoded) in a second child with the same
bounds, and the outcome is "cleaned in its container" (`image_cleaned_in_container`) as for any
picture too large to decode. Only when that child fails too is it "could not be cleaned" with
the warning IMAGE_CLEANER_STOPPED (too large or too complex), the file sealed as it is; the
window keeps running either way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from multiprocessing.connection import Connection

from intake_app.media.bounded_child import Bounds, cleaned_in_child, serve
from intake_app.media.picture_kinds import CLEANED_PICTURE_TYPES
from intake_app.media.result import IMAGE_CLEANER_STOPPED, Cleaned, NotCleanable

CHILD_MEMORY = 2 * 1024 * 1024 * 1024
"""Bytes of address space the child may map: the interpreter and Pillow's libraries (about
0.4 GiB of it mapped, little of it used), the file, and at most `images.MAX_PIXELS` decoded
pixels a few copies at a time (a 48-megapixel picture: up to about 1 GiB mapped)."""
CHILD_CPU_SECONDS = 60
"""CPU seconds the child may use: several times what the largest picture allowed costs (a
48-megapixel PNG or TIFF decoded and written anew: about 10 s on a slow, shared machine)."""


def wall_seconds(size: int) -> float:
    """Seconds the parent waits for a file of `size` bytes: two and a half times the CPU bound
    (a busy machine gives the child a share of a core), and a second per MiB of file."""
    return 2.5 * CHILD_CPU_SECONDS + size / (1024 * 1024)


def clean_picture_in_child(data: bytes, media_type: str) -> Cleaned:
    """`images.clean_image(data, media_type)` run in a bounded child process; when that child
    is stopped, `picture_container.clean_container` in a second one.

    `media_type` is one of `picture_kinds.CLEANABLE_IMAGE_TYPES`. Raises NotCleanable with the
    cleaner's own warning code when the picture cannot be cleaned, and with
    IMAGE_CLEANER_STOPPED when both children crashed, reached a bound or did not answer in
    time.
    """
    bounds = Bounds(CHILD_MEMORY, CHILD_CPU_SECONDS, wall_seconds(len(data)),
                    IMAGE_CLEANER_STOPPED, CLEANED_PICTURE_TYPES)
    try:
        return cleaned_in_child(CHILD_TARGET, data, bounds, media_type)
    except NotCleanable as outcome:
        if outcome.warning != IMAGE_CLEANER_STOPPED:
            raise
    return cleaned_in_child(CONTAINER_TARGET, data, bounds, media_type)


def _child(connection: Connection, memory: int, cpu_seconds: int, media_type: str) -> None:
    """Bound this process, read the picture, clean it, answer (`bounded_child.serve`)."""
    serve(connection, memory, cpu_seconds, partial(_cleaner, media_type))


def _container_child(connection: Connection, memory: int, cpu_seconds: int,
                     media_type: str) -> None:
    """As `_child`, its metadata removed at the container level only: no pixel decoded."""
    serve(connection, memory, cpu_seconds, partial(_container_cleaner, media_type))


def _cleaner(media_type: str) -> Callable[[bytes], Cleaned]:
    from intake_app.media.images import clean_image  # Pillow and its plug-ins: loaded bounded

    return lambda data: clean_image(data, media_type)


def _container_cleaner(media_type: str) -> Callable[[bytes], Cleaned]:
    from intake_app.media.picture_container import clean_container  # decodes no pixel

    return lambda data: clean_container(data, media_type, IMAGE_CLEANER_STOPPED)


CHILD_TARGET = _child
"""What the child runs for a picture: `_child`. A module-level name so that the tests can put a
child that crashes or hangs in its place (`tests/pdf_child_hooks.py` has such children)."""
CONTAINER_TARGET = _container_child
"""What the second child runs, once the first was stopped: `_container_child`."""
