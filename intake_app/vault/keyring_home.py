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

* entries under this id in two keyrings ("vault.keyring_second_entry", `keyrings` and
  `known`: which are encrypted, which are files anyone could have written): nothing tells which
  one the profile was set up with, and the other may hold a secret that opens nothing, which
  would count the right passphrase as wrong. The sentence never asks the person to delete one:
  that person chooses the names (the real keyring renamed "evil", their own made "login" and
  encrypted by the next login), and deleting the real one loses the profile (review r7m R7M-3);
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

from intake_app.errors import Worded
from intake_app.sentences import sentence
from intake_app.vault import device_secret, keyring_files, secret_service
from intake_app.vault.errors import KeyringUnavailable


def entry_users(profile_id: str) -> tuple[str, str, str]:
    """The keyring users of a profile's entries: its device secret, store mark, vault state."""
    return (profile_id, f"{profile_id}{device_secret.MARK_SUFFIX}",
            f"{profile_id}{device_secret.STATE_SUFFIX}")


def collection_name(path: str) -> str:
    """A keyring's name as the person knows it ("login", "Work_keys") from its D-Bus object
    path, for a sentence (keyring_files.py `shown_name`: escaping undone, a long name cut with
    "…"; never used to find a file)."""
    return keyring_files.shown_name(path)


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
        raise KeyringUnavailable(code="vault.keyring_second_entry", keyrings=_listed(found),
                                 known=_what_is_known(found))
    if found and default not in found:
        raise KeyringUnavailable(code="vault.keyring_redirected",
                                 home=collection_name(next(iter(found))),
                                 default=collection_name(default))


def _listed(paths: set[str] | list[str]) -> str:
    """The keyrings at these D-Bus paths as a sentence lists them: "'evil', 'login'"."""
    return ", ".join(sorted(f"'{collection_name(path)}'" for path in paths))


def _what_is_known(found: set[str]) -> Worded:
    """What can be said of the keyrings at `found` (review r7m R7M-3): which are kept encrypted
    with a password and which are files anyone with the disk could have written. Never which
    one is real: a keyring planted under the name "login" is encrypted at the next login, and
    the real one can be renamed to anything."""
    plain = [path for path in found if keyring_files.written_by_anyone(path)]
    protected = [path for path in found if path not in plain]
    if not plain:
        return _phrase("vault.keyrings_known_encrypted")
    if not protected:
        return _phrase("vault.keyrings_known_plain")
    return _phrase("vault.keyrings_known_split", protected=_listed(protected),
                   plain=_listed(plain))


def _phrase(code: str, **params: object) -> Worded:
    return Worded(sentence(code, "en", **params), code, **params)


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


def _notes(profile_id: str) -> list[bool] | None:
    """For each keyring holding an erasure note for `profile_id` (device_secret.py
    `mark_wiped`), whether anyone with the disk could have written it (keyring_files.py
    `written_by_anyone`: its exact file, never a cut name);
    [True] when the keyring cannot answer; None off the Secret Service, where no such keyring
    is known."""
    if not _on_secret_service():
        return None
    try:
        notes = secret_service.homes(device_secret.SERVICE,
                                     (f"{profile_id}{device_secret.WIPED_SUFFIX}",))[1]
    except Exception:
        return [True]
    return [keyring_files.written_by_anyone(path) for path in sorted(notes)]


def check_new_home() -> None:
    """Before a set-up stores a new device secret: refuse (KeyringUnavailable,
    "vault.keyring_default_unprotected", `default` and `protected`: the two names) a default
    keyring kept as a file anyone with the disk could write while gnome-keyring's folder also
    holds an encrypted one: the `default` file was likely pointed away from the person's
    keyring, and the secret would sit in plain text. Both judged by their exact files
    (keyring_files.py): the default by its name, the login keyring by its name, then every
    other keyring file; a folder too large to look through is refused
    ("vault.keyring_default_unchecked", `limit`), never let by (review r7m R7M-4). A person
    whose only keyring has no password (some automatic logins) is not refused. Nothing on
    another Secret Service or keyring; KeyringUnavailable when it cannot be asked."""
    if not _on_secret_service():
        return
    try:
        default = secret_service.homes(device_secret.SERVICE, ())[0]
    except Exception as exc:
        raise device_secret._unavailable(exc) from exc
    if not keyring_files.written_by_anyone(default):
        return
    protected = keyring_files.encrypted_keyring()
    if protected is not None:
        raise KeyringUnavailable(code="vault.keyring_default_unprotected",
                                 default=collection_name(default), protected=protected)


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
