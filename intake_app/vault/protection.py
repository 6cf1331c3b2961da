"""What protects the vault key, changed with the current passphrase: the passphrase itself, the
duress passphrase and wipe-after. The key never changes; only its wrapping in vault.json does.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Sequence

from intake_app.vault import duress_record, vault_state
from intake_app.vault.argon2id import stretch
from intake_app.vault.core import replace_slot, with_slot
from intake_app.vault.errors import (
    DuressIsPassphrase,
    DuressNearPassphrase,
    PassphraseIsDuress,
    PassphraseNearDuress,
    WipeAfterOutOfRange,
    WipeNeedsKeyring,
)
from intake_app.vault.passphrase import check_new_passphrase, passphrase_bytes
from intake_app.vault.passphrase_distance import folded, too_close, typo_variants
from intake_app.vault.slots import (
    KEY_BYTES,
    ROLE_DURESS,
    ROLE_REAL,
    Slot,
    make_slot,
    open_slot,
    random_slot,
)
from intake_app.vault.unlocking import Unlocking
from intake_app.vault.vault_file import MAX_WIPE_AFTER, MODE_KEYRING, VaultFile

MIN_WIPE_AFTER = 2  # one warning before the last attempt needs at least two attempts


class Protection(Unlocking):
    """Changing the passphrase, the duress passphrase and wipe-after (part of Vault). Each
    needs the current passphrase (WrongPassphrase otherwise, counted like any attempt; the
    duress passphrase is answered here exactly as a wrong one, see unlocking.py)."""

    def change_passphrase(self, old: str, new: str, *, user_inputs: Sequence[str] = ()) -> None:
        """Rewrap the same vault key under `new`; the data is not re-encrypted.

        Raises WeakPassphrase for a weak `new` (judged knowing `user_inputs`, the profile's
        names), PassphraseIsDuress if it is the duress one, PassphraseNearDuress if it equals
        the duress one but for case, spaces and punctuation (review r7k R7K-6): its folded form
        opens vault.json's `near` slot (one more key stretch; the duress passphrase's text is
        nowhere to compare with). A file from before `near` tries the two commonest typos
        instead (`typo_variants`: two more stretches).
        """
        new = check_new_passphrase(new, user_inputs=user_inputs)
        with self._mutex:
            opened = self._authenticate(old)
            stretched = stretch(new, opened.file.kdf_salt, opened.file.kdf)
            other = opened.file.slots[1 - opened.slot]
            if open_slot(other, stretched, opened.secret, opened.file.aad()) is not None:
                raise PassphraseIsDuress()
            near = opened.file.near
            tries = [(near, folded(new))] if near is not None else [
                (other, typo) for typo in typo_variants(new)]
            for slot, typo in tries:
                if typo and open_slot(slot, stretch(typo, opened.file.kdf_salt, opened.file.kdf),
                                      opened.secret, opened.file.aad()) is not None:
                    raise PassphraseNearDuress()
            self._save(
                with_slot(
                    opened.file, opened.slot, stretched, opened.secret, ROLE_REAL, opened.vault_key
                )
            )

    def set_duress_passphrase(
        self,
        current_passphrase: str,
        duress_passphrase: str | None,
        prepare: Callable[[bytes | None, bytes], None] | None = None,
        *,
        user_inputs: Sequence[str] = (),
    ) -> None:
        """Set (None: remove) the passphrase that opens an empty vault and erases this one.

        It must pass the same strength rule as the passphrase (judged knowing `user_inputs`,
        the profile's names): a duress passphrase someone guesses at the prompt empties the
        profile. WeakPassphrase before the current passphrase is tried (nothing counted),
        DuressIsPassphrase if it is the current passphrase, DuressNearPassphrase if a typo of
        the current passphrase could be it (vault/passphrase_distance.py; review r7k R7K-6).

        `prepare(key, digest)` is called with the 32-byte key the duress passphrase will open
        (None when removed) and the 32-byte digest of the vault.json about to hold it
        (vault_state.py) before vault.json changes, so the store can first vouch for the one
        thing that must survive a duress unlock, the office card (store/trust.py), and know
        which vault.json its answer is for (store/vault_seen.py). It must not keep the key.
        """
        duress_key: bytes | None = None
        if duress_passphrase is not None:
            duress_passphrase = check_new_passphrase(duress_passphrase, user_inputs=user_inputs)
        with self._mutex:
            opened = self._authenticate(current_passphrase)
            other = 1 - opened.slot
            if duress_passphrase is None:
                file = replace_slot(opened.file, other, random_slot())
                file = file.replace(prepared=duress_record.unset(), near=random_slot())
            else:
                if hmac.compare_digest(
                    passphrase_bytes(duress_passphrase), passphrase_bytes(current_passphrase)
                ):
                    raise DuressIsPassphrase()
                if too_close(duress_passphrase, current_passphrase):
                    raise DuressNearPassphrase()
                stretched = stretch(duress_passphrase, opened.file.kdf_salt, opened.file.kdf)
                duress_key = secrets.token_bytes(KEY_BYTES)
                file = with_slot(
                    opened.file, other, stretched, opened.secret, ROLE_DURESS, duress_key
                )
                # The fresh vault the duress unlock will write, prepared now, while the duress
                # passphrase is typed: one more Argon2id run here, none at that unlock (F4).
                file = file.replace(prepared=duress_record.prepare(
                    duress_passphrase, duress_key, opened.file.kdf),
                    near=_near_slot(duress_passphrase, opened.file, opened.secret))
            if prepare is not None:
                prepare(duress_key, vault_state.digest_bytes(file))
            self._save(file)

    def set_wipe_after(self, current_passphrase: str, n: int | None) -> None:
        """Erase the vault after `n` wrong passphrases in a row (None: never, the default).

        Raises WipeAfterOutOfRange (an InvalidSetting) unless `n` is None or between
        MIN_WIPE_AFTER and MAX_WIPE_AFTER,
        and WipeNeedsKeyring for a number in passphrase-only mode (before the passphrase is
        tried: nothing counted), where the counter never erases (unlocking.py `_may_wipe`).
        """
        if n is not None and (type(n) is not int or not MIN_WIPE_AFTER <= n <= MAX_WIPE_AFTER):
            raise WipeAfterOutOfRange(low=MIN_WIPE_AFTER, high=MAX_WIPE_AFTER)
        with self._mutex:
            if n is not None and self._reload().keyring_mode != MODE_KEYRING:
                raise WipeNeedsKeyring()
            opened = self._authenticate(current_passphrase)
            self._save(opened.file.replace(wipe_after=n))


def _near_slot(duress_passphrase: str, file: VaultFile, secret: bytes | None) -> Slot:
    """vault.json's `near`: a slot that opens with the folded form of `duress_passphrase`
    (vault/passphrase_distance.py `folded`: case, spaces and punctuation dropped), stretched
    under `file`'s salt, wrapping a key nothing uses; a random slot when nothing is left after
    folding. `change_passphrase` tries a new passphrase's folded form on it (one Argon2id run
    here)."""
    form = folded(duress_passphrase)
    if not form:
        return random_slot()
    return make_slot(stretch(form, file.kdf_salt, file.kdf), secret, ROLE_DURESS,
                     secrets.token_bytes(KEY_BYTES), file.aad())
