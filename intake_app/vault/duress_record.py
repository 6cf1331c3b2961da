"""The fresh vault a duress unlock writes, prepared when the duress passphrase is set.

A fresh set-up has its own random `kdf_salt` and profile id; a duress unlock that kept the old
ones told anyone who had read vault.json before that this is the same vault, emptied, not a new
one (review r7c, F4). A new salt means stretching the duress passphrase again, and one more
Argon2id run at the duress unlock would make it slower than an ordinary one (F5). So the run is
done when the duress passphrase is set (it is typed then): a new salt, a new profile id and the
duress passphrase stretched under that salt, boxed under a key derived from the duress key,
kept in vault.json as `prepared`. The duress unlock opens it with the key its passphrase
opened and writes the fresh vault.json from it, with no Argon2id run of its own.

`prepared` is always there and always the same length: random bytes when no duress
passphrase is set, so vault.json does not say whether one is. The stretched passphrase inside
is no more than the duress key it opens: whoever holds that key already holds the duress side.
A profile whose duress passphrase was set by an earlier version has no record (or random
bytes): its duress unlock keeps the old salt (and, in passphrase-only mode, the profile id)
until the duress passphrase is set again (docs/SECURITY.md).
"""

from __future__ import annotations

import secrets
from typing import NamedTuple

import nacl.bindings as sodium
import nacl.encoding
import nacl.exceptions
import nacl.hash

from intake_app.vault.argon2id import SALT_BYTES, KdfParams, stretch
from intake_app.vault.vault_file import new_id

_NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
_ID_BYTES = 16
_STRETCHED_BYTES = 32
_PLAIN_BYTES = SALT_BYTES + _ID_BYTES + _STRETCHED_BYTES
PREP_BYTES = _NONCE_BYTES + _PLAIN_BYTES + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES
_PERSON = b"seinpost-dprep1"
_AAD = b"seinpost duress prepared vault v1"


class Prepared(NamedTuple):
    """What the fresh vault.json of a duress unlock uses: its 16-byte `kdf_salt`, its profile
    id (32 hex characters) and the duress passphrase stretched under that salt (32 bytes)."""

    kdf_salt: bytes
    profile_id: str
    stretched: bytes


def _key(duress_key: bytes) -> bytes:
    return nacl.hash.blake2b(b"duress-prep", digest_size=32, key=duress_key, person=_PERSON,
                             encoder=nacl.encoding.RawEncoder)


def unset() -> bytes:
    """What `prepared` holds when no duress passphrase is set: random bytes of its length."""
    return secrets.token_bytes(PREP_BYTES)


def prepare(duress_passphrase: str, duress_key: bytes, kdf: KdfParams) -> bytes:
    """A new salt and profile id, and `duress_passphrase` stretched under that salt with `kdf`
    (one Argon2id run), boxed (XChaCha20-Poly1305) under a key derived from the 32-byte
    `duress_key`: PREP_BYTES bytes for vault.json's `prepared`."""
    salt = secrets.token_bytes(SALT_BYTES)
    profile_id = new_id()
    stretched = stretch(duress_passphrase, salt, kdf)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    plain = salt + bytes.fromhex(profile_id) + stretched
    return nonce + sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plain, _AAD, nonce, _key(duress_key))


def open_prepared(box: bytes | None, duress_key: bytes) -> Prepared | None:
    """The prepared fresh vault if `box` opens under the 32-byte `duress_key`, else None (no
    record, random bytes, or a record from before)."""
    if box is None or len(box) != PREP_BYTES:
        return None
    nonce, sealed = box[:_NONCE_BYTES], box[_NONCE_BYTES:]
    try:
        plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            sealed, _AAD, nonce, _key(duress_key))
    except nacl.exceptions.CryptoError:
        return None
    salt, rest = plain[:SALT_BYTES], plain[SALT_BYTES:]
    return Prepared(salt, rest[:_ID_BYTES].hex(), rest[_ID_BYTES:])
