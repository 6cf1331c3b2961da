"""Which vault.json is the current one, remembered in the OS keyring (keyring mode), so an older
copy put back is refused before a passphrase is tried and before anything is counted.

vault.json's `mac` proves only that this app wrote the file on this device, not that it is the
newest. A copy taken at one inspection and put back at the next still carries a good `mac`, and
it brought back what it held then (review r7e): the passphrase of that time, which then opened
the current profile (F1); a failed-attempt counter beside slots the current passphrase no longer
opens, so the right passphrase was counted as wrong and erased the vault (F2); no duress
passphrase, so the duress one read as "wrong" and the real one opened everything (F3).

So beside the device secret the keyring keeps ``<profile id>/vault-state``: the digest of the
current file (`digest`: every field but the failed-attempt counter, `store_mark` and `mac`,
vault_file.VaultFile.state_input). Someone with only the powered-off disk cannot write the
keyring, so a file whose digest is not there is refused (VaultRolledBack) before anything else.

Writes, so that a crash never locks the person out: the entry is first widened to the new digest
and the ones it held (``"<new> <old>"``), then vault.json is replaced, then the entry is narrowed
to the new digest alone. Cut in between, either file opens, and the next real unlock narrows the
entry to the file it found (`adopt`). A narrowing the keyring refuses is left for that unlock too.

Why the counter is left out: it changes at every attempt, and each would cost two keyring
writes. Within one digest the counter only grows (a reset goes with a new digest: the real slot
is wrapped anew when a right passphrase resets a counter above zero, unlocking.py), so a copy
with the digest of the current file has at most the current count: it can only give someone
more attempts, which needs the unlocked keyring, and never erases sooner. The store mark is left
out because an older one is harmless on its own (store_mark.py).

A profile made before this entry existed has none: its file is accepted as found and the entry
is written at its first unlock with the right passphrase, never at a wrong one (a copy put back
and then guessed at must not become the recorded one). In passphrase-only mode there is no
place outside the profile (docs/SECURITY.md says what that mode can and cannot promise).

The record also names the profile folder it belongs to (`folder_tag`: 32 hex characters of
BLAKE2b over the folder's resolved absolute path, after an ``@``), written at set-up and at every
unlock with the right passphrase. The digest alone proves a file is the current one for its
profile id, not that it is in that profile's folder (review r7f G1): X's current vault.json
copied into Y's folder passed, Y's passphrase was counted against it, and at wipe-after the
erasure deleted X's keyring entries by id, so X was lost. A file found in a folder the record
does not name (`elsewhere`) is refused before anything is counted or erased, unless the
passphrase opens one of its slots (a profile the person moved): then the new folder is recorded.
A record without a folder (an earlier version) gets one at its next right unlock.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from pathlib import Path

import nacl.encoding
import nacl.hash

from intake_app.vault import device_secret
from intake_app.vault.errors import KeyringUnavailable, VaultRolledBack
from intake_app.vault.vault_file import LEGACY_VERSION, MODE_KEYRING, VaultFile

_PERSON = b"seinpost-vstate1"
_DIGEST_HEX = 64
_MAX_KEPT = 3  # the new digest and the (at most two) the entry held: 194 characters
_FOLDER_PERSON = b"seinpost-folder1"
_FOLDER_HEX = 32  # with "@" and the digests: at most 228 of the 256 characters kept


def digest(file: VaultFile) -> str:
    """The 64 hex characters of BLAKE2b-256 over `file.state_input()`."""
    return nacl.hash.blake2b(file.state_input(), digest_size=32, person=_PERSON,
                             encoder=nacl.encoding.HexEncoder).decode("ascii")


def digest_bytes(file: VaultFile) -> bytes:
    """The same digest as 32 bytes (what the store keeps, store/vault_seen.py)."""
    return bytes.fromhex(digest(file))


def tracked(file: VaultFile) -> bool:
    """Whether the keyring keeps this file's state: a version 2 file in keyring mode."""
    return file.keyring_mode == MODE_KEYRING and file.version != LEGACY_VERSION


def folder_tag(profile_dir: Path) -> str:
    """The 32 hex characters of BLAKE2b-128 over the resolved absolute path of `profile_dir`
    (UTF-8, undecodable bytes escaped): which folder a keyring record belongs to. A digest, so
    the keyring does not show the folder's name."""
    path = os.fsencode(Path(profile_dir).resolve())
    return nacl.hash.blake2b(path, digest_size=16, person=_FOLDER_PERSON,
                             encoder=nacl.encoding.HexEncoder).decode("ascii")


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and not text.strip("0123456789abcdef")


def _parse(stored: str) -> tuple[tuple[str, ...], str | None]:
    """The digests and the folder tag (None: written before folders were recorded) of a stored
    entry; no digests for text this app did not write (then no file matches, and the profile
    is refused rather than opened on a record nobody vouches for)."""
    parts = stored.split(" ")
    folder = None
    if parts and parts[-1].startswith("@"):
        folder = parts.pop()[1:]
        if not _is_hex(folder, _FOLDER_HEX):
            return (), None
    if not 1 <= len(parts) <= _MAX_KEPT or not all(_is_hex(p, _DIGEST_HEX) for p in parts):
        return (), None
    return tuple(parts), folder


class KeyringState:
    """The keyring's record of the current vault.json for one profile (part of a vault)."""

    def __init__(self, profile_dir: Path) -> None:
        """Nothing known yet: `check` reads the record. `profile_dir`: the folder this vault
        is opened from, the one the record names after set-up or a right unlock."""
        self.profile_id: str | None = None
        self.states: tuple[str, ...] | None = None  # None: the profile has no entry
        self.folder = folder_tag(profile_dir)
        self.recorded_folder: str | None = None  # the record's folder; None: not recorded

    def settle_in(self, profile_dir: Path, file: VaultFile) -> None:
        """The vault moved to `profile_dir` by this app (a set-up swapped in): name it."""
        self.folder = folder_tag(profile_dir)
        if file.keyring_mode != MODE_KEYRING:  # set up passphrase-only here: the person's choice
            device_secret.forget_folder(self.folder)
        if tracked(file) and self.states is not None:
            self._write(file, adopting=True)

    @property
    def elsewhere(self) -> bool:
        """Whether the record (as `check` read it) names another folder than this one: the
        file was copied or moved here. Nothing may be counted or erased then (module
        docstring); only a passphrase that opens a slot goes on."""
        return self.recorded_folder is not None and not hmac.compare_digest(
            self.recorded_folder, self.folder)

    def check(self, file: VaultFile) -> None:
        """Refuse `file` (VaultRolledBack) unless the keyring's record names it or there is
        none. Call after its `mac` held, before any attempt is counted; then ask `elsewhere`.
        KeyringUnavailable when the keyring cannot be read."""
        self.recorded_folder = None
        if not tracked(file):
            return
        stored = device_secret.load_state(file.profile_id)
        self.profile_id = file.profile_id
        self.states = None
        if stored is not None:
            self.states, self.recorded_folder = _parse(stored)
        if self.states is None:
            return
        mine = digest(file)
        if not any(hmac.compare_digest(mine, known) for known in self.states):
            raise VaultRolledBack()

    def before_write(self, file: VaultFile) -> None:
        """Widen the record to accept `file` too, before it replaces vault.json (see the module
        docstring). Nothing for a file whose digest is already accepted, for a profile with no
        entry, or for a new profile id (its entry is written after). Raises KeyringUnavailable:
        then vault.json must stay as it is."""
        if not tracked(file) or file.profile_id != self.profile_id or self.states is None:
            return
        new = digest(file)
        if new in self.states:
            return
        widened = (new, *self.states)[:_MAX_KEPT]
        device_secret.save_state(file.profile_id, _text(widened, self.recorded_folder))
        self.states = widened

    def after_write(self, file: VaultFile) -> None:
        """Narrow the record to `file`, now vault.json; write it for a new profile id (set-up,
        a duress unlock), naming this folder. A profile with no entry keeps none until
        `adopt`. The folder recorded stays as it was for the same profile id: only a right
        passphrase (`adopt`) records this one, never a counted wrong attempt. A keyring that
        refuses leaves the record wide until the next real unlock."""
        if not tracked(file):
            return
        if file.profile_id == self.profile_id and self.states is None:
            return
        self._write(file, adopting=False)

    def adopt(self, file: VaultFile) -> None:
        """At an unlock with the right passphrase: the record names `file` alone, in this
        folder, from now on (written for a profile that had none, narrowed after a cut write,
        the folder recorded for a profile moved here or recorded by an earlier version)."""
        if tracked(file):
            self._write(file, adopting=True)

    def _write(self, file: VaultFile, *, adopting: bool) -> None:
        new = digest(file)
        same_id = file.profile_id == self.profile_id
        folder = self.recorded_folder if same_id and not adopting else self.folder
        if adopting:
            _note_folder(folder)
        if same_id and self.states == (new,) and self.recorded_folder == folder:
            return
        with contextlib.suppress(KeyringUnavailable):
            device_secret.save_state(file.profile_id, _text((new,), folder))
            self.profile_id, self.states = file.profile_id, (new,)
            self.recorded_folder = folder


def _note_folder(folder: str | None) -> None:
    """The keyring notes that a keyring-mode profile lives in `folder` (a tag), so a vault.json
    switched to passphrase-only there is refused whatever id it names (device_secret.py
    `note_folder`, review r7g H2); written once, asked by search at each right unlock."""
    if folder is None:
        return
    with contextlib.suppress(KeyringUnavailable):
        if not device_secret.folder_noted(folder):
            device_secret.note_folder(folder)


def _text(states: tuple[str, ...], folder: str | None) -> str:
    """The entry as stored: the digests, then the folder's tag (none for a record an earlier
    version wrote, until the next right unlock)."""
    return " ".join((*states, "@" + folder) if folder is not None else states)
