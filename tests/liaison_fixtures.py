"""Helpers shared by the liaison tests: an office with real age keys, a valid signal, the CLI."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nacl.signing

from intake_app.crypto import age, keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.services.opening import close_profile, open_profile
from intake_app.store.items import ItemInfo
from intake_app.store.local_store import LocalStore
from intake_app.vault import KdfParams

PASSPHRASE = "correct horse battery staple"


def signal_fields(**overrides: object) -> dict:
    fields = {
        "category": "intimidation", "actor": "unknown", "targets": ["individual"],
        "channel": "phone", "period": {"kind": "date", "start": "2025-01-02", "end": None},
        "place": {"kind": "online", "value": None}, "description": "A call at night.",
        "impact": ["fear_for_safety"], "impact_notes": "", "urgency": "low",
        "anonymity": "anonymous", "consent": ["office_only"], "reported_elsewhere": "no",
        "source_reliability": "B", "information_credibility": "2",
    }
    fields.update(overrides)
    return fields


@dataclass
class Office:
    identity: str
    card: bytes
    key_path: Path
    card_path: Path

    @property
    def parsed(self) -> keycard.KeyCard:
        return keycard.parse_card(self.card)


def make_office(folder: Path) -> Office:
    folder.mkdir(parents=True, exist_ok=True)
    identity, recipient = age.generate_x25519()
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "office",
                               "Centraal Meldpunt", [recipient])
    key_path, card_path = folder / "office.key", folder / "office.card"
    key_path.write_text(identity + "\n")
    card_path.write_bytes(card)
    return Office(identity, card, key_path, card_path)


def fast_session(profile: Path, office: Office, *, use_keyring: bool = False,
                 liaison_name: str | None = None) -> LiaisonSession:
    """A real profile with the libsodium-minimum KDF (tests only), without the keyring unless
    `use_keyring` (then the test needs the `secret_service` fixture), named `liaison_name`
    when given (else as `LiaisonSession.initialise` names it)."""
    card = office.parsed
    named = {} if liaison_name is None else {"liaison_name": liaison_name}
    return LiaisonSession.initialise(profile, PASSPHRASE, card, card.fingerprint,
                                     use_keyring=use_keyring, kdf=KdfParams.fast_for_tests(),
                                     allow_weak_kdf=True, **named)


def write_signal(path: Path, **overrides: object) -> Path:
    path.write_text(json.dumps(signal_fields(**overrides)))
    return path


def run_cli(args: list[str], *, cwd: Path, stdin: str = "", env: dict | None = None,
            ) -> subprocess.CompletedProcess[str]:
    """`python -m intake_app ARGS` in a child process, as a user would run it."""
    full_env = dict(os.environ)
    full_env.pop("QT_QPA_PLATFORM", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args], cwd=cwd, input=stdin, text=True,
        capture_output=True, env=full_env, timeout=120, check=False,
    )


# ----- looking below the session's public operations (white-box tests only) ---------------------

def sealed_file(profile: Path, item_id: str) -> Path:
    """Where the store keeps sealed item `item_id` (docs/ARCHITECTURE.md, "On the laptop")."""
    return Path(profile) / "sealed" / f"{item_id}.age"


def draft_ids(session: LiaisonSession) -> list[str]:
    """The ids of the profile's drafts, oldest change first, as the list shows them."""
    return [entry.id for entry in session.list_entries() if entry.kind == "draft"]


def sealed_items(session: LiaisonSession) -> list[ItemInfo]:
    """Every sealed item of the profile (any state), as the session describes it."""
    return [session.item(entry.id) for entry in session.list_entries() if entry.kind == "sealed"]


@contextlib.contextmanager
def engine_store(profile: Path, passphrase: str = PASSPHRASE) -> Iterator[LocalStore]:
    """The profile's store opened through the engine rooms (vault, then store), for tests that
    must look at or change rows the session deliberately keeps to itself. Closed (and the vault
    locked, its store mark advanced) on leaving."""
    vault, store, _ = open_profile(profile, passphrase)
    try:
        yield store
    finally:
        close_profile(vault, store)
