"""Key slots: the random vault key wrapped under a key made of passphrase and device secret.

A slot is (salt, nonce, box). The wrapping key is BLAKE2b keyed with Argon2id(passphrase) over the
device secret, salted per slot, so each slot has its own key even though one Argon2id run serves
both slots of a vault. The box is XChaCha20-Poly1305 over a role byte and the 32-byte key; the
role is inside the ciphertext, so the file never says which slot is the real one and which, if
any, is the duress slot. An unused slot is random bytes of exactly the same shape.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import nacl.bindings as sodium
import nacl.encoding
import nacl.exceptions
import nacl.hash

from intake_app.errors import ContractError
from intake_app.vault.errors import VaultCorrupt

KEY_BYTES = 32
SLOT_SALT_BYTES = 16
NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
BOX_BYTES = 1 + KEY_BYTES + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES

ROLE_REAL = 1
ROLE_DURESS = 2

_PERSON = b"seinpost-wrap-v1"


@dataclass(frozen=True)
class Slot:
    """One key slot of vault.json: a 16-byte salt, a 24-byte nonce and the box holding the role
    byte and the 32-byte vault key (lengths checked: a slot of other lengths can only come from a
    damaged vault.json, VaultCorrupt).
    """

    salt: bytes
    nonce: bytes
    box: bytes

    def __post_init__(self) -> None:
        if (len(self.salt), len(self.nonce), len(self.box)) != (
            SLOT_SALT_BYTES,
            NONCE_BYTES,
            BOX_BYTES,
        ):
            raise VaultCorrupt("a key slot has fields of the wrong length")


def random_slot() -> Slot:
    """Filler indistinguishable from a used slot (the AEAD output is uniformly random)."""
    return Slot(
        salt=secrets.token_bytes(SLOT_SALT_BYTES),
        nonce=secrets.token_bytes(NONCE_BYTES),
        box=secrets.token_bytes(BOX_BYTES),
    )


def _wrapping_key(stretched: bytes, device_secret: bytes | None, salt: bytes) -> bytes:
    # Passphrase-only vaults use an empty device secret; the keyring mode is also bound into
    # the AEAD's associated data, so the two modes can never be swapped in the file.
    return nacl.hash.blake2b(
        device_secret or b"",
        digest_size=KEY_BYTES,
        key=stretched,
        salt=salt,
        person=_PERSON,
        encoder=nacl.encoding.RawEncoder,
    )


def make_slot(
    stretched: bytes, device_secret: bytes | None, role: int, vault_key: bytes, aad: bytes
) -> Slot:
    """A new slot boxing `role` and the 32-byte `vault_key` under a key derived from the
    stretched passphrase, the device secret (None in passphrase-only mode) and a fresh salt,
    with XChaCha20-Poly1305 and `aad` as associated data.

    Raises ContractError for a vault key of the wrong length or an unknown role.
    """
    if len(vault_key) != KEY_BYTES or role not in (ROLE_REAL, ROLE_DURESS):
        raise ContractError("a slot holds a 32-byte vault key and a known role")
    salt = secrets.token_bytes(SLOT_SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = _wrapping_key(stretched, device_secret, salt)
    box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes([role]) + vault_key, aad, nonce, key
    )
    return Slot(salt=salt, nonce=nonce, box=box)


def open_slot(
    slot: Slot, stretched: bytes, device_secret: bytes | None, aad: bytes
) -> tuple[int, bytes] | None:
    """(role, vault key) if this passphrase and device secret open the slot, else None."""
    key = _wrapping_key(stretched, device_secret, slot.salt)
    try:
        plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(slot.box, aad, slot.nonce, key)
    except nacl.exceptions.CryptoError:
        return None
    role = plain[0]
    if role not in (ROLE_REAL, ROLE_DURESS):
        return None
    return role, plain[1:]
