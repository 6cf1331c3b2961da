"""The liaison's vault: passphrase + device secret → the random 32-byte vault key; lock state.

The vault key encrypts the store and never changes when the passphrase does: only its wrapping in
vault.json is redone. Unlocking costs one Argon2id run (MODERATE: 256 MiB) whose output, mixed
with the device secret from the OS keyring, is tried on both key slots.

`Vault` joins the parts, each in its own module: the held key and lock state (core.py, which
also says what locking and erasing can promise), checking a passphrase with the counter,
wipe-after and duress (unlocking.py), changing what protects the key (protection.py), and the
store marks that refuse an older copy (store_mark.py), and vault.json for the profile folder a
duress unlock renews (renewal.py). This module creates, opens and reports.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake_app.sentences import sentence
from intake_app.vault import device_secret, duress_record, keyring_home, vault_file
from intake_app.vault.argon2id import SALT_BYTES, KdfParams, stretch
from intake_app.vault.core import store_witness, with_slot
from intake_app.vault.errors import (
    ErasureUnproven,
    KeyringUnavailable,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultNotFound,
    VaultWiped,
    WeakKdfParams,
)
from intake_app.vault.passphrase import check_new_passphrase
from intake_app.vault.profile import finish_renewal, holds_store, prepare_profile_dir
from intake_app.vault.protection import MIN_WIPE_AFTER, Protection
from intake_app.vault.renewal import Renewal
from intake_app.vault.slots import KEY_BYTES, ROLE_REAL, random_slot
from intake_app.vault.store_mark import FILE_MARK, StoreMark, with_mark
from intake_app.vault.vault_file import (
    MAX_WIPE_AFTER,
    MODE_KEYRING,
    MODE_PASSPHRASE_ONLY,
    VaultFile,
    new_id,
)

__all__ = ["MAX_WIPE_AFTER", "MIN_WIPE_AFTER", "NO_KEYRING_WARNING", "Vault", "VaultStatus"]

NO_KEYRING_WARNING = sentence("vault.passphrase_only", "en")


@dataclass(frozen=True)
class VaultStatus:
    """What the window shows about the vault: the keyring backend label (or "passphrase-only" /
    "unavailable"), a warning sentence if any, whether it is locked, failed attempts, the wipe
    limit and attempts left (None without a limit), whether the next wrong passphrase erases it,
    whether it is wiped (provably: `Vault.erasure_proven`; `erasure_unproven` when vault.json
    says so without proof), its KDF parameters, and whether wipe-after can be set at all
    (keyring mode only: in passphrase-only mode the counter never erases, unlocking.py
    `_may_wipe`).
    """

    keyring: str  # "secret-service", "macos-keychain", … or "passphrase-only" / "unavailable"
    warning: str | None
    locked: bool
    failed_attempts: int
    wipe_after: int | None  # None when off, and always in passphrase-only mode
    attempts_left: int | None
    last_attempt_warning: bool  # the next wrong passphrase erases the vault
    wiped: bool
    kdf: KdfParams
    wipe_available: bool = True  # keyring mode: wipe-after can be set (WipeNeedsKeyring)
    warning_code: str | None = None  # the warning's code in the one table of sentences
    # vault.json says `wiped` and nothing proves it (`Vault.erasure_proven`, review r7l R7L-1):
    # the lock page keeps the passphrase field and says so.
    erasure_unproven: bool = False


class Vault(Protection, StoreMark, Renewal):
    """The passphrase-protected vault of one profile (vault.json): unlocks to the 32-byte vault
    key the store's keys derive from. Create with Vault.create, open with Vault.open.
    """

    @classmethod
    def create(
        cls,
        profile_dir: Path,
        passphrase: str,
        *,
        use_keyring: bool = True,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
        user_inputs: Sequence[str] = (),
    ) -> Vault:
        """A new vault, returned unlocked. Refuses to replace a vault that is not wiped.

        `user_inputs`: the liaison's and the office's names, which the strength rule knows
        (`passphrase.strength`), so set-up on both command lines judges as the window's meter.
        """
        kdf = kdf or KdfParams.moderate()
        if not kdf.is_at_least_moderate() and not allow_weak_kdf:
            raise WeakKdfParams()
        passphrase = check_new_passphrase(passphrase, user_inputs=user_inputs)
        profile_dir = prepare_profile_dir(profile_dir)
        cls.refuse_existing(profile_dir)
        profile_id = new_id()
        if use_keyring:  # not in a keyring someone pointed the default at (review r7l R7L-1)
            keyring_home.check_new_home()
        secret = device_secret.create(profile_id) if use_keyring else None
        file = VaultFile(
            profile_id=profile_id,
            keyring_mode=MODE_KEYRING if secret is not None else MODE_PASSPHRASE_ONLY,
            kdf=kdf,
            kdf_salt=secrets.token_bytes(SALT_BYTES),
            slots=(random_slot(), random_slot()),
            failed_attempts=0,
            wipe_after=None,
            prepared=duress_record.unset(),
            near=random_slot(),
        )
        vault_key = secrets.token_bytes(KEY_BYTES)
        stretched = stretch(passphrase, file.kdf_salt, kdf)
        file = with_slot(file, secrets.randbelow(2), stretched, secret, ROLE_REAL, vault_key)
        file = with_mark(file, vault_key, 0, FILE_MARK)
        file = file.sealed_with(secret)
        try:
            vault_file.write(profile_dir, file)
        except BaseException:
            if secret is not None:
                device_secret.delete(profile_id)
            raise
        vault = cls(profile_dir, file)
        vault._state.after_write(file)  # the keyring names this file as current
        if secret is None:  # no keyring-mode profile here any more (vault_state.py, r7g H2)
            vault._state.settle_in(profile_dir, file)
        vault._secret = secret
        vault._hold(vault_key)
        return vault

    @staticmethod
    def refuse_existing(profile_dir: Path) -> None:
        """VaultExists if `profile_dir` holds a vault that is not wiped (a set-up must never
        replace it), ErasureUnproven if it says `wiped` without `erasure_proven` (a flag
        anyone with the powered-off disk can write: a set-up over it destroyed a vault the
        passphrase still opened, review r7k R7K-10); nothing if it holds none or a proven one."""
        try:
            file = vault_file.read(profile_dir)
        except VaultNotFound:
            return
        if not file.wiped:
            raise VaultExists()
        if Vault.erasure_proven(profile_dir) is None:
            raise ErasureUnproven()

    def discard(self) -> None:
        """Undo `create` after a later set-up step failed: lock, remove vault.json and the
        keyring entries, so the profile is as before (only for a vault this object created)."""
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

    @staticmethod
    def erasure_proven(profile_dir: Path) -> str | None:
        """The profile id of this folder's vault if this app provably erased it, else None.

        Proven only in keyring mode: vault.json says `wiped`, the keyring holds the note
        `destroy` leaves for that profile id after deleting its secret, naming these very
        store files (device_secret.py, core.py `store_witness`), and no keyring at all holds
        the profile's device secret, store mark or vault state (keyring_home.py
        `entries_anywhere`), and the note is in no keyring file anyone could write
        (`note_trusted`). A `wiped` flag alone proves nothing: anyone with the powered-off
        disk can write it, and in passphrase-only mode nothing outside the profile can vouch
        for it. Nor does the note alone: a keyring without a password is a plain file anyone
        can write and make the default (review r7l R7L-1); what they cannot do is take the
        secret out of the keyring the profile was set up with."""
        try:
            file = vault_file.read(Path(profile_dir))
        except VaultError:
            return None
        if not file.wiped or file.keyring_mode != MODE_KEYRING:
            return None
        witness = store_witness(Path(profile_dir))
        if not device_secret.is_marked_wiped(file.profile_id, witness):
            return None
        if keyring_home.entries_anywhere(file.profile_id):
            return None
        return file.profile_id if keyring_home.note_trusted(file.profile_id) else None

    @classmethod
    def open(cls, profile_dir: Path) -> Vault:
        """The vault of this profile, locked. VaultNotFound if it has none, VaultMissing if
        vault.json is gone but the store is still there (profile.py `holds_store`), VaultCorrupt
        if bad."""
        profile_dir = Path(profile_dir)
        finish_renewal(profile_dir)  # a duress unlock's renewal cut between two renames
        if not profile_dir.exists() and not profile_dir.is_symlink():
            raise VaultNotFound(folder=str(profile_dir))
        profile_dir = prepare_profile_dir(profile_dir)  # refuses a link or someone else's folder
        try:
            return cls(profile_dir, vault_file.read(profile_dir))
        except VaultNotFound:
            if holds_store(profile_dir):  # an existing profile's key file, not a new profile
                raise VaultMissing(folder=str(profile_dir)) from None
            raise VaultNotFound(folder=str(profile_dir)) from None  # named, with the next step

    @property
    def keyring_mode(self) -> bool:
        """Whether this vault's key needs the system keyring's device secret (keyring mode;
        after an unlock this is proven: passphrase-only vault.json opens without it)."""
        with self._mutex:
            return self._file.keyring_mode == MODE_KEYRING

    def stretch_once_more(self) -> None:
        """One Argon2id run at this vault's cost on throwaway input, nothing kept: the run a
        duress unlock takes when `prepared` does not open (`stretched_twice`), taken by an
        unlock that meets a vault.json its store had not seen (services/opening.py)."""
        with self._mutex:
            kdf = self._file.kdf
        stretch(secrets.token_bytes(32), secrets.token_bytes(SALT_BYTES), kdf)

    def status(self) -> VaultStatus:
        """The vault's current VaultStatus, with vault.json read again from disk.

        Raises VaultNotFound or VaultCorrupt when vault.json cannot be read.
        """
        with self._mutex:
            file = self._reload()
        warning_code: str | None = None
        if file.keyring_mode == MODE_KEYRING:
            backend = device_secret.usable_backend()
            label = device_secret.backend_label(backend) if backend else "unavailable"
            if backend is None:
                warning_code = KeyringUnavailable.code
        else:
            label = "passphrase-only"
            warning_code = "vault.passphrase_only"
        # Only a proven erasure is shown as one: the flag alone is anyone's to write, and the
        # window's lock page hid the passphrase field for it (review r7k R7K-10); the unlock
        # then says whether the passphrase still opens the file (VaultTampered) or not.
        wiped = file.wiped and self.erasure_proven(self.profile_dir) is not None
        if wiped:
            warning_code = VaultWiped.code
        warning = None if warning_code is None else sentence(warning_code, "en")
        # In passphrase-only mode the counter never erases (unlocking.py `_may_wipe`): a
        # wipe_after left in such a file (an earlier version's, or written in) is not shown.
        wipe_after = file.wipe_after if self._may_wipe(file) else None
        attempts_left = None
        if wipe_after is not None and not wiped:
            attempts_left = max(wipe_after - file.failed_attempts, 0)
        return VaultStatus(
            keyring=label,
            warning=warning,
            warning_code=warning_code,
            locked=not self.is_unlocked,
            failed_attempts=file.failed_attempts,
            wipe_after=wipe_after,
            wipe_available=file.keyring_mode == MODE_KEYRING,
            attempts_left=attempts_left,
            last_attempt_warning=attempts_left == 1,
            wiped=wiped,
            kdf=file.kdf,
            erasure_unproven=file.wiped and not wiped,
        )
