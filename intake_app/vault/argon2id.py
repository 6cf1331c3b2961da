"""Passphrase hardening: Argon2id with libsodium's MODERATE cost as the floor.

A copied profile is attacked offline by guessing passphrases; Argon2id with 256 MiB per guess is
what makes each guess expensive. The cost is stored in vault.json so a vault created on a fast
machine still opens on a slow one, and bound into every wrapped key so nobody can lower it in the
file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import nacl.pwhash.argon2id as argon2id

from intake_app.errors import ContractError
from intake_app.vault.errors import VaultCorrupt
from intake_app.vault.passphrase import MAX_PASSPHRASE_CHARS, passphrase_bytes

SALT_BYTES = argon2id.SALTBYTES
STRETCHED_BYTES = 32
ALGORITHM = "argon2id13"

__all__ = ["MAX_PASSPHRASE_CHARS", "KdfParams", "stretch"]
# The highest cost read from vault.json is the one this app writes (MODERATE): a higher one
# was written by someone else, and at 32 passes and 4 GiB it made the right passphrase run for
# minutes, thrash an 8 GB laptop and then read as "wrong" (review r7k R7K-3). A version that
# raises the default raises these with it.
MAX_OPS = argon2id.OPSLIMIT_MODERATE
MAX_MEM = argon2id.MEMLIMIT_MODERATE


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: `ops` (passes) and `mem` (bytes), as libsodium takes them."""

    ops: int
    mem: int

    @classmethod
    def moderate(cls) -> KdfParams:
        """libsodium's MODERATE (3 passes, 256 MiB): the default and the minimum for real vaults."""
        return cls(ops=argon2id.OPSLIMIT_MODERATE, mem=argon2id.MEMLIMIT_MODERATE)

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """The libsodium minimum. ONLY for tests: it protects nothing against offline guessing.

        `Vault.create` refuses it unless `allow_weak_kdf=True` is passed, which only tests do.
        """
        return cls(ops=argon2id.OPSLIMIT_MIN, mem=argon2id.MEMLIMIT_MIN)

    def is_at_least_moderate(self) -> bool:
        """Whether both costs are at least libsodium's MODERATE (3 passes, 256 MiB)."""
        floor = KdfParams.moderate()
        return self.ops >= floor.ops and self.mem >= floor.mem

    def to_json(self) -> dict[str, Any]:
        """The parameters as stored in vault.json: {"alg": ALGORITHM, "ops": …, "mem": bytes}."""
        return {"alg": ALGORITHM, "ops": self.ops, "mem": self.mem}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """Strict reading of the parameters stored in vault.json; VaultCorrupt on anything
        unexpected, and on a cost above the one this app writes (MAX_OPS passes, MAX_MEM
        bytes), before any key is stretched, so nothing is counted. A lower cost is read: the
        slots are bound to the cost they were made with, so it only makes the right passphrase
        fail at once (tests make vaults at libsodium's minimum)."""
        if not isinstance(data, dict) or set(data) != {"alg", "ops", "mem"}:
            raise VaultCorrupt("kdf parameters have unexpected fields")
        if data["alg"] != ALGORITHM:
            raise VaultCorrupt("unknown kdf algorithm")
        ops, mem = data["ops"], data["mem"]
        if type(ops) is not int or type(mem) is not int:
            raise VaultCorrupt("kdf parameters are not integers")
        if not argon2id.OPSLIMIT_MIN <= ops <= MAX_OPS:
            raise VaultCorrupt("kdf passes out of range")
        if not argon2id.MEMLIMIT_MIN <= mem <= MAX_MEM:
            raise VaultCorrupt("kdf memory out of range")
        return cls(ops=ops, mem=mem)


def stretch(passphrase: str | bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt): the expensive step of every unlock (about 0.5 s at MODERATE).

    A str is normalised first (`passphrase.normalise`); bytes are stretched as they are.
    """
    if len(salt) != SALT_BYTES:
        raise ContractError("the salt must be SALT_BYTES long")
    secret = passphrase if isinstance(passphrase, bytes) else passphrase_bytes(passphrase)
    return argon2id.kdf(
        STRETCHED_BYTES,
        secret,
        salt,
        opslimit=params.ops,
        memlimit=params.mem,
    )
