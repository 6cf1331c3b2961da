"""Office documents are cleaned in a bounded child process (review r11i R6, threat model 7).

The bounds on the ZIP (`office_docs`: entries, declared size, ratio, one XML part, all XML
parts together) keep what is parsed finite, but the work inside them is pure Python that grows
with what a small file inflates to: about a CPU second and 40 MiB of memory for each MiB of
XML (a 24 MiB part: 19 to 25 CPU seconds and 0.9 GB on the review's machine), and any rule that
a hostile part makes slow would run for as long as it likes in the window's process. So, as
for a PDF (`pdf_child`), `clean_office_in_child(data)` runs `office_docs.clean_office_document`
in a child (`bounded_child`: a fresh interpreter, the bytes through a pipe, never a temporary
file) that may use at most `CHILD_MEMORY` bytes of address space and `CHILD_CPU_SECONDS` of
CPU time, and is killed when it has not answered within `wall_seconds(len(data))`. A child that
reaches a bound, crashes or answers garbage is the outcome "could not be cleaned" with the
warning OFFICE_CLEANER_STOPPED; the file is then sealed as it is, warned, and the window (whose
worker only waits on the pipe) keeps running.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.connection import Connection

from intake_app.media.bounded_child import Bounds, cleaned_in_child, serve
from intake_app.media.result import OFFICE_CLEANER_STOPPED, Cleaned

CHILD_MEMORY = 2 * 1024 * 1024 * 1024
"""Bytes of address space the child may map: the interpreter, Pillow for pictures inside, the
file, and one XML part's tree at its largest (`office_zip.MAX_XML_PART`, about 0.9 GB)."""
CHILD_CPU_SECONDS = 120
"""CPU seconds the child may use: more than twice what the most XML a package may hold
(`office_zip.MAX_XML_TOTAL`, 48 MiB) costs on the review's machine (50 s), for a slower
laptop."""


def wall_seconds(size: int) -> float:
    """Seconds the parent waits for a file of `size` bytes: two and a half times the CPU bound
    (a busy machine gives the child a share of a core), and a second per MiB of file."""
    return 2.5 * CHILD_CPU_SECONDS + size / (1024 * 1024)


def clean_office_in_child(data: bytes) -> Cleaned:
    """`office_docs.clean_office_document(data)`, run in a bounded child process.

    Raises NotCleanable with the cleaner's own warning code when the file cannot be cleaned,
    and with OFFICE_CLEANER_STOPPED when the child crashed, reached a bound or did not answer
    in time.
    """
    from intake_app.media.office_docs import OFFICE_CONTAINER_TYPES  # no XML parsing: cheap

    bounds = Bounds(CHILD_MEMORY, CHILD_CPU_SECONDS, wall_seconds(len(data)),
                    OFFICE_CLEANER_STOPPED, OFFICE_CONTAINER_TYPES)
    return cleaned_in_child(CHILD_TARGET, data, bounds)


def _child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the document, clean it, answer (`bounded_child.serve`)."""
    serve(connection, memory, cpu_seconds, _cleaner)


def _cleaner() -> Callable[[bytes], Cleaned]:
    from intake_app.media.office_docs import clean_office_document

    return clean_office_document


CHILD_TARGET = _child
"""What the child runs: `_child`. A module-level name so that the tests can put a child that
crashes or hangs in its place (`tests/pdf_child_hooks.py` has such children)."""
