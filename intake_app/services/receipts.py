"""Importing the office's receipt: verify it, then mark its signals delivered and purge them.

A receipt is what allows the laptop to forget a signal, so it is checked before anything
changes, against the export ledger (store/ledger.py, authenticated under the vault key):
it must name a bundle this laptop exported, list only items of that bundle, be addressed to this
profile's liaison key, and be signed by the office key that was current when that bundle was
exported or by a later one endorsed from it (a retired key cannot erase what was exported
after it was retired). An item exported again since (`export --all` puts every undelivered item
into each new bundle) is judged by its latest export: the signer must also be allowed for the
bundle the item last went into, so a retired key's receipt for an earlier bundle cannot erase
what was exported again under a newer key (review r7h, R7H-1). Any failure refuses the whole
receipt. Purging is crypto-erasure: the
sealed file (age ciphertext the liaison cannot open anyway) is removed and only a tombstone row
(id, dates, status) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_app.bundle.errors import ReceiptError, ReceiptTimeInvalid
from intake_app.bundle.receipt import parse_receipt
from intake_app.crypto import signing
from intake_app.crypto.canonical import CanonicalError, parse_canonical
from intake_app.domain.states import HELD
from intake_app.fs import outside
from intake_app.services.transfer_errors import ReceiptRejected
from intake_app.store.local_store import LocalStore

MAX_RECEIPT_FILE = 1 << 20  # a receipt of the largest bundle is far smaller
_RECEIPT_KEYS = {"bundle_id", "format", "items", "liaison_key_id", "office_key_id", "received",
                 "signature"}


@dataclass(frozen=True)
class ReceiptResult:
    """What importing a receipt did: the bundle id, the item ids delivered and purged now, and
    those delivered (or deleted) before."""

    bundle_id: str
    delivered: list[str]  # marked delivered and purged now
    already_delivered: list[str]  # delivered (or deleted) before: nothing to do


def read_receipt_file(path: Path) -> bytes:
    """A receipt file from outside, through the one outside-file reader (never blocks on a
    FIFO, regular files only, bounded).

    Raises ReceiptRejected (too large for a receipt) or OutsideFileError."""
    data = outside.read_outside(path, outside.RECEIPT)
    if len(data) > MAX_RECEIPT_FILE:
        raise ReceiptRejected("not_a_receipt", "this file is too large to be a receipt",
                              code="transfer.receipt_rejected.too_large")
    return data


def _looks_like_receipt(data: bytes) -> bool:
    try:
        doc = parse_canonical(data, limit=MAX_RECEIPT_FILE)
    except CanonicalError:
        return False
    return set(doc) == _RECEIPT_KEYS


def _id_of(data: bytes, field: str) -> str | None:
    """The 32-character `field` ("bundle_id", "office_key_id", "liaison_key_id") of a receipt,
    unverified."""
    try:
        doc = parse_canonical(data, limit=MAX_RECEIPT_FILE)
    except CanonicalError:
        return None
    value = doc.get(field) if isinstance(doc, dict) else None
    return value if isinstance(value, str) and len(value) == 32 else None


def _refusal_reason(store: LocalStore, data: bytes) -> str:
    """Why parse_receipt refused `data`: "not_a_receipt"; "unknown_key" when it claims an
    office key that is nowhere in the office record (a newer office card not yet taken, or a
    forgery: review r7j R7J-1); else "bad_signature"."""
    if not _looks_like_receipt(data):
        return "not_a_receipt"
    signer = _id_of(data, "office_key_id")
    if signer is not None and not store.office_key_ids_from(signer):
        return "unknown_key"
    return "bad_signature"


def _check_latest_exports(store: LocalStore, item_ids: tuple[str, ...], signer_key_id: str,
                          bundle_id: str) -> None:
    """Refuse (ReceiptRejected "bad_signature") unless the key `signer_key_id` (32 hex) may also
    answer the latest bundle each still-held item of `item_ids` went into (items.bundle_id,
    authenticated by the row digest): the key current at that export or one endorsed after it.
    Items already delivered or deleted, and those whose latest bundle is `bundle_id`, pass."""
    wanted = set(item_ids)
    judged: dict[str, bool] = {}
    for item in store.list_items():
        if item.id not in wanted or item.status not in HELD:
            continue
        latest = item.bundle_id
        if latest is None or latest == bundle_id:
            continue
        if latest not in judged:
            entry = store.export_entry(latest)
            keys = store.office_key_ids_from(entry.office_key_id) if entry is not None else []
            judged[latest] = any(signing.key_id(k) == signer_key_id for k in keys)
        if not judged[latest]:
            raise ReceiptRejected(
                "bad_signature", "it is signed by an office key older than the one these "
                                 "signals were last exported under")


def import_receipt_bytes(store: LocalStore, data: bytes) -> ReceiptResult:
    """Verify `data` (a receipt, canonical JSON, `seinpost/receipt/v1`) against the export
    ledger and mark its items delivered, purging their sealed files; raises ReceiptRejected
    with the reason (see the module docstring)."""
    ours = signing.key_id(signing.verify_key_bytes(store.liaison_signing_key()))
    if _looks_like_receipt(data) and _id_of(data, "liaison_key_id") != ours:
        # Another liaison's (from the office's receipts folder, review r7k R7K-7b): said so
        # before its bundle is looked up here, where it is unknown. Unverified, but only ever
        # a refusal: nothing is erased on what it claims.
        raise ReceiptRejected("other_liaison",
                              "it is for another liaison's key, not this profile's")
    bundle_id = _id_of(data, "bundle_id")
    entry = store.export_entry(bundle_id) if bundle_id is not None else None
    allowed = store.office_key_ids_from(entry.office_key_id) if entry is not None else []
    if entry is None and _looks_like_receipt(data):
        raise ReceiptRejected("unknown_items",
                              "it names a bundle this laptop never exported")
    try:
        receipt = parse_receipt(data, allowed)
    except ReceiptTimeInvalid as exc:
        raise ReceiptRejected("bad_time", str(exc)) from None
    except ReceiptError as exc:
        raise ReceiptRejected(_refusal_reason(store, data), str(exc)) from None
    if receipt.liaison_key_id != ours:
        raise ReceiptRejected("other_liaison",
                              "it is for another liaison's key, not this profile's")
    assert entry is not None  # parse_receipt accepted a key, so there was an entry
    outside = [item_id for item_id in receipt.item_ids if item_id not in entry.item_ids]
    if outside:
        raise ReceiptRejected(
            "unknown_items", f"it names {len(outside)} signal(s) this laptop did not export "
                             f"in that bundle (first: {outside[0]})")
    _check_latest_exports(store, receipt.item_ids, receipt.office_key_id, entry.bundle_id)
    delivered = store.mark_delivered_and_purge(receipt.item_ids)
    done = set(delivered)
    return ReceiptResult(
        bundle_id=receipt.bundle_id, delivered=delivered,
        already_delivered=[item_id for item_id in receipt.item_ids if item_id not in done],
    )


def import_receipt(store: LocalStore, path: Path) -> ReceiptResult:
    """Verify the receipt file at `path` and purge what it confirms (see the module docstring).

    Raises ReceiptRejected (with a `reason` code) and changes nothing when it is not accepted.
    """
    return import_receipt_bytes(store, read_receipt_file(Path(path)))
