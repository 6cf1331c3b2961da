"""Receipts: the office's signed statement that it received and stored a bundle's items.

A receipt is one canonical JSON object::

    {"bundle_id": hex32, "format": "seinpost-receipt/1", "items": [item ids, sorted],
     "liaison_key_id": hex32, "office_key_id": hex32, "received": "YYYY-MM-DDTHH:MM:SSZ",
     "signature": hex of the Ed25519 signature}

The signature (`signing.sign`, context ``seinpost/receipt/v1``) is made by the office signing
key over the canonical JSON of the object without ``signature``. `office_key_id` names that
key, so a liaison holding several office cards (after a rotation) knows which one to use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.signing

from intake_app.bundle.errors import ReceiptError, ReceiptTimeInvalid
from intake_app.bundle.layout import HEX32
from intake_app.bundle.manifest import ITEM_ID, MAX_ITEMS, TIME_FORMAT, is_utc_time
from intake_app.crypto import signing
from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical
from intake_app.errors import ContractError

FORMAT = "seinpost-receipt/1"
CONTEXT = b"seinpost/receipt/v1"
MAX_RECEIPT = 8 << 20
#: The one file name pattern of receipts: the office writes
#: `receipt-<liaison key id>-<bundle id>.json`, the window's file dialog offers `RECEIPT_GLOB`.
RECEIPT_GLOB = "receipt-*.json"


def receipt_file_name(liaison_key_id: str, bundle_id: str) -> str:
    """The file name the office gives the receipt of bundle `bundle_id` of the liaison
    `liaison_key_id` (both 32 hex digits). Bundle ids are each laptop's own choice, so two
    liaisons may share one: the name holds both, and one liaison's receipt never replaces
    another's in the folder a courier takes back."""
    return RECEIPT_GLOB.replace("*", f"{liaison_key_id}-{bundle_id}")

_KEYS = {"bundle_id", "format", "items", "liaison_key_id", "office_key_id", "received",
         "signature"}
_SIGNATURE = re.compile(r"[0-9a-f]{128}")


@dataclass(frozen=True)
class Receipt:
    """A verified receipt (`parse_receipt`): the 32-hex bundle id and liaison key id, the item
    ids it confirms (sorted), the time the office received the bundle (UTC, ISO 8601, "Z") and
    the id of the office key that signed it."""

    bundle_id: str
    liaison_key_id: str
    item_ids: tuple[str, ...]
    received: str
    office_key_id: str


def make_receipt(office_signing_key: nacl.signing.SigningKey, bundle_id: str,
                 liaison_key_id: str, item_ids: Sequence[str], *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> bytes:
    """The signed receipt bytes (write them to a file as they are)."""
    ids = sorted(set(item_ids))
    if not ids or any(not ITEM_ID.fullmatch(i) for i in ids):
        raise ContractError("a receipt names at least one valid item id")
    body = {
        "bundle_id": bundle_id,
        "format": FORMAT,
        "items": ids,
        "liaison_key_id": liaison_key_id,
        "office_key_id": signing.key_id(signing.verify_key_bytes(office_signing_key)),
        "received": clock().astimezone(UTC).strftime(TIME_FORMAT),
    }
    signature = signing.sign(office_signing_key, CONTEXT, canonical_json(body))
    return canonical_json({**body, "signature": signature.hex()})


def _text(value: object, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ReceiptError(f"the receipt is malformed: {what}")
    return value


def parse_receipt(data: bytes, office_verify_keys: Sequence[bytes]) -> Receipt:
    """Verify and parse a receipt; it must be signed by one of `office_verify_keys`.

    Raises ReceiptError with a message a liaison can act on; ReceiptTimeInvalid (one of
    them) when `received` is not a real UTC time as the office writes it
    (`manifest.is_utc_time`), checked before the signature: the office never signs another.
    """
    if not isinstance(data, bytes | bytearray) or len(data) > MAX_RECEIPT:
        raise ReceiptError("this file is too large to be a receipt")
    try:
        doc = parse_canonical(bytes(data), limit=MAX_RECEIPT)
    except CanonicalError:
        raise ReceiptError("this file is not a Seinpost receipt (or it was altered)") from None
    if set(doc) != _KEYS or doc.get("format") != FORMAT:
        raise ReceiptError("this file is not a Seinpost receipt of a known version")
    signature = bytes.fromhex(_text(doc.pop("signature"), _SIGNATURE, "signature"))
    if not is_utc_time(doc["received"]):
        raise ReceiptTimeInvalid()
    office_key_id = _text(doc["office_key_id"], HEX32, "office key id")
    items = doc["items"]
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise ReceiptError("the receipt is malformed: item list")
    ids = tuple(_text(i, ITEM_ID, "item id") for i in items)
    if list(ids) != sorted(set(ids)):
        raise ReceiptError("the receipt is malformed: item ids must be unique and sorted")
    keys = [bytes(k) for k in office_verify_keys
            if len(k) == signing.VERIFY_KEY_SIZE and signing.key_id(bytes(k)) == office_key_id]
    if not keys:
        raise ReceiptError("the receipt is signed by an office key this device does not know")
    try:
        signing.verify(keys[0], CONTEXT, canonical_json(doc), signature)
    except signing.SignatureError:
        raise ReceiptError("the receipt's signature does not verify: it was altered or "
                           "forged") from None
    return Receipt(
        bundle_id=_text(doc["bundle_id"], HEX32, "bundle id"),
        liaison_key_id=_text(doc["liaison_key_id"], HEX32, "liaison key id"),
        item_ids=ids,
        received=doc["received"],
        office_key_id=office_key_id,
    )
