"""What can go wrong with a vault, one class per thing the user must understand.

The UI translates by class, so every class has one clear English message by default and the
messages never contain a passphrase, a key or any signal content.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError


class VaultError(SeinpostError):
    """Base class of every vault error."""

    code = "vault.error"
    default_message = "The vault could not be used."


class VaultNotFound(VaultError):
    """The profile has no vault.json (code "vault.not_found", `folder`: the profile folder, so
    a first-time user learns where it looked and the next step; review r7k R7K-7c)."""

    code = "vault.not_found"


class VaultMissing(VaultError):
    """vault.json is gone while the profile still holds its signal store (store.db, or
    anything under sealed/ or blobs/): the key file of an existing profile is missing, not a
    profile never set up (code "vault.missing", `folder`: the profile folder; review r7k
    R7K-12). Nothing is read, counted or changed."""

    code = "vault.missing"


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created (code "vault.exists")."""

    code = "vault.exists"
    default_message = "This profile already has a vault; it was left unchanged."


class ErasureUnproven(VaultExists):
    """vault.json says it was erased, but nothing proves it (code "vault.erasure_unproven"):
    a set-up would replace a key file the passphrase may still open (review r7k R7K-10)."""

    code = "vault.erasure_unproven"
    default_message = ("This profile's key file says it was erased, but Seinpost cannot confirm "
                       "that: it may have been changed while the laptop was out of your hands. "
                       "Try your passphrase first. Nothing was changed.")


class VaultCorrupt(VaultError):
    """vault.json is damaged or not a Seinpost vault (code "vault.corrupt")."""

    code = "vault.corrupt"
    default_message = (
        "The vault file (vault.json) is damaged or not a Seinpost vault. Nothing was changed; "
        "restore it from a backup of this profile."
    )


class VaultWriteFailed(VaultError):
    """vault.json could not be saved (code "vault.write_failed")."""

    code = "vault.write_failed"
    default_message = (
        "The vault file could not be saved (is the disk full or read-only?). Nothing was "
        "changed; free some space and try again."
    )


class VaultLocked(VaultError):
    """The vault key was asked for while the vault is locked (code "vault.locked")."""

    code = "vault.locked"
    default_message = "The vault is locked. Unlock it with your passphrase first."


class WrongPassphrase(VaultError):
    """The passphrase opened nothing. `attempts_left` is None when wiping is off."""

    code = "vault.wrong_passphrase"
    codes = ("vault.wrong_passphrase", "vault.wrong_passphrase.last",
             "vault.wrong_passphrase.left")

    def __init__(self, attempts_left: int | None = None, message: str | None = None) -> None:
        self.attempts_left = attempts_left
        if attempts_left == 1:
            self.code = "vault.wrong_passphrase.last"
        elif attempts_left is not None:
            self.code = "vault.wrong_passphrase.left"
        if message is None:
            # Not "nothing was changed": the attempt was counted in vault.json (review r7d, D5).
            message = "Wrong passphrase. Your signals are as they were."
            if attempts_left == 1:
                message += " Warning: the next wrong passphrase erases this vault for good."
            elif attempts_left is not None:
                message += f" {attempts_left} attempts left before this vault erases itself."
        super().__init__(message, attempts_left=attempts_left)


class VaultWiped(VaultError):
    """The vault was erased after too many wrong passphrases (code "vault.wiped")."""

    code = "vault.wiped"
    default_message = (
        "This vault has been erased after too many wrong passphrases. Its contents cannot be "
        "recovered; set up a new vault to continue."
    )


class DeviceSecretMissing(VaultError):
    """The device secret in the system keyring is missing or damaged (code
    "vault.device_secret_missing").
    """

    code = "vault.device_secret_missing"
    default_message = (
        "This profile can only be opened on the device where it was created: its secret in this "
        "device's system keyring is missing or damaged. Nothing was deleted; if you restore the "
        "keyring entry (for example from a keyring backup), the profile opens again."
    )


class KeyringUnavailable(VaultError):
    """The profile needs the system keyring and none is available (code
    "vault.keyring_unavailable"), the keyring is locked ("vault.keyring_locked"), or it does
    not keep a change ("vault.keyring_read_only", keyring_use.py `check_writable`), or its
    default collection keeps nothing past this login ("vault.keyring_not_persistent",
    secret_service.py), or the profile's entries are in two keyrings
    ("vault.keyring_second_entry", `keyrings`: their names) or in one that is not the default
    ("vault.keyring_redirected", `home` and `default`: the two names; keyring_home.py), or,
    at set-up, the default is a keyring without a password beside one with a password
    ("vault.keyring_default_unprotected", `default` and `protected`). Raised before any
    attempt is counted.
    """

    code = "vault.keyring_unavailable"
    codes = ("vault.keyring_unavailable", "vault.keyring_locked", "vault.keyring_read_only",
             "vault.keyring_not_persistent", "vault.keyring_second_entry",
             "vault.keyring_redirected", "vault.keyring_default_unprotected")
    default_message = (
        "This profile needs the system keyring, but no keyring is available right now (it may be "
        "locked or its service not running). Nothing was deleted; unlock or start the system "
        "keyring and try again."
    )


class WeakKdfParams(VaultError):
    """The Argon2id costs are below libsodium MODERATE (code "vault.weak_kdf")."""

    code = "vault.weak_kdf"
    default_message = (
        "The passphrase hardening is weaker than the minimum (Argon2id, libsodium MODERATE); "
        "refusing to create the vault."
    )


class InvalidPassphrase(VaultError):
    """The passphrase is empty (code "vault.invalid_passphrase")."""

    code = "vault.invalid_passphrase"
    default_message = "The passphrase must not be empty."


class EmptyPassphrase(InvalidPassphrase):
    """A passphrase with nothing visible in it (empty, spaces, tabs, line endings, invisible
    characters: `passphrase.normalise` leaves nothing), refused before anything is tried or
    counted (code "vault.passphrase_empty"; review r7i R7I-2)."""

    code = "vault.passphrase_empty"
    default_message = "The passphrase is empty."


class DuressIsPassphrase(InvalidPassphrase):
    """The duress passphrase given is the passphrase itself (code "vault.duress_is_passphrase"):
    it would open the vault and empty it. Nothing was changed (review r12z R4: the window said
    "That setting is outside the allowed range")."""

    code = "vault.duress_is_passphrase"
    default_message = ("The duress passphrase must differ from your passphrase. Nothing was "
                       "changed.")


class DuressNearPassphrase(DuressIsPassphrase):
    """The duress passphrase given is a typo away from the passphrase (code
    "vault.duress_near_passphrase"; vault/passphrase_distance.py): mistyping the passphrase
    could empty the vault (review r7k R7K-6). Nothing was changed."""

    code = "vault.duress_near_passphrase"
    default_message = ("The duress passphrase is too close to your passphrase: one typo could "
                       "empty your vault. Choose one that differs more. Nothing was changed.")


class PassphraseIsDuress(InvalidPassphrase):
    """The new passphrase given is the duress passphrase (code "vault.passphrase_is_duress").
    Nothing was changed."""

    code = "vault.passphrase_is_duress"
    default_message = ("The new passphrase must differ from the duress passphrase. Nothing was "
                       "changed.")


class PassphraseNearDuress(PassphraseIsDuress):
    """A common typo of the new passphrase (its first letter's case, Caps Lock) is the duress
    passphrase (code "vault.passphrase_near_duress"; review r7k R7K-6). Nothing was changed."""

    code = "vault.passphrase_near_duress"
    default_message = ("The new passphrase is too close to the duress passphrase: one typo could "
                       "empty your vault. Choose one that differs more. Nothing was changed.")


class InvalidSetting(VaultError):
    """A vault setting has a value that is not allowed (code "vault.invalid_setting")."""

    code = "vault.invalid_setting"
    default_message = "That vault setting is not allowed."


class AutoLockOutOfRange(InvalidSetting):
    """An auto-lock outside its range (code "vault.invalid_auto_lock", `low`, `high`: the
    allowed minutes), so the sentence says the range (review r7k R7K-7a)."""

    code = "vault.invalid_auto_lock"


class WipeAfterOutOfRange(InvalidSetting):
    """A wipe-after number outside its range (code "vault.invalid_wipe_after", `low`, `high`:
    the allowed numbers of wrong passphrases; "off" is allowed too; review r7k R7K-7a)."""

    code = "vault.invalid_wipe_after"


class DuressNameNeeded(InvalidSetting):
    """A duress passphrase given without the name the emptied profile shows (code
    "vault.duress_name_needed"): every profile set up here has a name the person chose, so one
    that opens as "Liaison" can only be the emptied one (review r7h, R7H-9). Raised by the front
    ends before anything is tried or changed."""

    code = "vault.duress_name_needed"
    default_message = ("Give the name the emptied profile shows. Every profile set up here "
                       "has a name you choose; one that opens as \u2018Liaison\u2019 can only "
                       "be the emptied one. Nothing was changed.")


class WipeNeedsKeyring(InvalidSetting):
    """Wipe-after asked for a passphrase-only vault (code "vault.wipe_needs_keyring"): without
    the keyring nothing tells the right passphrase from a wrong one in a vault.json someone
    rewrote, so the counter never erases there (unlocking.py `_may_wipe`)."""

    code = "vault.wipe_needs_keyring"
    default_message = (
        "Erasing after wrong passphrases works only with the system keyring. Without it, "
        "someone who changed the vault file could make your own passphrase count as wrong and "
        "erase the vault. Nothing was changed."
    )


class UnsafeProfileDir(VaultError):
    """The profile folder is a link, not a folder, or another user's (code
    "vault.unsafe_profile_dir"), or an existing folder open to others (code
    "vault.profile_dir_open", param `path`): never tightened, the person decides.
    """

    code = "vault.unsafe_profile_dir"
    codes = ("vault.unsafe_profile_dir", "vault.profile_dir_open")
    default_message = (
        "The profile folder is not safe to use (it is a link, not a folder, or belongs to "
        "another user). Choose another folder."
    )


class VaultTampered(VaultError):
    """vault.json does not carry this device's authentication: changed outside Seinpost."""

    code = "vault.tampered"
    default_message = (
        "The vault file (vault.json) was changed outside Seinpost: it no longer carries this "
        "device's seal. Nothing was counted, erased or opened. Restore vault.json from a backup "
        "of this profile; your passphrase was not used."
    )


class KeyringEntryUnexplained(VaultTampered):
    """A passphrase-only vault.json the passphrase does not open while a keyring holds an entry
    under its id, which anyone with the powered-off disk can add (code
    "vault.keyring_entry_unexplained"): a mistyped passphrase, or a keyring-mode file switched
    to passphrase-only. Nothing counted; the sentence says both (review r7l R7L-2)."""

    code = "vault.keyring_entry_unexplained"
    default_message = None  # the table's sentence: VaultTampered's would be false here


class ProfileRolledBack(VaultError):
    """The whole profile (vault.json with store.db) is older than the store mark this device's
    keyring keeps: an earlier copy was put back (code "vault.profile_rolled_back"). Nothing was
    opened, sealed or purged."""

    code = "vault.profile_rolled_back"
    default_message = (
        "This whole profile is older than the one this laptop last used: an earlier copy was put "
        "back (vault.json and store.db together). Nothing was sealed, purged or deleted; put "
        "back the latest copy of the profile."
    )


class VaultRolledBack(VaultError):
    """vault.json is not the one this laptop last wrote: an older copy was put back (code
    "vault.rolled_back"; keyring mode, vault/vault_state.py). Refused before the passphrase is
    tried: nothing counted, erased or opened."""

    code = "vault.rolled_back"
    default_message = (
        "The profile's key file (vault.json) is an older copy than the one this laptop last "
        "used: someone put back an earlier copy, which would undo a new passphrase, a duress "
        "passphrase or the wipe-after setting. Nothing was counted, erased or opened; put back "
        "the latest vault.json from a backup of this profile."
    )


class VaultElsewhere(VaultError):
    """vault.json belongs to a profile in another folder: the keyring's record of its profile
    names a different folder and the passphrase opens none of its slots (code
    "vault.elsewhere"; keyring mode, vault/vault_state.py, review r7f G1). Refused before
    anything is counted or erased."""

    code = "vault.elsewhere"
    default_message = (
        "This profile's key file (vault.json) belongs to a profile in another folder on this "
        "laptop: it was copied here, and this passphrase does not open it. Nothing was counted, "
        "erased or opened. Open the profile from its own folder."
    )
