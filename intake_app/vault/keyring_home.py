"""Which keyring holds a profile's entries, and whether the keyring this app would use is it
(the Secret Service; review r7l R7L-1, the `default` alias of review r7j R7J-12).

gnome-keyring reads its `default` alias from a plain file (~/.local/share/keyrings/default),
and keeps a keyring with no password as a plain-text file beside the login one. Someone with the
powered-off disk can write both: a keyring of their own, holding whatever entries they like
(an erasure note for this profile, a device secret of their own), made the default. Reads and
writes go to the default, so the app then read the note as "this vault was erased", hid the
passphrase field and offered a set-up over a profile the real passphrase still opened.

What that person cannot do is take an entry out of the login keyring: it is encrypted under the
login password, and SearchItems lists its items locked or not. So the profile's keyring is
pinned by where its entries are: the one collection that holds the device secret, the store
mark or the vault state under this profile's id. `check` refuses, before anything is read,
counted or erased:

* entries under this id in two keyrings ("vault.keyring_second_entry"): nothing tells which
  one the profile was set up with, and the other may hold a secret that opens nothing, which
  would count the right passphrase as wrong;
* entries in one keyring while the default is another ("vault.keyring_redirected"): the
  sentence names both, and how to make the profile's keyring the default again.

And an erasure counts as proven only when no keyring at all holds the device secret, store mark
or vault state under the profile's id (`entries_anywhere`; vault.py `erasure_proven`): an
erasure deletes all three, and a note of one written in some other keyring proves nothing.
Other keyrings (macOS, Windows, KWallet through `keyring`) have no default alias a file sets;
they are asked as before. Imports no Qt.
"""

from __future__ import annotations

from intake_app.vault import device_secret, secret_service
from intake_app.vault.errors import KeyringUnavailable

_COLLECTIONS = "/org/freedesktop/secrets/collection/"
_MAX_NAME_CHARS = 64


def entry_users(profile_id: str) -> tuple[str, str, str]:
    """The keyring users of a profile's entries: its device secret, store mark, vault state."""
    return (profile_id, f"{profile_id}{device_secret.MARK_SUFFIX}",
            f"{profile_id}{device_secret.STATE_SUFFIX}")


def collection_name(path: str) -> str:
    """A keyring's name as the person knows it ("login") from its D-Bus object path, at most
    64 characters (gnome-keyring escapes the file name into the path: letters, digits, `_`)."""
    name = path[len(_COLLECTIONS):] if path.startswith(_COLLECTIONS) else path
    return name[:_MAX_NAME_CHARS]


def _on_secret_service() -> bool:
    backend = device_secret.usable_backend()
    return backend is not None and device_secret._is_secret_service(backend)


def check(profile_id: str) -> None:
    """Refuse (KeyringUnavailable, the codes in the module docstring) when `profile_id`'s
    entries are in two keyrings, or in one that is not the default; nothing when they are in the
    default, when no keyring holds any (the read that follows says what is missing), or when
    the keyring is not the Secret Service. KeyringUnavailable when it cannot be asked."""
    if not _on_secret_service():
        return
    try:
        default, found = secret_service.homes(device_secret.SERVICE, entry_users(profile_id))
    except Exception as exc:
        raise device_secret._unavailable(exc) from exc
    if len(found) > 1:
        names = ", ".join(sorted(f"'{collection_name(path)}'" for path in found))
        raise KeyringUnavailable(code="vault.keyring_second_entry", keyrings=names)
    if found and default not in found:
        raise KeyringUnavailable(code="vault.keyring_redirected",
                                 home=collection_name(next(iter(found))),
                                 default=collection_name(default))


def entries_anywhere(profile_id: str) -> bool:
    """Whether any keyring holds the device secret, store mark or vault state of `profile_id`
    (on the Secret Service: every collection, locked ones too; elsewhere the keyring in use).
    True when the keyring cannot answer: absence is then not shown, so nothing is proven."""
    try:
        if _on_secret_service():
            return bool(secret_service.homes(device_secret.SERVICE, entry_users(profile_id))[1])
        return device_secret.has_entry(profile_id)
    except Exception:
        return True
