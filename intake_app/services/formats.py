"""The versions of every format Seinpost writes or reads, named where each format is defined.

One entry point for the front ends (the About box, support questions): each value is read from
the module that writes the format, so this list cannot drift from what the code does. The
formats are described in docs/ARCHITECTURE.md and DESIGN.md §4.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.bundle import layout, manifest, receipt
from intake_app.crypto import keycard
from intake_app.crypto.age.header import VERSION_LINE
from intake_app.domain.signal import SCHEMA_VERSION
from intake_app.store.local_store import BLOB_MAGIC, STORE_SCHEMA_VERSION
from intake_app.vault import vault_file


@dataclass(frozen=True)
class FormatVersion:
    """One format: `key` (stable, for tests and translations), `name` (English, as in the
    docs) and `version` (as written in the files, or a schema number)."""

    key: str
    name: str
    version: str


def format_versions() -> list[FormatVersion]:
    """Every format this version writes, in the order a signal travels: the record, the sealed
    item, the bundle, the receipt, the key cards, then the laptop's own files."""
    age_line = VERSION_LINE.decode("ascii").strip()
    return [
        FormatVersion("signal", "signal.json", f"schema {SCHEMA_VERSION}"),
        FormatVersion("sealed_item", "sealed signal (age file holding a PAX tar)", age_line),
        FormatVersion("bundle_manifest", "bundle manifest", manifest.FORMAT),
        FormatVersion("bundle_index", "bundle part index", layout.INDEX_FORMAT),
        FormatVersion("receipt", "receipt", receipt.FORMAT),
        FormatVersion("key_card", "key card", keycard.HEADER),
        FormatVersion("vault", "vault.json", f"{vault_file.FORMAT} {vault_file.VERSION}"),
        FormatVersion("store", "store.db", f"schema {STORE_SCHEMA_VERSION}"),
        FormatVersion("blob", "attachment blob", BLOB_MAGIC.decode("ascii").strip()),
    ]
