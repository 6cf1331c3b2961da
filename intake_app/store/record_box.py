"""Authenticated encryption of small records with keys derived from the vault key.

Every stored secret (a draft's fields, an attachment's metadata, the liaison signing key) is one
XChaCha20-Poly1305 box whose associated data names what it is and which record it belongs to, so
a box copied onto another row, or used for another purpose, does not open.
"""

from __future__ import annotations

import secrets

import nacl.bindings as sodium
import nacl.encoding
import nacl.exceptions
import nacl.hash

from intake_app.errors import ContractError
from intake_app.store.errors import RecordDamaged

KEY_BYTES = 32
NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
FORMAT_V1 = b"\x01"
_PERSON = b"seinpost-store1"

# Purposes: each gets its own subkey, so a box for one can never be opened as another.
DRAFT = b"draft"
ATTACHMENT_META = b"attachment-meta"
IDENTITY = b"identity"
OFFICE_CARD_MAC = b"office-card-mac"
KEPT_FILES = b"kept-files"
LOCK_WORDS = b"lock-words"  # kept across a lock, in memory and store/lock_words.py


def subkey(vault_key: bytes, purpose: bytes) -> bytes:
    """A 32-byte key for one purpose: BLAKE2b keyed with the vault key over the purpose label."""
    if len(vault_key) != KEY_BYTES:
        raise ContractError("the vault key must be 32 bytes")
    return nacl.hash.blake2b(
        purpose, digest_size=KEY_BYTES, key=vault_key, person=_PERSON,
        encoder=nacl.encoding.RawEncoder,
    )


def _aad(purpose: bytes, record_id: str) -> bytes:
    return b"seinpost/" + purpose + b"\x00" + record_id.encode("ascii")


def seal_record(key: bytes, purpose: bytes, record_id: str, plaintext: bytes) -> bytes:
    """Encrypt `plaintext` under the 32-byte `key` with XChaCha20-Poly1305, bound to `purpose` and
    `record_id` as associated data; return FORMAT_V1 + 24-byte nonce + ciphertext and tag.
    """
    nonce = secrets.token_bytes(NONCE_BYTES)
    box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, _aad(purpose, record_id), nonce, key
    )
    return FORMAT_V1 + nonce + box


def open_record(key: bytes, purpose: bytes, record_id: str, sealed: bytes) -> bytes:
    """Decrypt a record sealed by `seal_record` with the same key, purpose and record id.

    Raises RecordDamaged when it is too short, of an unknown format, or does not verify.
    """
    if not isinstance(sealed, bytes) or len(sealed) < 1 + NONCE_BYTES + 16:
        raise RecordDamaged()
    if sealed[:1] != FORMAT_V1:
        raise RecordDamaged()
    nonce, box = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    try:
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            box, _aad(purpose, record_id), nonce, key
        )
    except nacl.exceptions.CryptoError as exc:
        raise RecordDamaged() from exc


def mac(key: bytes, data: bytes) -> bytes:
    """The 32-byte keyed BLAKE2b of `data` under `key`."""
    return nacl.hash.blake2b(data, digest_size=32, key=key, encoder=nacl.encoding.RawEncoder)
