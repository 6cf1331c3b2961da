"""The installed versions of the components the app is built on, read once off the GUI thread.

Package metadata is found by scanning every folder on `sys.path`: the About box read it for a
dozen distributions on the GUI thread and held the window 61–65 ms (review r12ab R1). The
engine loader reads them on its worker (`warm`), so the box only looks them up. Imports no Qt.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

#: The distributions the About box names, in its order (ui/about_dialog.py COMPONENTS).
DISTRIBUTIONS = (
    "PySide6-Essentials", "PyNaCl", "cryptography", "keyring", "platformdirs", "Pillow",
    "pillow-heif", "pikepdf", "Babel", "segno", "zxcvbn", "wordfreq",
)


@cache
def installed(name: str) -> str:
    """The installed version of distribution `name` ("1.5.0"), or "—" when it is not installed;
    read once per process."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "—"


def warm() -> None:
    """Read every version in DISTRIBUTIONS now, and the engine's format list's modules, so the
    About box does neither on the GUI thread."""
    for name in DISTRIBUTIONS:
        installed(name)
    import intake_app.services.formats  # noqa: F401  (the box lists the formats it names)
