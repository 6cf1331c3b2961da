"""The vault: passphrase + device secret (OS keyring) → vault key; lock state. No Qt."""

from intake_app.vault.argon2id import KdfParams
from intake_app.vault.autolock import IdleLock
from intake_app.vault.errors import (
    DeviceSecretMissing,
    InvalidPassphrase,
    InvalidSetting,
    KeyringUnavailable,
    UnsafeProfileDir,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTampered,
    VaultWiped,
    VaultWriteFailed,
    WeakKdfParams,
    WrongPassphrase,
)
from intake_app.vault.passphrase import (
    MIN_SCORE,
    WeakPassphrase,
    check_new_passphrase,
    normalise,
    strength,
)
from intake_app.vault.vault import MAX_WIPE_AFTER, MIN_WIPE_AFTER, Vault, VaultStatus

__all__ = [
    "MAX_WIPE_AFTER",
    "MIN_SCORE",
    "MIN_WIPE_AFTER",
    "DeviceSecretMissing",
    "IdleLock",
    "InvalidPassphrase",
    "InvalidSetting",
    "KdfParams",
    "KeyringUnavailable",
    "UnsafeProfileDir",
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultNotFound",
    "VaultStatus",
    "VaultTampered",
    "VaultWiped",
    "VaultWriteFailed",
    "WeakKdfParams",
    "WeakPassphrase",
    "WrongPassphrase",
    "check_new_passphrase",
    "normalise",
    "strength",
]
