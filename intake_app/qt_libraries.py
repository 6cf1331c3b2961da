"""Before Qt starts: are the system libraries Qt and its X11 (xcb) platform plugin need
installed, and is there a display?

Without one of the libraries `import PySide6.QtWidgets` ends in a traceback, or QApplication
aborts the whole process (exit 134) with a long message about "xcb" plugins (it even suggests
libxcb-cursor0 when only the display is missing) that a liaison cannot act on. `start_window`
runs these checks first and says in one sentence which library is missing (and its
Debian/Ubuntu package when known) or that there is no display, then exits non-zero. Imports no
Qt itself; `start_window` imports the window only after the checks.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Sequence
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
    codes = ("app.qt_library_missing", "app.qt_library_missing_unknown")

    def __init__(self, library: str, package: str | None) -> None:
        super().__init__(code=None if package else "app.qt_library_missing_unknown",
                         library=library, package=package or "?")
        self.library = library
        self.package = package


class NoDisplay(SeinpostError):
    """There is no display to open the window on (no X server reachable, none named)."""

    code = "app.no_display"


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


def has_x_display() -> bool:
    """True when an X server accepts a connection (DISPLAY, as Qt's xcb plugin would use it).

    Asks libxcb itself (`xcb_connect`), so an unset DISPLAY, a display nobody serves and a
    refused one all count as "no display"."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False  # reported as a missing library before this is asked
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def _language(environ: dict[str, str] | os._Environ[str]) -> str:
    # As the window picks it before Qt runs: SEINPOST_LANG, then the locale; Dutch by default.
    for name in ("SEINPOST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def _import_window() -> object:
    """`intake_app.app` (which imports Qt), or QtLibraryMissing naming what the loader missed."""
    try:
        import intake_app.app as app
    except ImportError as exc:
        found = _MISSING.search(str(exc))
        if found is None:
            raise
        raise QtLibraryMissing(found.group(1), XCB_LIBRARIES.get(found.group(1))) from None
    return app


def start_window(profile: str | None, qt_options: Sequence[str] = ()) -> int:
    """Start the window for `profile` (with Qt's own start options `qt_options`, such as
    "-reverse") after the checks; on a missing library or no display print its one sentence
    (Dutch or English) on stderr and return 1."""
    environ = os.environ
    try:
        xcb = uses_xcb(dict(environ))
        if xcb:
            check_qt_libraries()
        app = _import_window()
        wayland_only = not environ.get("DISPLAY") and bool(environ.get("WAYLAND_DISPLAY"))
        if xcb and not wayland_only and not has_x_display():
            raise NoDisplay()
    except (QtLibraryMissing, NoDisplay) as exc:
        print(exc.sentence(_language(environ)), file=sys.stderr)
        return 1
    return app.run_gui(profile, qt_options)  # type: ignore[attr-defined]
