"""X25519 recipients and identities (`age1…`, `AGE-SECRET-KEY-1…`) and their stanzas."""

from __future__ import annotations

import hmac
import os

from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
    crypto_scalarmult,
    crypto_scalarmult_base,
)
from nacl.exceptions import CryptoError

from . import bech32
from .b64 import decode_raw, encode_raw
from .errors import HeaderError, KeyFormatError
from .header import Stanza
from .hkdf import hkdf_sha256

STANZA_TYPE = "X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
_LABEL = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)
_FILE_KEY_LEN = 16
_BODY_LEN = _FILE_KEY_LEN + 16


def _decode(text: str, hrp: str, what: str) -> bytes:
    text = text.strip()
    # One spelling each, as age writes and accepts them: identities upper, recipients lower.
    if text != (text.upper() if hrp == IDENTITY_HRP else text.lower()):
        raise KeyFormatError(f"not an age X25519 {what} (wrong letter case)")
    try:
        found_hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise KeyFormatError(f"not a valid age {what}: {exc}") from None
    if found_hrp != hrp or len(data) != 32:
        raise KeyFormatError(f"not an age X25519 {what}")
    return data


def parse_identity(identity: str) -> bytes:
    """The 32-byte secret scalar of an `AGE-SECRET-KEY-1…` string."""
    return _decode(identity, IDENTITY_HRP, "identity")


def parse_recipient(recipient: str) -> bytes:
    """The 32-byte public key of an `age1…` string."""
    return _decode(recipient, RECIPIENT_HRP, "recipient")


def format_identity(secret: bytes) -> str:
    """The `AGE-SECRET-KEY-1…` Bech32 string (upper case) of a 32-byte secret scalar
    (age spec, "X25519 recipient stanza").
    """
    return bech32.encode(IDENTITY_HRP, secret).upper()


def format_recipient(public: bytes) -> str:
    """The `age1…` Bech32 string of a 32-byte X25519 public key (age spec, "X25519 recipient
    stanza").
    """
    return bech32.encode(RECIPIENT_HRP, public)


def generate() -> tuple[str, str]:
    """A new random X25519 key pair as (identity string, recipient string)."""
    secret = os.urandom(32)
    return format_identity(secret), format_recipient(crypto_scalarmult_base(secret))


def recipient_for(identity: str) -> str:
    """The `age1…` recipient string of an `AGE-SECRET-KEY-1…` identity string.

    Raises the key-format error of `parse_identity` when the identity does not decode.
    """
    return format_recipient(crypto_scalarmult_base(parse_identity(identity)))


def _shared_secret(scalar: bytes, point: bytes) -> bytes:
    try:
        shared = crypto_scalarmult(scalar, point)
    except CryptoError:
        shared = bytes(32)  # libsodium refuses low-order points; same outcome as below
    if hmac.compare_digest(shared, bytes(32)):
        raise HeaderError("X25519 share is a low-order point (all-zero shared secret)")
    return shared


def wrap(file_key: bytes, recipient_public: bytes) -> Stanza:
    """Wrap the 16-byte `file_key` to a 32-byte X25519 public key in an X25519 stanza (age spec,
    "X25519 recipient stanza"): ephemeral share, HKDF-SHA-256 wrap key, ChaCha20-Poly1305.

    Raises KeyFormatError when the public key gives an all-zero shared secret.
    """
    ephemeral = os.urandom(32)
    share = crypto_scalarmult_base(ephemeral)
    try:
        shared = _shared_secret(ephemeral, recipient_public)
    except HeaderError:
        raise KeyFormatError("recipient is not a usable X25519 public key") from None
    wrap_key = hkdf_sha256(shared, share + recipient_public, _LABEL)
    body = crypto_aead_chacha20poly1305_ietf_encrypt(file_key, None, _ZERO_NONCE, wrap_key)
    return Stanza((STANZA_TYPE, encode_raw(share).decode("ascii")), body)


def check_stanza(stanza: Stanza) -> bytes:
    """Validate an X25519 stanza's shape; return its 32-byte ephemeral share."""
    if len(stanza.args) != 2:
        raise HeaderError("X25519 stanza must have exactly one argument")
    share = decode_raw(stanza.args[1].encode("ascii"))
    if share is None or len(share) != 32:
        raise HeaderError("X25519 share is not canonical base64 of 32 bytes")
    if len(stanza.body) != _BODY_LEN:
        raise HeaderError("X25519 stanza body must be exactly 32 bytes")
    return share


def unwrap(stanza: Stanza, secret: bytes) -> bytes | None:
    """The file key if this stanza is for `secret`, else None."""
    share = check_stanza(stanza)
    public = crypto_scalarmult_base(secret)
    shared = _shared_secret(secret, share)
    wrap_key = hkdf_sha256(shared, share + public, _LABEL)
    try:
        return crypto_aead_chacha20poly1305_ietf_decrypt(stanza.body, None, _ZERO_NONCE, wrap_key)
    except CryptoError:
        return None
