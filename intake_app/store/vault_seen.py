"""Which vault.json this store last saw, so one put back from an older copy is noticed after
the unlock and said, never silent (review r7e, F1-F3; both vault modes).

vault.json alone decides which passphrases open, which is the duress one and when a wrong one
erases, and a copy of it from an earlier inspection carries all of that as it was then. In
keyring mode the keyring refuses such a copy before the passphrase (vault/vault_state.py); in
passphrase-only mode nothing outside the profile can, and its older passphrase opens the store
(the vault key never changed). So the store, authenticated under the vault key, keeps the
digest of the vault.json it last saw (vault_state.digest: every field but the counter, the
store mark and `mac`) with its duress answer, in the `duress_set` row (duress_proof.py: two
pairs of (answer, digest), 66 bytes, so the row's length still says nothing; covered by the
duress proof like before). At every unlock (`settle`) the vault.json met, as read or as this
unlock rewrote it, must be one of the two; if it is not, the store tells (`noticed`: the
window and the command line say that a change of passphrase, duress passphrase or wipe-after
may have been undone) and the duress answer becomes "cannot say" until it is set again: the
store never claims a duress passphrase that vault.json may not hold (F3). The two digests are
kept for the duress key too (duress_proof.py `duress_rows`), so a duress unlock says the same
notice in the same cases (review r7g M1; a store of the version before gets them at its next
real unlock).

A change is written in three steps like the keyring's: the row names the new file and the old
(`changing`), vault.json is replaced, the row names the new one alone (`written`); a cut in
between opens without a notice. A store from before this row named a file (one answer byte)
takes the file it meets at its next unlock, with no notice: it cannot tell.
"""

from __future__ import annotations

import sqlite3

from intake_app.errors import ContractError
from intake_app.store import duress_proof

DIGEST_BYTES = 32


def _check(digest: bytes) -> bytes:
    if not isinstance(digest, bytes) or len(digest) != DIGEST_BYTES:
        raise ContractError("a vault.json digest is 32 bytes")
    return digest


def settle(conn: sqlite3.Connection, vault_key: bytes, read: bytes, now: bytes) -> bool:
    """At an unlock: whether the vault.json met (`read`, its digest as read, or `now`, as this
    unlock left it) is not one this store saw; the row then names `now` alone. In the caller's
    transaction; the duress proof is renewed when the row changed."""
    read, now = _check(read), _check(now)
    pairs = duress_proof.seen_pairs(conn, vault_key)
    if pairs is None:  # a store that named no vault.json yet takes this one as it is
        answer = duress_proof.duress_set(conn, vault_key)
        _write(conn, vault_key, (answer, now), (answer, now))
        return False
    for digest in (now, read):
        for answer, seen in pairs:
            if seen == digest:
                if pairs != ((answer, now), (answer, now)):
                    _write(conn, vault_key, (answer, now), (answer, now))
                elif duress_proof.rows_seen(conn, vault_key, (now, now)):
                    # A store of the version before names no digests for the duress key
                    # (duress_rows): given them at its first real unlock (review r7g M1).
                    duress_proof.refresh_proof(conn, vault_key)
                return False
    _write(conn, vault_key, (None, now), (None, now))  # the duress answer: cannot say
    return True


def changing(conn: sqlite3.Connection, vault_key: bytes, new: bytes) -> None:
    """Before vault.json is replaced by the file of digest `new` (same duress answer): the row
    names it and the file of now. Nothing when it names `new` already (a duress change wrote
    it with its answer, duress_proof.set_duress_key)."""
    new = _check(new)
    pairs = duress_proof.seen_pairs(conn, vault_key)
    if pairs is None:
        return  # named at the next unlock
    if pairs[0][1] == new:
        return
    _write(conn, vault_key, (pairs[0][0], new), pairs[0])


def written(conn: sqlite3.Connection, vault_key: bytes, now: bytes) -> None:
    """After vault.json was replaced by the file of digest `now`: the row names it alone."""
    now = _check(now)
    pairs = duress_proof.seen_pairs(conn, vault_key)
    if pairs is None:
        return
    answer = next((a for a, seen in pairs if seen == now), None)
    if pairs != ((answer, now), (answer, now)):
        _write(conn, vault_key, (answer, now), (answer, now))


def _write(conn: sqlite3.Connection, vault_key: bytes, now: duress_proof.Pair,
           previous: duress_proof.Pair) -> None:
    duress_proof.write_pairs(conn, vault_key, now, previous)
    duress_proof.refresh_proof(conn, vault_key)
