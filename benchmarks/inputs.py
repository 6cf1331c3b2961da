"""Inputs for the benchmarks, built with the product's own code (benchmarks never import tests/).

An office (real age identity, Ed25519 key, passphrase-protected keys folder, SQLite database), a
liaison profile set up against the office's card, a valid signal, random attachment files.
What is preparation (not timed) is said by each benchmark.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.crypto import keycard
from intake_app.domain.signal import signal_to_json
from intake_app.office import database, ingest, registry
from intake_app.office import keys as office_keys
from intake_app.services.hashing_writer import HashingWriter
from intake_app.services.liaison import LiaisonSession
from intake_app.services.opening import close_profile, open_profile
from intake_app.services.seal_draft import build_signal
from intake_app.services.sealing import seal_signal
from intake_app.vault import KdfParams

PASSPHRASE = "benchmark passphrase, long enough for the checks"
OFFICE_PASSPHRASE = "benchmark office passphrase, long enough"
MIB = 1 << 20


def signal_fields(number: int = 0) -> dict[str, Any]:
    """A complete, valid signal as the window's form gives it (about 0.5 KB of JSON)."""
    return {
        "category": "intimidation", "actor": "unknown", "targets": ["individual"],
        "channel": "phone", "period": {"kind": "date", "start": "2025-01-02", "end": None},
        "place": {"kind": "municipality", "value": "Den Haag"},
        "description": f"Benchmark signal {number}: a call at night, a threat to family abroad.",
        "impact": ["fear_for_safety"], "impact_notes": "Stopped going to meetings.",
        "urgency": "low", "anonymity": "anonymous", "consent": ["office_only"],
        "reported_elsewhere": "no", "source_reliability": "B", "information_credibility": "2",
    }


@dataclass
class BenchOffice:
    """The office side: a keys folder (passphrase-protected, as `intake-office keygen` makes)."""

    keys_dir: Path
    card: keycard.KeyCard

    @classmethod
    def create(cls, folder: Path) -> BenchOffice:
        office_keys.generate_office_keys(folder, "Bench Office", OFFICE_PASSPHRASE)
        return cls(folder, office_keys.load_office_card(folder))



def office_keys_from(keys_dir: Path) -> ingest.OfficeKeys:
    """The office's keys, unlocked with its passphrase (as `intake-office open` does)."""
    return ingest.load_office_keys(keys_dir, OFFICE_PASSPHRASE)


def new_office_database(db_path: Path, liaison_card: bytes) -> sqlite3.Connection:
    """A fresh office database with the liaison registered (as `liaison add` does)."""
    conn = database.connect(db_path)
    registry.add_liaison(conn, liaison_card)
    return conn


def new_profile(folder: Path, office: BenchOffice, kdf: KdfParams | None = None,
                ) -> LiaisonSession:
    """A liaison profile set up against the office card, without the keyring. `kdf` None is
    the product's default (MODERATE); the fast parameters are for set-up only."""
    kdf = kdf or KdfParams.fast_for_tests()
    return LiaisonSession.initialise(folder, PASSPHRASE, office.card, office.card.fingerprint,
                                     use_keyring=False, kdf=kdf, allow_weak_kdf=True)


def seal_quickly(profile: Path, draft_ids: Iterable[str]) -> None:
    """Seal drafts exactly as `seal_draft` does (same signal, tar, age, hash and store
    commit) but without the fsyncs: only to prepare 10,000 items in minutes, not hours.

    The profile must be locked: its store is opened here through the engine rooms (the
    session keeps its store to itself) and closed again.
    """
    vault, store, _ = open_profile(profile, PASSPHRASE)
    try:
        office = keycard.parse_card(store.office_card())
        for draft_id in draft_ids:
            record, attachments = build_signal(store, draft_id)
            warnings = {code for entry in record.attachments for code in entry.warnings}
            with open(store.item_path(draft_id), "wb") as out:
                sink = HashingWriter(out)
                try:
                    seal_signal(signal_to_json(record), attachments, office.recipients,
                                sink)  # type: ignore[arg-type]
                    sha256 = sink.finish()
                finally:
                    sink.abort()
            store.commit_seal(draft_id, sink.size, sha256, warnings)
        store.wait_for_cleanup()
    finally:
        close_profile(vault, store)


def random_file(path: Path, size: int) -> str:
    """`size` random bytes (incompressible, like a video) in `path`; returns their SHA-256."""
    digest = hashlib.sha256()
    block = os.urandom(4 * MIB)
    with open(path, "wb") as out:
        left = size
        while left:
            part = block[: min(len(block), left)]
            out.write(part)
            digest.update(part)
            left -= len(part)
            block = os.urandom(4 * MIB) if left else block
    return digest.hexdigest()
