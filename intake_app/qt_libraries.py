"""Before Qt starts: are the system libraries its X11 (xcb) platform plugin needs installed?

Without one of them QApplication aborts the whole process (exit 134) with a long message about
"xcb" plugins that a liaison cannot act on. This check runs first and names the missing
library and the Debian/Ubuntu package that has it, in one sentence. Imports no Qt.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

from intake_app.errors import SeinpostError

# soname -> Debian/Ubuntu package (packaging/system-packages.txt, section [runtime]).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

_MISSING = re.compile(r"(lib[^\s:]+\.so[.\d]*): cannot open shared object file")


class QtLibraryMissing(SeinpostError):
    """A system library the window needs is not installed.

    `library` is the file name (soname) the loader could not find, `package` the Debian/Ubuntu
    package that provides it (None when we do not know it).
    """

    code = "app.qt_library_missing"

    def __init__(self, library: str, package: str | None) -> None:
        super().__init__(library=library, package=package or "?")
        self.library = library
        self.package = package


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """True when Qt will load its xcb plugin: on Linux, unless another platform is chosen."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    return sys.platform.startswith("linux") and platform in ("", "xcb")


def _load(name: str) -> str | None:
    """None if the dynamic loader can load `name`, else its error text."""
    try:
        ctypes.CDLL(name, mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))
    except OSError as exc:
        return str(exc)
    return None


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin file, if PySide6 ships one here."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def check_qt_libraries(libraries: dict[str, str] = XCB_LIBRARIES,
                       plugin: Path | None = None) -> None:
    """Raise QtLibraryMissing for the first library of `libraries` (soname -> package) the
    loader cannot load; then load the xcb plugin itself (`plugin`, default PySide6's) so a
    dependency not in the table is named too. Returns quietly when all load."""
    for library, package in libraries.items():
        if _load(library) is not None:
            raise QtLibraryMissing(library, package)
    plugin = plugin if plugin is not None else xcb_plugin()
    if plugin is None:
        return
    error = _load(str(plugin))
    if error is not None:
        found = _MISSING.search(error)
        library = found.group(1) if found else plugin.name
        raise QtLibraryMissing(library, libraries.get(library))


def describe(exc: QtLibraryMissing, lang: str) -> str:
    """The one sentence for a person, in `lang` ("nl" or "en")."""
    return exc.sentence(lang)
