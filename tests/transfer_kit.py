"""Test kit for the liaison side of the trip: a real profile sealed to a real office.

The office (bundle_kit.Office: real age identity, Ed25519 key, SQLite database) issues the card
the profile is set up with and registers the profile's liaison card, so bundles the profile
exports open there and the receipts it writes come back.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bundle_kit import Office
from liaison_fixtures import PASSPHRASE, fast_session, signal_fields
from liaison_fixtures import Office as OfficeCard

from intake_app.crypto import keycard
from intake_app.office import registry
from intake_app.office.ingest import OpenSummary, open_bundle
from intake_app.services.liaison import LiaisonSession

# A fixed creation time: the same office and name give the same card bytes whenever a test
# makes it again (a clock that ticks between two calls must not change the card).
CARD_CREATED = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def office_card(office: Office, name: str = "Centraal Meldpunt") -> bytes:
    return keycard.create_card(office.signing_key, "office", name, [office.recipient],
                               created=CARD_CREATED)


def set_up(tmp_path: Path) -> tuple[Office, LiaisonSession]:
    """An office and a registered liaison profile (fast KDF, no keyring), unlocked."""
    office = Office(tmp_path / "office")
    card = office_card(office)
    folder = tmp_path / "office-card"
    folder.mkdir()
    (folder / "office.card").write_bytes(card)
    key_path = folder / "office.key"
    key_path.write_text(office.identities[0] + "\n")
    session = fast_session(tmp_path / "profile",
                           OfficeCard(office.identities[0], card, key_path, folder / "office.card"))
    registry.add_liaison(office.conn, session.liaison_card())
    return office, session


def seal_signals(session: LiaisonSession, count: int, *, attachment_size: int = 0,
                 folder: Path | None = None) -> list[str]:
    """`count` sealed items, each with an incompressible attachment of `attachment_size`."""
    ids = []
    for _ in range(count):
        draft = session.record(signal_fields())
        if attachment_size:
            assert folder is not None
            evidence = folder / "evidence.bin"
            evidence.write_bytes(os.urandom(attachment_size))
            session.attach(draft, evidence)
            evidence.unlink()
        ids.append(session.seal(draft).id)
    return ids


def open_at_office(office: Office, paths: Sequence[Path]) -> OpenSummary:
    return open_bundle(list(paths), office.conn, office.db_path, office.keys,
                       receipts_dir=office.receipts)


def statuses(session: LiaisonSession, ids: Sequence[str]) -> list[str]:
    return [session.item(item_id).status for item_id in ids]


def cli_common(tmp_path: Path) -> list[str]:
    """--profile/--passphrase-file for the profile made by `set_up`."""
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    return ["--profile", str(tmp_path / "profile"), "--passphrase-file", str(passfile)]
