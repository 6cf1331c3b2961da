"""A missing Qt system library is named in one sentence instead of Qt's abort (exit 134).

The real check: the real app is started as a user would (`python -m intake_app`, no
QT_QPA_PLATFORM, a DISPLAY) with an unloadable libxcb-cursor.so.0 (an empty file) first on the
dynamic loader's path (LD_LIBRARY_PATH): to the loader, and so to Qt, that library cannot be
loaded, exactly as when the package is not installed. Without the check Qt aborts the process
(exit 134). No root needed, nothing on the machine is changed.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tools import require_tool

from intake_app.qt_libraries import XCB_LIBRARIES, QtLibraryMissing, check_qt_libraries
from intake_app.sentences import sentence

REPO = Path(__file__).resolve().parents[1]


def start_app_without(library: str, tmp_path: Path, lang: str) -> subprocess.CompletedProcess:
    broken = tmp_path / "broken-libs"
    broken.mkdir()
    (broken / library).write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(LD_LIBRARY_PATH=str(broken), DISPLAY=":99", SEINPOST_LANG=lang,
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-m", "intake_app"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("lang", "words"), [("nl", "ontbreekt"), ("en", "is missing")])
def test_a_missing_xcb_library_is_named_in_one_sentence_instead_of_an_abort(
        tmp_path: Path, lang: str, words: str) -> None:
    result = start_app_without("libxcb-cursor.so.0", tmp_path, lang)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "libxcb-cursor.so.0" in lines[0] and "libxcb-cursor0" in lines[0]
    assert words in lines[0]
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def test_every_library_in_the_table_loads_on_a_machine_with_the_runtime_packages() -> None:
    check_qt_libraries()  # make test installed [runtime]: nothing may be reported missing


def test_an_unknown_library_is_reported_with_its_package() -> None:
    table = {"libseinpost-never-installed.so.7": "seinpost-never-installed", **XCB_LIBRARIES}
    with pytest.raises(QtLibraryMissing) as missing:
        check_qt_libraries(table)
    assert (missing.value.library, missing.value.package) == (
        "libseinpost-never-installed.so.7", "seinpost-never-installed")
    assert missing.value.code == "app.qt_library_missing"


def _start_env(tmp_path: Path, lang: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(SEINPOST_LANG=lang, HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    return env


def _one_sentence(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr
    assert "qt.qpa" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize(("lang", "display"), [("nl", None), ("en", None), ("en", ":987")])
def test_no_display_is_said_in_one_sentence_instead_of_an_abort(
        tmp_path: Path, lang: str, display: str | None) -> None:
    """`env -u DISPLAY -u WAYLAND_DISPLAY intake-app --profile P` (and a DISPLAY nobody
    serves): Qt aborted with exit 134 and suggested installing libxcb-cursor0."""
    env = _start_env(tmp_path, lang, **({"DISPLAY": display} if display else {}))
    result = subprocess.run([sys.executable, "-m", "intake_app", "--profile",
                             str(tmp_path / "p")], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=120)
    _one_sentence(result, sentence("app.no_display", lang))
    assert "libxcb-cursor0" not in result.stderr


@pytest.mark.parametrize(("library", "package"), [
    ("libEGL.so.1", "libegl1"), ("libfontconfig.so.1", "libfontconfig1"),
    ("libxkbcommon.so.0", "libxkbcommon0"), ("libglib-2.0.so.0", None)])
def test_a_truly_missing_library_of_qt_is_named_in_one_sentence(
        tmp_path: Path, library: str, package: str | None) -> None:
    """The library is really gone for the started app: the system's library folder is
    overlaid, in a private mount namespace, with a whiteout (a 0/0 character device) for it.
    A library outside the table (glib, which Qt's core needs) is named too, without a package.
    The import of Qt used to end in a Python traceback."""
    folder = Path("/usr/lib") / f"{os.uname().machine}-linux-gnu"
    assert (folder / library).exists()
    missing = QtLibraryMissing(library, package)
    unshare = require_tool("unshare")
    if subprocess.run([unshare, "-m", "true"], capture_output=True, check=False).returncode:
        # Inside a chroot "/" is no mount point, so no private mount namespace can be made:
        # an unloadable stand-in first on the loader's path is the nearest truth there.
        result = start_app_without(library, tmp_path, "en")
        if package is None:  # glib: the loader then fails inside Qt's platform plugin first
            _one_sentence(result, missing.sentence("en").split(":")[0])
        else:
            _one_sentence(result, missing.sentence("en"), library)
        return
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir()
    work.mkdir()
    os.mknod(upper / library, 0o600 | stat.S_IFCHR, os.makedev(0, 0))
    script = (f"mount -t overlay overlay -o lowerdir={folder},upperdir={upper},workdir={work} "
              f"{folder} && exec \"$0\" -m intake_app --profile \"$1\"")
    env = _start_env(tmp_path, "en", DISPLAY=":987")
    result = subprocess.run([unshare, "-m", "sh", "-c", script, sys.executable,
                             str(tmp_path / "p")], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=120)
    _one_sentence(result, missing.sentence("en"), library)
    assert (folder / library).exists()  # outside the namespace nothing changed
