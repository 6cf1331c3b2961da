"""Setting up a liaison profile, all or nothing across a crash, a kill or a power loss.

Review r7e F4: set-up wrote vault.json, then store.db, then `blobs/` and `sealed/`, then the
rows, in the profile folder itself. Its clean-up ran only on an exception, so a kill or a power
loss after vault.json left a profile that neither `init` ("already has a vault") nor unlock
("no signal store yet", or "does not belong to this vault … restore from a backup", which
wrongly suggests tampering) accepted.

Now the whole profile is built in a private folder beside the profile folder (the sibling of
fs/folder_renewal.py, `.<name>.<hex>.partial`), made durable (every file and folder synced),
and only then swapped into the profile folder's place in one step, as a duress unlock renews a
profile (store/fresh.py). Before the swap the profile folder is as it was (empty, or holding an
erased vault and its store, or the person's own files); after it, the profile is complete. A
cut leaves at most the sibling, which the next start removes (`finish_interrupted`, only the
profile's own names in it, vault/profile.py `prepare_profile_dir`), or, cut between the two
renames where no exchange is possible, the complete new folder, which it moves into place.

What a next start repairs is never the profile folder itself: only a sibling named as this
app names the folders it is building, so nothing an attacker can do to a real profile makes
the repair take it for an unfinished set-up and discard it. (Someone who can rename folders on
the disk can delete them too; the repair gives them no more than that.)

Where no folder can be made beside the profile (its parent is not writable) or the two cannot
be swapped (the profile folder is a mount point), the profile is set up in place as before: a
failure then removes what was written, but a kill there is not repaired (docs/SECURITY.md).

The keyring entry of a set-up cut before its swap stays in the keyring, naming a profile id no
file names any more: it holds only that profile's random device secret and mark.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from pathlib import Path

from intake_app.crypto import keycard
from intake_app.fs import folder_renewal, own_folders, previous_profile
from intake_app.fs.atomic import fsync_dir
from intake_app.services.opening import OpenProfile, close_profile, watch_store
from intake_app.services.sealed_copies import SEALED_DIR, sealed_ids
from intake_app.services.session_types import FingerprintMismatch, check_office_role
from intake_app.store.errors import SealedAfterErasure, StoreLeftBehind
from intake_app.store.local_store import (
    LocalStore,
    discard_prepared,
    prepare_profile,
    remove_database,
    store_left_behind,
)
from intake_app.vault import KdfParams, Vault, device_secret
from intake_app.vault.profile import prepare_profile_dir

#: What a set-up writes in a profile folder (the store's names: store/core.py FOLDERS,
#: store/database.py DB_NAME; vault/vault_file.py FILE_NAME), synced before the swap.
_FILES = ("vault.json", "store.db")
_FOLDERS = ("blobs", "sealed")
#: An erased profile's names, moved aside (fs/previous_profile.py) by a set-up in place.
_OLD_NAMES = (*_FILES, "store.db-journal", "store.db-wal", "store.db-shm", *_FOLDERS)


def create_profile(
    profile_dir: Path,
    passphrase: str,
    office_card: keycard.KeyCard,
    typed_fingerprint: str,
    *,
    liaison_name: str,
    use_keyring: bool,
    kdf: KdfParams | None,
    allow_weak_kdf: bool,
    discard_sealed: bool = False,
) -> OpenProfile:
    """A new vault and store holding the office card and a new liaison identity.

    Only with the office fingerprint typed back (FingerprintMismatch otherwise); a liaison's
    card is refused (KeyCardError), so is a bad name. All or nothing (the module docstring):
    a failure removes what was made, a kill leaves the profile folder as it was. Over a proven
    erasure whose `sealed/` still holds sealed signals (age files to the office, which can
    still reach it) only with `discard_sealed` (SealedAfterErasure otherwise, before anything
    is changed: review r7k R7K-11, the person saves them first). The erased profile's files
    are never deleted: they are moved into a new folder beside it (fs/previous_profile.py,
    review r7m R7M-2; `previous_profile.listed` finds it).
    """
    check_office_role(office_card)
    if not office_card.matches_fingerprint(typed_fingerprint):
        raise FingerprintMismatch(office_card.fingerprint, typed_fingerprint)
    keycard.check_name(liaison_name)
    profile_dir = prepare_profile_dir(profile_dir)
    erased = None
    if store_left_behind(profile_dir):
        erased = Vault.erasure_proven(profile_dir)
        if erased is None:  # never overwritten on a `wiped` flag anyone could have written
            raise StoreLeftBehind(folder=str(profile_dir))
        count = 0 if discard_sealed else len(sealed_ids(profile_dir))
        if count:
            raise SealedAfterErasure(count=count, folder=str(profile_dir / SEALED_DIR))
    Vault.refuse_existing(profile_dir)
    build = functools.partial(_build, passphrase=passphrase, office_card=office_card,
                              liaison_name=liaison_name, use_keyring=use_keyring, kdf=kdf,
                              allow_weak_kdf=allow_weak_kdf, profile_name=profile_dir.name)
    sibling = folder_renewal.new_sibling(profile_dir)
    opened = None if sibling is None else _beside(profile_dir, sibling, build,
                                                  keep_old=erased is not None)
    if opened is None:  # no sibling could be made or swapped in: in place, as before
        aside = None if erased is None else previous_profile.set_aside_entries(
            profile_dir, _OLD_NAMES)
        try:
            opened = build(profile_dir)
            try:
                watch_store(opened.vault, opened.store)  # the store names this vault.json
            except BaseException:
                close_profile(opened.vault, opened.store)
                raise
        except BaseException:
            if aside is not None:
                _clear_new(profile_dir)
                previous_profile.put_back(profile_dir, aside, _OLD_NAMES)
            raise
    if erased is not None:
        device_secret.forget_wiped(erased)
    return opened


def _build(folder: Path, *, passphrase: str, office_card: keycard.KeyCard, liaison_name: str,
           use_keyring: bool, kdf: KdfParams | None, allow_weak_kdf: bool,
           profile_name: str = "") -> OpenProfile:
    """Vault and store made in `folder`; on any failure what this call wrote is removed.

    The part that needs no key (store.db with its schema, `blobs/`, `sealed/`) is made first,
    then the vault (Argon2id, vault.json), then the rows: the order, around Argon2id, in which
    a duress unlock builds its new profile folder (store/folder_ahead.py), so their birth times
    do not tell the two apart (review r7g H1: store.db born with its folder and vault.json long
    after marked a duress renewal)."""
    prepared = prepare_profile(folder)
    try:
        # The names are what an attacker of this laptop tries first (review r12x X1; the
        # profile folder's, r7i R7I-1): the rule knows them here as the window's meter does.
        vault = Vault.create(folder, passphrase, use_keyring=use_keyring, kdf=kdf,
                             allow_weak_kdf=allow_weak_kdf,
                             user_inputs=(liaison_name, office_card.name, profile_name))
    except BaseException:
        discard_prepared(folder, prepared)
        raise
    try:
        store = LocalStore.create(folder, vault.key, office_card.raw, liaison_name,
                                  prepared=prepared)
        try:
            vault.set_store_epoch(store.epoch())
        except BaseException:
            store.close()
            remove_database(folder)
            raise
    except BaseException:
        vault.discard()
        discard_prepared(folder, prepared)  # blobs/ and sealed/ too (review r7i R7I-7)
        raise
    return OpenProfile(vault, store, False)


def _beside(profile_dir: Path, sibling: Path, build: Callable[[Path], OpenProfile], *,
            keep_old: bool = False) -> OpenProfile | None:
    """Build the profile in `sibling` (`build`), sync it, swap it into `profile_dir`'s place
    and open it there; None (nothing left, `sibling` removed) when the two cannot be swapped.

    All or nothing after the swap too (review r7i R7I-7): opening the store in its place
    writes SQLite's log files, and the store then records the vault.json it meets
    (`watch_store`); on a nearly full disk either could fail after the new profile was in
    place, which said "the disk is full, try again" over a complete profile that the retry
    then refused. A failure there swaps the old folder back (`_swap_back`) before it is raised;
    the old folder is tidied away only once the profile is open; with `keep_old` (an erased
    profile) it is moved aside whole instead (fs/previous_profile.py), never deleted."""
    try:
        vault, store, _ = build(sibling)
        try:
            # SQLite removes its log files by name, which after the swap would be the old
            # folder's: the store is closed here (its log folded in) and opened again after.
            store.close()
            _sync(sibling)
            old = folder_renewal.swap_in(profile_dir, sibling)
        except BaseException:
            vault.discard()
            raise
    except BaseException:
        own_folders.clear_entry(sibling)
        folder_renewal.release(sibling)
        raise
    if old is None:  # a mount point or another file system: `sibling` is gone already
        vault.discard()
        return None
    store = None
    try:
        vault.settle_in(profile_dir)  # the keyring's record names the profile folder
        store = LocalStore.open(profile_dir, vault.key)
        watch_store(vault, store)  # the store names this vault.json
    except BaseException:
        if store is not None:
            vault.watch_state(None)
            with contextlib.suppress(Exception):
                store.close()
        _swap_back(profile_dir, old, vault)
        raise
    # What was there before (an empty folder, an erased vault and its store) goes; anything
    # else (the person's own files) is moved into the new profile folder, never deleted. A
    # failure leaves it for the next start (finish_interrupted): the profile is complete.
    with contextlib.suppress(OSError):
        if keep_old:  # left under its sibling's name if this fails, not tidied away
            previous_profile.set_aside_folder(old, profile_dir)
        else:
            folder_renewal.tidy(old, profile_dir)
    return OpenProfile(vault, store, False)


def _swap_back(profile_dir: Path, old: Path, vault: Vault) -> None:
    """Undo a swap whose profile could not be opened in its place: the old folder (at `old`)
    goes back to `profile_dir`, the new one (then at `old`, or beside) is removed with its
    keyring entries (`vault.discard`). A cut in between leaves the new folder under a
    sibling's name, which the next start removes (`finish_interrupted`)."""
    if folder_renewal.exchange(profile_dir, old):
        fsync_dir(profile_dir.parent)
        new = old
    else:  # two renames, as `swap_in` made them
        new = old.with_name(old.name.removesuffix(".old.partial") + ".partial")
        os.rename(profile_dir, new)
        os.rename(old, profile_dir)
        fsync_dir(profile_dir.parent)
    vault.discard()  # its keyring entries; vault.json goes with `new`
    own_folders.clear_entry(new)


def _clear_new(folder: Path) -> None:
    """What a failed set-up in place may have left at the old profile's names (its own
    clean-up removes what it wrote), so the moved-aside entries can go back."""
    for name in _OLD_NAMES:
        with contextlib.suppress(OSError):
            own_folders.clear_entry(folder / name)


def _sync(folder: Path) -> None:
    """Every file and folder a set-up wrote in `folder`, then `folder` itself, on the disk."""
    for name in _FILES:
        descriptor = os.open(folder / name, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    for name in _FOLDERS:
        fsync_dir(folder / name)
    fsync_dir(folder)
