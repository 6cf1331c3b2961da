"""Test kit for bundles and the office: real sealed items, real keys, a real office database.

Sealed items are made by the one sealing code path, `services.sealing.seal_signal`; hostile
items (for the tamper suite) by `age.encrypt` of a hand-made tar, signed like any bundle.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import tarfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from intake_app.bundle.writer import BundleWriter, WrittenBundle
from intake_app.crypto import age, keycard, signing
from intake_app.domain.signal import SignalRecord, signal_to_json
from intake_app.office import database, registry
from intake_app.office.ingest import OfficeKeys
from intake_app.services.sealing import SealAttachment, seal_signal

TODAY = date(2025, 6, 15)


def signal_form(number: int, attachments: list[tuple[str, bytes]] = ()) -> dict[str, Any]:
    return {
        "category": "diaspora_tax",
        "actor": "ER",
        "targets": ["individual"],
        "channel": "in_person",
        "period": {"kind": "date", "start": "2025-03-01", "end": None},
        "place": {"kind": "municipality", "value": "Den Haag"},
        "description": f"Melding nummer {number}.",
        "impact": ["fear_for_family"],
        "impact_notes": "",
        "urgency": "high",
        "anonymity": "known_to_liaison",
        "consent": ["office_only"],
        "reported_elsewhere": "no",
        "source_reliability": "B",
        "information_credibility": "2",
        "created": "2025-06-14T09:30:00Z",
        "attachments": [
            {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
             "media_type": "application/octet-stream", "cleaning": "not-cleanable",
             "warnings": []}
            for name, data in attachments
        ],
    }


def signal_json(number: int, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    return signal_to_json(SignalRecord.from_form(signal_form(number, attachments), today=TODAY))


def seal_item(path: Path, number: int, recipients: list[str],
              attachments: list[tuple[str, bytes]] = ()) -> Path:
    """A real sealed item through the one sealing code path."""
    parts = [SealAttachment(name, len(data), lambda data=data: io.BytesIO(data))
             for name, data in attachments]
    with open(path, "wb") as out:
        seal_signal(signal_json(number, attachments), parts, recipients, out)
    return path


def hostile_item(path: Path, recipients: list[str], members: list[tuple[tarfile.TarInfo, bytes]]
                 ) -> Path:
    """An age file whose plaintext is the tar of `members` (TarInfo, data) as given."""
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    with open(path, "wb") as out:
        age.encrypt(io.BytesIO(plain.getvalue()), out, recipients=recipients)
    return path


def member(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE,
           linkname: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.type = kind
    info.linkname = linkname
    info.mode = 0o600
    return info, data


@dataclass
class Liaison:
    name: str
    signing_key: nacl.signing.SigningKey = field(default_factory=nacl.signing.SigningKey.generate)
    counter: int = 0

    @property
    def card(self) -> bytes:
        return keycard.create_card(self.signing_key, "liaison", self.name, [])

    @property
    def fingerprint(self) -> str:
        """The card's fingerprint, as the liaison reads it out (`liaison add --fingerprint`)."""
        return keycard.parse_card(self.card).fingerprint

    @property
    def key_id(self) -> str:
        """The liaison's key id (32 hex digits), as the office registers it."""
        return signing.key_id(signing.verify_key_bytes(self.signing_key))

    def write(self, items: list[tuple[str, Path]], out_dir: Path, recipients: list[str], *,
              counter: int | None = None, **kwargs: Any) -> WrittenBundle:
        if counter is None:
            self.counter += 1
            counter = self.counter
        out_dir.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("max_part_size", None)
        writer = BundleWriter(self.signing_key, recipients, counter, **kwargs)
        return writer.write(items, out_dir)


class Office:
    """An office with real keys and a real SQLite database in `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        identity, recipient = age.generate_x25519()
        self.identities = [identity]
        self.recipient = recipient
        self.signing_key = nacl.signing.SigningKey.generate()
        self.db_path = root / "office.db"
        self.conn = database.connect(self.db_path)
        self.receipts = root / "receipts"

    @property
    def keys(self) -> OfficeKeys:
        return OfficeKeys(tuple(self.identities), self.signing_key)

    def register(self, liaison: Liaison) -> None:
        registry.add_liaison(self.conn, liaison.card)

    def snapshot(self) -> tuple[Any, ...]:
        """Everything the office has stored: every table's rows and the attachment files."""
        tables = ("liaisons", "bundles", "signals", "attachments")
        rows = tuple(tuple(self.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall())
                     for t in tables)
        store = database.attachments_dir(self.db_path)
        files = tuple(sorted(str(p.relative_to(store)) for p in store.rglob("*")))
        return rows, files

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def close(conn: sqlite3.Connection) -> None:
    conn.close()


# Fixtures for the office tests (registered as a plugin in conftest.py).
@pytest.fixture
def office(tmp_path: Path) -> Office:
    return Office(tmp_path / "office")


@pytest.fixture
def liaison(office: Office) -> Liaison:
    person = Liaison("Amina")
    office.register(person)
    return person
