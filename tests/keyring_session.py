"""A private, real Secret Service for tests: its own D-Bus session bus and gnome-keyring-daemon.

Always private, even on a desktop that has a keyring: tests create and delete entries, and must
neither touch the developer's own keyring nor wait for an unlock prompt. Each pytest-xdist worker
is its own process and so starts its own session.

Start-up is deterministic, with no polling: `dbus-daemon --fork` returns once the bus listens, and
we wait for the bus's own signal that gnome-keyring-daemon has claimed the Secret Service name.

The bus activates nothing (its own configuration, `_BUS_CONFIG`). gnome-keyring-daemon 42.1
aborts ("gkd_secret_service_get_pkcs11_session: assertion 'client' failed", then GLib's
"invoke_get_property_in_idle_cb: assertion failed: (error != NULL)") when a D-Bus property read
arrives before its record of a new client exists, and answers UnknownMethod to a method call in
that window: the `keyring` library's new connection per call hit it a few times a CI run
(vault/secret_service.py now keeps one connection per process and calls methods only). With the
standard session configuration the bus then started gnome-keyring again from
/usr/share/dbus-1/services, without the password: that stand-in opened the login keyring from
disk *locked*, and every later keyring test of the process failed far from the cause. Now the
daemon's end is reported in the test during which it happened (`check_running`, run around every
test by conftest.py), with its exit status and log, and a fresh session (`restart`) serves the
tests after it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.core
from keyring.backends import SecretService

# gnome-keyring creates the "login" collection only when --unlock is given a non-empty password.
_LOGIN_PASSWORD = "seinpost-tests-only"
_START_TIMEOUT_S = 30
_PROBE_SERVICE = "Seinpost test probe"
_SECRETS_NAME = "org.freedesktop.secrets"
_LOG_TAIL_CHARS = 2000
_SERVICE_PATH = "/org/freedesktop/secrets"
_SERVICE_IFACE = "org.freedesktop.Secret.Service"
_INTERNAL_IFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
_LOGIN_PATH = "/org/freedesktop/secrets/collection/login"
# A session bus as the standard session.conf makes it, minus <standard_session_servicedirs/>:
# nothing is activated on demand (see the module docstring). Everyone on it is this test
# process and its children.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class KeyringSessionError(RuntimeError):
    """The private Secret Service could not be started; the message says why."""


class SecretServiceSession:
    def __init__(self) -> None:
        self.base: Path | None = None
        self.address: str | None = None
        self._bus_pid: int | None = None
        self._keyring: subprocess.Popen[bytes] | None = None
        self._saved_address: str | None = None
        self._saved_data_home: str | None = None
        self._env_changed = False
        self._daemon_env: dict[str, str] = {}
        self._saved_backend: keyring.backend.KeyringBackend | None = None

    def start(self) -> None:
        for tool in ("dbus-daemon", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                raise KeyringSessionError(f"{tool} is not installed")
        self.base = Path(tempfile.mkdtemp(prefix="seinpost-keyring-"))
        env = self._private_env(self.base)
        config = self.base / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.base / "bus"), encoding="utf-8")
        bus = self._run(
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--fork",
                "--nopidfile",
                "--print-address=1",
                "--print-pid=1",
            ],
            env,
        )
        lines = bus.stdout.split()
        if len(lines) < 2 or not lines[1].isdigit():
            raise KeyringSessionError(f"dbus-daemon gave no address: {bus.stdout!r}")
        self.address, self._bus_pid = lines[0], int(lines[1])
        env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        self._daemon_env = env
        self._start_keyring_daemon(env)
        self._saved_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        self._saved_data_home = os.environ.get("XDG_DATA_HOME")
        self._env_changed = True
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address
        # The app and its keyring share one user's data folder, where gnome-keyring keeps its
        # files (vault/keyring_home.py reads whether a keyring's file is encrypted).
        os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
        self._saved_backend = keyring.get_keyring()
        # keyring decides once per process which backends are viable (keyring.backend.once): a
        # test that asked for the keyring before this session started (no bus then) would
        # leave the Secret Service out for good, and the keyring tests would skip.
        with contextlib.suppress(AttributeError, KeyError):
            keyring.backend.get_all_keyring.reset()
        keyring.core.init_backend()  # choose again, now that a Secret Service is reachable
        self._check_round_trip()

    def check_running(self) -> None:
        """KeyringSessionError if gnome-keyring-daemon has ended since `start`, with its exit
        status and the end of its log: every later keyring call would fail for that reason."""
        if self._keyring is None or self._keyring.poll() is None:
            return
        status = self._keyring.returncode
        how = f"signal {-status}" if status < 0 else f"exit status {status}"
        raise KeyringSessionError(
            f"gnome-keyring-daemon (pid {self._keyring.pid}) ended with {how}; "
            f"its log ends: {self._log_tail()!r}")

    def restart(self) -> None:
        """A new bus and gnome-keyring-daemon in place of ended ones (the login keyring empty
        again); the ended daemon's log is dropped with its folder, after check_running has
        quoted it."""
        self.stop()
        self.start()

    def restart_daemon(self, *, delete_keyring_files: bool = False,
                       default_alias: str | None = None,
                       while_stopped: Callable[[Path], None] | None = None) -> None:
        """Stop gnome-keyring-daemon and start a new one on the same bus, as systemd restarts a
        desktop's after it ended: the same keyrings on disk, a new owner of the name, none of
        the old one's sessions. With `delete_keyring_files` the keyrings' own files are deleted
        while it is stopped, as someone with the powered-off disk can: the new daemon makes an
        empty login keyring, as the next login does. `default_alias` written into the keyrings'
        `default` file while it is stopped ("" deletes the file), as someone with the
        powered-off disk can. `while_stopped(keyrings folder)` runs while it is stopped (files
        renamed or written there as someone with the powered-off disk can)."""
        assert self._keyring is not None and self.base is not None
        self._keyring.terminate()
        self._keyring.wait(timeout=_START_TIMEOUT_S)
        if while_stopped is not None:
            while_stopped(self.base / "data" / "keyrings")
        if delete_keyring_files:
            shutil.rmtree(self.base / "data" / "keyrings")
        if default_alias is not None:  # the file gnome-keyring reads its default alias from
            alias = self.base / "data" / "keyrings" / "default"
            if default_alias:
                alias.write_text(default_alias, encoding="utf-8")
            else:
                alias.unlink(missing_ok=True)
        self._start_keyring_daemon(self._daemon_env)

    @contextlib.contextmanager
    def login_locked(self) -> Iterator[None]:
        """The login keyring locked inside the block, as a desktop keyring can be, and unlocked
        again after it, whatever happened inside."""
        self.lock_login()
        try:
            yield
        finally:
            self.unlock_login()

    def lock_login(self) -> None:
        """Lock the login collection, as a desktop keyring is locked by its owner or a timeout
        (Secret Service `Lock`, which asks for no prompt)."""
        from jeepney import DBusAddress, new_method_call

        service = DBusAddress(_SERVICE_PATH, bus_name=_SECRETS_NAME, interface=_SERVICE_IFACE)
        with self._connection() as call:
            reply = call(new_method_call(service, "Lock", "ao", ([_LOGIN_PATH],)))
        if reply[0] != [_LOGIN_PATH]:
            raise KeyringSessionError(f"gnome-keyring did not lock the login keyring: {reply!r}")

    def unlock_login(self) -> None:
        """Unlock the login collection with its password and no prompt: gnome-keyring's own
        UnlockWithMasterPassword (the Secret Service's `Unlock` would need a prompter, which a
        test bus does not have). The secret goes in a "plain" session: this bus is private."""
        from jeepney import DBusAddress, new_method_call

        service = DBusAddress(_SERVICE_PATH, bus_name=_SECRETS_NAME, interface=_SERVICE_IFACE)
        internal = DBusAddress(_SERVICE_PATH, bus_name=_SECRETS_NAME, interface=_INTERNAL_IFACE)
        with self._connection() as call:  # the session lives as long as its connection
            _, session = call(new_method_call(service, "OpenSession", "sv", ("plain", ("s", ""))))
            secret = (session, b"", _LOGIN_PASSWORD.encode(), "text/plain")
            call(new_method_call(internal, "UnlockWithMasterPassword", "o(oayays)",
                                 (_LOGIN_PATH, secret)))

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Callable[[Any], tuple]]:
        """One D-Bus connection to the private bus; yields `call(message) -> reply body`."""
        from jeepney import MessageType
        from jeepney.io.blocking import open_dbus_connection

        if self.address is None:
            raise KeyringSessionError("the private Secret Service is not running")
        with open_dbus_connection(bus=self.address) as conn:
            def call(message: Any) -> tuple:
                reply = conn.send_and_get_reply(message, timeout=_START_TIMEOUT_S)
                if reply.header.message_type is MessageType.error:
                    raise KeyringSessionError(f"gnome-keyring refused: {reply.body!r}")
                return reply.body
            yield call

    def _log_tail(self) -> str:
        if self.base is None:
            return ""
        try:
            return (self.base / "gnome-keyring.log").read_text(
                encoding="utf-8", errors="replace")[-_LOG_TAIL_CHARS:]
        except OSError as exc:
            return f"(no log: {exc})"

    def stop(self) -> None:
        if self._saved_backend is not None:
            keyring.set_keyring(self._saved_backend)
            self._saved_backend = None
        if self._env_changed:
            for name, saved in (("DBUS_SESSION_BUS_ADDRESS", self._saved_address),
                                ("XDG_DATA_HOME", self._saved_data_home)):
                if saved is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = saved
            self._env_changed = False
        self.address = None
        if self._keyring is not None:
            self._keyring.terminate()
            try:
                self._keyring.wait(timeout=_START_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._keyring.kill()
                self._keyring.wait()
            self._keyring = None
        if self._bus_pid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(self._bus_pid, signal.SIGTERM)
            self._bus_pid = None
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _private_env(base: Path) -> dict[str, str]:
        env = dict(os.environ)
        for name in ("home", "data", "config", "cache", "runtime"):
            (base / name).mkdir(mode=0o700)
        env.update(
            HOME=str(base / "home"),
            XDG_DATA_HOME=str(base / "data"),
            XDG_CONFIG_HOME=str(base / "config"),
            XDG_CACHE_HOME=str(base / "cache"),
            XDG_RUNTIME_DIR=str(base / "runtime"),
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("GNOME_KEYRING_CONTROL", None)
        return env

    @staticmethod
    def _run(
        argv: list[str], env: dict[str, str], stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        try:
            done = subprocess.run(
                argv,
                env=env,
                input=stdin if stdin is not None else "",
                capture_output=True,
                text=True,
                timeout=_START_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise KeyringSessionError(f"{argv[0]} did not start: {exc}") from exc
        if done.returncode != 0:
            raise KeyringSessionError(
                f"{argv[0]} exited with {done.returncode}: {done.stderr.strip()[:500]}"
            )
        return done

    def _start_keyring_daemon(self, env: dict[str, str]) -> None:
        """Start gnome-keyring-daemon in the foreground (so we own its process) and return once
        it owns org.freedesktop.secrets on our bus: we wait for that D-Bus signal, not a clock."""
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        assert self.address is not None and self.base is not None
        rule = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
            path="/org/freedesktop/DBus",
        )
        rule.add_arg_condition(0, _SECRETS_NAME)
        try:
            with open_dbus_connection(bus=self.address) as conn:
                conn.send_and_get_reply(message_bus.AddMatch(rule))
                with conn.filter(rule) as owner_changed, open(
                        self.base / "gnome-keyring.log", "ab") as log:
                    self._keyring = subprocess.Popen(
                        [
                            "gnome-keyring-daemon",
                            "--foreground",
                            "--unlock",
                            "--components=secrets",
                        ],
                        env=env,
                        stdin=subprocess.PIPE,
                        stdout=log,
                        stderr=log,
                    )
                    assert self._keyring.stdin is not None
                    self._keyring.stdin.write(_LOGIN_PASSWORD.encode())
                    self._keyring.stdin.close()
                    conn.recv_until_filtered(owner_changed, timeout=_START_TIMEOUT_S)
        except (OSError, TimeoutError, ConnectionError) as exc:
            raise KeyringSessionError(f"gnome-keyring-daemon did not come up: {exc!r}") from exc

    @staticmethod
    def _check_round_trip() -> None:
        """The keyring library chose the Secret Service, and the product's one way to it
        (intake_app/vault/secret_service.py) stores, reads and deletes an entry."""
        from intake_app.vault import secret_service

        backend = keyring.get_keyring()
        if not isinstance(backend, SecretService.Keyring):
            raise KeyringSessionError(
                f"keyring chose {type(backend).__module__}.{type(backend).__name__}, "
                "not the Secret Service (is PYTHON_KEYRING_BACKEND or a keyringrc.cfg set?)"
            )
        try:
            secret_service.set_password(_PROBE_SERVICE, "probe", "round trip")
            value = secret_service.get_password(_PROBE_SERVICE, "probe")
            secret_service.delete_password(_PROBE_SERVICE, "probe")
        except Exception as exc:
            raise KeyringSessionError(f"Secret Service round trip failed: {exc}") from exc
        if value != "round trip":
            raise KeyringSessionError("Secret Service returned a different value")
