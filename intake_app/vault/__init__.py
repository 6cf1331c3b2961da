"""The vault: passphrase + device secret (OS keyring) → vault key; lock state. No Qt.

The names below load their modules at first use (PEP 562): the keyring library, libsodium and
the passphrase rule take about half a second to import, and the window's first screen (which
imports `vault.profile` to find the profile folder) must not wait for them
(benchmarks/startup.py). `from intake_app.vault import Vault` works as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from intake_app.vault.errors import (
    AutoLockOutOfRange,
    DeviceSecretMissing,
    DuressIsPassphrase,
    DuressNameNeeded,
    DuressNearPassphrase,
    EmptyPassphrase,
    ErasureUnproven,
    InvalidPassphrase,
    InvalidSetting,
    KeyringEntryUnexplained,
    KeyringUnavailable,
    PassphraseIsDuress,
    PassphraseNearDuress,
    ProfileRolledBack,
    UnsafeProfileDir,
    VaultCorrupt,
    VaultElsewhere,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultNotFound,
    VaultRolledBack,
    VaultTampered,
    VaultWiped,
    VaultWriteFailed,
    WeakKdfParams,
    WipeAfterOutOfRange,
    WipeNeedsKeyring,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from intake_app.vault.argon2id import KdfParams
    from intake_app.vault.autolock import IdleLock
    from intake_app.vault.device_secret import keyring_available
    from intake_app.vault.passphrase import (
        MIN_SCORE,
        WeakPassphrase,
        check_new_passphrase,
        normalise,
        strength,
        warm_up,
    )
    from intake_app.vault.vault import MAX_WIPE_AFTER, MIN_WIPE_AFTER, Vault, VaultStatus

# name -> the module that defines it, imported when the name is first asked for.
_LAZY = {
    "KdfParams": "argon2id",
    "IdleLock": "autolock",
    "keyring_available": "device_secret",
    "MIN_SCORE": "passphrase",
    "WeakPassphrase": "passphrase",
    "check_new_passphrase": "passphrase",
    "normalise": "passphrase",
    "strength": "passphrase",
    "warm_up": "passphrase",
    "MAX_WIPE_AFTER": "vault",
    "MIN_WIPE_AFTER": "vault",
    "Vault": "vault",
    "VaultStatus": "vault",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "MAX_WIPE_AFTER",
    "MIN_SCORE",
    "MIN_WIPE_AFTER",
    "AutoLockOutOfRange",
    "DeviceSecretMissing",
    "DuressIsPassphrase",
    "DuressNameNeeded",
    "DuressNearPassphrase",
    "EmptyPassphrase",
    "ErasureUnproven",
    "IdleLock",
    "InvalidPassphrase",
    "InvalidSetting",
    "KdfParams",
    "KeyringEntryUnexplained",
    "KeyringUnavailable",
    "PassphraseIsDuress",
    "PassphraseNearDuress",
    "ProfileRolledBack",
    "UnsafeProfileDir",
    "Vault",
    "VaultCorrupt",
    "VaultElsewhere",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "VaultNotFound",
    "VaultRolledBack",
    "VaultStatus",
    "VaultTampered",
    "VaultWiped",
    "VaultWriteFailed",
    "WeakKdfParams",
    "WeakPassphrase",
    "WipeAfterOutOfRange",
    "WipeNeedsKeyring",
    "WrongPassphrase",
    "check_new_passphrase",
    "keyring_available",
    "normalise",
    "strength",
    "warm_up",
]
