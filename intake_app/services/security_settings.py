"""The liaison's security settings: passphrase, duress passphrase, wipe-after, auto-lock time.

The vault keeps what protects the key (passphrases, wipe-after); the auto-lock time lives in the
encrypted store, because it only matters while the vault is open. The window and the command
line both change them through the session (`LiaisonSession.change_passphrase`, …), which
passes its own vault and store: neither leaves the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.crypto import keycard
from intake_app.store.local_store import LocalStore
from intake_app.vault import AutoLockOutOfRange, DuressIsPassphrase, Vault

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120


def auto_lock_minutes(store: LocalStore) -> int:
    """The window's idle auto-lock in minutes (the default if unset, clamped to the range)."""
    value = store.auto_lock_setting()
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_AUTO_LOCK_MINUTES
    return min(max(minutes, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)


def set_auto_lock_minutes(store: LocalStore, minutes: int) -> None:
    """Set the idle auto-lock to `minutes` (whole minutes within the allowed range);
    raises AutoLockOutOfRange (an InvalidSetting, the range in its sentence) otherwise."""
    if type(minutes) is not int or not MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise AutoLockOutOfRange(low=MIN_AUTO_LOCK_MINUTES, high=MAX_AUTO_LOCK_MINUTES)
    store.set_auto_lock_setting(minutes)


def change_passphrase(vault: Vault, current: str, new: str,
                      user_inputs: Sequence[str] = ()) -> None:
    """Rewrap the vault key under `new`; the data is not re-encrypted. `user_inputs`: the
    profile's names, which the strength rule knows."""
    vault.change_passphrase(current, new, user_inputs=user_inputs)


def set_duress_passphrase(vault: Vault, store: LocalStore, current: str,
                          duress: str | None, shown_name: str | None = None,
                          user_inputs: Sequence[str] = ()) -> None:
    """Set (None: remove) the passphrase that opens an empty vault and erases the real one,
    judged by the passphrase's strength rule knowing `user_inputs` (WeakPassphrase).
    `shown_name`: the name the emptied profile's card shows after a duress unlock (review r7e
    F6: it was always "Liaison", unlike any profile set up in the window); None: "Liaison", as
    before (the real name must not survive a duress unlock: issue 7, scenario 6). A name a card
    cannot hold is KeyCardError, before anything changes."""
    if duress is not None and duress == current:
        raise DuressIsPassphrase()
    name = None
    if duress is not None:
        name = keycard.check_name(shown_name) if shown_name is not None else None
    vault.set_duress_passphrase(
        current, duress,
        prepare=lambda key, digest: store.set_duress_key(key, digest, name=name),
        user_inputs=user_inputs)


def set_wipe_after(vault: Vault, current: str, attempts: int | None) -> None:
    """Erase the vault after `attempts` wrong passphrases in a row (None: never)."""
    vault.set_wipe_after(current, attempts)
