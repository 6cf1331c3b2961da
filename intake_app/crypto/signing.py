"""Ed25519 signatures with domain separation, and the short key id derived from a verify key.

Every signature in Seinpost is made over

    b"seinpost-sig\\x00" || len(context) as one byte || context || body

so a signature made for one kind of document (a key card, a manifest, a receipt) can never be
replayed as another: the context is part of what was signed, and its length prefix stops a
context/body boundary from being shifted.
"""

from __future__ import annotations

import hashlib

import nacl.exceptions
import nacl.signing

from intake_app.errors import ContractError, SeinpostError

SIGNATURE_SIZE = 64
VERIFY_KEY_SIZE = 32
KEY_ID_HEX_CHARS = 32

_PREFIX = b"seinpost-sig\x00"
_KEY_ID_LABEL = b"seinpost/key-id/v1\x00"
_MAX_CONTEXT = 255


class SignatureError(SeinpostError):
    """A signature does not verify, or the key or signature is malformed."""

    code = "signature.invalid"


def _message(context: bytes, body: bytes) -> bytes:
    if not context or len(context) > _MAX_CONTEXT:
        raise ContractError("signature context must be 1..255 bytes")
    return _PREFIX + bytes([len(context)]) + context + body


def sign(signing_key: nacl.signing.SigningKey, context: bytes, body: bytes) -> bytes:
    """Return the 64-byte Ed25519 signature of `body` under the domain label `context`."""
    return bytes(signing_key.sign(_message(context, body)).signature)


def verify(verify_key: bytes, context: bytes, body: bytes, signature: bytes) -> None:
    """Raise SignatureError unless `signature` signs `body` in `context` under `verify_key`."""
    if not isinstance(verify_key, bytes | bytearray) or len(verify_key) != VERIFY_KEY_SIZE:
        raise SignatureError("verify key must be 32 bytes")
    if not isinstance(signature, bytes | bytearray) or len(signature) != SIGNATURE_SIZE:
        raise SignatureError("signature must be 64 bytes")
    message = _message(context, body)
    try:
        nacl.signing.VerifyKey(bytes(verify_key)).verify(message, bytes(signature))
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        # libsodium also rejects small-order and non-canonical keys here.
        raise SignatureError("signature does not verify") from exc


def key_id(verify_key: bytes) -> str:
    """A stable 32-hex-character id for a verify key (first 16 bytes of a labelled SHA-256)."""
    if len(verify_key) != VERIFY_KEY_SIZE:
        raise ContractError("verify key must be 32 bytes")
    return hashlib.sha256(_KEY_ID_LABEL + bytes(verify_key)).digest()[:16].hex()


def verify_key_bytes(signing_key: nacl.signing.SigningKey) -> bytes:
    """The 32 raw bytes of the verify key belonging to `signing_key`."""
    return bytes(signing_key.verify_key)
