"""How Seinpost talks to gnome-keyring: one D-Bus connection per process, method calls only.

gnome-keyring 42 aborts when a property read meets a client it has no record of yet (its record
is made in an idle callback after the client's first message), and answers "not implemented"
to a method call in the same window; a new connection per keyring call (the `keyring`
library's way) opened that window thousands of times a test run and made CI flaky
(vault/secret_service.py). These tests watch the private bus as a D-Bus monitor while the
product creates, reads, searches and deletes entries, with the login keyring unlocked and
locked, and count what reached the Secret Service.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

from intake_app.vault import KeyringUnavailable, device_secret

SECRETS = "org.freedesktop.secrets"
PROPERTIES = "org.freedesktop.DBus.Properties"

pytestmark = pytest.mark.usefixtures("secret_service")


class BusWatch:
    """Every method call to the Secret Service and every new client of the bus, seen by a D-Bus
    monitor (org.freedesktop.DBus.Monitoring.BecomeMonitor) between start and `stop`."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.calls: list[tuple[str, str, str]] = []  # (sender, interface, member)
        self.new_clients: set[str] = set()
        self._sentinel = f"/seinpost/sentinel/{uuid.uuid4().hex}"
        self._conn = open_dbus_connection(bus=address)
        monitoring = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                                 interface="org.freedesktop.DBus.Monitoring")
        rules = [f"type='method_call',destination='{SECRETS}'",
                 "type='signal',interface='org.freedesktop.DBus',member='NameOwnerChanged'"]
        self._conn.send_and_get_reply(new_method_call(monitoring, "BecomeMonitor", "asu",
                                                      (rules, 0)))
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            message = self._conn.receive()
            fields = message.header.fields
            if message.header.message_type is not MessageType.method_call:
                if fields.get(HeaderFields.member) == "NameOwnerChanged":
                    _name, old, new = message.body
                    if new and not old:
                        self.new_clients.add(new)
                continue
            if fields.get(HeaderFields.path) == self._sentinel:
                return
            self.calls.append((fields.get(HeaderFields.sender, ""),
                               fields.get(HeaderFields.interface, ""),
                               fields.get(HeaderFields.member, "")))

    def stop(self) -> None:
        """Wait until the monitor has seen everything sent before this call, then close it."""
        with open_dbus_connection(bus=self.address) as poke:
            sentinel = DBusAddress(self._sentinel, bus_name=SECRETS,
                                   interface="org.freedesktop.DBus.Peer")
            poke.send_and_get_reply(new_method_call(sentinel, "Ping"), timeout=25)
            sentinel_client = poke.unique_name
        self._thread.join(timeout=25)
        self._conn.close()
        assert not self._thread.is_alive(), "the monitor never saw the sentinel"
        self.new_clients.discard(sentinel_client)


@pytest.fixture
def watch(secret_service) -> Iterator[Callable[[], BusWatch]]:
    watches: list[BusWatch] = []

    def start() -> BusWatch:
        watches.append(BusWatch(secret_service.address))
        return watches[-1]
    yield start


def everything_the_product_asks(secret_service) -> None:
    """Create, read, search, mark, wipe-note and delete entries, then the same with the login
    keyring locked (refused as "locked", nothing deleted)."""
    profile_id = f"pattern-{uuid.uuid4().hex}"
    assert device_secret.create(profile_id) is not None
    assert len(device_secret.load(profile_id)) == device_secret.SECRET_BYTES
    assert device_secret.has_entry(profile_id)
    device_secret.save_mark(profile_id, "7:mac")
    assert device_secret.load_mark(profile_id) == "7:mac"
    device_secret.mark_wiped(profile_id, "witness")
    assert device_secret.is_marked_wiped(profile_id, "witness")
    device_secret.forget_wiped(profile_id)
    with secret_service.login_locked():
        assert device_secret.has_entry(profile_id)  # a locked keyring still answers a search
        with pytest.raises(KeyringUnavailable) as refused:
            device_secret.load(profile_id)
        assert refused.value.code == "vault.keyring_locked"
    device_secret.delete(profile_id)
    assert not device_secret.has_entry(profile_id)


def test_the_product_reads_no_property_of_the_secret_service(secret_service, watch) -> None:
    seen = watch()
    everything_the_product_asks(secret_service)
    seen.stop()
    members = {(interface, member) for _sender, interface, member in seen.calls}
    assert ("org.freedesktop.Secret.Service", "SearchItems") in members  # the watch sees calls
    assert [call for call in seen.calls if call[1] == PROPERTIES] == []


def test_the_product_uses_one_connection_to_the_secret_service_per_process(
        secret_service, watch) -> None:
    everything_the_product_asks(secret_service)  # this process's connection is made by now
    seen = watch()
    everything_the_product_asks(secret_service)
    seen.stop()
    # The test's own locking and unlocking (keyring_session.py) connect on their own.
    harness = {sender for sender, interface, member in seen.calls
               if member == "Lock" or interface.startswith("org.gnome.keyring")}
    product = {sender for sender, _interface, _member in seen.calls} - harness
    assert len(seen.calls) > 20
    assert len(product) == 1, f"{len(product)} connections for {len(seen.calls)} calls"
    assert product.isdisjoint(seen.new_clients)  # made before the watch, kept open


def test_a_restarted_secret_service_is_asked_again_on_a_new_connection(secret_service) -> None:
    # The one connection outlives the daemon on a desktop (systemd restarts gnome-keyring
    # after it ended): the old daemon's session is gone. One call may be refused ("not
    # available right now", nothing deleted); the next is answered by the new daemon.
    profile_id = f"restart-{uuid.uuid4().hex}"
    secret = device_secret.create(profile_id)
    assert secret is not None
    secret_service.restart_daemon()
    answers = []
    for _ in range(2):
        try:
            answers.append(device_secret.load(profile_id))
        except KeyringUnavailable:
            answers.append(None)
    assert answers[-1] == secret
    assert device_secret.has_entry(profile_id)
