"""PDFs are cleaned in a child process: qpdf is C++, and a crash on a new hostile file must not
take the window (and the liaison's unsaved work) with it.

`clean_pdf_in_child(data)` starts a fresh interpreter (multiprocessing's "spawn": no copy of
the window's threads, and it works in the PyInstaller bundle through `freeze_support`), hands
it the bytes through a pipe (never a temporary file), and waits for `pdf.clean_pdf`'s answer:

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

import contextlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from intake_app.media import sniff
from intake_app.media.result import PDF_CLEANER_STOPPED, WARNING_CODES, Cleaned, NotCleanable

CHILD_MEMORY = 2 * 1024 * 1024 * 1024
"""Bytes of address space the child may map (the interpreter, pikepdf and qpdf, the file)."""
CHILD_CPU_SECONDS = 300
"""CPU seconds the child may use; cleaning a large real PDF takes a few."""
MAX_ANSWER = 1024 * 1024 * 1024
"""Bytes of cleaned PDF the parent accepts (cleaning never grows a file much)."""


def wall_seconds(size: int) -> float:
    """Seconds the parent waits for a file of `size` bytes: a minute, and a second per MiB."""
    return 60.0 + size / (1024 * 1024)


def clean_pdf_in_child(data: bytes) -> Cleaned:
    """`pdf.clean_pdf(data)`, run in a bounded child process.

    Raises NotCleanable with the child's warning code when the file cannot be cleaned, and with
    PDF_CLEANER_STOPPED when the child crashed, reached a bound or did not answer in time.
    """
    with _child_process(CHILD_TARGET, data) as ours:
        try:
            header = json.loads(ours.recv_bytes(4096))
            if header.get("outcome") == "not-cleanable":
                raise NotCleanable(_known(header.get("warning")))
            warnings = tuple(_known(code) for code in header.get("warnings", ()))
            if header.get("outcome") != "cleaned" or not ours.poll(wall_seconds(len(data))):
                raise NotCleanable(PDF_CLEANER_STOPPED)
            return Cleaned(ours.recv_bytes(MAX_ANSWER), sniff.PDF, warnings)
        except (EOFError, OSError, ValueError, AttributeError, TypeError) as exc:
            raise NotCleanable(PDF_CLEANER_STOPPED) from exc  # a dead child, or not an answer


def needs_password_in_child(data: bytes) -> bool:
    """`pdf.needs_password(data)` in the same bounded child: the PDF is only opened, never
    cleaned, so the forecast costs qpdf's open, not a whole cleaning (review r11f). False when
    the child fails in any way: cleaning will then say why the file is sealed as it is."""
    try:
        with _child_process(PASSWORD_TARGET, data) as ours:
            return json.loads(ours.recv_bytes(4096)).get("needs_password") is True
    except (NotCleanable, EOFError, OSError, ValueError, AttributeError, TypeError):
        return False


@contextlib.contextmanager
def _child_process(target: Callable[[Connection, int, int], None],
                   data: bytes) -> Iterator[Connection]:
    """A spawned, bounded child running `target`, handed `data`; yields the parent's end once
    the child has answered. NotCleanable(PDF_CLEANER_STOPPED) when it does not answer in time
    or dies; the child is killed and reaped on the way out, whatever happened."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=target, args=(theirs, CHILD_MEMORY, CHILD_CPU_SECONDS),
                            daemon=True)
    try:
        child.start()
        theirs.close()
        ours.send_bytes(data)
        if not ours.poll(wall_seconds(len(data))):
            raise NotCleanable(PDF_CLEANER_STOPPED)
        yield ours
    except (EOFError, OSError) as exc:
        raise NotCleanable(PDF_CLEANER_STOPPED) from exc  # a dead child
    finally:
        ours.close()
        if child.is_alive():
            child.kill()
        if child.pid is not None:
            child.join()


def _known(code: object) -> str:
    if code not in WARNING_CODES:
        raise NotCleanable(PDF_CLEANER_STOPPED)
    return str(code)


def _child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the PDF, clean it, answer; any failure ends it quietly (the
    parent reads the silence as PDF_CLEANER_STOPPED)."""
    try:
        _bound(memory, cpu_seconds)
        data = connection.recv_bytes()
        from intake_app.media.pdf import clean_pdf
        from intake_app.media.quiet import library_output_silenced

        try:
            with library_output_silenced():
                cleaned = clean_pdf(data)
        except NotCleanable as outcome:
            connection.send_bytes(json.dumps({"outcome": "not-cleanable",
                                              "warning": outcome.warning}).encode())
            return
        connection.send_bytes(json.dumps({"outcome": "cleaned",
                                          "warnings": list(cleaned.warnings)}).encode())
        connection.send_bytes(cleaned.data)
    except BaseException:  # nothing may reach the screen; the parent reads the silence
        os._exit(70)


def _bound(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wait is the bound
        return
    for limit, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        with contextlib.suppress(ValueError, OSError):  # macOS refuses some address limits
            resource.setrlimit(limit, (value, value))


def _password_child(connection: Connection, memory: int, cpu_seconds: int) -> None:
    """Bound this process, read the PDF, answer whether it opens only with a password."""
    try:
        _bound(memory, cpu_seconds)
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
