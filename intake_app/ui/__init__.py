"""The window (Qt). Importing this package imports PySide6 and turns off one start-up cost of it.

PySide6 replaces Python's `__import__`: after every import it reads the source file of the
imported module, once per module, to see whether it mentions PySide6 (`shibokensupport.feature`,
PySide's opt-in `from __feature__ import snake_case, true_property`). Seinpost selects no such
feature anywhere, so the answer changes nothing, yet reading the sources of the sixty-odd
modules the first screen imports costs as many extra file reads on a cold start and about
15 ms of CPU (benchmarks/startup.py). Here every module simply counts as one that uses PySide
with no feature selected (0), the scan's own answer for PySide's users: nothing is read. Only
PySide's internals are touched, so a PySide without them (another version) is left as it is.
"""

from __future__ import annotations


def _skip_pyside_source_scan() -> None:
    import PySide6.QtCore  # noqa: F401 - sets up shiboken's import hook and its feature module

    try:
        from PySide6.support import feature
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


def _uses_pyside(_module: object) -> bool:
    return True


_skip_pyside_source_scan()
