"""The Secret Service (freedesktop.org "org.freedesktop.Secret" API), asked the way
gnome-keyring survives: one D-Bus connection per process, method calls only.

Why not `keyring`'s own Secret Service backend: it opens a new D-Bus connection for every
read and write, and its library (secretstorage) reads D-Bus properties ("Label", "Locked") on
each. gnome-keyring (42 and 50 alike) keeps a record per connected client that it creates in
an idle callback after the client's message has arrived; a property read that finds no record
aborts the whole daemon (GLib: "invoke_get_property_in_idle_cb: assertion failed"), and a
method call that finds none is answered "Method … is not implemented". The window is small but
real: 4 processes reading through `keyring` aborted the daemon within 1,500 reads each
(/work/notes and docs/SECURITY.md give the stress). So:

* one connection per process (and per bus address, so a restarted session bus is followed;
  a forked child opens its own), kept open for the life of the process;
* its first message is a SearchItems, a method whose answer without a record is an error, not
  an abort; it is repeated until the service answers it, and only then does anything else go
  over the connection;
* no property is ever read: locked or not comes from SearchItems' two lists, secrets from
  GetSecrets, the default collection from ReadAlias.

The secret travels in a Diffie-Hellman session (secretstorage's `dhcrypto`, the algorithm
"dh-ietf1024-sha256-aes128-cbc-pkcs7"), opened once per connection. Items carry the same
attributes and label as `keyring` gave them ("service", "username", "application"), so entries
made by earlier versions are found. A locked collection is unlocked by the service's own prompt;
a prompt dismissed or not shown raises `keyring.errors.KeyringLocked` (device_secret.py makes
it the "keyring locked" refusal). Every other failure raises KeyringUnavailable, with the D-Bus
error's name and text as its cause (for a log or a test; they name no secret).
"""

from __future__ import annotations

import os
import threading
from typing import Any

import keyring.errors

from intake_app.vault.errors import KeyringUnavailable

_NAME = "org.freedesktop.secrets"
_PATH = "/org/freedesktop/secrets"
_SERVICE = "org.freedesktop.Secret.Service"
_COLLECTION = "org.freedesktop.Secret.Collection"
_ITEM = "org.freedesktop.Secret.Item"
_ALGORITHM = "dh-ietf1024-sha256-aes128-cbc-pkcs7"
_UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
_TIMEOUT_S = 25  # libdbus's default reply timeout
_PROMPT_TIMEOUT_S = 120  # a person typing the keyring password
_FIRST_CONTACT_TRIES = 20
_APPLICATION = "Python keyring library"  # what `keyring` stored; kept so old entries match


class _Link:
    """One connection of this process to the Secret Service, with its encrypted session."""

    def __init__(self, address: str | None) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.pid = os.getpid()
        self.address = address
        self.connection = open_dbus_connection(bus="SESSION")
        self.session: Any = None
        try:
            self._first_contact()
            self.session = self._open_session()
        except BaseException:
            self.connection.close()
            raise

    def call(self, path: str, interface: str, method: str, signature: str | None = None,
             *body: Any) -> tuple:
        """Call `method` and return its reply's body; KeyringUnavailable on a D-Bus error."""
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        address = DBusAddress(path, bus_name=_NAME, interface=interface)
        message = new_method_call(address, method, signature, body)
        reply = self.connection.send_and_get_reply(message, timeout=_TIMEOUT_S)
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "")
            text = " ".join(str(part) for part in reply.body)
            raise _refused(f"{name}: {text}")
        return reply.body

    def _first_contact(self) -> None:
        # gnome-keyring makes its record of this client in an idle callback after the first
        # message; until then a method answers UnknownMethod (a property read would abort it).
        for _ in range(_FIRST_CONTACT_TRIES):
            try:
                self.call(_PATH, _SERVICE, "SearchItems", "a{ss}", {"service": ""})
                return
            except KeyringUnavailable as exc:
                if not str(exc.__cause__).startswith(_UNKNOWN_METHOD):
                    raise
        raise _refused("the Secret Service never answered SearchItems")

    def _open_session(self) -> Any:
        from secretstorage.dhcrypto import Session

        session = Session()
        output, path = self.call(_PATH, _SERVICE, "OpenSession", "sv", _ALGORITHM,
                                 ("ay", session.my_public_key.to_bytes(128, "big")))
        session.set_server_public_key(int.from_bytes(output[1], "big"))
        session.object_path = path
        return session


_lock = threading.RLock()
_link: _Link | None = None


def _current() -> _Link:
    """This process's link to the Secret Service of the current session bus, opened on first
    use; a forked child or a changed DBUS_SESSION_BUS_ADDRESS gets a new one."""
    global _link
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if _link is not None and (_link.pid != os.getpid() or _link.address != address):
        if _link.pid == os.getpid():
            _link.connection.close()
        _link = None
    if _link is None:
        try:
            _link = _Link(address)
        except KeyringUnavailable:
            raise
        except Exception as exc:  # no bus, no socket, a timeout: jeepney's own exceptions
            refusal = _refused(f"no connection: {type(exc).__name__}: {exc}")
            raise refusal from refusal.__cause__
    return _link


def _run(work: Any) -> Any:
    """Run `work(link)` under the process-wide lock. A locked keyring is an answer, and the
    connection stays; after any other failure it is closed and the next call connects again:
    the service may have been restarted (our session is then unknown to it, NoSession), or
    the connection itself broke."""
    global _link
    with _lock:
        link = _current()
        try:
            return work(link)
        except keyring.errors.KeyringLocked:
            raise
        except BaseException as exc:
            _link = None
            link.connection.close()
            if isinstance(exc, KeyringUnavailable) or not isinstance(exc, Exception):
                raise
            refusal = _refused(f"{type(exc).__name__}: {exc}")
            raise refusal from refusal.__cause__


def _refused(text: str) -> KeyringUnavailable:
    """The refusal ("keyring not available right now"), with what answered as its cause."""
    refusal = KeyringUnavailable()
    refusal.__cause__ = RuntimeError(f"Secret Service: {text}")
    return refusal


def _attributes(service: str, username: str) -> dict[str, str]:
    return {"service": service, "username": username}


#: The collection the Secret Service keeps in memory only, for this login (its "session" alias).
SESSION_COLLECTION = "/org/freedesktop/secrets/collection/session"


def _default_collection(link: _Link) -> str:
    """The default collection's path. KeyringUnavailable with the code
    "vault.keyring_not_persistent" when it is the in-memory session collection: gnome-keyring
    reads its default alias from a plain file (~/.local/share/keyrings/default) that anyone
    with the powered-off disk can set to "session"; a device secret stored there is gone at
    the next login, and this profile's entries, kept in the login keyring, are not found there
    (review r7j, R7J-12: "lost for good" said of a profile that was fine)."""
    (path,) = link.call(_PATH, _SERVICE, "ReadAlias", "s", "default")
    if path == "/":
        raise _refused("the Secret Service has no default collection")
    if path == SESSION_COLLECTION or path.startswith(f"{SESSION_COLLECTION}/"):
        refusal = KeyringUnavailable(code="vault.keyring_not_persistent")
        refusal.__cause__ = RuntimeError("Secret Service: the default collection is 'session'")
        raise refusal
    return path


def _unlock(link: _Link, path: str) -> None:
    """Unlock the collection at `path` (the service may prompt); KeyringLocked if it stays
    locked."""
    from secretstorage.util import exec_prompt

    unlocked, prompt = link.call(_PATH, _SERVICE, "Unlock", "ao", [path])
    if path in unlocked:
        return
    if prompt == "/":
        raise keyring.errors.KeyringLocked("The Secret Service did not unlock the collection")
    try:
        dismissed, (_signature, result) = exec_prompt(link.connection, prompt,
                                                      timeout=_PROMPT_TIMEOUT_S)
    except Exception as exc:
        raise keyring.errors.KeyringLocked(f"No unlock prompt: {type(exc).__name__}") from exc
    if dismissed or path not in result:
        raise keyring.errors.KeyringLocked("The unlock prompt was dismissed")


def _ours(link: _Link, service: str, username: str) -> tuple[str, list[str], list[str]]:
    """The default collection's path and its items for (service, username): unlocked, locked."""
    collection = _default_collection(link)
    unlocked, locked = link.call(_PATH, _SERVICE, "SearchItems", "a{ss}",
                                 _attributes(service, username))
    inside = f"{collection}/"
    return (collection, [p for p in unlocked if p.startswith(inside)],
            [p for p in locked if p.startswith(inside)])


def search(service: str, username: str) -> bool:
    """Whether any collection holds an item for (service, username), locked or not: the
    service's SearchItems lists both, without an unlock prompt."""
    def work(link: _Link) -> bool:
        unlocked, locked = link.call(_PATH, _SERVICE, "SearchItems", "a{ss}",
                                     _attributes(service, username))
        return bool(unlocked or locked)
    return _run(work)


def homes(service: str, usernames: tuple[str, ...]) -> tuple[str, set[str]]:
    """The default collection's path, and the paths of the collections holding an item for
    (service, username) for any of `usernames`, locked or not (SearchItems lists both, without
    an unlock prompt): where a profile's entries live, whatever the default alias says
    (vault/keyring_home.py). KeyringUnavailable as `_default_collection` raises it."""
    def work(link: _Link) -> tuple[str, set[str]]:
        default = _default_collection(link)
        found: set[str] = set()
        for username in usernames:
            unlocked, locked = link.call(_PATH, _SERVICE, "SearchItems", "a{ss}",
                                         _attributes(service, username))
            found.update(path.rpartition("/")[0] for path in (*unlocked, *locked))
        return default, found
    return _run(work)


def get_password(service: str, username: str) -> str | None:
    """The secret stored for (service, username) in the default collection, or None.
    KeyringLocked if it is locked and stays so; KeyringUnavailable otherwise."""
    def work(link: _Link) -> str | None:
        collection, unlocked, locked = _ours(link, service, username)
        if not unlocked and not locked:
            return None
        if not unlocked:
            _unlock(link, collection)
        path = (unlocked or locked)[0]
        (secrets,) = link.call(_PATH, _SERVICE, "GetSecrets", "aoo", [path],
                               link.session.object_path)
        if path not in secrets:
            raise keyring.errors.KeyringLocked("The Secret Service kept the item locked")
        return _decrypt(link.session, secrets[path]).decode("utf-8")
    return _run(work)


def set_password(service: str, username: str, password: str) -> None:
    """Store `password` for (service, username) in the default collection, replacing an item
    with the same attributes (as `keyring` does)."""
    from secretstorage.util import format_secret

    def work(link: _Link) -> None:
        collection = _default_collection(link)
        _unlock(link, collection)
        attributes = {**_attributes(service, username), "application": _APPLICATION}
        properties = {
            "org.freedesktop.Secret.Item.Label": ("s", f"Password for '{username}' on '{service}'"),
            "org.freedesktop.Secret.Item.Attributes": ("a{ss}", attributes),
        }
        secret = format_secret(link.session, password.encode("utf-8"), "text/plain")
        _item, prompt = link.call(collection, _COLLECTION, "CreateItem", "a{sv}(oayays)b",
                                  properties, secret, True)
        if prompt != "/":
            raise _refused("the Secret Service asked for a prompt to store an item")
    _run(work)


def delete_password(service: str, username: str) -> bool:
    """Delete every item for (service, username) in the default collection; whether there was
    one."""
    def work(link: _Link) -> bool:
        collection, unlocked, locked = _ours(link, service, username)
        if locked:
            _unlock(link, collection)
        for path in unlocked + locked:
            (prompt,) = link.call(path, _ITEM, "Delete")
            if prompt != "/":
                raise _refused("the Secret Service asked for a prompt to delete")
        return bool(unlocked or locked)
    return _run(work)


def _decrypt(session: Any, secret: tuple) -> bytes:
    """The plain bytes of a Secret struct (session, parameters = AES IV, value, content type),
    AES-128-CBC with PKCS#7 padding under the session key (Secret Service specification,
    "Transfer of Secrets")."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    _session, iv, value, _content_type = secret
    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(iv))).decryptor()
    padded = decryptor.update(bytes(value)) + decryptor.finalize()
    if not padded or not 1 <= padded[-1] <= 16:
        raise _refused("the Secret Service sent a badly padded secret")
    return padded[:-padded[-1]]
