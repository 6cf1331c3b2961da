"""Passphrase recipients: the scrypt stanza, as `age -p` writes it."""

from __future__ import annotations

import hashlib
import os
import re

from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from intake_app.errors import ContractError

from .b64 import decode_raw, encode_raw
from .errors import HeaderError
from .header import Stanza

STANZA_TYPE = "scrypt"
DEFAULT_WORK_FACTOR = 18  # what the age command writes: N = 2**18, 256 MiB, about a second
# A hostile file picks the work factor; 2**20 costs 1 GiB and a few seconds, more is refused so
# opening a file can neither exhaust memory nor hang.
MAX_WORK_FACTOR = 20
_LABEL = b"age-encryption.org/v1/scrypt"
_SALT_LEN = 16
_BODY_LEN = 32
_ZERO_NONCE = bytes(12)
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")


def _derive(passphrase: str | bytes, salt: bytes, work_factor: int) -> bytes:
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    n = 1 << work_factor
    return hashlib.scrypt(
        secret, salt=_LABEL + salt, n=n, r=8, p=1, maxmem=130 * 8 * n + (1 << 24), dklen=32
    )


def wrap(
    file_key: bytes, passphrase: str | bytes, work_factor: int = DEFAULT_WORK_FACTOR
) -> Stanza:
    """Wrap the 16-byte `file_key` for `passphrase` in an scrypt stanza (age spec, "scrypt recipient
    stanza"): random 16-byte salt, N = 2**work_factor, ChaCha20-Poly1305 with a zero nonce.

    Raises ContractError when `work_factor` is outside 1..MAX_WORK_FACTOR.
    """
    if not 1 <= work_factor <= MAX_WORK_FACTOR:
        raise ContractError(f"scrypt work factor must be 1..{MAX_WORK_FACTOR}")
    salt = os.urandom(_SALT_LEN)
    key = _derive(passphrase, salt, work_factor)
    body = crypto_aead_chacha20poly1305_ietf_encrypt(file_key, None, _ZERO_NONCE, key)
    return Stanza((STANZA_TYPE, encode_raw(salt).decode("ascii"), str(work_factor)), body)


def check_stanza(stanza: Stanza) -> tuple[bytes, int]:
    """Validate a scrypt stanza's shape; return (salt, work factor)."""
    if len(stanza.args) != 3:
        raise HeaderError("scrypt stanza must have exactly two arguments")
    salt = decode_raw(stanza.args[1].encode("ascii"))
    if salt is None or len(salt) != _SALT_LEN:
        raise HeaderError("scrypt salt is not canonical base64 of 16 bytes")
    if not _DECIMAL.fullmatch(stanza.args[2]):
        raise HeaderError("scrypt work factor is not a decimal number without leading zeros")
    if len(stanza.body) != _BODY_LEN:
        raise HeaderError("scrypt stanza body must be exactly 32 bytes")
    return salt, int(stanza.args[2])


def unwrap(stanza: Stanza, passphrase: str | bytes) -> bytes | None:
    """The file key if `passphrase` opens this stanza, else None."""
    salt, work_factor = check_stanza(stanza)
    if work_factor > MAX_WORK_FACTOR:
        raise HeaderError(f"scrypt work factor above the accepted maximum {MAX_WORK_FACTOR}")
    key = _derive(passphrase, salt, work_factor)
    try:
        return crypto_aead_chacha20poly1305_ietf_decrypt(stanza.body, None, _ZERO_NONCE, key)
    except CryptoError:
        return None
