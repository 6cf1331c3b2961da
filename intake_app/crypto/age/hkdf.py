"""HKDF-SHA-256 (RFC 5869), the key derivation every part of age uses."""

from __future__ import annotations

import hashlib
import hmac

_HASH_LEN = 32


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    # An empty salt is the same as a zero-filled one: HMAC pads short keys with zeros.
    """HKDF-SHA-256 (RFC 5869, extract then expand): `length` bytes (at most 255 * 32) from the
    input key material `ikm`, `salt` (may be empty) and `info`.
    """
    prk = hmac.digest(salt, ikm, hashlib.sha256)
    output = b""
    block = b""
    counter = 1
    while len(output) < length:
        block = hmac.digest(prk, block + info + bytes([counter]), hashlib.sha256)
        output += block
        counter += 1
    return output[:length]


def header_mac_key(file_key: bytes) -> bytes:
    """The 32-byte HMAC key of the header MAC: HKDF-SHA-256(file_key, salt="", info="header")
    (age spec, "Header").
    """
    return hkdf_sha256(file_key, b"", b"header", _HASH_LEN)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """The 32-byte payload key: HKDF-SHA-256(file_key, salt=the 16-byte `nonce`, info="payload")
    (age spec, "Payload").
    """
    return hkdf_sha256(file_key, nonce, b"payload", 32)
