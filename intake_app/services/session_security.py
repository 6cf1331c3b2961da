"""The security settings of an open profile, as the session offers them (part of
`LiaisonSession`, services/liaison.py): passphrase, duress passphrase, wipe-after, auto-lock,
each through services/security_settings.py on the session's own vault and store, which never
leave it. Each that checks the current passphrase counts an attempt, so it is made with SIGTERM
and SIGHUP held (held_signals.py)."""

from __future__ import annotations

from intake_app.crypto import keycard
from intake_app.services import held_signals, security_settings
from intake_app.store.local_store import LocalStore
from intake_app.vault import Vault, VaultStatus


class SessionSecurity:
    """The security settings of the session (a part of LiaisonSession, which sets `_vault` and
    `_store`)."""

    _vault: Vault
    _store: LocalStore

    def duress_passphrase_set(self) -> bool | None:
        """Whether a duress passphrase is set: True, False, or None when this profile cannot
        say (set with a version that did not record it; setting or removing it again tells).
        The vault file cannot answer by design (its two slots look alike); the answer is kept
        under the vault key, so only an unlocked session reads it."""
        return self._store.duress_passphrase_set()

    def vault_status(self) -> VaultStatus:
        """The vault's status (keyring, attempts, wipe-after, …), read again from disk."""
        return self._vault.status()

    def change_passphrase(self, current: str, new: str) -> None:
        """Rewrap the vault key under `new` (WrongPassphrase, WeakPassphrase, …), judged
        knowing the liaison's and the office's names, as at set-up."""
        with held_signals.held():
            security_settings.change_passphrase(self._vault, current, new, self._names())

    def _names(self) -> list[str]:
        """The liaison's and the office's names and the profile folder's, which the strength
        rule knows."""
        return [*(keycard.parse_card(card).name
                  for card in (self._store.liaison_card(), self._store.office_card())),
                self._vault.profile_dir.name]

    def set_duress_passphrase(self, current: str, duress: str | None, *,
                              shown_name: str | None = None) -> None:
        """Set (None: remove) the passphrase that opens an empty vault and erases the real one,
        judged as a new passphrase is (WeakPassphrase, knowing the profile's names);
        `shown_name`: the name the emptied profile's card shows (None: "Liaison")."""
        with held_signals.held():
            security_settings.set_duress_passphrase(self._vault, self._store, current, duress,
                                                    shown_name, self._names())

    def set_wipe_after(self, current: str, attempts: int | None) -> None:
        """Erase the vault after `attempts` wrong passphrases in a row (None: never)."""
        with held_signals.held():
            security_settings.set_wipe_after(self._vault, current, attempts)

    def auto_lock_minutes(self) -> int:
        """The window's idle auto-lock in whole minutes."""
        return security_settings.auto_lock_minutes(self._store)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        """Set the idle auto-lock (InvalidSetting outside the allowed range)."""
        security_settings.set_auto_lock_minutes(self._store, minutes)
