"""The registry of liaisons whose bundles the office accepts, kept in the office database.

A liaison is added from its public key card (after the office compared the fingerprint with
the liaison, by voice or on paper). Revocation is final: a revoked key is never accepted again,
not even by adding its card once more.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from intake_app.crypto import keycard
from intake_app.crypto.keycard import KeyCard
from intake_app.errors import SeinpostError


class RegistryError(SeinpostError):
    """A registry change is not possible; the message says why."""

    code = "office.registry"
    codes = ("office.registry", "office.registry.not_liaison_card", "office.registry.revoked",
             "office.registry.key_id_too_short", "office.registry.unknown_key_id",
             "office.registry.ambiguous_key_id")


@dataclass(frozen=True)
class Liaison:
    """A registered liaison: key id (hex), display name, Ed25519 verify key (32 bytes),
    fingerprint, and when it was added and revoked (UTC ISO 8601, revoked None if active)."""

    key_id: str
    name: str
    verify_key: bytes
    fingerprint: str
    added: str
    revoked: str | None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_liaison(conn: sqlite3.Connection, card_bytes: bytes) -> tuple[Liaison, bool]:
    """Register the liaison of a card; returns (liaison, newly added)."""
    card: KeyCard = keycard.parse_card(card_bytes)
    if card.role != "liaison":
        raise RegistryError(f"this is an {card.role} card, not a liaison card",
                            code="office.registry.not_liaison_card")
    existing = find_liaison(conn, card.key_id)
    if existing is not None:
        if existing.revoked:
            raise RegistryError(f"liaison key {card.key_id} was revoked on {existing.revoked}; "
                                "a revoked key cannot be registered again",
                                code="office.registry.revoked", key_id=card.key_id)
        return existing, False
    conn.execute(
        "INSERT INTO liaisons (key_id, name, verify_key, fingerprint, card, added) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (card.key_id, card.name, card.verify_key, card.fingerprint, card.raw, _now()),
    )
    found = find_liaison(conn, card.key_id)
    assert found is not None
    return found, True


def _row(row: tuple) -> Liaison:
    return Liaison(row[0], row[1], bytes(row[2]), row[3], row[4], row[5])


def find_liaison(conn: sqlite3.Connection, key_id: str) -> Liaison | None:
    """The liaison with exactly `key_id`, or None."""
    row = conn.execute(
        "SELECT key_id, name, verify_key, fingerprint, added, revoked FROM liaisons "
        "WHERE key_id = ?", (key_id,)).fetchone()
    return _row(row) if row else None


def list_liaisons(conn: sqlite3.Connection) -> list[Liaison]:
    """Every registered liaison, oldest first."""
    rows = conn.execute("SELECT key_id, name, verify_key, fingerprint, added, revoked "
                        "FROM liaisons ORDER BY added, key_id").fetchall()
    return [_row(row) for row in rows]


def last_sealed_to(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Liaison key id -> key id of the office card its latest bundle (highest counter) was
    sealed to (None for one opened before that was kept); liaisons with no bundle are absent."""
    rows = conn.execute("SELECT liaison_key_id, sealed_to FROM bundles AS b WHERE counter = "
                        "(SELECT MAX(counter) FROM bundles WHERE liaison_key_id = "
                        "b.liaison_key_id)").fetchall()
    return {row[0]: row[1] for row in rows}


def revoke_liaison(conn: sqlite3.Connection, key_id_or_prefix: str) -> Liaison:
    """Revoke by full key id or a unique prefix of at least 8 hex digits."""
    wanted = key_id_or_prefix.strip().lower()
    if len(wanted) < 8 or any(c not in "0123456789abcdef" for c in wanted):
        raise RegistryError("give the liaison's key id (at least its first 8 hex digits)",
                            code="office.registry.key_id_too_short")
    matches = [lia for lia in list_liaisons(conn) if lia.key_id.startswith(wanted)]
    if not matches:
        raise RegistryError(f"no registered liaison has key id {wanted}",
                            code="office.registry.unknown_key_id", key_id=wanted)
    if len(matches) > 1:
        raise RegistryError(f"key id {wanted} is ambiguous: give more digits",
                            code="office.registry.ambiguous_key_id", key_id=wanted)
    liaison = matches[0]
    if liaison.revoked is None:
        conn.execute("UPDATE liaisons SET revoked = ? WHERE key_id = ?", (_now(), liaison.key_id))
    found = find_liaison(conn, liaison.key_id)
    assert found is not None
    return found
