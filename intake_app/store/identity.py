"""The liaison's own signing key and card (the office card lives in trust.py).

The signing key is boxed under the vault key. The card is public and self-signed, but it is what
the office registers, so it is only handed out when its verify key is the boxed signing key's:
a card swapped in the file by someone without the passphrase is refused, never given away.
The name is read from the card; no other copy of it is kept.
"""

from __future__ import annotations

import hmac
import sqlite3

import nacl.signing

from intake_app.crypto import keycard, signing
from intake_app.store import record_box, settings
from intake_app.store.errors import IdentityMissing
from intake_app.store.integrity_errors import StoreTampered

SIGNING_KEY = "liaison_signing_key"
LIAISON_CARD = "liaison_card"
DEFAULT_NAME = "Liaison"


def create_liaison_identity(conn: sqlite3.Connection, vault_key: bytes, name: str) -> bytes:
    """A fresh Ed25519 key and its liaison card; stored in the caller's transaction."""
    signing_key = nacl.signing.SigningKey.generate()
    card = keycard.create_card(signing_key, role="liaison", name=name, recipients=[])
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    boxed = record_box.seal_record(key, record_box.IDENTITY, SIGNING_KEY, bytes(signing_key))
    settings.put(conn, SIGNING_KEY, boxed)
    settings.put(conn, LIAISON_CARD, card)
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
    card = settings.get(conn, LIAISON_CARD)
    if card is None:
        raise IdentityMissing()
    own = signing.verify_key_bytes(liaison_signing_key(conn, vault_key))
    try:
        parsed = keycard.parse_card(bytes(card))
    except keycard.KeyCardError:
        raise StoreTampered() from None
    if parsed.role != "liaison" or not hmac.compare_digest(parsed.verify_key, own):
        raise StoreTampered()
    return bytes(card)
