"""What an unlock asks of the keyring beyond the device secret (keyring mode): that it keeps a
change now (`check_writable`), and how far the store had got by the keyring's mark
(`keyring_floor`, `store_floor`). Imports no Qt, prints nothing.
"""

from __future__ import annotations

import base64
import secrets

import keyring.errors

from intake_app.vault import device_secret
from intake_app.vault.errors import KeyringUnavailable
from intake_app.vault.vault_file import MODE_KEYRING, VaultFile

PROBE_USER = "write-check"


def check_writable() -> None:
    """Prove the keyring keeps a change now: a probe item (user "write-check", a random value)
    written, read back and deleted; two writes of the keyring's file, about 40 ms. Every
    unlock of a keyring-mode profile asks this before anything is counted (vault/unlocking.py):
    the duress unlock writes the keyring (a new device secret, its record, the old ones
    deleted) where the real one only reads it, so a keyring made unwritable while the laptop
    was off (its folder's mode or flags) let the real passphrase open and refused the duress
    one (review r7j, R7J-8). Raises KeyringUnavailable with the code "vault.keyring_read_only"
    when the write or the deletion is refused, "vault.keyring_locked" when it is locked."""
    backend = device_secret.usable_backend()
    if backend is None:
        raise KeyringUnavailable()
    value = base64.b64encode(secrets.token_bytes(12)).decode("ascii")
    try:
        device_secret._set(backend, PROBE_USER, value)
        kept = device_secret._get(backend, PROBE_USER) == value
    except keyring.errors.KeyringLocked as exc:
        raise device_secret._unavailable(exc) from exc
    except KeyringUnavailable as exc:
        if exc.code == device_secret.NOT_PERSISTENT:
            raise
        raise KeyringUnavailable(code="vault.keyring_read_only") from exc
    except Exception as exc:
        raise KeyringUnavailable(code="vault.keyring_read_only") from exc
    try:
        device_secret._delete(backend, PROBE_USER)
        gone = device_secret._get(backend, PROBE_USER) is None
    except Exception as exc:
        raise KeyringUnavailable(code="vault.keyring_read_only") from exc
    if not (kept and gone):
        raise KeyringUnavailable(code="vault.keyring_read_only")


def store_floor(file: VaultFile) -> int:
    """How far the store had got by this vault's marks, read without the real vault key: the
    number in vault.json's mark (authenticated by `mac` in keyring mode) and, in keyring mode,
    the keyring's (kept outside the profile). Their MACs need the real key, which a duress
    unlock never has; a number raised by someone can only refuse, never empty."""
    floor = file.store_mark[0] if file.store_mark is not None else 0
    return max(floor, keyring_floor(file) or 0)


def keyring_floor(file: VaultFile) -> int | None:
    """The number of the keyring's mark for this profile (keyring mode), read without its MAC
    (which needs the real vault key); None when there is none."""
    if file.keyring_mode != MODE_KEYRING:
        return None
    number = (device_secret.load_mark(file.profile_id) or "").partition(":")[0]
    return int(number) if number.isdigit() and len(number) <= 20 else None
