"""The twin of vault.json's store mark: a second MAC a duress unlock can check.

vault.json's `store_mark` (vault/store_mark.py) carries a MAC under the vault key, which a
duress unlock never has: it used to read the mark's number unchecked, so a mark someone changed
was refused by the real passphrase (`VaultTampered`) and judged otherwise by the duress one
(review r7c, F1 and F2), which told the two apart. The twin is a MAC over the mark's profile id,
number and MAC, under a key derived from the vault key here. The vault writes it beside every
mark; the store keeps that key boxed for the duress key (store/trust.py, `duress_rows`), so a
duress unlock checks the very same bytes the real one does. Both rooms derive it here, alike.
"""

from __future__ import annotations

import nacl.encoding
import nacl.hash

TWIN_BYTES = 32
_KEY_PERSON = b"seinpost-mtwk1"
_TWIN_PERSON = b"seinpost-mtwin1"


def mark_twin_key(vault_key: bytes) -> bytes:
    """The 32-byte twin key of the 32-byte `vault_key` (BLAKE2b keyed by it, personalised)."""
    return nacl.hash.blake2b(b"mark-twin", digest_size=TWIN_BYTES, key=vault_key,
                             person=_KEY_PERSON, encoder=nacl.encoding.RawEncoder)


def mark_twin(twin_key: bytes, profile_id: str, epoch: int, mark_mac: bytes) -> bytes:
    """The twin of the mark ("<profile id>:<epoch>", `mark_mac`): BLAKE2b-256 keyed by
    `twin_key` over both, so a changed number or a changed MAC no longer matches it."""
    data = f"{profile_id}:{epoch}:".encode("ascii") + bytes(mark_mac)
    return nacl.hash.blake2b(data, digest_size=TWIN_BYTES, key=twin_key, person=_TWIN_PERSON,
                             encoder=nacl.encoding.RawEncoder)
