"""A cleaner run in a bounded child process: the PDF cleaner (`pdf_child`, qpdf is C++ and a
crash must not take the window with it) and the Office cleaner (`office_child`, pure Python
whose work grows with what a small ZIP inflates to: review r11i R6).

`cleaned_in_child(target, data, bounds)` starts a fresh interpreter (multiprocessing's "spawn":
no copy of the window's threads, and it works in the PyInstaller bundle through
`freeze_support`), hands it the bytes through a pipe (never a temporary file), and reads the
answer `serve` writes there:

- the child bounds itself before it reads a byte: address space (`Bounds.memory`, bytes) and
  CPU seconds (`Bounds.cpu_seconds`), where the system has `setrlimit` (Linux, macOS; on
  Windows only the parent's wait bounds it);
- the parent waits at most `Bounds.wall_seconds` for each of the two messages and then kills
  the child;
- a child that dies (a signal, a bound reached), hangs, or answers what is not an answer counts
  as "could not be cleaned": NotCleanable(`Bounds.stopped`), the warning code whose sentence
  the liaison reads.

The answer travels as one JSON line (outcome, media type, warning codes) and the cleaned bytes,
never as a pickle: a child that a hostile file took over must not run code in the parent.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from intake_app.media.result import WARNING_CODES, Cleaned, NotCleanable

MAX_ANSWER = 1024 * 1024 * 1024
"""Bytes of cleaned file the parent accepts (cleaning never grows a file much)."""
Target = Callable[..., None]
"""What a child runs: (its end of the pipe, address-space bytes, CPU seconds, then the strings
the caller adds: a picture's media type, `image_child`)."""


@dataclass(frozen=True)
class Bounds:
    """How far one child may go: `memory` bytes of address space, `cpu_seconds` of CPU time,
    `wall_seconds` the parent waits for each answer; `stopped` is the warning code of a child
    that did not answer; `media_types` the types a cleaned answer may name."""

    memory: int
    cpu_seconds: int
    wall_seconds: float
    stopped: str
    media_types: frozenset[str]


def cleaned_in_child(target: Target, data: bytes, bounds: Bounds, *args: str) -> Cleaned:
    """The child's `Cleaned` answer for `data` (`args` go to `target` after the bounds).
    Raises NotCleanable with the child's own warning code when it says the file cannot be
    cleaned, and with `bounds.stopped` when it crashed, reached a bound, did not answer in time
    or answered what is not an answer."""
    with child_process(target, data, bounds, *args) as ours:
        try:
            header = json.loads(ours.recv_bytes(4096))
            if header.get("outcome") == "not-cleanable":
                raise NotCleanable(_known(header.get("warning"), bounds.stopped))
            warnings = tuple(_known(code, bounds.stopped) for code in header.get("warnings", ()))
            media_type = header.get("media_type")
            if (header.get("outcome") != "cleaned" or media_type not in bounds.media_types
                    or not ours.poll(bounds.wall_seconds)):
                raise NotCleanable(bounds.stopped)
            return Cleaned(ours.recv_bytes(MAX_ANSWER), str(media_type), warnings)
        except (EOFError, OSError, ValueError, AttributeError, TypeError) as exc:
            raise NotCleanable(bounds.stopped) from exc  # a dead child, or not an answer


@contextlib.contextmanager
def child_process(target: Target, data: bytes, bounds: Bounds,
                  *args: str) -> Iterator[Connection]:
    """A spawned, bounded child running `target` (with `args` after the bounds), handed
    `data`; yields the parent's end once the child has answered. NotCleanable(`bounds.stopped`)
    when it does not answer in time or dies; the child is killed and reaped on the way out,
    whatever happened."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=target, daemon=True,
                            args=(theirs, bounds.memory, bounds.cpu_seconds, *args))
    try:
        child.start()
        theirs.close()
        ours.send_bytes(data)
        if not ours.poll(bounds.wall_seconds):
            raise NotCleanable(bounds.stopped)
        yield ours
    except (EOFError, OSError) as exc:
        raise NotCleanable(bounds.stopped) from exc  # a dead child
    finally:
        ours.close()
        if child.is_alive():
            child.kill()
        if child.pid is not None:
            child.join()


def _known(code: object, stopped: str) -> str:
    if code not in WARNING_CODES:
        raise NotCleanable(stopped)
    return str(code)


def serve(connection: Connection, memory: int, cpu_seconds: int,
          cleaner: Callable[[], Callable[[bytes], Cleaned]]) -> None:
    """In the child: bound this process, read the file, clean it with what `cleaner()` gives
    (called once bounded: the cleaner's libraries load within the bounds), answer; any failure
    ends it quietly (the parent reads the silence as the bounds' `stopped`)."""
    try:
        bound(memory, cpu_seconds)
        data = connection.recv_bytes()
        from intake_app.media.quiet import library_output_silenced

        clean = cleaner()

        try:
            with library_output_silenced():
                cleaned = clean(data)
        except NotCleanable as outcome:
            connection.send_bytes(json.dumps({"outcome": "not-cleanable",
                                              "warning": outcome.warning}).encode())
            return
        connection.send_bytes(json.dumps({"outcome": "cleaned", "media_type": cleaned.media_type,
                                          "warnings": list(cleaned.warnings)}).encode())
        connection.send_bytes(cleaned.data)
    except BaseException:  # nothing may reach the screen; the parent reads the silence
        os._exit(70)


def bound(memory: int, cpu_seconds: int) -> None:
    """Limit this process to `memory` bytes of address space and `cpu_seconds` of CPU time,
    where the system allows it (a limit the system refuses is left unset)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wait is the bound
        return
    for limit, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        with contextlib.suppress(ValueError, OSError):  # macOS refuses some address limits
            resource.setrlimit(limit, (value, value))
