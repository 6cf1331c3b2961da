"""Importing the office's receipt: verify it, then mark its signals delivered and purge them.

A receipt is what allows the laptop to forget a signal, so it is checked before anything
changes: signed by the current office key or one this profile accepted before a rotation,
addressed to this profile's liaison key, and naming only signals this laptop exported. Any
failure refuses the whole receipt. Purging is crypto-erasure: the sealed file (age ciphertext the
liaison cannot open anyway) is removed and only a tombstone row (id, dates, status) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_app.bundle.errors import ReceiptError
from intake_app.bundle.receipt import parse_receipt
from intake_app.crypto import keycard, signing
from intake_app.crypto.canonical import CanonicalError, parse_canonical
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
    """A receipt file from outside, bounded (MAX_RECEIPT_FILE bytes).

    Raises ReceiptRejected (too large) or OSError."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_RECEIPT_FILE + 1)
    if len(data) > MAX_RECEIPT_FILE:
        raise ReceiptRejected("not_a_receipt", "this file is too large to be a receipt",
                              code="transfer.receipt_rejected.too_large")
    return data


def office_verify_keys(store: LocalStore) -> list[bytes]:
    """The current office key first, then the ones this profile accepted before rotations."""
    cards = [store.office_card(), *reversed(store.previous_office_cards())]
    return [keycard.parse_card(card).verify_key for card in cards]


def _looks_like_receipt(data: bytes) -> bool:
    try:
        doc = parse_canonical(data, limit=MAX_RECEIPT_FILE)
    except CanonicalError:
        return False
    return set(doc) == _RECEIPT_KEYS


def import_receipt_bytes(store: LocalStore, data: bytes) -> ReceiptResult:
    """Verify `data` (a receipt, canonical JSON, `seinpost/receipt/v1`) and mark its items
    delivered, purging their sealed files; raises ReceiptRejected with the reason."""
    try:
        receipt = parse_receipt(data, office_verify_keys(store))
    except ReceiptError as exc:
        reason = "bad_signature" if _looks_like_receipt(data) else "not_a_receipt"
        raise ReceiptRejected(reason, str(exc)) from None
    ours = signing.key_id(signing.verify_key_bytes(store.liaison_signing_key()))
    if receipt.liaison_key_id != ours:
        raise ReceiptRejected("other_liaison",
                              "it is for another liaison's key, not this profile's")
    known = {item.id: item for item in store.list_items()}
    # Exported at some time: a bundle id is recorded the moment an item is exported and kept.
    never = [item_id for item_id in receipt.item_ids
             if item_id not in known or known[item_id].bundle_id is None]
    if never:
        raise ReceiptRejected(
            "unknown_items", f"it names {len(never)} signal(s) this laptop never exported "
                             f"(first: {never[0]})")
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
