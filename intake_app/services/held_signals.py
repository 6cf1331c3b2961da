"""SIGTERM and SIGHUP held while a passphrase attempt is counted, then delivered.

The vault counts an attempt in vault.json before the passphrase is stretched and takes it back
only when the passphrase turns out right (docs/SECURITY.md, *the failed-attempt counter*): a
process ended in between leaves the attempt counted, on purpose, so that killing the app at the
right moment never buys an uncounted guess. But SIGTERM and SIGHUP are how a system asks a
program to end (a terminal window closed, a logout or shutdown, a service manager stopping it),
and with Python's default they ended a *correct* unlock mid-Argon2id with its attempt counted:
such counts piled up past wipe-after, and then one typo erased the vault (review r7h, R7H-11).

So every counted attempt is made inside `held()` (services/liaison.py, session_security.py; the
window's tasks through ui/tasks.py): a SIGTERM or SIGHUP that comes in meanwhile is noted, and
once the attempt has answered (the count taken back, or kept for a wrong passphrase) the
handlers in place before are put back and the signal is raised again, so the process ends as
it would have (Python's default: ended by that signal; in the window, ui/end_signals.py's
handler: it quits as Ctrl+Q does), a second or two later. A wrong
passphrase stays counted; nothing is learnt from a held attempt that the answer does not say.
Holds nest (a process-wide depth): the signals are delivered when the outermost one ends.

Python lets only the main thread set signal handlers: `hold` elsewhere does nothing and says
so (False), and the caller then relies on a hold taken in the main thread (the window's task
runner). A platform without SIGHUP holds SIGTERM alone. SIGKILL and a power cut cannot be held:
an attempt cut by them stays counted, as designed. Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

_NAMES = ("SIGTERM", "SIGHUP")
_lock = threading.Lock()
_depth = 0
_before: dict[int, Any] = {}  # signal number -> the handler in place before the outermost hold
_caught: list[int] = []  # signal numbers that came in while held, in order, once each


def _note(number: int, _frame: FrameType | None) -> None:
    if number not in _caught:
        _caught.append(number)


def hold() -> bool:
    """Begin holding SIGTERM and SIGHUP (see the module docstring); True when this call holds
    them and `let_go` must follow, False when called outside the main thread (nothing done)."""
    global _depth
    if threading.current_thread() is not threading.main_thread():
        return False
    with _lock:
        if _depth == 0:
            for name in _NAMES:
                number = getattr(signal, name, None)
                if number is not None:
                    _before[number] = signal.signal(number, _note)
        _depth += 1
    return True


def let_go() -> None:
    """End one `hold` (main thread); at the outermost, put the earlier handlers back and raise
    each signal that came in meanwhile, as it came (by default the process then ends)."""
    global _depth
    with _lock:
        if _depth == 0:
            return
        _depth -= 1
        if _depth:
            return
        before = dict(_before)
        _before.clear()
        caught = list(_caught)
        _caught.clear()
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
    for number in caught:
        signal.raise_signal(number)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """`hold` for the block, `let_go` after it, however it ends."""
    holding = hold()
    try:
        yield
    finally:
        if holding:
            let_go()
