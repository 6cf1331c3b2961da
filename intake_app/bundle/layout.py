"""Names inside and outside a bundle: entry names, part file names, the unsigned index."""

from __future__ import annotations

import re
import secrets
from typing import Any

from intake_app.bundle.errors import DamagedBundleError
from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical

MANIFEST_NAME = "manifest.age"
INDEX_NAME = "index.json"
INDEX_FORMAT = "seinpost-bundle-index/1"
WHOLE_ITEM = re.compile(r"items/[0-9a-f]{32}\.age")
ITEM_RANGE = re.compile(r"items/[0-9a-f]{32}\.part")
HEX32 = re.compile(r"[0-9a-f]{32}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
MAX_INDEX = 16 << 20


def is_item_entry(name: str) -> bool:
    """True for the entry name of a whole sealed item or of one byte range of it."""
    return bool(WHOLE_ITEM.fullmatch(name) or ITEM_RANGE.fullmatch(name))


def is_known_entry(name: str) -> bool:
    """True for the entry names a bundle part may hold (manifest, index, items)."""
    return name in (MANIFEST_NAME, INDEX_NAME) or is_item_entry(name)


def random_entry_name(whole: bool) -> str:
    """A random entry name under items/ (`.age` for a whole item, `.part` for a range)."""
    return f"items/{secrets.token_hex(16)}.{'age' if whole else 'part'}"


def part_file_name(set_id: str, part: int, parts: int) -> str:
    """Neutral: random hex, and for split bundles which part it is. No name, no date."""
    return f"{set_id}.zip" if parts == 1 else f"{set_id}-{part}of{parts}.zip"


def build_index(set_id: str, part: int, parts: int, entries: list[tuple[str, int, str]]) -> bytes:
    """The unsigned `index.json` of one part (canonical JSON): set id, part of parts, and each
    entry's name, size (bytes) and SHA-256 hex, so a courier can check it without keys."""
    return canonical_json(
        {
            "entries": [{"name": n, "sha256": h, "size": s} for n, s, h in entries],
            "format": INDEX_FORMAT,
            "part": part,
            "parts": parts,
            "set": set_id,
        }
    )


def _is_count(value: Any, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def parse_index(data: bytes) -> tuple[str, int, int, list[tuple[str, int, str]]]:
    """(set id, part, parts, [(name, size, sha256)]) from an index entry; strict."""
    bad = DamagedBundleError(entry=INDEX_NAME, code="bundle.damaged_index_malformed")
    try:
        doc = parse_canonical(data, limit=MAX_INDEX)
    except CanonicalError:
        raise bad from None
    if set(doc) != {"entries", "format", "part", "parts", "set"} or doc["format"] != INDEX_FORMAT:
        raise bad
    set_id, part, parts, listed = doc["set"], doc["part"], doc["parts"], doc["entries"]
    if not (isinstance(set_id, str) and HEX32.fullmatch(set_id)):
        raise bad
    if not (_is_count(parts, 1, 9999) and _is_count(part, 1, parts) and isinstance(listed, list)):
        raise bad
    entries = []
    for item in listed:
        if not (isinstance(item, dict) and set(item) == {"name", "sha256", "size"}):
            raise bad
        name, digest, size = item["name"], item["sha256"], item["size"]
        if not (isinstance(name, str) and is_known_entry(name) and name != INDEX_NAME):
            raise bad
        if not (isinstance(digest, str) and SHA256_HEX.fullmatch(digest)):
            raise bad
        if not _is_count(size, 0, 1 << 62):
            raise bad
        entries.append((name, size, digest))
    return set_id, part, parts, entries
