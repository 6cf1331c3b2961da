"""Setting up, opening and closing one liaison profile: the vault (the key) and its store.

The session (liaison.py) holds what these return and never hands either on: its front ends get
operations, not the vault or the store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple

from intake_app.bundle.errors import BundleError
from intake_app.errors import SeinpostError
from intake_app.services import export_journal
from intake_app.store.errors import DiskFull, StoreCorrupt
from intake_app.store.integrity_errors import DuressProofOutdated, StoreRolledBack
from intake_app.store.local_store import (
    DatabaseCheck,
    FolderAhead,
    LocalStore,
)
from intake_app.vault import ProfileRolledBack, Vault, VaultTampered


class OpenProfile(NamedTuple):
    """An unlocked vault, its open store, and whether this unlock finished an emptying a cut
    interrupted (see `open_profile`)."""

    vault: Vault
    store: LocalStore
    finished_emptying: bool


def open_profile(profile_dir: Path, passphrase: str) -> OpenProfile:
    """Open the vault with `passphrase` and then its store.

    The store's integrity check, which needs no key, runs while the passphrase is stretched
    (store/database.py, DatabaseCheck). A store older than the vault's marks is refused
    (`refuse_older`) before anything in it is recovered or changed. `finished_emptying` is
    True when this unlock emptied the profile though the vault did not take it for the duress
    one: a duress unlock cut after it had rewritten vault.json in place, whose duress key now
    opens the vault's only slot. The store is emptied only under the duress key (its proof,
    store/trust.py), so whoever typed this passphrase typed the duress one, and someone may be
    watching: this unlock is as silent as the first (no purge told, and the vault.json the cut
    unlock wrote not told as undone; review r7j, R7J-11: it said "the duress passphrase was
    used").

    The duress passphrase changes vault.json only once the store accepted the duress proof
    and the marks (`VaultRenewal`), and then once, in the new profile folder: whatever
    refuses first leaves vault.json byte for byte as it was, and the real passphrase still
    opens the profile. A store with no duress proof
    for that key (one set up by a version before the proof covered the profile state) answers
    as a wrong passphrase would (WrongPassphrase, nothing counted; docs/SECURITY.md).
    """
    vault = Vault.open(profile_dir)
    checked = DatabaseCheck(vault.profile_dir)
    ahead = FolderAhead(vault.profile_dir)  # for every passphrase alike (folder_ahead.py)
    # A disk too full for duress, or an entry it could not remove, refuses every passphrase.
    vault.before_count = ahead.check_ahead
    try:
        try:
            key = vault.unlock(passphrase, hold_duress=True)
        except BaseException:
            checked.discard()  # a wrong passphrase is the answer, whatever the check found
            raise
        opened = _open_store(vault, key, checked, ahead)
        as_a_duress_unlock_would(ahead, opened.store)
    finally:
        ahead.discard()  # gone before the answer, unless the duress unlock took it
    return opened


def as_a_duress_unlock_would(ahead: FolderAhead, store: LocalStore) -> None:
    """The folder built ahead, not taken (the real passphrase), finished and removed as a
    duress unlock finishes its new folder and removes the old one (store/folder_ahead.py
    `finish_unused`): the same work before either answers. A store whose office card cannot
    be read now is refused by its next use; nothing is done for it here."""
    try:
        card = store.office_card()
    except SeinpostError:
        return
    ahead.finish_unused(card)


def _open_store(vault: Vault, key: bytes, checked: DatabaseCheck,
                ahead: FolderAhead) -> OpenProfile:
    try:
        store = LocalStore.open(vault.profile_dir, key, checked=checked,
                                check_epoch=lambda epoch, migrated, required: refuse_older(
                                    vault, epoch, store_migrated=migrated,
                                    twin_required=required),
                                renewal=VaultRenewal(vault), ahead=ahead,
                                duress_typed=vault.duress_pending)
        try:
            vault.finish_duress()  # a store already under the duress key: vault.json follows
            vault.set_store_epoch(store.epoch())
            watch_store(vault, store)
            even_the_stretching(vault, store)
        except BaseException:
            store.close()
            raise
    except DuressProofOutdated:
        if vault.duress_pending:  # an old proof: say no more than a wrong passphrase would
            vault.refuse_held_duress()
        vault.lock()
        raise
    except BaseException:
        vault.lock()  # a held duress unlock is dropped: vault.json is as it was
        raise
    try:
        settle_interrupted_exports(store)
    except BaseException:
        close_profile(vault, store)
        raise
    return OpenProfile(vault, store, store.purged_on_open and not vault.opened_by_duress)


def watch_store(vault: Vault, store: LocalStore) -> None:
    """The store learns which vault.json it meets (store/vault_seen.py): one it had not seen
    is noticed (`store.vault_state_noticed`, which the session tells the person), and from now
    on every change of vault.json's state is named to it before and after the write."""
    store.settle_vault_state(vault.read_digest or vault.state_digest(), vault.state_digest())
    vault.watch_state(store.vault_state_changing, store.vault_state_written)


def even_the_stretching(vault: Vault, store: LocalStore) -> None:
    """As many Argon2id runs for both passphrases (task b7 line 2, after review r7g M1). A
    duress unlock whose `prepared` does not open (changed with the laptop off, or never made
    by an earlier version) stretches its passphrase again for the fresh vault; a changed
    `prepared` is a changed vault.json, which both unlocks notice (`vault_state_noticed`). So
    an unlock that noticed one, and has not stretched twice already, runs Argon2id once more:
    the real one, and the duress one whose record opened while another field was changed."""
    if store.vault_state_noticed and not vault.stretched_twice:
        vault.stretch_once_more()


def settle_interrupted_exports(store: LocalStore) -> None:
    """Settle exports a crash interrupted (services/export_journal.py) at unlock.

    What may go wrong there and leaves the store as it was is let pass, and the journal waits
    for the next unlock, export or receipt: the stick failing or gone while it is read
    (OSError), a part on it that cannot be read as a bundle (BundleError), a full disk
    (DiskFull). A refusal of the store itself (StoreTampered, StoreCorrupt, …) is raised as
    it is; anything else is no state this app writes and is raised as StoreCorrupt (the
    damaged-store sentence), never swallowed: the person must not work on in a store that
    failed in a way nobody foresaw."""
    try:
        export_journal.recover(store)
    except (OSError, BundleError, DiskFull):
        return
    except SeinpostError:
        raise
    except Exception as exc:
        raise StoreCorrupt() from exc


def refuse_older(vault: Vault, epoch: int, *, store_migrated: bool = False,
                 twin_required: bool = False, twin_key: bytes | None = None) -> None:
    """Refuse a store at change number `epoch` that is older than what this vault remembers
    (vault/store_mark.py): StoreRolledBack when store.db alone is older than vault.json's mark,
    ProfileRolledBack when the whole profile is older than the keyring's. Runs before the store
    recovers or changes anything, so a refusal loses nothing. vault.json's mark itself is
    checked first, by its MAC and its twin (VaultTampered; `twin_required`, and at a held
    duress unlock `twin_key`, see `Vault.check_mark_twin`): the real and the duress unlock meet
    the same refusals in the same order (review r7c, F2).

    A vault.json moved from version 1 at this or an earlier unlock admits only a store.db of
    the old format (`store_migrated`, vault/store_mark.py MIGRATED_MARK): a newer store beside a
    version 1 file means a version 2 vault.json was rewritten as version 1 (VaultTampered)."""
    if vault.awaiting_old_store() and not store_migrated:
        raise VaultTampered()
    floor = vault.store_epoch()
    vault.check_mark_twin(required=twin_required, held_twin_key=twin_key)
    if epoch < floor:
        raise StoreRolledBack()
    high_water = vault.high_water()
    if high_water is not None and epoch < high_water:
        raise ProfileRolledBack()


class VaultRenewal:
    """What the vault does for a duress unlock whose proof held (store/fresh.py `Renewal`)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def check(self, epoch: int, twin_key: bytes | None = None) -> None:
        """Refuse before anything is written: vault.json's mark changed (VaultTampered,
        checked by its twin under `twin_key`, which the store keeps for the duress key; None
        for a store the previous version prepared), or the proven rows at change number
        `epoch` older than what the vault remembered when the duress unlock began
        (StoreRolledBack, ProfileRolledBack: an older office record and its proof put back,
        B5)."""
        refuse_older(self._vault, epoch, twin_required=twin_key is not None, twin_key=twin_key)

    def begin(self) -> None:
        """The new folder is about to be finished: the new device secret made meanwhile."""
        self._vault.begin_renewal()

    def vault_file(self, epoch: int) -> bytes:
        """vault.json for the new profile, written once, with the store mark at the new
        store's change number `epoch` (vault/renewal.py): where the previous version wrote it
        three times in the old folder (the duress state, the mark set back, then raised)."""
        return self._vault.renewed_file(epoch)

    def write_in_place(self) -> None:
        """The profile is renewed in place: vault.json written now (vault/renewal.py)."""
        self._vault.write_renewed_in_place()

    def done(self) -> None:
        """The new profile is in place: the vault takes its vault.json as its own."""
        self._vault.renewed()


def remember(vault: Vault, store: LocalStore) -> None:
    """Raise the vault's marks to the store's change number now, after a change a rollback
    must not undo (a rotation, a delivery, a deletion, an export, a seal)."""
    vault.set_store_epoch(store.epoch())


def close_profile(vault: Vault, store: LocalStore) -> None:
    """Remember how far the store got (so an older copy is refused next time), close the store
    and lock the vault; a failure to remember must not keep the vault open."""
    with contextlib.suppress(SeinpostError, OSError):
        if vault.is_unlocked:
            vault.set_store_epoch(store.epoch())
    vault.watch_state(None)
    store.close()
    vault.lock()
