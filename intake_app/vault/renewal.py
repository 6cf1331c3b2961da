"""vault.json for the new profile folder a duress unlock builds: made once, written there.

A duress unlock whose store accepted the duress proof empties the profile by building a whole
new profile folder beside it and swapping it in (store/fresh.py, fs/folder_renewal.py). Before,
the vault rewrote vault.json in the old folder three times on the way (the duress state, its
store mark set back to a fresh vault's, then raised to the new store's change number), and the
new folder got a copy: three more synced writes than the real unlock, which writes vault.json
once after the passphrase (the count reset), and part of the fixed extra time someone timing
the two could see (review r7c F5, the stop-20 note). Now the vault makes the new vault.json
once, with its store mark already at the new store's change number (`renewed_file`); the store
writes it into the new folder with the rest, and the swap makes it the profile's. Only then
(`renewed`) does the vault take it as its own and delete the old keyring entry. The old folder's
vault.json is never written: a cut before the swap leaves it whole, with the real slot.

Where no folder can be made beside the profile, the emptying is done in place, and vault.json
is written in the profile folder before the old rows go (`write_renewed_in_place`), as before.
Imports no Qt, prints nothing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

from intake_app.vault import device_secret
from intake_app.vault.core import VaultCore
from intake_app.vault.duress_file import duress_file
from intake_app.vault.errors import KeyringUnavailable
from intake_app.vault.store_mark import FILE_MARK, _format_mark, with_mark
from intake_app.vault.vault_file import MODE_KEYRING, VaultFile


@dataclass
class _Renewed:
    """A vault.json made for the new profile folder, not yet in place."""

    file: VaultFile
    secret: bytes | None
    old_id: str | None  # the profile id whose keyring entry goes once it is in place
    epoch: int = 0  # the new store's change number, its mark in vault.json


class _Keyring(threading.Thread):
    """A keyring write the duress unlock need not wait for right away, on a thread of its own
    while the new folder is built or swapped (each write is a D-Bus round trip and a write of
    the keyring's file: about 20 ms here, three of them where the real unlock writes none)."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__(name="seinpost-keyring", daemon=True)
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to whoever waits (`outcome`)
            self.error = exc

    def outcome(self) -> object:
        self.join()
        if self.error is not None:
            raise self.error
        return self.result


class Renewal(VaultCore):
    """The vault side of renewing the whole profile folder (part of Vault)."""

    def begin_renewal(self) -> None:
        """A held duress unlock will renew the profile folder: in keyring mode the new device
        secret is made now, on a thread, while the new folder is built (`renewed_file` waits
        for it). Nothing otherwise."""
        with self._mutex:
            pending = self._pending
            if pending is None or pending.file.keyring_mode != MODE_KEYRING:
                return
            profile_id = pending.prepared.profile_id
            self._making = (profile_id, _Keyring(lambda: device_secret.create(profile_id)))

    def renewed_file(self, epoch: int) -> bytes:
        """vault.json's bytes for the new profile folder, its store mark at `epoch` (the new
        store's change number) under the held key. At a held duress unlock: the duress state
        (the fresh vault prepared when the duress passphrase was set,
        duress_file.py), and in keyring mode a new device secret made now under the new
        profile id (a cut from here on leaves an unused keyring entry, nothing else). At an
        unlock finishing an emptying a cut interrupted: this vault.json with the new mark.
        Nothing is written to the profile; call `renewed` once the folder is in place.
        Raises VaultLocked, KeyringUnavailable."""
        with self._mutex:
            key = self.key
            pending = self._pending
            if pending is None:
                file = with_mark(self._reload(), key, epoch, FILE_MARK)
                secret = self._secret
                old_id = None
            else:
                old = pending.file
                profile_id, secret = pending.prepared.profile_id, pending.old_secret
                if old.keyring_mode == MODE_KEYRING:
                    making, self._making = self._making, None
                    if making is not None and making[0] == profile_id:
                        made = making[1].outcome()
                    else:
                        made = device_secret.create(profile_id)
                    if made is None:
                        profile_id = old.profile_id
                    else:
                        secret = made
                file = duress_file(old, pending.index, pending.prepared, secret,
                                    pending.duress_key, profile_id, epoch)
                old_id = old.profile_id
            keyring = file.keyring_mode == MODE_KEYRING
            file = file.sealed_with(secret if keyring else None)
            # Under the same profile id the keyring's record must accept the new file before
            # it can become the profile's (vault_state.py); a new id's is written after.
            self._state.before_write(file)
            self._renewal = _Renewed(file, secret, old_id, epoch)
            return file.to_bytes()

    def write_renewed_in_place(self) -> None:
        """The emptying is done in place (no folder could be made beside the profile): write
        the file `renewed_file` made into the profile folder now, before the old rows go, and
        take it as this vault's. Raises VaultWriteFailed (vault.json then as it was)."""
        with self._mutex:
            renewal = self._renewal
            if renewal is None:
                return
            self._secret = renewal.secret
            self._save(renewal.file)  # the keyring's record of it written there too
            self._renewed(renewal, written=True)

    def renewed(self) -> None:
        """The new profile folder, holding the file `renewed_file` made, is in place: it is
        this vault's file from now on, and the old keyring entry (the old device secret and
        its store mark) is deleted. Nothing when none was made."""
        with self._mutex:
            renewal = self._renewal
            if renewal is None:
                return
            self._file, self._secret = renewal.file, renewal.secret
            self._raw = renewal.file.to_bytes()
            self._renewed(renewal)

    def _renewed(self, renewal: _Renewed, written: bool = False) -> None:
        self._renewal = None
        pending, self._pending = self._pending, None
        new_file = renewal.file
        if pending is None or renewal.old_id is None:
            if not written:
                self._state.after_write(new_file)
            return
        self.opened_by_duress = True
        if pending.file.keyring_mode != MODE_KEYRING:
            return
        old_id, new_id = renewal.old_id, new_file.profile_id
        key = self.key
        epoch = renewal.epoch
        elsewhere = pending.elsewhere
        folder = self._state.folder

        def keyring_after() -> None:
            if not written:
                self._state.after_write(new_file)  # the keyring names the new file current
            if old_id != new_id:
                device_secret.retire(old_id, elsewhere=elsewhere)  # its secret and store mark
            else:
                device_secret.delete_mark(old_id)  # a mark under the old key
            if epoch and new_id != old_id:
                # The keyring's mark as a set-up leaves it (services/opening.py remembers it
                # again at once; `settle_keyring` waits for this first).
                device_secret.save_mark(new_id, _format_mark(key, new_id, epoch))
            if new_id != old_id:
                # The folder's note made again, last, as a set-up makes it: kept, it was older
                # than the new profile's entries (a lower item number and an earlier created
                # time, readable from the keyring's file without its password; review r7h,
                # R7H-2). A cut or a refusal in between leaves none until the next right
                # unlock notes it (vault_state.py `adopt`).
                device_secret.forget_folder(folder)
                with contextlib.suppress(KeyringUnavailable):
                    device_secret.note_folder(folder)

        self._keyring_work = _Keyring(keyring_after)

    def settle_keyring(self) -> None:
        """Wait for the keyring writes a duress unlock left running (`_renewed`); raises what
        they raised. Nothing when none runs."""
        work, self._keyring_work = getattr(self, "_keyring_work", None), None
        if work is not None:
            work.outcome()
