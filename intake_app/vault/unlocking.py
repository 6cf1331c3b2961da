"""Checking a passphrase: the failed-attempt counter, wipe-after, and the duress passphrase.

Order (see `Unlocking._authenticate`): vault.json's `mac` is checked first (keyring mode), so a
changed counter or setting is refused before it can drive anything; then the attempt is counted
on disk (a kill mid-check keeps it counted); then the passphrase is tried. A passphrase that
opens a slot never erases anything, whatever the counter says.

The duress passphrase, at an unlock of the profile (`unlock(..., hold_duress=True)`, which
services/opening.py uses): nothing more is written yet. The duress key is held and vault.json
stays as counted while the store checks the duress proof and the marks. When it accepts them,
the new vault.json is written once, into the new profile folder the store builds beside the old
one (vault/renewal.py, store/fresh.py), and the swap of the two folders makes it the profile's:
the same one write after the passphrase as the real unlock's reset of the count. A refusal
(`refuse_held_duress`, or `lock`) puts vault.json's bytes as read back, so it is byte for byte
as it was and the real passphrase still opens the profile. A cut before the swap leaves the old
folder whole (the real slot in place, the attempt counted, as a cut real unlock leaves it);
after it, the profile is the new one. Where no folder can be made beside the profile the
emptying is done in place, in this order (vault/renewal.py): a new keyring entry first (a cut
leaves an unused entry), then vault.json replaced at once (the real slot gone, the duress slot
now the only key: the next duress unlock finishes the emptying, local_store.py), then the old
keyring entry deleted.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import NoReturn

from intake_app.vault import (
    device_secret,
    duress_record,
    keyring_home,
    keyring_use,
    vault_state,
)
from intake_app.vault.argon2id import SALT_BYTES, stretch
from intake_app.vault.core import VaultCore, with_slot
from intake_app.vault.duress_file import duress_file
from intake_app.vault.duress_record import Prepared
from intake_app.vault.errors import (
    EmptyPassphrase,
    KeyringEntryUnexplained,
    VaultElsewhere,
    VaultError,
    VaultTampered,
    VaultWiped,
    WrongPassphrase,
)
from intake_app.vault.passphrase import MAX_PASSPHRASE_CHARS, candidates, normalise, spaced_form
from intake_app.vault.slots import ROLE_DURESS, ROLE_REAL, open_slot
from intake_app.vault.store_mark import MIGRATED_MARK, with_mark
from intake_app.vault.vault_file import LEGACY_VERSION, MODE_KEYRING, VaultFile, new_id


@dataclass
class Opened:
    """A successful passphrase check: what the caller needs to rewrap a slot."""

    file: VaultFile
    slot: int
    vault_key: bytes
    secret: bytes | None


class Unlocking(VaultCore):
    """Unlocking with a passphrase (part of Vault)."""

    def unlock(self, passphrase: str, *, hold_duress: bool = False) -> bytes:
        """Check the passphrase and return the 32-byte vault key (also kept until `lock`).

        The duress passphrase rewrites vault.json at once, or, with `hold_duress`, only at
        `finish_duress` (see the module docstring; `duress_pending` tells). Raises
        WrongPassphrase (with the attempts left), VaultWiped, VaultTampered,
        KeyringUnavailable or DeviceSecretMissing.
        """
        with self._mutex:
            return self._authenticate(passphrase, hold_duress=hold_duress,
                                      unlocking=True).vault_key

    @property
    def duress_pending(self) -> bool:
        """Whether this unlock used the duress passphrase and vault.json is not rewritten yet."""
        return self._pending is not None

    def finish_duress(self) -> None:
        """Write what a held duress unlock changes (see the module docstring for the order);
        nothing when none is held. Call it only once the store accepted the duress proof and
        the marks. Raises VaultWriteFailed (vault.json then as it was)."""
        with self._mutex:
            pending = self._pending
            if pending is None:
                return
            self._pending = None
            self._enter_duress(pending.file, pending.index, pending.prepared,
                               pending.old_secret, pending.duress_key, floor=pending.floor)

    def refuse_held_duress(self) -> NoReturn:
        """A held duress unlock whose store holds no duress proof (set up by a version before
        the proof covered the profile state, or changed outside Seinpost): lock, leave
        vault.json as it is, and answer as an ordinary wrong passphrase would, so the person
        watching learns nothing of a duress passphrase. The attempt is not counted (vault.json
        stays byte for byte): the attempts left shown are what a counted one would show
        (docs/SECURITY.md)."""
        with self._mutex:
            pending = self._pending
            file = pending.file if pending is not None else self._file
            self.lock()
            left = (max(file.wipe_after - file.failed_attempts - 1, 1)
                    if self._may_wipe(file) else None)
            raise WrongPassphrase(attempts_left=left)

    def _authenticate(self, passphrase: str, *, hold_duress: bool = False,
                      unlocking: bool = False) -> Opened:
        """Check the passphrase; count a wrong one; erase only as the module docstring says.
        Only an unlock (`unlocking`) acts on the duress passphrase; anywhere else (a security
        setting's current passphrase, protection.py) it is answered exactly as a wrong one:
        counted, the same sentence and attempts left, erasure at wipe-after, never retiring the
        real slot nor telling the person watching (docs/SECURITY.md). Raises EmptyPassphrase,
        uncounted, when nothing visible is in it (review r7i R7I-2: one space erased a vault)."""
        if not normalise(passphrase):
            raise EmptyPassphrase()
        file = self._reload()
        raw = self._raw
        self.read_digest = vault_state.digest_bytes(file)
        self.opened_by_duress = self.migrated = self.stretched_twice = self._unexplained = False
        secret = self._load_secret(file)
        if file.wiped:
            self.lock()
            # An erasure deletes the secret (core.py `destroy`; the slots stay), so a secret
            # here means the flag was set outside Seinpost or the keyring was put back: if the
            # passphrase opens a slot, say the file was changed rather than report an erasure
            # (nothing is counted).
            if self._try(file, passphrase, secret) is not None:
                raise VaultTampered()
            raise VaultWiped()
        self._secret = secret
        if unlocking and file.keyring_mode == MODE_KEYRING:
            try:  # the duress unlock writes the keyring: both passphrases ask first (R7J-8)
                keyring_use.check_writable()
            except VaultError:
                self.lock()
                raise
        if unlocking and self.before_count is not None:
            self.before_count()  # the same for every passphrase: nothing tried or counted yet
        if self._state.elsewhere:
            # A file whose keyring record names another folder (copied or moved here, r7f G1):
            # nothing is counted (that would act on the other profile's keyring entries); only
            # a passphrase that opens a slot goes on (a moved profile: vault_state.py).
            opened = self._try(file, passphrase, secret)
            if opened is None or (opened[1] == ROLE_DURESS and not unlocking):
                self.lock()
                raise VaultElsewhere()
        elif self._unexplained:
            # A passphrase-only file with a keyring entry under its id: a slot that opens
            # proves the file (its mode is bound into the slots), whatever the entry is.
            opened = self._try(file, passphrase, secret)
            if opened is None or (opened[1] == ROLE_DURESS and not unlocking):
                self.lock()
                raise KeyringEntryUnexplained()  # nothing counted
        else:
            counted = file.replace(failed_attempts=file.failed_attempts + 1)
            self._save(counted)
            opened = self._try(file, passphrase, secret)
            if opened is None:
                self._wrong_passphrase(self._file)
        index, role, vault_key, stretched, legacy = opened
        if legacy and self._opens_another(file, passphrase, secret, index):
            legacy = False  # kept as it is: the normalised form belongs to the other slot
        elif legacy:  # opened by the pre-normalisation form: rewrap under the normalised one
            stretched = stretch(passphrase, file.kdf_salt, file.kdf)
        if role == ROLE_DURESS:
            if not unlocking:
                self._wrong_passphrase(self._file)  # the count above is already on disk
            prepared, self.stretched_twice = _prepared(file, passphrase, vault_key)
            if hold_duress:
                return self._hold_duress(file, raw, index, prepared, vault_key)
            return self._enter_duress(file, index, prepared, secret, vault_key)
        reset = self._file.replace(failed_attempts=0)
        if file.version == LEGACY_VERSION:
            # Nothing in a version 1 file was authenticated, so nothing destructive is carried
            # over: no wipe-after (the person sets it again), and a store mark that admits only
            # a store.db of the same old format (store_mark.MIGRATED_MARK): a version 2 profile
            # rewritten as version 1 must not lower the mark and so let an older store.db in.
            reset = with_mark(reset.replace(wipe_after=None), vault_key, 0, MIGRATED_MARK)
            reset = reset.sealed_with(secret if file.keyring_mode == MODE_KEYRING else None)
            self.migrated = True
        if legacy or file.failed_attempts > 0:
            # After wrong attempts the real slot is wrapped anew, so the file's state changes
            # with the reset: a copy holding the higher count is then refused (vault_state.py).
            reset = with_slot(reset, index, stretched, secret, ROLE_REAL, vault_key)
        self._save(reset)
        self._state.adopt(self._file)
        self._hold(vault_key)
        return Opened(self._file, index, vault_key, secret)

    def _load_secret(self, file: VaultFile) -> bytes | None:
        """The device secret (keyring mode), and the file's `mac` checked with it.

        A missing entry or a locked keyring is not a wrong passphrase and uses up no attempt.
        """
        if file.keyring_mode != MODE_KEYRING:
            # A keyring-mode file switched to passphrase-only (`mac` null) would make the right
            # passphrase fail (the mode is bound into the slots) and count as wrong. The keyring
            # still holding this profile's entry tells: refuse, count nothing.
            # The id is the file's own, which whoever rewrote it chooses (review r7g H2): the
            # keyring's note of a keyring-mode profile in this folder tells as well.
            # Anyone can add a keyring holding an entry under any id (review r7l R7L-2): an
            # entry is no proof here, only a reason to try the passphrase before counting it.
            self._unexplained = device_secret.has_entry(file.profile_id) or (
                device_secret.folder_noted(vault_state.folder_tag(self.profile_dir)))
            return None
        # The keyring holding this profile's entries, not whichever one the `default` alias
        # (a plain file) names now (review r7l R7L-1, keyring_home.py).
        keyring_home.check(file.profile_id)
        try:
            secret = device_secret.load(file.profile_id)
        except VaultError:
            if (file.wiped or device_secret.was_erased(file.profile_id)) and not (
                    keyring_home.note_forgeable(file.profile_id)):  # review r7l R7L-1
                # An erasure deletes the keyring entry too, and notes it there: also when it
                # ran on a copy of this file elsewhere (review r7f G1, before the folder check),
                # this profile was erased; "nothing was deleted" would be false.
                raise VaultWiped() from None
            raise
        if file.version == LEGACY_VERSION and device_secret.load_mark(file.profile_id) is not None:
            # The keyring's high-water mark is written only for version 2 files: this profile
            # was version 2 already, and someone rewrote vault.json as version 1 (no `mac`).
            self.lock()
            raise VaultTampered()
        if file.version != LEGACY_VERSION and not file.mac_is_valid(secret):
            self.lock()
            raise VaultTampered()
        try:
            # A good `mac` proves the file is this app's, not that it is the newest: an older
            # copy put back is refused here, before anything is counted (vault_state.py).
            self._state.check(file)
        except VaultError:
            self.lock()
            raise
        return secret

    @staticmethod
    def _try(
        file: VaultFile, passphrase: str, secret: bytes | None
    ) -> tuple[int, int, bytes, bytes, bool] | None:
        """(slot index, role, key, stretched, by the legacy form) if the passphrase opens."""
        if not isinstance(passphrase, str) or len(passphrase) > MAX_PASSPHRASE_CHARS + 2:
            return None
        aad = file.aad()
        # The forms earlier versions stored (surrounding whitespace or a BOM kept), then the
        # normalised one: a vault they set up opens and is rewrapped, nothing counted twice.
        normalised = normalise(passphrase)
        for form in (*candidates(passphrase), *spaced_form(passphrase)):
            stretched = stretch(form.encode("utf-8"), file.kdf_salt, file.kdf)
            for index, slot in enumerate(file.slots):
                result = open_slot(slot, stretched, secret, aad)
                if result is not None:
                    return index, result[0], result[1], stretched, form != normalised
        return None

    @staticmethod
    def _opens_another(file: VaultFile, passphrase: str, secret: bytes | None,
                       index: int) -> bool:
        """Whether the normalised passphrase opens a slot other than `index`: then the slot
        opened by an earlier version's form is not rewrapped under it, or one passphrase
        would open two slots (review r7f G2)."""
        stretched = stretch(normalise(passphrase).encode("utf-8"), file.kdf_salt, file.kdf)
        aad = file.aad()
        return any(open_slot(slot, stretched, secret, aad) is not None
                   for number, slot in enumerate(file.slots) if number != index)

    @staticmethod
    def _may_wipe(file: VaultFile) -> bool:
        """Only a counter this app can vouch for erases: a version 2 keyring-mode file (`mac`
        held). Not version 1 or passphrase-only: a keyring file switched to passphrase-only, its
        keyring's file deleted, made the right passphrase wrong (r7g H2 b; SECURITY.md)."""
        return (file.version != LEGACY_VERSION and file.keyring_mode == MODE_KEYRING
                and file.wipe_after is not None)

    def _wrong_passphrase(self, counted: VaultFile) -> NoReturn:
        if self._may_wipe(counted) and counted.failed_attempts >= counted.wipe_after:
            self.destroy()
            raise VaultWiped()
        self.lock()
        left = (max(counted.wipe_after - counted.failed_attempts, 1)
                if self._may_wipe(counted) else None)
        raise WrongPassphrase(attempts_left=left)

    def _hold_duress(self, file: VaultFile, raw: bytes, index: int, prepared: Prepared,
                     duress_key: bytes) -> Opened:
        """The duress passphrase at an unlock of the profile: vault.json put back as read and
        the duress key held; what `_enter_duress` would write is kept in memory, with a new
        profile id (keyring mode) that has no keyring mark, so the marks read now are the
        carried-over floor alone (see `_enter_duress`)."""
        # vault.json stays as counted while the store checks the proof: the duress unlock
        # writes vault.json once, into the new profile folder (vault/renewal.py), the way the
        # real unlock writes it once more to reset the count. A refusal puts the bytes as read
        # back (`lock`), so vault.json ends byte for byte as it was.
        file_floor = file.store_mark[0] if file.store_mark is not None else 0
        keyring_floor = keyring_use.keyring_floor(file)
        secret = self._secret
        # The preview's mark is vault.json's number alone, the keyring's kept apart
        # (`high_water`): StoreRolledBack before ProfileRolledBack, as the real unlock (r7c F2).
        preview = duress_file(file, index, prepared, secret, duress_key, prepared.profile_id,
                               file_floor)
        self._hold(duress_key)
        self._file = preview  # never written: `finish_duress` writes the real one
        self._pending = _Pending(file, index, prepared, secret, duress_key,
                                 max(file_floor, keyring_floor or 0), keyring_floor, raw,
                                 self._state.elsewhere)
        self.opened_by_duress = True
        return Opened(preview, index, duress_key, secret)

    def _enter_duress(
        self,
        file: VaultFile,
        index: int,
        prepared: Prepared,
        old_secret: bytes | None,
        duress_key: bytes,
        *,
        floor: int | None = None,
    ) -> Opened:
        """The duress passphrase: from now on it opens a fresh-looking vault; the real one is gone.

        The key behind the duress slot becomes the vault key (the store was told it at
        set-up, so it can prove the change and keep the office card, see store/trust.py).
        Same cost and result shape as a normal unlock; a new profile id and device secret make
        an old copy of vault.json useless too, where the keyring allows; every setting but
        wipe-after (duress_file.py) is reset to what a new vault has, and the keyring's store
        mark goes with the old id, so nothing shows this profile was used before.

        One thing is carried over, for the length of this unlock only: how far the store had
        got (the larger of vault.json's mark and, in keyring mode, the keyring's), now as the
        new file's mark under the duress key. The store is emptied only if the duress proof's
        rows are at least that new (services/opening.py, `VaultRenewal.check`): an older
        office record and proof put back are refused, even when this unlock is cut off and the
        next one finishes it (B5 in docs/SECURITY.md). The emptying then resets the mark to
        what a fresh vault has. (The path of a store already under the duress key; the
        renewal of the whole profile folder writes its vault.json once, vault/renewal.py.)
        """
        if floor is None:
            floor = keyring_use.store_floor(file)
        profile_id, secret = prepared.profile_id, old_secret
        if file.keyring_mode == MODE_KEYRING:
            fresh = device_secret.create(profile_id)
            if fresh is None:
                profile_id = file.profile_id
            else:
                secret = fresh
        new_file = duress_file(file, index, prepared, secret, duress_key, profile_id, floor)
        self._secret = secret
        self._save(new_file)
        if profile_id != file.profile_id:
            device_secret.retire(file.profile_id, elsewhere=self._state.elsewhere)
        elif file.keyring_mode == MODE_KEYRING:
            device_secret.delete_mark(file.profile_id)  # a mark under the old key
        self.opened_by_duress = True
        self._hold(duress_key)
        return Opened(self._file, index, duress_key, secret)


@dataclass
class _Pending:
    """A held duress unlock: vault.json as read, and what `_enter_duress` needs to rewrite it."""

    file: VaultFile
    index: int
    prepared: Prepared  # the fresh vault's salt, id and stretched passphrase (`_prepared`)
    old_secret: bytes | None
    duress_key: bytes
    floor: int
    keyring_floor: int | None = None  # the keyring's mark as read (its MAC unchecked)
    raw: bytes = b""  # vault.json's bytes as read, before the attempt was counted
    elsewhere: bool = False  # found in a folder its keyring record does not name (copied)


def _prepared(file: VaultFile, passphrase: str, duress_key: bytes) -> tuple[Prepared, bool]:
    """The fresh vault a duress unlock writes, and whether it took one more Argon2id run: the
    one prepared with the duress passphrase (duress_record.py), else a new salt and id. A record
    that does not open (an earlier version's, or changed while the laptop was off) never leads
    back to the old id and salt: "the same vault, emptied" (review r7g M1, r7c F4)."""
    prepared = duress_record.open_prepared(file.prepared, duress_key)
    if prepared is not None:
        return prepared, False
    salt = secrets.token_bytes(SALT_BYTES)
    return Prepared(salt, new_id(), stretch(passphrase, salt, file.kdf)), True
