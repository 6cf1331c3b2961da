"""The liaison's own signing key and card, and the office card the liaison verified.

The signing key is boxed under the vault key. The office card is public, but who it is decides
to whom every signal is sealed, so it carries a MAC under the vault key: a card swapped in the
file by someone without the passphrase is refused instead of used.
"""

from __future__ import annotations

import hmac
import sqlite3

import nacl.signing

from intake_app.crypto import keycard
from intake_app.store import record_box, settings
from intake_app.store.errors import IdentityMissing, OfficeCardRejected, StoreCorrupt

SIGNING_KEY = "liaison_signing_key"
LIAISON_CARD = "liaison_card"
LIAISON_NAME = "liaison_name"
OFFICE_CARD = "office_card"
OFFICE_CARD_MAC = "office_card_mac"


def create_liaison_identity(conn: sqlite3.Connection, vault_key: bytes, name: str) -> bytes:
    """A fresh Ed25519 key and its liaison card; stored in the caller's transaction."""
    signing_key = nacl.signing.SigningKey.generate()
    card = keycard.create_card(signing_key, role="liaison", name=name, recipients=[])
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    boxed = record_box.seal_record(key, record_box.IDENTITY, SIGNING_KEY, bytes(signing_key))
    settings.put(conn, SIGNING_KEY, boxed)
    settings.put(conn, LIAISON_CARD, card)
    settings.put(conn, LIAISON_NAME, name)
    return card


def forget_liaison_identity(conn: sqlite3.Connection) -> None:
    settings.delete(conn, SIGNING_KEY)
    settings.delete(conn, LIAISON_CARD)


def liaison_signing_key(conn: sqlite3.Connection, vault_key: bytes) -> nacl.signing.SigningKey:
    boxed = settings.get(conn, SIGNING_KEY)
    if boxed is None:
        raise IdentityMissing()
    key = record_box.subkey(vault_key, record_box.IDENTITY)
    return nacl.signing.SigningKey(
        record_box.open_record(key, record_box.IDENTITY, SIGNING_KEY, boxed)
    )


def liaison_card(conn: sqlite3.Connection) -> bytes:
    card = settings.get(conn, LIAISON_CARD)
    if card is None:
        raise IdentityMissing()
    return bytes(card)


def liaison_name(conn: sqlite3.Connection) -> str | None:
    name = settings.get(conn, LIAISON_NAME)
    return None if name is None else str(name)


def _office_mac(vault_key: bytes, card: bytes) -> bytes:
    return record_box.mac(record_box.subkey(vault_key, record_box.OFFICE_CARD_MAC), card)


def set_office_card(conn: sqlite3.Connection, vault_key: bytes, card: bytes) -> None:
    """Store a card the caller has already verified (parsed, fingerprint confirmed)."""
    settings.put(conn, OFFICE_CARD, bytes(card))
    settings.put(conn, OFFICE_CARD_MAC, _office_mac(vault_key, bytes(card)))


def office_card(conn: sqlite3.Connection, vault_key: bytes) -> bytes:
    card = settings.get(conn, OFFICE_CARD)
    stored_mac = settings.get(conn, OFFICE_CARD_MAC)
    if card is None or stored_mac is None:
        raise IdentityMissing("This profile has no verified office card: run `intake-app init`.")
    if not hmac.compare_digest(bytes(stored_mac), _office_mac(vault_key, bytes(card))):
        raise StoreCorrupt(
            "The stored office card was changed outside Seinpost; nothing will be sealed to it. "
            "Set up the profile again with the card from the office."
        )
    return bytes(card)


def replace_office_card(conn: sqlite3.Connection, vault_key: bytes, new_card: bytes) -> None:
    """Accept a rotated office card only if the current office key endorsed it."""
    current = keycard.parse_card(office_card(conn, vault_key))
    try:
        new = keycard.parse_card(new_card)
        keycard.verify_rotation(current, new)
    except keycard.KeyCardError as exc:
        raise OfficeCardRejected(f"The new office card was not accepted: {exc}.") from exc
    set_office_card(conn, vault_key, new.raw)
