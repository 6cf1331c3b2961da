"""The vault object underneath every part: vault.json as last read, the held key, lock state.

The parts (unlocking.py, protection.py, store_mark.py) each extend `VaultCore`; `vault.Vault`
joins them and creates or opens a vault.

Memory: the key is held in a bytearray that `lock()` overwrites. Python cannot promise that no
other copy exists (the `bytes` returned by `unlock` and `key`, and copies made by the interpreter
or the crypto library), so locking makes the key unreachable for this object, not provably erased.

Disk: `destroy()` and the duress path overwrite vault.json atomically. `destroy()` keeps the
slots and erases by deleting the device secret (its docstring says why); on a journaling file
system or an SSD old blocks may survive anyway, and without the secret they are useless. A
passphrase-only vault has no such second factor, and the status warning says so.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intake_app.errors import SeinpostError
from intake_app.vault import device_secret, vault_file, vault_state
from intake_app.vault.errors import VaultError, VaultLocked
from intake_app.vault.slots import Slot, make_slot
from intake_app.vault.vault_file import LEGACY_VERSION, MODE_KEYRING, VaultFile


class VaultCore:
    """The passphrase-protected vault of one profile (vault.json) and its held key."""

    def __init__(self, profile_dir: Path, file: VaultFile) -> None:
        """Use Vault.create or Vault.open."""
        self.profile_dir = Path(profile_dir)
        self._file = file
        self._key: bytearray | None = None
        self._mutex = threading.RLock()
        self._secret: bytes | None = None  # the device secret, for `mac` (keyring mode)
        self.opened_by_duress = False  # this unlock used the duress slot (authenticated by it)
        self.migrated = False  # this unlock moved a version 1 vault.json to version 2
        # This duress unlock stretched its passphrase a second time (`prepared` did not open,
        # unlocking.py `_prepared`); services/opening.py evens the real unlock's work out.
        self.stretched_twice = False
        self._unexplained = False  # passphrase-only, yet a keyring entry under its id (R7L-2)
        self._raw = b""  # vault.json's bytes as last read (a refused duress unlock puts them back)
        # A duress unlock checked but not yet written (unlocking.py, `hold_duress`): vault.json
        # still holds the real slot until the store has accepted the duress proof.
        self._pending: Any = None
        # Which vault.json the keyring names as current (keyring mode, vault_state.py).
        self._state = vault_state.KeyringState(self.profile_dir)
        # The digest of vault.json as read at the last passphrase check (vault_state.py), and
        # who is told before and after vault.json's state changes (the open store, so it
        # knows which vault.json it saw: store/vault_seen.py).
        self.read_digest = b""
        self._watchers: tuple[Callable[[bytes], None], Callable[[bytes], None]] | None = None
        # The new vault.json a duress unlock made for the new profile folder (renewal.py),
        # until the folder is in place, and the keyring writes it runs on threads meanwhile.
        self._renewal: Any = None
        self._making: Any = None
        self._keyring_work: Any = None
        # Called at an unlock before its attempt is counted (whatever the passphrase): may
        # refuse it, nothing counted (services/opening.py: the duress unlock's disk space).
        self.before_count: Callable[[], None] | None = None

    def lock(self) -> None:
        """Zero and forget the vault key; safe when already locked."""
        with self._mutex:
            if self._key is not None:
                for i in range(len(self._key)):
                    self._key[i] = 0
            self._key = None
            if self._pending is not None:
                # A held duress unlock is dropped (refused, or the caller gave up): vault.json
                # is put back as read, the count undone (unlocking.py). Best effort: a file
                # that cannot be written now keeps the count, as a wrong passphrase would.
                pending, self._pending = self._pending, None
                self._file = pending.file
                self._renewal = None
                try:
                    vault_file.write_bytes(self.profile_dir, pending.raw)
                except VaultError:
                    pass

    @property
    def key(self) -> bytes:
        """A copy of the 32-byte vault key. Raises VaultLocked when the vault is locked."""
        with self._mutex:
            if self._key is None:
                raise VaultLocked()
            return bytes(self._key)

    @property
    def is_unlocked(self) -> bool:
        """Whether the vault key is held."""
        return self._key is not None

    def destroy(self) -> None:
        """Crypto-erase by forgetting: record `wiped`, then delete the keyring entry and note
        the erasure there (keyring mode, vault.py `erasure_proven`). The slots stay as they are
        (review r7m R7M-1, docs/SECURITY.md "A wipe forgets the keyring's secret"): the keyring
        that supplied the secret may be one planted with the laptop off, and the real
        passphrase then opened no slot; overwriting the slots destroyed the vault the real
        keyring, moved aside, still opens. Without the secret the slots cannot be opened, and
        against a disk image overwriting them never helped."""
        with self._mutex:
            file = self._reload()
            self.lock()
            self._save(file.replace(wiped=True, failed_attempts=0))
            if file.keyring_mode == MODE_KEYRING:
                device_secret.delete(file.profile_id)
                # Set-up may then replace exactly the store this erasure left (vault.py).
                device_secret.mark_wiped(file.profile_id, store_witness(self.profile_dir))

    def settle_in(self, profile_dir: Path) -> None:
        """This vault's folder is `profile_dir` from now on (set-up built it in a sibling that
        was then swapped in, services/profile_setup.py); the keyring's record of the current
        file names that folder (vault_state.py). A keyring that refuses leaves the sibling's
        name: the next right unlock records the folder."""
        with self._mutex:
            self.profile_dir = Path(profile_dir)
            self._state.settle_in(self.profile_dir, self._file)

    def _reload(self) -> VaultFile:
        # Always from disk: another window or the command line may have changed the counter.
        self._file, self._raw = vault_file.read_with_bytes(self.profile_dir)
        return self._file

    def _save(self, file: VaultFile) -> None:
        # A version 1 file stays version 1 (and never wipes) until the right passphrase opens
        # it: otherwise a wrong guess would authenticate whatever someone wrote into it.
        if file.version != LEGACY_VERSION:
            file = file.sealed_with(self._secret if file.keyring_mode == MODE_KEYRING else None)
        watchers, new = self._watchers, vault_state.digest_bytes(file)
        if new == vault_state.digest_bytes(self._file):
            watchers = None  # the counter or the store mark: no one needs to know
        if watchers is not None:
            watchers[0](new)  # the store names the new file too before it is written
        self._state.before_write(file)  # the keyring accepts the new file before it is written
        vault_file.write(self.profile_dir, file)
        self._file = file
        self._state.after_write(file)
        if watchers is not None:
            with contextlib.suppress(SeinpostError, OSError):
                watchers[1](new)  # left wide on failure: the next unlock settles it

    def watch_state(self, changing: Callable[[bytes], None] | None,
                    written: Callable[[bytes], None] | None = None) -> None:
        """Call `changing(digest)` before and `written(digest)` after vault.json is replaced by
        a file of another state (32-byte digest, vault_state.py); None stops."""
        with self._mutex:
            self._watchers = None if changing is None or written is None else (changing,
                                                                                 written)

    def state_digest(self) -> bytes:
        """The 32-byte digest of vault.json as this vault last read or wrote it."""
        with self._mutex:
            return vault_state.digest_bytes(self._file)

    def _hold(self, vault_key: bytes) -> None:
        self.lock()
        self._key = bytearray(vault_key)


def replace_slot(file: VaultFile, index: int, slot: Slot) -> VaultFile:
    """`file` with slot `index` (0 or 1) replaced by `slot`."""
    slots = list(file.slots)
    slots[index] = slot
    return file.replace(slots=(slots[0], slots[1]))


def with_slot(
    file: VaultFile,
    index: int,
    stretched: bytes,
    secret: bytes | None,
    role: int,
    vault_key: bytes,
) -> VaultFile:
    """`file` with slot `index` wrapping `vault_key` under the stretched passphrase and the
    device secret (None in passphrase-only mode), for `role` (real or duress)."""
    return replace_slot(file, index, make_slot(stretched, secret, role, vault_key, file.aad()))


STORE_PARTS = ("store.db", "sealed", "blobs")


def store_witness(profile_dir: Path) -> str:
    """Which store files are in `profile_dir`: device and inode of store.db, sealed/ and
    blobs/ ("-" for one that is absent). An erasure notes it in the keyring; set-up replaces
    a store only if it is still exactly these files, so a wiped vault.json copied beside
    another profile's store never gets that store overwritten."""
    parts = []
    for name in STORE_PARTS:
        try:
            info = os.lstat(Path(profile_dir) / name)
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{info.st_dev}:{info.st_ino}")
    return " ".join(parts)
