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

from intake_app.app import NO_BUS, choose_session_bus

# Loaded later, off the GUI thread: the keyring library, libsodium, the passphrase rule, the
# engines behind the headless commands and the set-up wizard.
HEAVY = ("keyring", "nacl", "zxcvbn", "PIL", "pikepdf", "tqdm", "cryptography",
         "intake_app.vault.vault", "intake_app.services", "intake_app.store",
         "intake_app.media", "intake_app.cli.liaison_commands", "intake_app.cli.front_door",
         "intake_app.ui.setup_page", "intake_app.ui.workspace_page")

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
