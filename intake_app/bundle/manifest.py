"""The bundle manifest: what the bundle holds, signed by the liaison, sealed to the office.

Its plaintext is one canonical JSON object (see the package docstring for every field). The
signature (`signing.sign`, context ``seinpost/manifest/v1``) covers the canonical JSON of the
object without its ``signature`` key. Parsing is strict and bounded: hostile bytes give a
`ManifestError`, never a crash.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import nacl.signing

from intake_app.bundle.errors import ManifestError
from intake_app.bundle.layout import HEX32, SHA256_HEX, is_item_entry
from intake_app.crypto import signing
from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.errors import Worded

FORMAT = "seinpost-manifest/1"
CONTEXT = b"seinpost/manifest/v1"
MAX_MANIFEST = 48 << 20
# What a manifest can honestly need, known from the ZIP before anything is decrypted: an item
# with one entry serialises to at most 352 bytes (64-character id, 16-digit sizes, part 9999),
# each further entry of a split item to at most 166, the rest (ids, 16 recipients, signature) to
# under 2 KiB. So the untrusted manifest is refused above 400 bytes per item entry plus 16 KiB.
MANIFEST_BYTES_PER_ENTRY = 400
MANIFEST_BASE = 16 << 10
MAX_ITEMS = 100_000
MAX_SIZE = 1 << 50
ITEM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")  # ASCII only
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # what the writers make (RFC 3339, UTC, whole seconds)


def is_utc_time(value: object) -> bool:
    """Whether `value` is a time as the writers make it: RFC 3339 in UTC with whole seconds
    and a "Z" (``2026-11-30T05:21:00Z``, `TIMESTAMP`), and a real moment: a month 1–12, a day
    that month has, an hour 0–23, a minute and second 0–59 (no leap second: none is ever
    written), a year 0001–9999. ``9999-99-99T99:99:99Z`` has the shape and is refused."""
    if not isinstance(value, str) or not TIMESTAMP.fullmatch(value):
        return False
    try:
        datetime.strptime(value, TIME_FORMAT)  # the Z is matched literally: UTC
    except ValueError:
        return False
    return True

_KEYS = {"bundle_id", "counter", "created", "format", "items", "liaison_key_id", "parts",
         "recipients", "set", "signature"}


@dataclass(frozen=True)
class ItemEntry:
    """One ZIP entry holding the whole item or the next byte range of it."""

    name: str
    part: int
    size: int
    sha256: str


@dataclass(frozen=True)
class ManifestItem:
    """One sealed item in the manifest: id, size (bytes), SHA-256 hex, and the entries
    (whole or byte ranges over parts) that hold it."""

    item_id: str
    size: int
    sha256: str
    entries: tuple[ItemEntry, ...]


@dataclass(frozen=True)
class Manifest:
    """The bundle's manifest: ids, the liaison's key id and bundle counter, creation time
    (UTC), part count, office recipient fingerprints and the items."""

    bundle_id: str
    set_id: str
    liaison_key_id: str
    counter: int
    created: str
    parts: int
    recipients: tuple[str, ...]  # recipient_fingerprint() of each office recipient
    items: tuple[ManifestItem, ...]

    def to_dict(self) -> dict[str, Any]:
        """The manifest as the JSON object that is signed (without the signature)."""
        return {
            "bundle_id": self.bundle_id,
            "counter": self.counter,
            "created": self.created,
            "format": FORMAT,
            "items": [
                {
                    "entries": [
                        {"name": e.name, "part": e.part, "sha256": e.sha256, "size": e.size}
                        for e in item.entries
                    ],
                    "id": item.item_id,
                    "sha256": item.sha256,
                    "size": item.size,
                }
                for item in self.items
            ],
            "liaison_key_id": self.liaison_key_id,
            "parts": self.parts,
            "recipients": list(self.recipients),
            "set": self.set_id,
        }


def manifest_limit(item_entries: int) -> int:
    """The largest manifest plaintext a bundle with `item_entries` item entries can need."""
    return min(MAX_MANIFEST, MANIFEST_BASE + MANIFEST_BYTES_PER_ENTRY * max(item_entries, 0))


def recipient_fingerprint(recipient: str) -> str:
    """SHA-256 hex of an age recipient string: names the office key without repeating it."""
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()


def sign_manifest(manifest: Manifest, signing_key: nacl.signing.SigningKey) -> bytes:
    """The manifest's canonical JSON with an Ed25519 signature (context seinpost/manifest/v1)
    by the liaison's `signing_key`."""
    body = manifest.to_dict()
    signature = signing.sign(signing_key, CONTEXT, canonical_json(body))
    return canonical_json({**body, "signature": signature.hex()})


def verify_manifest(data: bytes, verify_key: bytes) -> None:
    """Raise ManifestError unless `data` (a parsed-OK manifest) is signed by `verify_key`."""
    try:
        doc = parse_canonical(data, limit=MAX_MANIFEST)
        signature = bytes.fromhex(doc.pop("signature"))
    except (CanonicalError, KeyError, ValueError, TypeError):
        raise ManifestError(code="bundle.manifest_unreadable") from None
    try:
        signing.verify(verify_key, CONTEXT, canonical_json(doc), signature)
    except signing.SignatureError:
        raise ManifestError(code="bundle.manifest_signature") from None


def _fail(what: str) -> ManifestError:
    """"the manifest is malformed: ..." for `what`, one of `errors.MANIFEST_FAULTS`."""
    return ManifestError(code=f"bundle.manifest_malformed.{what}")


def _count(value: Any, low: int, high: int, what: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _fail(what)
    return value


def _text(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _fail(what)
    return value


def _time(value: Any, what: str) -> str:
    if not is_utc_time(value):
        raise _fail(what)
    return value


def parse_manifest(data: bytes) -> Manifest:
    """Strictly parse manifest plaintext (the signature is checked by verify_manifest)."""
    try:
        doc = parse_canonical(data, limit=MAX_MANIFEST)
    except CanonicalError as exc:
        why = Worded(str(exc), f"canonical_why.{exc.params.get('why')}", **exc.params)
        raise ManifestError(code="bundle.manifest_unreadable_why", reason=why) from None
    if set(doc) != _KEYS:
        raise _fail("fields")
    if doc["format"] != FORMAT:
        raise ManifestError(code="bundle.manifest_unknown_format")
    _text(doc["signature"], re.compile(r"[0-9a-f]{128}"), "signature")
    parts = _count(doc["parts"], 1, 9999, "part_count")
    recipients = doc["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 16:
        raise _fail("recipients")
    for fp in recipients:
        _text(fp, SHA256_HEX, "recipient_fingerprint")
    raw_items = doc["items"]
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
        raise _fail("item_list")
    items = tuple(_parse_item(raw, parts) for raw in raw_items)
    ids = [item.item_id for item in items]
    if ids != sorted(set(ids)):
        raise _fail("item_order")
    names = [e.name for item in items for e in item.entries]
    if len(set(names)) != len(names):
        raise _fail("entry_named_twice")
    return Manifest(
        bundle_id=_text(doc["bundle_id"], HEX32, "bundle_id"),
        set_id=_text(doc["set"], HEX32, "set_id"),
        liaison_key_id=_text(doc["liaison_key_id"], HEX32, "liaison_key_id"),
        counter=_count(doc["counter"], 1, 1 << 53, "counter"),
        created=_time(doc["created"], "created"),
        parts=parts,
        recipients=tuple(recipients),
        items=items,
    )


def _parse_item(raw: Any, parts: int) -> ManifestItem:
    if not isinstance(raw, dict) or set(raw) != {"entries", "id", "sha256", "size"}:
        raise _fail("item_fields")
    raw_entries = raw["entries"]
    if not isinstance(raw_entries, list) or not 1 <= len(raw_entries) <= 10_000:
        raise _fail("item_entries")
    entries = []
    for e in raw_entries:
        if not isinstance(e, dict) or set(e) != {"name", "part", "sha256", "size"}:
            raise _fail("entry_fields")
        name = e["name"]
        if not isinstance(name, str) or not is_item_entry(name):
            raise _fail("entry_name")
        whole = name.endswith(".age")
        if whole != (len(raw_entries) == 1):
            raise _fail("entry_kind")
        entries.append(ItemEntry(
            name=name,
            part=_count(e["part"], 1, parts, "entry_part"),
            size=_count(e["size"], 0, MAX_SIZE, "entry_size"),
            sha256=_text(e["sha256"], SHA256_HEX, "entry_hash"),
        ))
    size = _count(raw["size"], 1, MAX_SIZE, "item_size")
    if size != sum(e.size for e in entries):
        raise _fail("item_size_sum")
    return ManifestItem(
        item_id=_text(raw["id"], ITEM_ID, "item_id"),
        size=size,
        sha256=_text(raw["sha256"], SHA256_HEX, "item_hash"),
        entries=tuple(entries),
    )


def build_manifest(*, bundle_id: str, set_id: str, liaison_key_id: str, counter: int,
                   created: str, parts: int, recipients: Sequence[str],
                   items: Sequence[ManifestItem]) -> Manifest:
    """A Manifest from its fields (keywords only, so no two are swapped)."""
    return Manifest(
        bundle_id=bundle_id, set_id=set_id, liaison_key_id=liaison_key_id, counter=counter,
        created=created, parts=parts,
        recipients=tuple(sorted(recipient_fingerprint(r) for r in recipients)),
        items=tuple(sorted(items, key=lambda item: item.item_id)),
    )
