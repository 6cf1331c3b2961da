"""A private Secret Service for benchmarks: its own D-Bus session bus and gnome-keyring-daemon.

An unlock as the person waits for it includes reading the device secret from the keyring, so
the benchmark needs a real one, and must never touch the user's own. `private_keyring()` starts
both daemons in a temporary folder, points this process (and the children it starts) at them,
and stops them afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_LOGIN_PASSWORD = b"seinpost-benchmark-only"
_START_TIMEOUT_S = 30.0


def _secrets_name_claimed(env: dict[str, str]) -> bool:
    found = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
         "string:org.freedesktop.secrets"],
        env=env, capture_output=True, text=True, check=False)
    return "boolean true" in found.stdout


@contextlib.contextmanager
def private_keyring() -> Iterator[None]:
    """Run the body with a private, unlocked Secret Service (RuntimeError if none can start)."""
    for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is not installed: the unlock benchmark needs a keyring")
    base = Path(tempfile.mkdtemp(prefix="seinpost-bench-keyring-"))
    env = dict(os.environ, HOME=str(base), XDG_RUNTIME_DIR=str(base),
               XDG_DATA_HOME=str(base / "data"))
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--nopidfile",
         f"--address=unix:path={base / 'bus'}", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, check=True).stdout.split()
    address, bus_pid = bus[0], int(bus[1])
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    saved = {name: os.environ.get(name) for name in ("DBUS_SESSION_BUS_ADDRESS", "HOME",
                                                     "XDG_RUNTIME_DIR", "XDG_DATA_HOME")}
    try:
        assert daemon.stdin is not None
        daemon.stdin.write(_LOGIN_PASSWORD)
        daemon.stdin.close()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not _secrets_name_claimed(env):
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gnome-keyring-daemon did not start")
            time.sleep(0.05)
        for name in saved:
            os.environ[name] = env[name]
        import keyring.core

        keyring.core.init_backend()  # choose again, now that a Secret Service is reachable
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        daemon.terminate()
        daemon.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.kill(bus_pid, signal.SIGTERM)
        shutil.rmtree(base, ignore_errors=True)
