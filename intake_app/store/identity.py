"""The liaison's own signing key and card, and the store's part that hands out both cards (the
office record itself is kept and verified in trust.py).

The signing key is boxed under the vault key. The card is public and self-signed, but its row
is boxed and padded too (card_box.py: with the laptop off it showed the name, and `Liaison` after
a duress unlock, review r7e F6). It is what the office registers, so it is only handed out when
its verify key is the boxed signing key's:
a card swapped in the file by someone without the passphrase is refused, never given away.
Both rows are covered by the duress proof (duress_proof.py), so one changed or deleted is
refused at unlock by the real and the duress passphrase alike (review r7d, D1); a store whose
proof did not cover them yet has them checked here (`check_identity`) by the real unlock that
renews its proof.
The name is read from the card; no other copy of it is kept.
"""

from __future__ import annotations

import hmac
import sqlite3
from datetime import UTC, datetime

import nacl.signing

from intake_app.crypto import keycard, signing
from intake_app.store import card_box, duress_proof, record_box, settings, trust, vault_seen
from intake_app.store.core import StoreCore
from intake_app.store.errors import IdentityMissing, RecordDamaged
from intake_app.store.integrity_errors import StoreTampered

SIGNING_KEY = trust.SIGNING_KEY
LIAISON_CARD = trust.LIAISON_CARD
DEFAULT_NAME = "Liaison"


def card_day(now: datetime | None = None) -> datetime:
    """The `created` time a liaison card states: the UTC day of `now` (default: the current
    time) at 00:00:00. A set-up and a duress unlock both make a card (the latter for the
    emptied profile), and the card is what a coercer may ask for: to the second it named the
    moment of the duress unlock just watched, which no set-up before it could have (review r7k
    R7K-9). At the day it states what any set-up that day states."""
    now = datetime.now(UTC) if now is None else now.astimezone(UTC)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def create_liaison_identity(conn: sqlite3.Connection, vault_key: bytes, name: str) -> bytes:
    """A fresh Ed25519 key and its liaison card (created: the day, `card_day`); stored in the
    caller's transaction."""
    signing_key = nacl.signing.SigningKey.generate()
    card = keycard.create_card(signing_key, role="liaison", name=name, recipients=[],
                               created=card_day())
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    boxed = record_box.seal_record(key, record_box.IDENTITY, SIGNING_KEY, bytes(signing_key))
    settings.put(conn, SIGNING_KEY, boxed)
    settings.put(conn, LIAISON_CARD, card_box.seal_card(vault_key, card))
    # The duress proof covers both rows (review r7d, D1): renewed over them at once.
    duress_proof.refresh_proof(conn, vault_key)
    return card


def forget_liaison_identity(conn: sqlite3.Connection) -> None:
    """Delete the liaison's boxed signing key and card from the settings table (on `conn`)."""
    settings.delete(conn, SIGNING_KEY)
    settings.delete(conn, LIAISON_CARD)


def liaison_signing_key(conn: sqlite3.Connection, vault_key: bytes) -> nacl.signing.SigningKey:
    """The liaison's Ed25519 signing key, decrypted under a subkey of the 32-byte `vault_key`.

    Raises IdentityMissing when none is stored, RecordDamaged when it does not decrypt.
    """
    boxed = settings.get(conn, SIGNING_KEY)
    if boxed is None:
        raise IdentityMissing()
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    return nacl.signing.SigningKey(
        record_box.open_record(key, record_box.IDENTITY, SIGNING_KEY, boxed)
    )


def liaison_card(conn: sqlite3.Connection, vault_key: bytes) -> bytes:
    """This liaison's card, if it belongs to the boxed signing key (else StoreTampered)."""
    row = settings.get(conn, LIAISON_CARD)
    if row is None:
        raise IdentityMissing()
    own = signing.verify_key_bytes(liaison_signing_key(conn, vault_key))
    try:
        card = card_box.open_card(vault_key, bytes(row))
        parsed = keycard.parse_card(card)
    except (keycard.KeyCardError, RecordDamaged):
        raise StoreTampered() from None
    if parsed.role != "liaison" or not hmac.compare_digest(parsed.verify_key, own):
        raise StoreTampered()
    return bytes(card)


def check_identity(conn: sqlite3.Connection, vault_key: bytes) -> None:
    """StoreTampered unless the boxed signing key opens under `vault_key` and the card is its
    card: the real unlock's check of a store whose duress proof did not cover these rows yet,
    before its proof is renewed over them (what it renews, it vouches for)."""
    try:
        liaison_card(conn, vault_key)
    except (IdentityMissing, RecordDamaged, ValueError, TypeError):
        raise StoreTampered() from None  # a key of the wrong length: nacl's ValueError


# A boxed 32-byte signing key (record_box.seal_record): format byte(s), nonce, key, tag.
_BOXED_KEY_BYTES = len(record_box.FORMAT_V1) + record_box.NONCE_BYTES + 32 + 16


def check_identity_unkeyed(conn: sqlite3.Connection) -> None:
    """A duress unlock's check of the identity rows of a store whose duress proof is of the
    previous form (3), which does not cover them: as much of `check_identity` as needs no
    vault key. Both rows there, the boxed signing key of a boxed key's length, the card a
    liaison's card whose own signature holds: else StoreTampered, where the real unlock
    (`check_identity`) refuses the same store with the same error. What only the vault key
    can tell (a byte of the boxed key changed, or a card that verifies but is another key's)
    the duress unlock cannot see: docs/SECURITY.md names it. A store of the current form has
    both rows under the proof (review r7d, D1)."""
    boxed, card = settings.get(conn, SIGNING_KEY), settings.get(conn, LIAISON_CARD)
    if not isinstance(boxed, bytes) or not isinstance(card, bytes):
        raise StoreTampered()
    if len(boxed) != _BOXED_KEY_BYTES or not boxed.startswith(record_box.FORMAT_V1):
        raise StoreTampered()
    try:
        parsed = keycard.parse_card(card)
    except keycard.KeyCardError:
        raise StoreTampered() from None
    if parsed.role != "liaison":
        raise StoreTampered()


class IdentityAndOffice(StoreCore):
    """The liaison's key and card and the office record (part of LocalStore)."""

    def liaison_signing_key(self) -> nacl.signing.SigningKey:
        """The liaison's Ed25519 signing key. Raises IdentityMissing or RecordDamaged."""
        with self.reading() as conn:
            return liaison_signing_key(conn, self._vault_key)

    def liaison_card(self) -> bytes:
        """The liaison's key card file (bytes). Raises IdentityMissing or RecordDamaged."""
        with self.reading() as conn:
            return liaison_card(conn, self._vault_key)

    def office_record(self) -> trust.OfficeRecord:
        """The office card and the earlier ones, verified (see trust.py)."""
        with self.reading() as conn:
            return trust.office_record(conn, self._vault_key)

    def office_card(self) -> bytes:
        """The current office card file (bytes), from the verified office record.

        Raises StoreTampered or OfficeRecordOutdated when the record does not verify (see trust.py).
        """
        return self.office_record().current

    def office_key_ids_from(self, key_id: str) -> list[bytes]:
        """The 32-byte verify keys of the office card whose key id is `key_id` and of every
        card endorsed after it, from the verified office record ([] if that card is not in it):
        the keys that may sign a receipt for a bundle exported under `key_id`.

        Raises StoreTampered or OfficeRecordOutdated when the record does not verify."""
        return trust.key_ids_from(self.office_record(), key_id)

    def accept_rotated_office_card(self, new_card: bytes, *later: bytes) -> None:
        """Make `new_card` current if the current office key endorsed it (else KeyCardError);
        `later` cards (a rotation chain, oldest first) are taken after it in the same
        transaction, each endorsed by the one before. The earlier cards stay in the record for
        receipts of bundles exported before."""
        with self.transaction() as conn:
            trust.accept_rotation(conn, self._vault_key, (new_card, *later))

    def set_duress_key(self, duress_key: bytes | None, vault_state: bytes | None = None,
                       name: str | None = None) -> None:
        """Prepare the store for a duress unlock with this key (None: no duress passphrase);
        `vault_state`: the 32-byte digest of the vault.json about to hold it (vault_seen.py);
        `name`: the name the emptied profile's card will show (duress_proof.py)."""
        with self.transaction() as conn:
            duress_proof.set_duress_key(conn, self._vault_key, duress_key, vault_state, name)

    #: Set by `settle_vault_state`: this unlock met a vault.json the store had not seen.
    vault_state_noticed = False
    #: At a duress unlock: the digests of the vault.json files the emptied store had seen
    #: (duress_proof.DuressKeys.seen; None: it named none).
    duress_seen: tuple[bytes, bytes] | None = None

    def settle_vault_state(self, read: bytes, now: bytes) -> bool:
        """At an unlock: whether the vault.json met (32-byte digests as read and as the unlock
        left it) is not the one this store last saw; see vault_seen.py. Also kept in
        `vault_state_noticed`."""
        with self.transaction() as conn:
            noticed = vault_seen.settle(conn, self._vault_key, read, now)
        if self.duress_seen is not None:
            # A duress unlock empties the store, whose answer is then a fresh one's: the
            # vault.json as read is held against the digests the emptied store had seen, as
            # the real unlock holds it, so both passphrases say the same (review r7g M1).
            noticed = noticed or not any(hmac.compare_digest(read, seen)
                                         for seen in self.duress_seen)
        self.vault_state_noticed = self.vault_state_noticed or noticed
        return noticed

    def vault_state_changing(self, new: bytes) -> None:
        """Before vault.json is replaced by the file of 32-byte digest `new` (vault_seen.py)."""
        with self.transaction() as conn:
            vault_seen.changing(conn, self._vault_key, new)

    def vault_state_written(self, now: bytes) -> None:
        """After vault.json was replaced by the file of 32-byte digest `now` (vault_seen.py)."""
        with self.transaction() as conn:
            vault_seen.written(conn, self._vault_key, now)

    def duress_passphrase_set(self) -> bool | None:
        """Whether a duress passphrase is set (None: a store prepared before this was kept)."""
        with self.reading() as conn:
            return duress_proof.duress_set(conn, self._vault_key)
