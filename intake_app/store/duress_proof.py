"""The duress proof: what lets a duress unlock empty a store, and check it first as the real
unlock would (the rows `duress_box`, `duress_set`, `duress_rows` and `duress_proof`, see
trust.py's module docstring for the whole of the store's trust rows).

`duress_box`: the duress key boxed under the vault key; `duress_set`, boxed under the vault key
too: whether a duress passphrase is set (and the vault.json digests, vault_seen.py);
`duress_rows`, boxed under the duress key: the keys the real unlock checks the rows and
vault.json's mark with (row-hash and mask keys, contents.py; twin key, crypto/mark_twin.py),
all derived from the vault key, and `duress_set`'s digests (review r7g M1); `duress_proof`: a
MAC under the duress key over the kcv and the rows in trust.PROVEN. The real unlock checks the
proof first (`check_proof`); a duress unlock checks it (`duress_proof_holds`), then the rows,
the mark and vault.json with `duress_rows`, in the same order, so both passphrases meet the
same answer whatever someone changed (review r7c, F1 and F2). Proof forms: 4 (this one, the
identity rows too, r7d D1), 3 (the duress rows), 2 (the state row, B5), 1 (the kcv and office
record); an earlier form is renewed at the next real unlock.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import sqlite3
from typing import NamedTuple

from intake_app.crypto import keycard
from intake_app.crypto.canonical import CanonicalError, parse_canonical
from intake_app.crypto.mark_twin import mark_twin_key
from intake_app.store import card_box, record_box, settings
from intake_app.store import contents as row_digest
from intake_app.store.integrity_errors import StoreKeyMismatch, StoreTampered
from intake_app.store.trust import (
    DURESS_BOX,
    DURESS_PROOF,
    DURESS_ROWS,
    DURESS_SET,
    LIMIT,
    OFFICE,
    PROVEN,
    PROVEN_3,
    STATE,
    State,
    kcv,
    state,
    state_of,
    stored_kcv,
)

_DURESS = b"duress-key"
_PROOF = b"duress-proof-4"  # 4: the identity rows too (review r7d, D1)
_PROOF_3 = b"duress-proof-3"  # 3: the duress rows too (review r7c, F1)
_PROOF_2 = b"duress-proof-2"  # 2: the proof covers the state row too (B5)
_PROOF_1 = b"duress-proof"  # 1: the kcv and the office record only
_DURESS_ROWS = b"duress-rows"
_DURESS_SET = b"duress-set"
# One byte either way: the box's length must not say whether a duress passphrase is set
# (review r7d, D4: the words b"set" and b"not set" boxed to 44 and 48 bytes, readable with the
# laptop off). The words are still read; a real unlock rewrites them (`renew_set_row`).
_SET, _NOT_SET = b"\x01", b"\x00"
_OLD_SET, _OLD_NOT_SET = b"set", b"not set"
_ANSWERS = {_SET: True, _NOT_SET: False, _OLD_SET: True, _OLD_NOT_SET: False}
# Since review r7e the row also names the vault.json it answers for (vault_seen.py): two pairs
# of (answer, digest of vault.json), always 66 bytes, so its length still says nothing. An
# answer may then be "cannot say" too: a vault.json this store did not see was met.
_UNKNOWN = b"\x02"
SEEN_BYTES = 2 * (1 + 32)
# The name the emptied profile's card shows (review r7e F6), chosen when the duress passphrase
# is set: boxed under the duress key with the keys of `duress_rows`, padded to one length (two
# bytes of length, the UTF-8 name, zeros) so the row's length says nothing of it.
_NAME_BYTES = 2 + 4 * keycard.MAX_NAME
_KEYS_BYTES = 96
_SEEN_ANSWERS = {_SET: True, _NOT_SET: False, _UNKNOWN: None}


def _set_box(vault_key: bytes, is_set: bool) -> bytes:
    return seal_set_row(vault_key, _SET if is_set else _NOT_SET)


def seal_set_row(vault_key: bytes, plain: bytes) -> bytes:
    """The `duress_set` row holding `plain` (one answer byte, or the pairs of vault_seen.py),
    boxed under the vault key."""
    return record_box.seal_record(record_box.subkey(vault_key, _DURESS_SET), _DURESS_SET,
                                  "duress-set", plain)


def answer_byte(answer: bool | None) -> bytes:
    """The byte of an answer in the pairs: set, not set, or cannot say (None)."""
    return _UNKNOWN if answer is None else (_SET if answer else _NOT_SET)


def write_unset(conn: sqlite3.Connection, vault_key: bytes) -> None:
    """The duress rows of a new store, with no duress passphrase set (a random key in the box,
    a random proof until trust.write_state renews it), in the caller's transaction."""
    unset = secrets.token_bytes(32)
    settings.put(conn, DURESS_BOX, record_box.seal_record(
        record_box.subkey(vault_key, _DURESS), _DURESS, "duress", unset))
    settings.put(conn, DURESS_ROWS, _rows_box(vault_key, unset))
    settings.put(conn, DURESS_PROOF, secrets.token_bytes(32))
    settings.put(conn, DURESS_SET, _set_box(vault_key, False))


def _duress_key(conn: sqlite3.Connection, vault_key: bytes) -> bytes:
    boxed = settings.get(conn, DURESS_BOX)
    if not isinstance(boxed, bytes):
        raise StoreTampered()
    try:
        return record_box.open_record(record_box.subkey(vault_key, _DURESS), _DURESS, "duress",
                                      boxed)
    except Exception:
        raise StoreTampered() from None


class DuressKeys(NamedTuple):
    """What `duress_rows` holds for the duress key: the row digest's row-hash and mask keys
    (contents.py) and the twin key of vault.json's mark (crypto/mark_twin.py), each 32 bytes,
    all derived from the vault key the store belongs to; the name the emptied profile's card
    shows (None: a row an earlier version wrote, or none chosen); the two 32-byte vault.json
    digests `duress_set` names (vault_seen.py, review r7g M1; None: an earlier row)."""

    rows: bytes
    mask: bytes
    twin: bytes
    name: str | None = None
    seen: tuple[bytes, bytes] | None = None


def _rows_box(vault_key: bytes, duress_key: bytes, name: str | None = None,
              seen: tuple[bytes, bytes] | None = None) -> bytes:
    keys = (row_digest.row_key(vault_key), row_digest.mask_key(vault_key),
            mark_twin_key(vault_key), _name_block(name), b"".join(seen or ()))
    return record_box.seal_record(record_box.subkey(duress_key, _DURESS_ROWS), _DURESS_ROWS,
                                  "duress-rows", b"".join(keys))


def _name_block(name: str | None) -> bytes:
    data = (name or "").encode("utf-8")
    return len(data).to_bytes(2, "big") + data + bytes(_NAME_BYTES - 2 - len(data))


def _read_name(block: bytes) -> str | None:
    size = int.from_bytes(block[:2], "big")
    if not 0 < size <= _NAME_BYTES - 2:
        return None
    try:
        return keycard.check_name(block[2:2 + size].decode("utf-8"))
    except (UnicodeDecodeError, keycard.KeyCardError):
        return None


def _open_rows_box(conn: sqlite3.Connection, duress_key: bytes) -> DuressKeys | None:
    boxed = settings.get(conn, DURESS_ROWS)
    if not isinstance(boxed, bytes):
        return None
    try:
        keys = record_box.open_record(record_box.subkey(duress_key, _DURESS_ROWS),
                                      _DURESS_ROWS, "duress-rows", boxed)
    except Exception:
        return None
    named = _KEYS_BYTES + _NAME_BYTES
    if len(keys) not in (_KEYS_BYTES, named, named + 64):  # 64: two digests
        return None
    seen = (keys[named:named + 32], keys[named + 32:]) if len(keys) > named else None
    return DuressKeys(keys[:32], keys[32:64], keys[64:96], _read_name(keys[96:named]), seen)


def rows_seen(conn: sqlite3.Connection, vault_key: bytes, seen: tuple[bytes, bytes]) -> bool:
    """`duress_rows` anew with `duress_set`'s two digests (r7g M1) unless held; True: written."""
    held = _open_rows_box(conn, duress_key := _duress_key(conn, vault_key))
    if held is None or held.seen != seen:
        settings.put(conn, DURESS_ROWS, _rows_box(vault_key, duress_key,
                                                  held.name if held else None, seen))
    return held is None or held.seen != seen


def _row_bytes(conn: sqlite3.Connection, name: str) -> bytes:
    value = settings.get(conn, name)
    return bytes(value) if isinstance(value, bytes) else b""


def _proof(duress_key: bytes, store_kcv: str, rows: list[bytes],
           purpose: bytes = _PROOF) -> bytes:
    # Every row's length first, so no two sets of rows give the same input.
    data = b"\x00".join((store_kcv.encode("ascii"),
                         *(str(len(row)).encode("ascii") for row in rows), *rows))
    return record_box.mac(record_box.subkey(duress_key, purpose), data)


def _proof_forms(conn: sqlite3.Connection, duress_key: bytes, store_kcv: str,
                 ) -> dict[int, bytes]:
    """The proof of each form (4, the current; 3, 2 and 1, of earlier versions) over the
    rows as they are now, under `duress_key`."""
    record_row, state_row = _row_bytes(conn, OFFICE), _row_bytes(conn, STATE)
    kcv_bytes = store_kcv.encode("ascii")
    older_2 = b"\x00".join((kcv_bytes, str(len(record_row)).encode("ascii"), record_row,
                            state_row))
    return {
        4: _proof(duress_key, store_kcv, [_row_bytes(conn, name) for name in PROVEN]),
        3: _proof(duress_key, store_kcv, [_row_bytes(conn, name) for name in PROVEN_3],
                  _PROOF_3),
        2: record_box.mac(record_box.subkey(duress_key, _PROOF_2), older_2),
        1: record_box.mac(record_box.subkey(duress_key, _PROOF_1),
                          kcv_bytes + b"\x00" + record_row),
    }


def _expected_proof(conn: sqlite3.Connection, vault_key: bytes) -> bytes:
    if not isinstance(settings.get(conn, OFFICE), bytes):
        raise StoreTampered()
    if not isinstance(settings.get(conn, STATE), bytes):
        raise StoreTampered()
    return _proof(_duress_key(conn, vault_key), kcv(vault_key),
                  [_row_bytes(conn, name) for name in PROVEN])


def refresh_proof(conn: sqlite3.Connection, vault_key: bytes) -> None:
    """Write the current proof over the rows as they are (after any of them changed)."""
    settings.put(conn, DURESS_PROOF, _expected_proof(conn, vault_key))


def check_proof(conn: sqlite3.Connection, vault_key: bytes) -> int:
    """The real unlock's check of the duress proof, for a store whose state verified under
    `vault_key`, first of all its checks (in the caller's transaction). Returns the form the
    proof was of: 4, the current one, over the rows as they are; a proof of an earlier form (a
    store the previous versions prepared) is renewed (with `duress_rows` written beside one of
    form 2 or 1), and the caller must check the identity rows form 4 covers before anything
    else (identity.check_identity: the renewed proof vouches for them from now on). A
    proof of no form, or a `duress_box` that does not open, is `StoreKeyMismatch`: whatever
    someone changed among the rows the proof covers, the duress passphrase meets the same
    refusal (it cannot tell a changed row from another store), so the real one says that too
    (review r7c, F1). A `duress_set` row of an earlier version's words is rewritten as one byte
    (`renew_set_row`). Until a store was renewed once, a duress unlock of it is judged as the
    earlier versions did (docs/SECURITY.md, "Duress")."""
    try:
        duress_key = _duress_key(conn, vault_key)
    except StoreTampered:
        raise StoreKeyMismatch() from None
    stored = settings.get(conn, DURESS_PROOF)
    forms = _proof_forms(conn, duress_key, kcv(vault_key))
    form = next((f for f, mac in forms.items()
                 if isinstance(stored, bytes) and hmac.compare_digest(stored, mac)), None)
    if form is None:
        raise StoreKeyMismatch()
    if form < 3:
        settings.put(conn, DURESS_ROWS, _rows_box(vault_key, duress_key))
    if form < 4:
        refresh_proof(conn, vault_key)
    renew_set_row(conn, vault_key)
    if card_box.renew_card_row(conn, vault_key):  # an earlier version's plaintext card row
        refresh_proof(conn, vault_key)
    return form


def set_duress_key(conn: sqlite3.Connection, vault_key: bytes, duress_key: bytes | None,
                   vault_state: bytes | None = None, name: str | None = None) -> None:
    """Remember the key the duress passphrase opens (None: removed), boxed; refresh the proof.
    `vault_state`: the digest of the vault.json about to be written with it (vault_seen.py),
    which the answer is for; the vault.json of now keeps its answer until that one is written.
    `name`: what the emptied profile's card will show (a checked card name; None: "Liaison")."""
    state(conn, vault_key)  # only a verified store is prepared for a duress unlock
    stored = duress_key if duress_key is not None else secrets.token_bytes(32)
    settings.put(conn, DURESS_BOX, record_box.seal_record(
        record_box.subkey(vault_key, _DURESS), _DURESS, "duress", stored))
    settings.put(conn, DURESS_ROWS, _rows_box(vault_key, stored,
                                              name if duress_key is not None else None))
    # The box holds 32 bytes either way (a key or random); whether one is set is said here,
    # boxed under the vault key too, so only the person who unlocked can read it.
    if vault_state is None:
        settings.put(conn, DURESS_SET, _set_box(vault_key, duress_key is not None))
    else:
        pairs = seen_pairs(conn, vault_key)
        now = pairs[0] if pairs is not None else (duress_key is not None, vault_state)
        write_pairs(conn, vault_key, (duress_key is not None, vault_state), now)
    refresh_proof(conn, vault_key)


def duress_set(conn: sqlite3.Connection, vault_key: bytes) -> bool | None:
    """Whether a duress passphrase is set: True, False, or None when this store cannot say (it
    was prepared by a version before this answer existed, or it met a vault.json it had not
    seen, vault_seen.py; a fresh store says False). Raises StoreTampered when the answer does
    not open under `vault_key`."""
    boxed = settings.get(conn, DURESS_SET)
    if boxed is None:
        return None
    if not isinstance(boxed, bytes):
        raise StoreTampered()
    plain = _open_set(boxed, vault_key)
    if len(plain) == SEEN_BYTES:
        return _SEEN_ANSWERS[plain[:1]]
    return _ANSWERS[plain]


Pair = tuple[bool | None, bytes]  # (the duress answer, the 32-byte digest of a vault.json)


def seen_pairs(conn: sqlite3.Connection, vault_key: bytes) -> tuple[Pair, Pair] | None:
    """The two (answer, vault.json digest) pairs of the `duress_set` row, the current first;
    None for a row of one answer (or none): a store that has not named a vault.json yet."""
    boxed = settings.get(conn, DURESS_SET)
    if boxed is None:
        return None
    if not isinstance(boxed, bytes):
        raise StoreTampered()
    plain = _open_set(boxed, vault_key)
    if len(plain) != SEEN_BYTES:
        return None
    return ((_SEEN_ANSWERS[plain[:1]], plain[1:33]), (_SEEN_ANSWERS[plain[33:34]], plain[34:]))


def write_pairs(conn: sqlite3.Connection, vault_key: bytes, now: Pair, previous: Pair) -> None:
    """The `duress_set` row as these pairs, their digests in `duress_rows` (proof: caller's)."""
    plain = b"".join((answer_byte(now[0]), now[1], answer_byte(previous[0]), previous[1]))
    settings.put(conn, DURESS_SET, seal_set_row(vault_key, plain))
    rows_seen(conn, vault_key, (now[1], previous[1]))


def _open_set(boxed: bytes, vault_key: bytes) -> bytes:
    """The plaintext of a `duress_set` box (one of _ANSWERS, or the two pairs), else
    StoreTampered."""
    try:
        answer = record_box.open_record(record_box.subkey(vault_key, _DURESS_SET), _DURESS_SET,
                                        "duress-set", boxed)
    except Exception:
        raise StoreTampered() from None
    if len(answer) == SEEN_BYTES and answer[:1] in _SEEN_ANSWERS and (
            answer[33:34] in _SEEN_ANSWERS):
        return answer
    if answer not in _ANSWERS:
        raise StoreTampered()
    return answer


def renew_set_row(conn: sqlite3.Connection, vault_key: bytes) -> None:
    """At a real unlock whose proof held: a `duress_set` row of the words an earlier version
    boxed (b"set", b"not set": their lengths told) is rewritten as one byte, and the proof
    renewed over it, in the caller's transaction. Nothing when absent or already one byte;
    StoreTampered when it does not open (it cannot: the proof covering it just held)."""
    boxed = settings.get(conn, DURESS_SET)
    if not isinstance(boxed, bytes):
        return
    answer = _open_set(boxed, vault_key)
    if answer in (_SET, _NOT_SET) or len(answer) == SEEN_BYTES:
        return
    settings.put(conn, DURESS_SET, _set_box(vault_key, _ANSWERS[answer]))
    refresh_proof(conn, vault_key)


class DuressProof(NamedTuple):
    """What a holding duress proof vouches for: the office card to keep, and the change number
    (`epoch`) the store had when the proof was made, for the caller to hold against the
    vault's marks before anything is emptied. `form`: 4 for the current proof, whose `keys`
    let the duress unlock check the rows and vault.json's mark as the real one would (3 for
    a store the previous version prepared: its identity rows unproven, checked as far as no
    vault key is needed, identity.py `check_identity_unkeyed`); 2 for a
    store the previous version prepared (`keys` None: nothing more can be checked); 1 for one
    prepared before the proof covered the state (then nothing is trusted, see opening.py)."""

    office_card: bytes
    epoch: int
    form: int = 4
    keys: DuressKeys | None = None
    state: State | None = None
    office_version: int = 0

    @property
    def shown_name(self) -> str | None:
        """The name chosen for the emptied profile's card (None: the default)."""
        return self.keys.name if self.keys is not None else None


def duress_proof_holds(conn: sqlite3.Connection, new_key: bytes) -> DuressProof | None:
    """What the proof vouches for if it shows `new_key` is this store's duress key, else None."""
    store_kcv, proof = stored_kcv(conn), settings.get(conn, DURESS_PROOF)
    if store_kcv is None or not isinstance(proof, bytes):
        return None
    row, state_row = settings.get(conn, OFFICE), settings.get(conn, STATE)
    if not isinstance(row, bytes) or not isinstance(state_row, bytes):
        return None
    forms = _proof_forms(conn, new_key, store_kcv)
    form = next((f for f, mac in forms.items() if hmac.compare_digest(proof, mac)), None)
    if form is None:
        return None
    try:
        record = parse_canonical(row, limit=LIMIT)
        state_doc = parse_canonical(state_row, limit=LIMIT)
        epoch = state_doc["epoch"]
        card = base64.b64decode(record["cards"][-1], validate=True)
        office_version = record["version"]
    except (CanonicalError, KeyError, TypeError, IndexError, binascii.Error):
        return None
    if type(epoch) is not int or epoch < 0 or type(office_version) is not int:
        return None
    if form < 3:
        return DuressProof(card, epoch, form)
    keys = _open_rows_box(conn, new_key)
    state_doc.pop("mac", None)
    proven = state_of(state_doc, keys.mask) if keys is not None else None
    if keys is None or proven is None:
        return None  # the proof vouches for these rows: this cannot be the app's own store
    return DuressProof(card, epoch, form, keys, proven, office_version)
