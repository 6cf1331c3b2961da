"""The liaison's vault: passphrase + device secret → the random 32-byte vault key; lock state.

The vault key encrypts the store and never changes when the passphrase does: only its wrapping in
vault.json is redone. Unlocking costs one Argon2id run (MODERATE: 256 MiB) whose output, mixed
with the device secret from the OS keyring, is tried on both key slots.

Memory: the key is held in a bytearray that `lock()` overwrites. Python cannot promise that no
other copy exists (the `bytes` returned by `unlock` and `key`, and copies made by the interpreter
or the crypto library), so locking makes the key unreachable for this object, not provably erased.

Disk: `destroy()` and the duress path overwrite vault.json atomically. On a journaling file system
or an SSD the old file's blocks may survive, which is why keyring-mode vaults also delete the
device secret: without it those blocks are useless. A passphrase-only vault has no such second
factor, and the status warning says so.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import nacl.encoding
import nacl.hash

from intake_app.vault import device_secret, vault_file
from intake_app.vault.argon2id import SALT_BYTES, KdfParams, stretch
from intake_app.vault.errors import (
    InvalidPassphrase,
    InvalidSetting,
    KeyringUnavailable,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTampered,
    VaultWiped,
    WeakKdfParams,
    WrongPassphrase,
)
from intake_app.vault.passphrase import (
    MAX_PASSPHRASE_CHARS,
    check_new_passphrase,
    legacy_bytes,
    passphrase_bytes,
)
from intake_app.vault.profile import prepare_profile_dir
from intake_app.vault.slots import (
    KEY_BYTES,
    ROLE_DURESS,
    ROLE_REAL,
    Slot,
    make_slot,
    open_slot,
    random_slot,
)
from intake_app.vault.vault_file import (
    LEGACY_VERSION,
    MAX_WIPE_AFTER,
    MODE_KEYRING,
    MODE_PASSPHRASE_ONLY,
    VaultFile,
    new_id,
)

NO_KEYRING_WARNING = (
    "No system keyring available: this profile is protected by the passphrase only. A copy of "
    "the profile can be attacked by guessing the passphrase, so choose a long one."
)
MIN_WIPE_AFTER = 2  # one warning before the last attempt needs at least two attempts


@dataclass(frozen=True)
class VaultStatus:
    """What the window shows about the vault: the keyring backend label (or "passphrase-only" /
    "unavailable"), a warning sentence if any, whether it is locked, failed attempts, the wipe
    limit and attempts left (None without a limit), whether the next wrong passphrase erases it,
    whether it is wiped, and its KDF parameters.
    """

    keyring: str  # "secret-service", "macos-keychain", … or "passphrase-only" / "unavailable"
    warning: str | None
    locked: bool
    failed_attempts: int
    wipe_after: int | None
    attempts_left: int | None
    last_attempt_warning: bool  # the next wrong passphrase erases the vault
    wiped: bool
    kdf: KdfParams


@dataclass
class _Opened:
    """A successful passphrase check: what the caller needs to rewrap a slot."""

    file: VaultFile
    slot: int
    vault_key: bytes
    secret: bytes | None


class Vault:
    """The passphrase-protected vault of one profile (vault.json): unlocks to the 32-byte vault
    key the store's keys derive from. Create with Vault.create, open with Vault.open.
    """

    def __init__(self, profile_dir: Path, file: VaultFile) -> None:
        """Use Vault.create or Vault.open."""
        self.profile_dir = Path(profile_dir)
        self._file = file
        self._key: bytearray | None = None
        self._mutex = threading.RLock()
        self._secret: bytes | None = None  # the device secret, for `mac` (keyring mode)
        self.opened_by_duress = False  # this unlock used the duress slot (authenticated by it)
        self.migrated = False  # this unlock moved a version 1 vault.json to version 2

    # -- creating and opening --------------------------------------------------------------

    @classmethod
    def create(
        cls,
        profile_dir: Path,
        passphrase: str,
        *,
        use_keyring: bool = True,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> Vault:
        """A new vault, returned unlocked. Refuses to replace a vault that is not wiped."""
        kdf = kdf or KdfParams.moderate()
        if not kdf.is_at_least_moderate() and not allow_weak_kdf:
            raise WeakKdfParams()
        passphrase = check_new_passphrase(passphrase)
        profile_dir = prepare_profile_dir(profile_dir)
        try:
            if not vault_file.read(profile_dir).wiped:
                raise VaultExists()
        except VaultNotFound:
            pass
        profile_id = new_id()
        secret = device_secret.create(profile_id) if use_keyring else None
        file = VaultFile(
            profile_id=profile_id,
            keyring_mode=MODE_KEYRING if secret is not None else MODE_PASSPHRASE_ONLY,
            kdf=kdf,
            kdf_salt=secrets.token_bytes(SALT_BYTES),
            slots=(random_slot(), random_slot()),
            failed_attempts=0,
            wipe_after=None,
        )
        vault_key = secrets.token_bytes(KEY_BYTES)
        stretched = stretch(passphrase, file.kdf_salt, kdf)
        file = _with_slot(file, secrets.randbelow(2), stretched, secret, ROLE_REAL, vault_key)
        file = file.replace(store_mark=(0, _mark_mac(vault_key, profile_id, 0)))
        file = file.sealed_with(secret)
        try:
            vault_file.write(profile_dir, file)
        except BaseException:
            if secret is not None:
                device_secret.delete(profile_id)
            raise
        vault = cls(profile_dir, file)
        vault._secret = secret
        vault._hold(vault_key)
        return vault

    # -- the store mark (see vault_file.py) ----------------------------------------------

    def store_epoch(self) -> int:
        """The highest store change number this vault has seen; VaultTampered if its MAC
        does not hold under the vault key (needs the vault unlocked)."""
        with self._mutex:
            key = self.key
            file = self._file
            if file.store_mark is None:
                return 0  # a version 1 file, before its first unlock moved it to version 2
            epoch, stored = file.store_mark
            if not hmac.compare_digest(stored, _mark_mac(key, file.profile_id, epoch)):
                raise VaultTampered()
            return epoch

    def set_store_epoch(self, epoch: int) -> None:
        """Record that the store has reached change number `epoch` (never lowers the mark)."""
        with self._mutex:
            key = self.key
            file = self._reload()
            current = file.store_mark[0] if file.store_mark is not None else 0
            if epoch <= current and file.store_mark is not None:
                return
            self._save(file.replace(store_mark=(epoch, _mark_mac(key, file.profile_id, epoch))))

    def discard(self) -> None:
        """Undo `create` after a later set-up step failed: lock, remove vault.json and the
        keyring entry, so the profile is as before (only for a vault this object created)."""
        with self._mutex:
            self.lock()
            path = self.profile_dir / vault_file.FILE_NAME
            try:
                if vault_file.read(self.profile_dir).profile_id == self._file.profile_id:
                    path.unlink()
            except (VaultError, OSError):
                pass
            if self._file.keyring_mode == MODE_KEYRING:
                device_secret.delete(self._file.profile_id)

    @classmethod
    def open(cls, profile_dir: Path) -> Vault:
        """The vault of this profile, locked. VaultNotFound if it has none, VaultCorrupt if bad."""
        profile_dir = Path(profile_dir)
        if not profile_dir.exists() and not profile_dir.is_symlink():
            raise VaultNotFound()
        profile_dir = prepare_profile_dir(profile_dir)  # refuses a link or someone else's folder
        return cls(profile_dir, vault_file.read(profile_dir))

    # -- lock state ------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> bytes:
        """Check the passphrase and return the 32-byte vault key (also kept until `lock`)."""
        with self._mutex:
            return self._authenticate(passphrase).vault_key

    def lock(self) -> None:
        """Zero and forget the vault key; safe when already locked."""
        with self._mutex:
            if self._key is not None:
                for i in range(len(self._key)):
                    self._key[i] = 0
            self._key = None

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

    # -- settings (each needs the current passphrase) -------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the same vault key under `new`; the data is not re-encrypted."""
        new = check_new_passphrase(new)
        with self._mutex:
            opened = self._authenticate(old)
            stretched = stretch(new, opened.file.kdf_salt, opened.file.kdf)
            other = opened.file.slots[1 - opened.slot]
            if open_slot(other, stretched, opened.secret, opened.file.aad()) is not None:
                raise InvalidPassphrase(
                    "The new passphrase must differ from the duress passphrase."
                )
            self._save(
                _with_slot(
                    opened.file, opened.slot, stretched, opened.secret, ROLE_REAL, opened.vault_key
                )
            )

    def set_duress_passphrase(
        self,
        current_passphrase: str,
        duress_passphrase: str | None,
        prepare: Callable[[bytes | None], None] | None = None,
    ) -> None:
        """Set (None: remove) the passphrase that opens an empty vault and erases this one.

        `prepare(key)` is called with the 32-byte key the duress passphrase will open (None
        when removed) before vault.json changes, so the store can first vouch for the one thing
        that must survive a duress unlock, the office card (store/trust.py). It must not keep
        the key.
        """
        duress_key: bytes | None = None
        with self._mutex:
            opened = self._authenticate(current_passphrase)
            other = 1 - opened.slot
            if duress_passphrase is None:
                file = _replace_slot(opened.file, other, random_slot())
            else:
                duress_passphrase = check_new_passphrase(duress_passphrase, require_strength=False)
                if hmac.compare_digest(
                    passphrase_bytes(duress_passphrase), passphrase_bytes(current_passphrase)
                ):
                    raise InvalidPassphrase(
                        "The duress passphrase must differ from your passphrase."
                    )
                stretched = stretch(duress_passphrase, opened.file.kdf_salt, opened.file.kdf)
                duress_key = secrets.token_bytes(KEY_BYTES)
                file = _with_slot(
                    opened.file, other, stretched, opened.secret, ROLE_DURESS, duress_key
                )
            if prepare is not None:
                prepare(duress_key)
            self._save(file)

    def set_wipe_after(self, current_passphrase: str, n: int | None) -> None:
        """Erase the vault after `n` wrong passphrases in a row (None: never, the default)."""
        if n is not None and (type(n) is not int or not MIN_WIPE_AFTER <= n <= MAX_WIPE_AFTER):
            raise InvalidSetting(
                f"Wipe after must be between {MIN_WIPE_AFTER} and {MAX_WIPE_AFTER} attempts, "
                "or off."
            )
        with self._mutex:
            opened = self._authenticate(current_passphrase)
            self._save(opened.file.replace(wipe_after=n))

    # -- status and erasure ----------------------------------------------------------------

    def status(self) -> VaultStatus:
        """The vault's current VaultStatus, with vault.json read again from disk.

        Raises VaultNotFound or VaultCorrupt when vault.json cannot be read.
        """
        with self._mutex:
            file = self._reload()
        warning: str | None = None
        if file.keyring_mode == MODE_KEYRING:
            backend = device_secret.usable_backend()
            label = device_secret.backend_label(backend) if backend else "unavailable"
            if backend is None:
                warning = KeyringUnavailable.default_message
        else:
            label = "passphrase-only"
            warning = NO_KEYRING_WARNING
        if file.wiped:
            warning = VaultWiped.default_message
        attempts_left = None
        if file.wipe_after is not None and not file.wiped:
            attempts_left = max(file.wipe_after - file.failed_attempts, 0)
        return VaultStatus(
            keyring=label,
            warning=warning,
            locked=not self.is_unlocked,
            failed_attempts=file.failed_attempts,
            wipe_after=file.wipe_after,
            attempts_left=attempts_left,
            last_attempt_warning=attempts_left == 1,
            wiped=file.wiped,
            kdf=file.kdf,
        )

    def destroy(self) -> None:
        """Crypto-erase: random bytes over both slots, then delete the keyring entry."""
        with self._mutex:
            file = self._reload()
            self.lock()
            self._save(
                file.replace(slots=(random_slot(), random_slot()), wiped=True, failed_attempts=0)
            )
            if file.keyring_mode == MODE_KEYRING:
                device_secret.delete(file.profile_id)

    # -- internals -------------------------------------------------------------------------

    def _reload(self) -> VaultFile:
        # Always from disk: another window or the command line may have changed the counter.
        self._file = vault_file.read(self.profile_dir)
        return self._file

    def _save(self, file: VaultFile) -> None:
        # A version 1 file stays version 1 (and never wipes) until the right passphrase opens
        # it: otherwise a wrong guess would authenticate whatever someone wrote into it.
        if file.version != LEGACY_VERSION:
            file = file.sealed_with(self._secret if file.keyring_mode == MODE_KEYRING else None)
        vault_file.write(self.profile_dir, file)
        self._file = file

    def _hold(self, vault_key: bytes) -> None:
        self.lock()
        self._key = bytearray(vault_key)

    def _authenticate(self, passphrase: str) -> _Opened:
        """Check the passphrase; count a wrong one; erase only as the module docstring says.

        Order: the file's `mac` is checked first (keyring mode), so a changed counter or setting
        is refused before it can drive anything; then the attempt is counted on disk (a kill
        mid-check keeps it counted); then the passphrase is tried. A passphrase that opens a
        slot never erases anything, whatever the counter says.
        """
        file = self._reload()
        self.opened_by_duress = self.migrated = False
        secret = self._load_secret(file)
        if file.wiped:
            self.lock()
            # A real erasure left random slots. If the passphrase still opens one, the flag was
            # set outside Seinpost: say so rather than report an erasure (nothing is counted).
            if self._try(file, passphrase, secret) is not None:
                raise VaultTampered()
            raise VaultWiped()
        self._secret = secret
        counted = file.replace(failed_attempts=file.failed_attempts + 1)
        self._save(counted)
        opened = self._try(file, passphrase, secret)
        if opened is None:
            self._wrong_passphrase(self._file)
        index, role, vault_key, stretched, legacy = opened
        if legacy:  # opened by the pre-normalisation form: rewrap under the normalised one
            stretched = stretch(passphrase, file.kdf_salt, file.kdf)
        if role == ROLE_DURESS:
            return self._enter_duress(self._file, index, stretched, secret, vault_key)
        reset = self._file.replace(failed_attempts=0)
        if file.version == LEGACY_VERSION:
            reset = reset.replace(store_mark=(0, _mark_mac(vault_key, file.profile_id, 0)))
            reset = reset.sealed_with(secret if file.keyring_mode == MODE_KEYRING else None)
            self.migrated = True
        if legacy:
            reset = _with_slot(reset, index, stretched, secret, ROLE_REAL, vault_key)
        self._save(reset)
        self._hold(vault_key)
        return _Opened(self._file, index, vault_key, secret)

    def _load_secret(self, file: VaultFile) -> bytes | None:
        """The device secret (keyring mode), and the file's `mac` checked with it.

        A missing entry or a locked keyring is not a wrong passphrase and uses up no attempt.
        """
        if file.keyring_mode != MODE_KEYRING:
            return None
        try:
            secret = device_secret.load(file.profile_id)
        except VaultError:
            if file.wiped:
                raise VaultWiped() from None  # an erasure deletes the keyring entry too
            raise
        if file.version != LEGACY_VERSION and not file.mac_is_valid(secret):
            self.lock()
            raise VaultTampered()
        return secret

    @staticmethod
    def _try(
        file: VaultFile, passphrase: str, secret: bytes | None
    ) -> tuple[int, int, bytes, bytes, bool] | None:
        """(slot index, role, key, stretched, by the legacy form) if the passphrase opens."""
        if not isinstance(passphrase, str) or len(passphrase) > MAX_PASSPHRASE_CHARS + 2:
            return None
        forms = [passphrase_bytes(passphrase)]
        if legacy_bytes(passphrase) != forms[0]:
            forms.append(legacy_bytes(passphrase))  # set up before normalisation (BOM kept)
        aad = file.aad()
        for number, form in enumerate(forms):
            stretched = stretch(form, file.kdf_salt, file.kdf)
            for index, slot in enumerate(file.slots):
                result = open_slot(slot, stretched, secret, aad)
                if result is not None:
                    return index, result[0], result[1], stretched, number > 0
        return None

    def _may_wipe(self, file: VaultFile) -> bool:
        """Only a counter this app can vouch for erases: a version 2 file whose `mac` held
        (keyring mode), or a version 2 passphrase-only file (nothing beyond vault.json to lose,
        see docs/SECURITY.md). A version 1 file never erases: it carries no `mac` at all."""
        return file.version != LEGACY_VERSION and file.wipe_after is not None

    def _wrong_passphrase(self, counted: VaultFile) -> NoReturn:
        if self._may_wipe(counted) and counted.failed_attempts >= counted.wipe_after:
            self.destroy()
            raise VaultWiped()
        self.lock()
        left = None
        if counted.wipe_after is not None and counted.version != LEGACY_VERSION:
            left = max(counted.wipe_after - counted.failed_attempts, 1)
        raise WrongPassphrase(attempts_left=left)

    def _enter_duress(
        self,
        file: VaultFile,
        index: int,
        stretched: bytes,
        old_secret: bytes | None,
        duress_key: bytes,
    ) -> _Opened:
        """The duress passphrase: from now on it opens a fresh-looking vault; the real one is gone.

        The key behind the duress slot becomes the vault key (the store was told it at
        set-up, so it can prove the change and keep the office card, see store/trust.py).
        Same cost and result shape as a normal unlock; a new profile id and device secret make
        an old copy of vault.json useless too, where the keyring allows; every setting is reset
        to what a new vault has, so nothing shows this profile was used before.
        """
        profile_id, secret = file.profile_id, old_secret
        if file.keyring_mode == MODE_KEYRING:
            candidate = new_id()
            fresh = device_secret.create(candidate)
            if fresh is not None:
                profile_id, secret = candidate, fresh
        new_file = file.replace(
            profile_id=profile_id,
            slots=(random_slot(), random_slot()),
            failed_attempts=0,
            wipe_after=None,
            version=vault_file.VERSION,
            generation=None,
            store_mark=(0, _mark_mac(duress_key, profile_id, 0)),
        )
        new_file = _with_slot(new_file, index, stretched, secret, ROLE_REAL, duress_key)
        self._secret = secret
        self._save(new_file)
        if profile_id != file.profile_id:
            device_secret.delete(file.profile_id)
        self.opened_by_duress = True
        self._hold(duress_key)
        return _Opened(self._file, index, duress_key, secret)


def _mark_mac(vault_key: bytes, profile_id: str, epoch: int) -> bytes:
    return nacl.hash.blake2b(
        f"{profile_id}:{epoch}".encode("ascii"), digest_size=32, key=vault_key,
        person=b"seinpost-smark1", encoder=nacl.encoding.RawEncoder,
    )


def _replace_slot(file: VaultFile, index: int, slot: Slot) -> VaultFile:
    slots = list(file.slots)
    slots[index] = slot
    return file.replace(slots=(slots[0], slots[1]))


def _with_slot(
    file: VaultFile,
    index: int,
    stretched: bytes,
    secret: bytes | None,
    role: int,
    vault_key: bytes,
) -> VaultFile:
    return _replace_slot(file, index, make_slot(stretched, secret, role, vault_key, file.aad()))
