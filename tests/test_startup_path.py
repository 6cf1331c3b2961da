"""The window's start: the first screen loads only what it shows, and never waits for a D-Bus
session bus to be autolaunched (benchmarks/startup.py times it; these check the causes).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from liaison_fixtures import fast_session, make_office

from intake_app.app import NO_BUS, choose_session_bus

# Loaded later, off the GUI thread: the keyring library, libsodium, the passphrase rule, the
# engines behind the headless commands and the set-up wizard.
HEAVY = ("keyring", "nacl", "zxcvbn", "PIL", "pikepdf", "tqdm", "cryptography",
         "intake_app.vault.vault", "intake_app.services", "intake_app.store",
         "intake_app.media", "intake_app.cli.liaison_commands", "intake_app.cli.front_door",
         "intake_app.ui.setup_page", "intake_app.ui.workspace_page")

# Nor does the first screen, drawn, need these: OpenSSL's libcrypto through hashlib (5 MB read
# from disk at a cold start), the Unicode database (1.2 MB; its texts are ASCII).
NOT_FOR_THE_FIRST_SCREEN = (*HEAVY, "secrets", "hmac", "hashlib", "_hashlib", "unicodedata")

PROBE = """
import json, sys
from intake_app.cli import liaison
import intake_app.app
print(json.dumps(sorted(sys.modules)))
"""


def test_the_window_start_path_imports_no_engine_and_no_headless_command() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    loaded = set(json.loads(done.stdout))
    early = sorted(name for name in loaded
                   if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY))
    assert early == []


FIRST_SCREEN = """
import json, sys

# Source files read to look into a module (inspect and linecache: PySide's per-import scan,
# ui/__init__.py), as opposed to compiling it.
scans = []

def audit(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".py"):
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename.endswith(("linecache.py", "inspect.py")):
                scans.append(args[0])
                return
            frame = frame.f_back

sys.addaudithook(audit)
import intake_app.ui  # PySide6's own set-up, during which its scan cannot be off yet
setup_scans = len(scans)
import intake_app.app as app_module
from PySide6.QtCore import QTimer

# What loads after the first screen (the vault's notes, the engines) is not asked about here.
app_module.MainWindow._after_first_screen = lambda self: None

class Probe(app_module.QApplication):
    def exec(self):
        self.probe = QTimer()
        self.probe.setInterval(5)
        self.probe.timeout.connect(look)
        self.probe.start()
        return super().exec()

def look():
    for window in Probe.topLevelWidgets():
        page = getattr(window, "unlock_page", None)
        if page is not None and page.isVisible() and window.pages.currentWidget() is page:
            window.repaint()
            print(json.dumps({"modules": sorted(sys.modules), "scans": scans[setup_scans:]}),
                  flush=True)
            Probe.instance().exit(0)

app_module.QApplication = Probe
from intake_app.cli.liaison import main
sys.exit(main(["--profile", sys.argv[1]]))
"""


def _first_screen(tmp_path: Path) -> dict[str, list[str]]:
    fast_session(tmp_path / "profile", make_office(tmp_path / "office")).lock()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(tmp_path / "profile")],
        capture_output=True, text=True, check=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEINPOST_LANG": "nl",
             "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    return json.loads(done.stdout)


def test_the_drawn_first_screen_has_loaded_no_engine_no_openssl_and_no_unicode_table(
        tmp_path: Path) -> None:
    loaded = set(_first_screen(tmp_path)["modules"])
    assert "intake_app.ui.unlock_page" in loaded  # the probe saw the real first screen
    early = sorted(name for name in loaded if any(
        name == heavy or name.startswith(heavy + ".") for heavy in NOT_FOR_THE_FIRST_SCREEN))
    assert early == []


def test_the_first_screen_reads_no_module_source_to_look_into_it(tmp_path: Path) -> None:
    # PySide6 read the source of every module imported after it (sixty-odd files at a cold
    # start) to look for "PySide6" in it; ui/__init__.py turns that off once PySide is set up.
    assert _first_screen(tmp_path)["scans"] == []


def test_a_given_session_bus_is_kept() -> None:
    environ = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert choose_session_bus(environ) == "given"
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"


def test_the_systemd_user_bus_is_named_when_the_variable_is_missing(tmp_path: Path) -> None:
    bus = tmp_path / "bus"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(bus))
        environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
        assert choose_session_bus(environ) == "user bus"
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={bus}"


def test_without_any_session_bus_autolaunch_is_declined(tmp_path: Path) -> None:
    (tmp_path / "bus").write_text("not a socket")  # a file of that name is no bus
    environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert choose_session_bus(environ) == "none"
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS
    bare: dict[str, str] = {}
    assert choose_session_bus(bare) == "none"
    assert bare["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS
