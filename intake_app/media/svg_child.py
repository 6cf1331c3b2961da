"""SVG drawings are cleaned in a bounded child process, as Office documents are (`office_child`;
the same kind as review r11i R6).

An SVG is parsed and rewritten in pure Python: about 0.7 CPU seconds and 25 MiB of memory for
each MiB of drawing (a 17 MiB SVG of plain shapes: 11 CPU s, 430 MB on the review's machine),
up to `svg.MAX_SVG_BYTES`, which a small `.svgz` may inflate to. So `clean_svg_in_child(data,
compressed)` runs `svg.clean_svg` (or `clean_svgz`) in a child (`bounded_child`: a fresh
interpreter, the bytes through a pipe, never a temporary file) that may use at most
`CHILD_MEMORY` bytes of address space and `CHILD_CPU_SECONDS` of CPU time, and is killed when
it has not answered within `wall_seconds(len(data))`. A child that reaches a bound, crashes or
answers garbage is the outcome "could not be cleaned" with the warning SVG_CLEANER_STOPPED; the
file is then sealed as it is, warned, and the window keeps running.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.connection import Connection

from intake_app.media import sniff
from intake_app.media.bounded_child import Bounds, cleaned_in_child, serve
from intake_app.media.result import SVG_CLEANER_STOPPED, Cleaned

CHILD_MEMORY = 2 * 1024 * 1024 * 1024
"""Bytes of address space the child may map: the interpreter, Pillow for pictures inside, and
the tree of the largest drawing parsed (`svg.MAX_SVG_BYTES`, about 0.6 GB)."""
CHILD_CPU_SECONDS = 60
"""CPU seconds the child may use: about three times what the largest drawing costs on the
review's machine (about 17 s for 24 MiB)."""


def wall_seconds(size: int) -> float:
    """Seconds the parent waits for a file of `size` bytes: two and a half times the CPU bound
    (a busy machine gives the child a share of a core), and a second per MiB of file."""
    return 2.5 * CHILD_CPU_SECONDS + size / (1024 * 1024)


def clean_svg_in_child(data: bytes, *, compressed: bool = False) -> Cleaned:
    """`svg.clean_svg(data)`, or `svg.clean_svgz(data)` when `compressed`, run in a bounded
    child process. Raises NotCleanable with the cleaner's own warning code when the drawing
    cannot be cleaned, and with SVG_CLEANER_STOPPED when the child crashed, reached a bound or
    did not answer in time."""
    bounds = Bounds(CHILD_MEMORY, CHILD_CPU_SECONDS, wall_seconds(len(data)),
                    SVG_CLEANER_STOPPED, frozenset({sniff.SVG}))
    return cleaned_in_child(SVGZ_TARGET if compressed else CHILD_TARGET, data, bounds)


def _child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the drawing, clean it, answer (`bounded_child.serve`)."""
    serve(connection, memory, cpu_seconds, _svg)


def _svgz_child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """`_child` for a drawing compressed with gzip (`.svgz`)."""
    serve(connection, memory, cpu_seconds, _svgz)


def _svg() -> Callable[[bytes], Cleaned]:
    from intake_app.media.svg import clean_svg

    return clean_svg


def _svgz() -> Callable[[bytes], Cleaned]:
    from intake_app.media.svg import clean_svgz

    return clean_svgz


CHILD_TARGET = _child
"""What the child runs for an SVG: `_child`. A module-level name so that the tests can put a
child that crashes or hangs in its place (`tests/pdf_child_hooks.py` has such children)."""
SVGZ_TARGET = _svgz_child
"""What the child runs for an `.svgz`."""
