"""Which file in gnome-keyring's folder a Secret Service collection is, exactly, and whether that
file is one anyone with the powered-off disk could have written (reviews r7l R7L-1, r7m R7M-4,
R7M-5, R7M-6).

gnome-keyring names a collection after its file: the identifier is the file's name without
".keyring" (gnome-keyring pkcs11/secret-store/gkm-secret-module.c, `identifier_from_filename`),
and the collection's D-Bus object path is `/org/freedesktop/secrets/collection/` and that
identifier with every byte other than an ASCII letter or digit written as "_" and two
lower-case hex digits (daemon/dbus/gkd-secret-util.c, `gkd_secret_util_build_path`): the file
`Work_keys.keyring` is the collection `Work_5fkeys`, `hé x.keyring` is `h_c3_a9_20x`.
`file_name` undoes exactly that, byte for byte, and takes nothing else: a path segment that
escaping could not have made (an upper-case hex digit, a "_" without two hex digits, a byte
that needed escaping and was not, a "/" or NUL once decoded) maps to no file, and such a
collection is not trusted. The name is never cut before its file is judged: cut to 64
characters, a plain-text default `A…AB` was judged by the encrypted `A…A` (R7M-5). Only the
name shown in a sentence is shortened (`shown_name`, with an ellipsis).

A collection made while the daemon runs whose name was taken gets the file `<name>_1.keyring`
but keeps the identifier `<name>` until the next start (gkm-secret-module.c,
`identifier_to_new_filename`); the file judged is then the older `<name>.keyring`. Only the
person's own session makes collections that way, and at the next login the identifier is the
file's name again.

Reads are bounded: 16 bytes of a file (`ENCRYPTED_MAGIC`), and at most `MAX_FOLDER_ENTRIES`
entries of the folder listed; a folder holding more is "cannot tell", and a set-up is refused
(R7M-4: only the first 64 names were read, so 64 plain-text fillers hid the encrypted login
keyring). Imports no Qt.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from intake_app.fs import own
from intake_app.vault.errors import KeyringUnavailable

COLLECTIONS = "/org/freedesktop/secrets/collection/"
#: The first bytes of gnome-keyring's encrypted keyring file (gkm-secret-binary.c); a keyring
#: without a password is kept as text ("[keyring]"), which anyone with the disk can write.
ENCRYPTED_MAGIC = b"GnomeKeyring\n\r\0\n"
#: How many entries of gnome-keyring's folder are looked at before the answer is "cannot tell"
#: (a person's folder holds a handful: login.keyring, default, user.keystore, a few more).
MAX_FOLDER_ENTRIES = 512
#: gnome-keyring's own keyring, the one a login unlocks: judged by its name before any listing.
LOGIN = "login"
_SHOWN_CHARS = 64
_SUFFIX = b".keyring"
_PLAIN = re.compile(rb"[A-Za-z0-9]")
_ESCAPE = re.compile(rb"_[0-9a-f]{2}")


def keyrings_folder() -> Path:
    """Where gnome-keyring keeps its keyring files: $XDG_DATA_HOME/keyrings, by default
    ~/.local/share/keyrings."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "keyrings"


def identifier(path: str) -> bytes | None:
    """The identifier (bytes) of the collection at the D-Bus object `path`, gnome-keyring's
    escaping undone exactly; None when `path` is not a collection's path or escaping could not
    have made its last segment (see the module docstring)."""
    if not path.startswith(COLLECTIONS) or not path[len(COLLECTIONS):].isascii():
        return None
    segment = path[len(COLLECTIONS):].encode("ascii")
    decoded, at = bytearray(), 0
    while at < len(segment):
        if _PLAIN.fullmatch(segment, at, at + 1):
            decoded.append(segment[at])
            at += 1
            continue
        if not _ESCAPE.fullmatch(segment, at, at + 3):
            return None
        byte = int(segment[at + 1:at + 3], 16)
        if _PLAIN.fullmatch(bytes((byte,))) or byte in (0, ord("/")):
            return None  # escaping leaves letters and digits as they are; no file has / or NUL
        decoded.append(byte)
        at += 3
    return bytes(decoded) or None


def shown_name(path: str) -> str:
    """A collection's name as the person knows it ("login", "Work_keys") from its D-Bus object
    `path`, for a sentence: escaping undone, anything unprintable shown as U+FFFD, at most 64
    characters, a longer name cut with "…" (so a cut name never reads as another keyring's)."""
    decoded = identifier(path)
    name = (decoded.decode("utf-8", "replace") if decoded is not None
            else path[len(COLLECTIONS):] if path.startswith(COLLECTIONS) else path)
    return _shortened(name)


def _shortened(name: str) -> str:
    name = "".join(char if char.isprintable() else "\ufffd" for char in name)
    return name if len(name) <= _SHOWN_CHARS else f"{name[:_SHOWN_CHARS]}…"


def _encrypted(file: bytes) -> bool:
    """Whether the file `file` (a path, bytes) is a regular file starting with gnome-keyring's
    encrypted magic; False for plain text, a link, a FIFO, anything unreadable or absent."""
    try:
        with own.open_file(file, buffering=0) as handle:
            return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
    except (OSError, own.OwnFileError):
        return False


def written_by_anyone(path: str) -> bool:
    """Whether the collection at the D-Bus object `path` may be a keyring anyone with the disk
    wrote: gnome-keyring's folder is there and the collection's exact file in it is not an
    encrypted keyring (plain text, a link, unreadable, absent, or a path that maps to no file
    exactly: `identifier`). No gnome-keyring folder: another Secret Service, False (asked as
    before)."""
    folder = keyrings_folder()
    if not folder.is_dir():
        return False
    name = identifier(path)
    if name is None:
        return True
    return not _encrypted(os.path.join(os.fsencode(folder), name + _SUFFIX))


def encrypted_keyring() -> str | None:
    """The name (as `shown_name` shows it) of an encrypted keyring file in gnome-keyring's
    folder, or None when it holds none: the login keyring judged by its name first, then every
    other `*.keyring` file, sorted by name. KeyringUnavailable ("vault.keyring_default_unchecked",
    `limit`) when the folder holds more than `MAX_FOLDER_ENTRIES` entries: asked only about a
    default without a password, "cannot tell" refuses the set-up rather than letting it by."""
    folder = os.fsencode(keyrings_folder())
    if _encrypted(os.path.join(folder, LOGIN.encode() + _SUFFIX)):
        return LOGIN
    names: list[bytes] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries, start=1):
                if count > MAX_FOLDER_ENTRIES:
                    raise KeyringUnavailable(code="vault.keyring_default_unchecked",
                                             limit=MAX_FOLDER_ENTRIES)
                if entry.name.endswith(_SUFFIX):
                    names.append(entry.name)
    except OSError:
        return None
    for name in sorted(names):
        if _encrypted(os.path.join(folder, name)):
            return _shortened(name[:-len(_SUFFIX)].decode("utf-8", "replace"))
    return None
