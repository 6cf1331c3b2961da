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
The erasure note itself counts only where that person could not have written it
(`note_trusted`): in a keyring that is not one of gnome-keyring's plain-text files. Deleting the
login keyring's file takes the secret off the laptop for real, and the next login makes an
empty login keyring, encrypted, which holds no note: the profile is then said to have lost its
key (restore the keyring from a backup), never to be proven erased.
Other keyrings (macOS, Windows, KWallet through `keyring`) have no default alias a file sets;
they are asked as before. Imports no Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from intake_app.fs import own
from intake_app.vault import device_secret, secret_service
from intake_app.vault.errors import KeyringUnavailable

_COLLECTIONS = "/org/freedesktop/secrets/collection/"
_MAX_NAME_CHARS = 64
#: The first bytes of gnome-keyring's encrypted keyring file (gkm-secret-binary.c); a keyring
#: without a password is kept as text ("[keyring]"), which anyone with the disk can write.
_ENCRYPTED_MAGIC = b"GnomeKeyring\n\r\0\n"


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


def keyrings_folder() -> Path:
    """Where gnome-keyring keeps its keyring files: $XDG_DATA_HOME/keyrings, by default
    ~/.local/share/keyrings."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "keyrings"


def _written_by_anyone(collection: str) -> bool:
    """Whether the collection at this D-Bus path may be a keyring anyone with the disk wrote:
    gnome-keyring's folder is there and the collection's file in it is not an encrypted
    keyring (plain text, a link, unreadable, or not found under its name: gnome-keyring
    escapes some names, and one it escaped is not taken on trust). No gnome-keyring folder:
    another Secret Service, asked as before."""
    folder = keyrings_folder()
    if not folder.is_dir():
        return False
    try:
        with own.open_file(folder / f"{collection_name(collection)}.keyring",
                           buffering=0) as handle:
            return handle.read(len(_ENCRYPTED_MAGIC)) != _ENCRYPTED_MAGIC
    except (OSError, own.OwnFileError):
        return True


def _notes(profile_id: str) -> list[bool] | None:
    """For each keyring holding an erasure note for `profile_id` (device_secret.py
    `mark_wiped`), whether anyone with the disk could have written it (`_written_by_anyone`);
    [True] when the keyring cannot answer; None off the Secret Service, where no such keyring
    is known."""
    if not _on_secret_service():
        return None
    try:
        notes = secret_service.homes(device_secret.SERVICE,
                                     (f"{profile_id}{device_secret.WIPED_SUFFIX}",))[1]
    except Exception:
        return [True]
    return [_written_by_anyone(path) for path in sorted(notes)]


_MAX_KEYRING_FILES = 64


def _encrypted_keyrings() -> list[str]:
    """The names of the encrypted keyring files in gnome-keyring's folder (at most 64 looked
    at, sorted by name)."""
    names = []
    try:
        paths = sorted(keyrings_folder().glob("*.keyring"))[:_MAX_KEYRING_FILES]
    except OSError:
        return []
    for path in paths:
        try:
            with own.open_file(path, buffering=0) as handle:
                if handle.read(len(_ENCRYPTED_MAGIC)) == _ENCRYPTED_MAGIC:
                    names.append(path.name[:-len(".keyring")][:_MAX_NAME_CHARS])
        except (OSError, own.OwnFileError):
            continue
    return names


def check_new_home() -> None:
    """Before a set-up stores a new device secret: refuse (KeyringUnavailable,
    "vault.keyring_default_unprotected", `default` and `protected`: the two names) a default
    keyring kept as a file anyone with the disk could write while gnome-keyring's folder also
    holds an encrypted one: the `default` file was likely pointed away from the person's
    keyring, and the secret would sit in plain text. A person whose only keyring has no
    password (some automatic logins) is not refused. Nothing on another Secret Service or
    keyring; KeyringUnavailable when it cannot be asked."""
    if not _on_secret_service():
        return
    try:
        default = secret_service.homes(device_secret.SERVICE, ())[0]
    except Exception as exc:
        raise device_secret._unavailable(exc) from exc
    if not _written_by_anyone(default):
        return
    protected = _encrypted_keyrings()
    if protected:
        raise KeyringUnavailable(code="vault.keyring_default_unprotected",
                                 default=collection_name(default), protected=protected[0])


def note_trusted(profile_id: str) -> bool:
    """Whether the erasure note for `profile_id` may count: there is one, and in no keyring
    anyone with the disk could have written (off the Secret Service: as before, True)."""
    notes = _notes(profile_id)
    return notes is None or (bool(notes) and not any(notes))


def note_forgeable(profile_id: str) -> bool:
    """Whether a keyring anyone with the disk could have written holds an erasure note for
    `profile_id` (or the keyring cannot say): then a missing device secret is said as
    missing, not as an erasure."""
    return any(_notes(profile_id) or ())
