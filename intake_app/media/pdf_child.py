"""PDFs are cleaned in a child process: qpdf is C++, and a crash on a new hostile file must not
take the window (and the liaison's unsaved work) with it.

`clean_pdf_in_child(data)` runs `pdf.clean_pdf` in a child process (`bounded_child`, which
says how: a fresh interpreter, the bytes through a pipe, never a temporary file):

- the child bounds itself before it reads a byte: address space (`CHILD_MEMORY`) and CPU
  seconds (`CHILD_CPU_SECONDS`), where the system has `setrlimit` (Linux, macOS; on Windows
  only the parent's wait bounds it);
- the parent waits at most `wall_seconds(len(data))` and then kills the child;
- a child that dies (a signal, a bound reached), hangs, or answers what is not an answer counts
  as "could not be cleaned": NotCleanable(PDF_CLEANER_STOPPED), whose sentence the liaison
  reads; the file is then sealed as it is, warned, like any PDF that cannot be cleaned.

`needs_password_in_child(data)` asks the same kind of child only whether the PDF opens without
a password (the forecast, before saving): it is opened, never cleaned.

The answer travels as one JSON line (outcome, warning codes) and the cleaned bytes, never as a
pickle: a child that qpdf's bug let a hostile file take over must not run code in the parent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from multiprocessing.connection import Connection

from intake_app.media import sniff
from intake_app.media.bounded_child import Bounds, bound, child_process, cleaned_in_child, serve
from intake_app.media.result import PDF_CLEANER_STOPPED, Cleaned, NotCleanable

CHILD_MEMORY = 2 * 1024 * 1024 * 1024
"""Bytes of address space the child may map (the interpreter, pikepdf and qpdf, the file)."""
CHILD_CPU_SECONDS = 300
"""CPU seconds the child may use; cleaning a large real PDF takes a few."""


def wall_seconds(size: int) -> float:
    """Seconds the parent waits for a file of `size` bytes: a minute, and a second per MiB."""
    return 60.0 + size / (1024 * 1024)


def _bounds(size: int) -> Bounds:
    # read at each call, so that the tests can change one bound (tests/test_media_pdf_child.py)
    return Bounds(CHILD_MEMORY, CHILD_CPU_SECONDS, wall_seconds(size), PDF_CLEANER_STOPPED,
                  frozenset({sniff.PDF}))


def clean_pdf_in_child(data: bytes) -> Cleaned:
    """`pdf.clean_pdf(data)`, run in a bounded child process (`bounded_child`).

    Raises NotCleanable with the child's warning code when the file cannot be cleaned, and with
    PDF_CLEANER_STOPPED when the child crashed, reached a bound or did not answer in time.
    """
    return cleaned_in_child(CHILD_TARGET, data, _bounds(len(data)))


def needs_password_in_child(data: bytes) -> bool:
    """`pdf.needs_password(data)` in the same bounded child: the PDF is only opened, never
    cleaned, so the forecast costs qpdf's open, not a whole cleaning (review r11f). False when
    the child fails in any way: cleaning will then say why the file is sealed as it is."""
    try:
        with child_process(PASSWORD_TARGET, data, _bounds(len(data))) as ours:
            return json.loads(ours.recv_bytes(4096)).get("needs_password") is True
    except (NotCleanable, EOFError, OSError, ValueError, AttributeError, TypeError):
        return False


def _child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the PDF, clean it, answer (`bounded_child.serve`)."""
    serve(connection, memory, cpu_seconds, _cleaner)


def _cleaner() -> Callable[[bytes], Cleaned]:
    from intake_app.media.pdf import clean_pdf  # pikepdf and qpdf: loaded once bounded

    return clean_pdf


def _password_child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the PDF, answer whether it opens only with a password."""
    try:
        bound(memory, cpu_seconds)
        data = connection.recv_bytes()
        from intake_app.media.pdf import needs_password
        from intake_app.media.quiet import library_output_silenced

        with library_output_silenced():
            answer = needs_password(data)
        connection.send_bytes(json.dumps({"needs_password": answer}).encode())
    except BaseException:  # nothing may reach the screen; the parent reads the silence
        os._exit(70)


PASSWORD_TARGET = _password_child
"""What the forecast's child runs (`needs_password_in_child`)."""
CHILD_TARGET = _child
"""What the child runs: `_child`. A module-level name so that the tests can put a child that
really crashes (SIGSEGV) or hangs in its place (`tests/pdf_child_hooks.py`)."""
