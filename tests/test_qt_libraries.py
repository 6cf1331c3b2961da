"""A missing Qt system library is named in one sentence instead of Qt's abort (exit 134).

The real check: the real app is started as a user would (`python -m intake_app`, no
QT_QPA_PLATFORM, a DISPLAY) with an unloadable libxcb-cursor.so.0 (an empty file) first on the
dynamic loader's path (LD_LIBRARY_PATH): to the loader, and so to Qt, that library cannot be
loaded, exactly as when the package is not installed. Without the check Qt aborts the process
(exit 134). No root needed, nothing on the machine is changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.qt_libraries import XCB_LIBRARIES, QtLibraryMissing, check_qt_libraries

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
