"""Benchmark: from process start to an interactive unlock screen. Goal: < 0.5 s (cold).

    .venv/bin/python benchmarks/startup.py             # 7 cold and 7 warm starts
    .venv/bin/python benchmarks/startup.py --quick     # 2 of each; no verdict

What is timed: the parent takes the monotonic clock, starts `python -m intake_app --profile P`
for a profile that exists (so the app shows its unlock screen), and the child reports the
monotonic clock at the first turn of its event loop in which the unlock page is the current
page, visible, its window exposed by the display server, and the passphrase field enabled and
the window's focus widget (Xvfb has no window manager to make the window active): the moment
a person can type. The child is the product's own `python -m intake_app`
entry; the only addition is a probe (this file's PROBE, run by `-c`) that replaces the
`QApplication` class the app uses with a subclass whose `exec()` starts a 1 ms timer for that
check before running the real event loop, and exits when it passes (so the figure can be up
to about 1 ms late). Everything else (imports, the Qt
library check, translators, style sheet, the window) runs as for a user.

It runs in a desktop-like session: a real X server (Xvfb, started here) so Qt's xcb platform
plugin loads as on a desktop (without Xvfb it falls back to QT_QPA_PLATFORM=offscreen and says
so), and a private D-Bus session bus with an unlocked gnome-keyring on it (private_keyring.py,
what dbus-run-session gives plus the keyring a desktop has; the profile itself is a
passphrase-only one, and the keyring is only asked after the first screen). Without a session
bus a start once waited about 3 s for libdbus to autolaunch one; the app now declines that
(app.choose_session_bus), and a few warm starts without any bus are reported as a figure.
Cold starts drop the page cache first (root only; otherwise they are reported as warm), like
the first start after a reboot; the goal is judged on the cold median.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Samples, Verdicts, describe_machine, drop_caches
from inputs import BenchOffice, new_profile
from private_keyring import private_keyring

from intake_app.vault import KdfParams

PROBE = r"""
import sys, time
import intake_app.app as app_module
from PySide6.QtCore import QTimer

class ProbedApplication(app_module.QApplication):
    def exec(self):
        # One timer, looking every millisecond (a 0 ms timer would spin and slow the start).
        self.probe = QTimer()
        self.probe.setInterval(1)
        self.probe.timeout.connect(ready)
        self.probe.start()
        return super().exec()

def ready():
    for window in ProbedApplication.topLevelWidgets():
        page = getattr(window, "unlock_page", None)
        handle = window.windowHandle()
        if (page is not None and window.pages.currentWidget() is page and page.isVisible()
                and handle is not None and handle.isExposed() and page.passphrase.isEnabled()
                and window.focusWidget() is page.passphrase):
            print(f"READY {time.monotonic():.6f}", flush=True)
            ProbedApplication.instance().probe.stop()
            ProbedApplication.instance().exit(0)
            return

app_module.QApplication = ProbedApplication
from intake_app.cli.liaison import main
sys.exit(main(["--profile", sys.argv[1]]))
"""


def bytecode_note() -> str:
    """Whether the package's bytecode is compiled (`make bytecode`); a figure only: without it,
    and with PYTHONDONTWRITEBYTECODE set, every start compiles the package again."""
    import importlib.util

    import intake_app.app as app

    compiled = Path(importlib.util.cache_from_source(app.__file__)).exists()
    if compiled:
        return "bytecode: intake_app is compiled (__pycache__), as after `make run`"
    return ("bytecode: intake_app is NOT compiled and PYTHONDONTWRITEBYTECODE="
            f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}: every start compiles it "
            "(`make bytecode` does it once)")


def start_display() -> tuple[subprocess.Popen | None, dict[str, str]]:
    """Xvfb on a free display number, or None and the offscreen platform."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None, {**env, "QT_QPA_PLATFORM": "offscreen"}
    for number in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1280x800x24",
                                       "-nolisten", "tcp", "-noreset"], stderr=subprocess.DEVNULL)
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, {**env, "DISPLAY": f":{number}"}
                time.sleep(0.05)
            server.kill()
    raise SystemExit("could not start Xvfb")


def one_start(profile: Path, env: dict[str, str]) -> float:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", PROBE, str(profile)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("READY ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the app did not reach its unlock screen (exit {done.returncode}): "
                           f"{done.stderr.strip()[-500:]}")
    return float(lines[0].split()[1]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 starts of each kind; no verdict")
    parser.add_argument("--rounds", type=int, default=None, help="starts of each kind (7)")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 7)
    verdicts = Verdicts(quick=args.quick)
    print(describe_machine(), flush=True)
    print(bytecode_note(), flush=True)
    with private_keyring():
        server, env = start_display()
        try:
            with tempfile.TemporaryDirectory(prefix="seinpost-startup-") as tmp:
                root = Path(tmp)
                env = {**env, "HOME": str(root / "home"),
                       "XDG_CONFIG_HOME": str(root / "config"), "SEINPOST_LANG": "nl"}
                office = BenchOffice.create(root / "office-keys")
                new_profile(root / "profile", office, kdf=KdfParams.moderate()).lock()
                print("display: " + ("Xvfb (xcb)" if server else "offscreen (no Xvfb here)")
                      + "; session: a private D-Bus session bus (dbus-daemon --session) with "
                      "gnome-keyring on it, as on a desktop", flush=True)
                cold, warm = Samples(cache="cold"), Samples(cache="warm")
                no_bus = Samples(cache="warm")
                runtime = root / "runtime"  # an XDG_RUNTIME_DIR without a bus in it
                runtime.mkdir()
                bare = {k: v for k, v in env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
                bare["XDG_RUNTIME_DIR"] = str(runtime)
                for _ in range(rounds):
                    if drop_caches() != "cold":
                        cold.cache = "warm"
                    cold.add(one_start(root / "profile", env))
                    warm.add(one_start(root / "profile", env))
                for _ in range(max(2, rounds // 2)):
                    no_bus.add(one_start(root / "profile", bare))
                print(f"warm starts (files in the page cache): {warm.describe()}", flush=True)
                print(f"warm starts without any session bus (figure only): {no_bus.describe()}",
                      flush=True)
                verdicts.goal("process start to interactive unlock screen, cold", cold,
                              limit=0.5)
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=10)
    return verdicts.finish()


if __name__ == "__main__":
    sys.exit(main())
