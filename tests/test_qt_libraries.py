"""A missing Qt system library is named in one sentence instead of Qt's abort (exit 134).

The real check: in a private mount namespace (root) the real libxcb-cursor.so.0 is hidden by
bind-mounting an empty file over it, and the real app is started as a user would
(`python -m intake_app`, no QT_QPA_PLATFORM). Without the check Qt aborts the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from small_disk import skip_or_fail
from tools import require_tool

from intake_app.qt_libraries import XCB_LIBRARIES, QtLibraryMissing, check_qt_libraries

REPO = Path(__file__).resolve().parents[1]
HIDE_AND_RUN = """
set -e
mount --bind "$EMPTY" "$(readlink -f "$HIDDEN")"
exec "$@"
"""


def start_app_without(library: str, tmp_path: Path, lang: str) -> subprocess.CompletedProcess:
    if os.geteuid() != 0:
        skip_or_fail("hiding a system library needs root (a private mount namespace)")
    unshare = require_tool("unshare")
    require_tool("mount")
    hidden = next(Path(d) / library for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64",
                                               "/usr/lib/aarch64-linux-gnu", "/usr/lib")
                  if (Path(d) / library).exists())
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(EMPTY=str(empty), HIDDEN=str(hidden), DISPLAY=":99", SEINPOST_LANG=lang,
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([unshare, "--mount", "--propagation", "private", "sh", "-c",
                           HIDE_AND_RUN, "sh", sys.executable, "-m", "intake_app"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


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
