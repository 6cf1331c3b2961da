"""Children for `media/pdf_child.py`'s tests that fail the way qpdf can: a real segmentation
fault, a child that never answers, one that answers garbage. Module-level functions, so that a
"spawn" child can import them (it gets the parent's sys.path)."""

from __future__ import annotations

import ctypes
import time
from multiprocessing.connection import Connection


def segfault(connection: Connection, memory: int, cpu_seconds: int, *_: str) -> None:
    """Read the PDF, then read memory at address 0: the kernel sends SIGSEGV, as it did when
    qpdf swapped a dictionary for a stream under a held handle."""
    connection.recv_bytes()
    ctypes.string_at(0)


def hang(connection: Connection, memory: int, cpu_seconds: int, *_: str) -> None:
    """Read the PDF and never answer (a runaway loop, a lock never released)."""
    connection.recv_bytes()
    time.sleep(3600)


def garbage(connection: Connection, memory: int, cpu_seconds: int, *_: str) -> None:
    """Answer what is not an answer (a child a hostile file took over)."""
    connection.recv_bytes()
    connection.send_bytes(b"\x80\x04 not json")


def spin(connection: Connection, memory: int, cpu_seconds: int, *_: str) -> None:
    """Bound itself as a cleaner does, read the file, then compute forever (a decoder in a
    loop): only the CPU bound ends it."""
    from intake_app.media.bounded_child import bound

    bound(memory, cpu_seconds)
    connection.recv_bytes()
    while True:
        pass
