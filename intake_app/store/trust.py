"""What decides trust and destruction in the store, authenticated under the vault key.

Rows of the `settings` table kept here (every one written and checked only by this module):

- ``profile_state``: canonical JSON ``{"kcv", "office_version", "bundle_counter", "rows",
  "counts", "epoch", "rows_version", "mac"}`` (`rows` and `counts`: the digest of every row the
  store acts on, see contents.py: the sum of the row hashes, as hex, plus the mask of this
  `epoch`, and the number of rows per table; `rows_version`: which digest and which rows, 3
  (contents.py's `ROWS_VERSION`, `LEFT_OUT`); `epoch`: grows by one at every change, so the
  vault can tell an older store.db, see vault_file.py's `store_mark`). A state written before
  review r7 has `contents` (the XOR of the row hashes, unmasked) instead of `rows` and
  `counts`, and `rows_version` 2, or none (read as 1: the preferences not covered); it is read
  once, checked under its own rule and rewritten (LocalStore._check_key).
  `kcv` is the key-check value of the vault key the store belongs to (a keyed hash: it reveals
  nothing of the key); `mac` covers the rest under the vault key. A store whose state does not
  verify under the key that unlocked the vault is refused, never purged, unless the duress proof
  below holds: only then did the vault key itself change.
- ``office_record``: the office card and its rotation history as ONE record,
  ``{"version", "cards": [oldest … current], "mac"}``. Each card after the first was accepted
  only with the endorsement of the one before it. `version` grows by one at every rotation and
  must equal the state's `office_version`: an older record (a copy from before a rotation) is
  refused with `OfficeRecordOutdated`.
- ``duress_box``, ``duress_rows`` and ``duress_proof``: always present, random when no duress
  passphrase is set. `duress_box` holds the duress key boxed under the vault key; `duress_rows`
  holds, boxed under the duress key, the keys a duress unlock needs to check what the real
  unlock checks: the row-hash and mask keys of the row digest (contents.py) and the twin key of
  vault.json's mark (crypto/mark_twin.py), all derived from the vault key; `duress_proof` is a
  MAC under the duress key over (this store's kcv, the office record row, the profile state row,
  `duress_box`, `duress_set`, `duress_rows` and the liaison's identity rows
  `liaison_signing_key` and `liaison_card`), renewed at every change of any of them. The
  real unlock checks the proof too, first (duress_proof.py): a row it covers that someone changed
  is refused by both passphrases alike (`StoreKeyMismatch`), and a duress unlock then checks the
  rows against the state's digest exactly as the real one does (review r7c, F1). After a duress
  unlock (the duress key is now the vault key) the proof shows the store belonged to the vault
  the duress passphrase was set for, so it may be emptied, and that the office record is the one
  the liaison verified, so it may be kept: nothing else may make the store forget anything.
  Because the proof covers the state row, an older record and proof put back pass only with
  their older state, whose `epoch` is below what the vault remembers (services/opening.py checks
  it before emptying): refused.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hmac
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from intake_app.crypto import keycard
from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.errors import ContractError
from intake_app.store import contents as row_digest
from intake_app.store import record_box, settings
from intake_app.store.integrity_errors import OfficeRecordOutdated, StoreTampered

STATE = "profile_state"
OFFICE = "office_record"
DURESS_BOX = "duress_box"
DURESS_PROOF = "duress_proof"
DURESS_SET = "duress_set"
DURESS_ROWS = "duress_rows"
ROWS = (STATE, OFFICE, DURESS_BOX, DURESS_PROOF, DURESS_SET, DURESS_ROWS)
#: The liaison's identity rows (identity.py): the boxed signing key and the card.
SIGNING_KEY = "liaison_signing_key"
LIAISON_CARD = "liaison_card"
#: The rows the duress proof covers besides the store's kcv, in this order: form 4 (the
#: current one) covers the identity rows too (review r7d, D1); form 3 covered the first five.
PROVEN = (OFFICE, STATE, DURESS_BOX, DURESS_SET, DURESS_ROWS, SIGNING_KEY, LIAISON_CARD)
PROVEN_3 = PROVEN[:5]

_KCV = b"key-check-value"
_STATE_MAC = b"profile-state-mac"
_OFFICE_MAC = b"office-record-mac"
LIMIT = 1 << 20
MAX_CARDS = 64


def kcv(vault_key: bytes) -> str:
    """The key-check value of `vault_key` (hex of a keyed hash; reveals nothing of the key)."""
    return record_box.subkey(vault_key, _KCV).hex()


def _mac(vault_key: bytes, purpose: bytes, data: bytes) -> str:
    return record_box.mac(record_box.subkey(vault_key, purpose), data).hex()


@dataclass(frozen=True)
class State:
    """The authenticated profile state (see the module docstring): `kcv` of the vault key,
    `office_version`, `bundle_counter`, the `rows` digest (contents.py) and `epoch`.

    `rows` is None only for a state written before review r7 (`rows_version` in
    contents.XOR_VERSIONS): its XOR digest is then in `xor_contents` (hex), to be checked once
    and replaced (LocalStore._check_key). `rows_version`: which rows the digest covers
    (contents.py's LEFT_OUT).
    """

    kcv: str
    office_version: int
    bundle_counter: int
    rows: row_digest.RowDigest | None = row_digest.ZERO
    epoch: int = 0
    xor_contents: str | None = None
    rows_version: int = row_digest.ROWS_VERSION

    def replace(self, **changes: object) -> State:
        """A copy with the given fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class OfficeRecord:
    """The office card history: `version` (grows at each rotation), the card files oldest first."""

    version: int
    cards: tuple[bytes, ...]  # oldest first; the last is the current office card

    @property
    def current(self) -> bytes:
        """The current office card file (bytes): the last one in the record."""
        return self.cards[-1]


def _signed_doc(vault_key: bytes, purpose: bytes, body: dict) -> bytes:
    return canonical_json({**body, "mac": _mac(vault_key, purpose, canonical_json(body))})


def _open_doc(vault_key: bytes, purpose: bytes, raw: object) -> dict | None:
    """The verified body of a signed document, or None if it does not verify."""
    if not isinstance(raw, bytes):
        return None
    try:
        doc = parse_canonical(raw, limit=LIMIT)
    except CanonicalError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("mac"), str):
        return None
    given = doc.pop("mac")
    if not hmac.compare_digest(given, _mac(vault_key, purpose, canonical_json(doc))):
        return None
    return doc


# ----- the state row ------------------------------------------------------------------------

def has_state(conn: sqlite3.Connection) -> bool:
    """Whether the store has a profile state row at all (verified or not)."""
    return settings.get(conn, STATE) is not None


_COMMON = frozenset({"kcv", "office_version", "bundle_counter", "epoch"})
_SUM = _COMMON | {"rows", "counts", "rows_version"}
_XOR = _COMMON | {"contents", "rows_version"}  # before review r7: the XOR digest, unmasked
_XOR_1 = _COMMON | {"contents"}  # before the preferences were covered: rows_version 1
_HEX = frozenset("0123456789abcdef")


def _hex_digest(value: object) -> int | None:
    if not isinstance(value, str) or len(value) != 2 * row_digest.DIGEST_BYTES:
        return None
    return int(value, 16) if set(value) <= _HEX else None


def read_state(conn: sqlite3.Connection, vault_key: bytes) -> State | None:
    """The state if it verifies under `vault_key` and names this key; else None."""
    doc = _open_doc(vault_key, _STATE_MAC, settings.get(conn, STATE))
    if doc is None or doc.get("kcv") != kcv(vault_key):
        return None
    return state_of(doc, row_digest.mask_key(vault_key))


def state_of(doc: dict, mask_key: bytes) -> State | None:
    """The State a verified state document (its `mac` taken out) holds, its `rows` unmasked
    under the 32-byte `mask_key`, or None when it is not exactly one this program writes."""
    if set(doc) not in (_SUM, _XOR, _XOR_1):
        return None
    numbers = (doc["office_version"], doc["bundle_counter"], doc["epoch"],
               doc.get("rows_version", 1))
    if any(type(v) is not int for v in numbers):
        return None
    office_version, bundle_counter, epoch, version = numbers
    if "contents" in doc:
        if version not in row_digest.XOR_VERSIONS or _hex_digest(doc["contents"]) is None:
            return None  # a version this program does not know: not a state it can check
        return State(doc["kcv"], office_version, bundle_counter, None, epoch, doc["contents"],
                     version)
    masked = _hex_digest(doc["rows"])
    if masked is None or version != row_digest.ROWS_VERSION:
        return None
    rows = row_digest.from_counts(
        (masked - row_digest.mask_with(mask_key, epoch)) % row_digest.MODULUS, doc["counts"])
    if rows is None:
        return None
    return State(doc["kcv"], office_version, bundle_counter, rows, epoch)


def state(conn: sqlite3.Connection, vault_key: bytes) -> State:
    """The profile state, verified under the 32-byte `vault_key`.

    Raises StoreTampered when it is missing or does not verify.
    """
    found = read_state(conn, vault_key)
    if found is None:
        raise StoreTampered()
    return found


def write_state(conn: sqlite3.Connection, vault_key: bytes, new: State) -> None:
    # Every write is one more change: the epoch only grows (see the module docstring).
    """Write `new` as the profile state with its epoch one higher, MAC'd under `vault_key`,
    always of the current rule (a sum and counts: contents.py). Raises ContractError for a
    state with no `rows` digest (one of rule 1 is moved by LocalStore._check_key, never
    written back as it is)."""
    if new.rows is None:
        raise ContractError("a profile state is written with its row digest")
    epoch = new.epoch + 1
    masked = (new.rows.total + row_digest.mask(vault_key, epoch)) % row_digest.MODULUS
    body = {"kcv": new.kcv, "office_version": new.office_version,
            "bundle_counter": new.bundle_counter,
            "rows": masked.to_bytes(row_digest.DIGEST_BYTES, "big").hex(),
            "counts": new.rows.count_map(), "epoch": epoch,
            "rows_version": row_digest.ROWS_VERSION}
    settings.put(conn, STATE, _signed_doc(vault_key, _STATE_MAC, body))
    if settings.get(conn, OFFICE) is not None:
        from intake_app.store import duress_proof  # it builds on this module's rows

        duress_proof.refresh_proof(conn, vault_key)  # it covers the state row: renewed with it


def stored_kcv(conn: sqlite3.Connection) -> str | None:
    """The kcv the state row claims, unverified (only compared inside the duress proof)."""
    raw = settings.get(conn, STATE)
    try:
        doc = parse_canonical(bytes(raw), limit=LIMIT) if raw is not None else None
    except CanonicalError:
        return None
    value = doc.get("kcv") if isinstance(doc, dict) else None
    return value if isinstance(value, str) else None


# ----- the office record --------------------------------------------------------------------

def _encode_record(vault_key: bytes, record: OfficeRecord) -> bytes:
    body = {"version": record.version,
            "cards": [base64.b64encode(card).decode("ascii") for card in record.cards]}
    return _signed_doc(vault_key, _OFFICE_MAC, body)


def office_record(conn: sqlite3.Connection, vault_key: bytes) -> OfficeRecord:
    """The verified office record; StoreTampered or OfficeRecordOutdated otherwise."""
    doc = _open_doc(vault_key, _OFFICE_MAC, settings.get(conn, OFFICE))
    try:
        version = doc["version"]  # type: ignore[index]
        cards = tuple(base64.b64decode(c, validate=True) for c in doc["cards"])  # type: ignore
    except (TypeError, KeyError, binascii.Error):
        raise StoreTampered() from None
    if type(version) is not int or not cards:
        raise StoreTampered()
    expected = state(conn, vault_key).office_version
    if version < expected:
        raise OfficeRecordOutdated()
    if version != expected:
        raise StoreTampered()
    return OfficeRecord(version, cards)


def write_office_record(conn: sqlite3.Connection, vault_key: bytes, record: OfficeRecord,
                        current_state: State) -> None:
    """Store `record` and raise the state's office version to match, in one transaction."""
    settings.put(conn, OFFICE, _encode_record(vault_key, record))
    write_state(conn, vault_key, current_state.replace(office_version=record.version))


def accept_rotation(conn: sqlite3.Connection, vault_key: bytes,
                    new_cards: Sequence[bytes]) -> None:
    """Append the card files `new_cards` (a rotation chain, oldest first) if each is endorsed
    by the one before it, the first by the current office key (else KeyCardError, nothing
    written); the record's version grows by one per card."""
    record = office_record(conn, vault_key)
    tip = keycard.parse_card(record.current)
    for raw in new_cards:
        card = keycard.parse_card(raw)
        keycard.verify_rotation(tip, card)
        tip = card
    cards = (*record.cards, *map(bytes, new_cards))[-MAX_CARDS:]
    write_office_record(conn, vault_key, OfficeRecord(record.version + len(new_cards), cards),
                        state(conn, vault_key))


def key_ids_from(record: OfficeRecord, key_id: str) -> list[bytes]:
    """Verify keys of the card whose key id is `key_id` and of every later card (each endorsed
    by the one before it, checked when it was accepted); [] if that card is not in the record."""
    ids = [keycard.parse_card(card) for card in record.cards]
    for start, card in enumerate(ids):
        if card.key_id == key_id:
            return [later.verify_key for later in ids[start:]]
    return []


# ----- starting a store ----------------------------------------------------------

def start(conn: sqlite3.Connection, vault_key: bytes, office_card: bytes,
          bundle_counter: int = 0, earlier_cards: tuple[bytes, ...] = ()) -> None:
    """The trust rows of a new (or freshly emptied) store, in the caller's transaction."""
    record = OfficeRecord(1, (*earlier_cards, bytes(office_card)))
    new_state = State(kcv(vault_key), 1, bundle_counter,
                      row_digest.full_digest(conn, vault_key))
    from intake_app.store import duress_proof  # it builds on this module's rows

    duress_proof.write_unset(conn, vault_key)
    settings.put(conn, OFFICE, _encode_record(vault_key, record))
    write_state(conn, vault_key, new_state)  # renews the proof
