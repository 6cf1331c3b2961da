"""How far the store has got, remembered twice so an older copy is refused (never used).

1. In vault.json, `store_mark` (vault_file.py): the highest store change number (store/trust.py
   counts every change) this vault has seen, with a MAC under the vault key. A store.db put back
   from an older copy is older than it: StoreRolledBack.
2. In keyring mode, also beside the device secret in the OS keyring (device_secret.py), as a
   high-water mark ``"<number>:<MAC>"`` under the vault key. vault.json, store.db and the
   folders put back together from an earlier copy of the same laptop carry an older mark of
   their own, but not an older keyring: ProfileRolledBack. Only someone who can also put back
   the keyring's own files (or write to the unlocked keyring) gets past it; a passphrase-only
   vault has no place outside the profile at all (docs/SECURITY.md says what that means).

Both only grow; the session checks both after the passphrase, before the store recovers or
changes anything (services/opening.py), so a refusal loses nothing.

vault.json's mark carries a twin (crypto/mark_twin.py): a MAC over its number and MAC under a
key derived from the vault key, which the store keeps boxed for the duress key. A duress unlock
never has the vault key, so it checks the twin instead (`check_mark_twin`): a mark someone
changed is `VaultTampered` for both passphrases (review r7c, F1 and F2). A file from before the
twin has none: it is given one at the first real unlock, before the store is moved to the form
that requires it, and from then on a mark without its twin is refused by both alike.
"""

from __future__ import annotations

import hmac

import nacl.encoding
import nacl.hash

from intake_app.crypto.mark_twin import mark_twin, mark_twin_key
from intake_app.vault import device_secret
from intake_app.vault.core import VaultCore
from intake_app.vault.errors import VaultTampered
from intake_app.vault.vault_file import MODE_KEYRING, VaultFile

_MAX_MARK = 1 << 62


def mark_mac(vault_key: bytes, profile_id: str, epoch: int, person: bytes) -> bytes:
    """BLAKE2b-256 of "<profile id>:<epoch>" keyed by the 32-byte vault key; `person` tells the
    two marks apart (a vault.json mark is no keyring mark)."""
    return nacl.hash.blake2b(
        f"{profile_id}:{epoch}".encode("ascii"), digest_size=32, key=vault_key,
        person=person, encoder=nacl.encoding.RawEncoder,
    )


def with_mark(file: VaultFile, vault_key: bytes, epoch: int, person: bytes) -> VaultFile:
    """`file` with its store mark set to `epoch` under the 32-byte `vault_key` (the MAC of
    `person`'s kind) and the mark's twin (crypto/mark_twin.py): every mark is written so."""
    mac = mark_mac(vault_key, file.profile_id, epoch, person)
    twin = mark_twin(mark_twin_key(vault_key), file.profile_id, epoch, mac)
    return file.replace(store_mark=(epoch, mac), mark_twin=twin)


def twin_holds(file: VaultFile, twin_key: bytes) -> bool:
    """Whether `file`'s mark carries a twin that holds under `twin_key`."""
    if file.store_mark is None or file.mark_twin is None:
        return False
    epoch, mac = file.store_mark
    return hmac.compare_digest(file.mark_twin, mark_twin(twin_key, file.profile_id, epoch, mac))


FILE_MARK = b"seinpost-smark1"
KEYRING_MARK = b"seinpost-hwm1"
# The mark a version 1 vault.json gets at its first right unlock: number 0, and a store.db of
# the old format only (services/opening.py). It stays until that store opened, so a version 2
# profile rewritten as version 1 is refused at this unlock and every later one.
MIGRATED_MARK = b"seinpost-smigr1"


class StoreMark(VaultCore):
    """The store marks of the vault (part of Vault); each needs the vault unlocked."""

    def store_epoch(self) -> int:
        """The highest store change number vault.json has seen; VaultTampered if its MAC
        does not hold under the vault key."""
        with self._mutex:
            key = self.key
            file = self._file
            if file.store_mark is None:
                return 0  # a version 1 file, before its first unlock moved it to version 2
            epoch, stored = file.store_mark
            if hmac.compare_digest(stored, mark_mac(key, file.profile_id, epoch, FILE_MARK)):
                return epoch
            if self.awaiting_old_store():
                return 0
            raise VaultTampered()

    def awaiting_old_store(self) -> bool:
        """True while vault.json was moved from version 1 and no store has opened since: only
        a store.db of the old format (before the integrity work) may then open (see
        MIGRATED_MARK). Needs the vault unlocked."""
        with self._mutex:
            key = self.key
            file = self._file
            if file.store_mark is None:
                return False
            epoch, stored = file.store_mark
            return epoch == 0 and hmac.compare_digest(
                stored, mark_mac(key, file.profile_id, 0, MIGRATED_MARK))

    def check_mark_twin(self, *, required: bool, held_twin_key: bytes | None = None) -> None:
        """Check vault.json's mark by its twin (see the module docstring); VaultTampered when
        it does not hold. Needs the vault unlocked.

        At a held duress unlock the mark as read is checked under `held_twin_key`, the key the
        store boxed for the duress key (None: a store the previous version prepared, which
        has none; nothing can be checked then). Otherwise under this vault's own key:
        `required` (the store's duress proof is of the current form) refuses a missing or
        wrong twin; else the twin is written now, before the store moves to that form, so a
        file from before the twin never locks the person out."""
        with self._mutex:
            key = self.key
            pending = self._pending
            if pending is not None:
                if held_twin_key is not None and not twin_holds(pending.file, held_twin_key):
                    raise VaultTampered()
                return
            file = self._file
            if file.store_mark is None:
                return  # a version 1 file: its mark is written at this very unlock
            if twin_holds(file, mark_twin_key(key)):
                return
            if required:
                raise VaultTampered()
            epoch, mac = file.store_mark
            self._save(self._reload().replace(
                mark_twin=mark_twin(mark_twin_key(key), file.profile_id, epoch, mac)))

    def high_water(self) -> int | None:
        """The keyring's mark for this profile (keyring mode), None if there is none yet (a
        passphrase-only vault, or one from before the keyring kept it). VaultTampered if the
        stored mark does not verify under the vault key. At a held duress unlock: the number
        of the keyring's mark as read at its start (its MAC needs the real key; unlocking.py)."""
        with self._mutex:
            key = self.key
            if self._pending is not None:
                return self._pending.keyring_floor
            file = self._file
            if file.keyring_mode != MODE_KEYRING:
                return None
            stored = device_secret.load_mark(file.profile_id)
            if stored is None:
                return None
            epoch = _parse_mark(stored, key, file.profile_id)
            if epoch is None:
                raise VaultTampered()
            return epoch

    def set_store_epoch(self, epoch: int) -> None:
        """Record that the store has reached change number `epoch`, in vault.json and (keyring
        mode) in the keyring; never lowers either mark."""
        with self._mutex:
            key = self.key
            settle = getattr(self, "settle_keyring", None)
            if settle is not None:
                settle()  # a duress unlock's keyring writes first (renewal.py)
            file = self._reload()
            current = file.store_mark[0] if file.store_mark is not None else 0
            if epoch > current or file.store_mark is None or self.awaiting_old_store():
                self._save(with_mark(file, key, epoch, FILE_MARK))
            if file.keyring_mode == MODE_KEYRING and epoch > (self.high_water() or 0):
                device_secret.save_mark(file.profile_id, _format_mark(key, file.profile_id,
                                                                      epoch))


def _format_mark(key: bytes, profile_id: str, epoch: int) -> str:
    return f"{epoch}:{mark_mac(key, profile_id, epoch, KEYRING_MARK).hex()}"


def _parse_mark(stored: str, key: bytes, profile_id: str) -> int | None:
    number, _, mac = stored.partition(":")
    if not number.isdigit() or len(number) > 20 or int(number) > _MAX_MARK:
        return None
    epoch = int(number)
    expected = mark_mac(key, profile_id, epoch, KEYRING_MARK).hex()
    return epoch if hmac.compare_digest(mac, expected) else None
