"""Manifest and receipt parsers: round trips, strictness, and hypothesis on hostile bytes."""

from __future__ import annotations

import dataclasses

import nacl.signing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.bundle.errors import ManifestError, ReceiptError
from intake_app.bundle.manifest import (
    ItemEntry,
    ManifestItem,
    build_manifest,
    parse_manifest,
    sign_manifest,
    verify_manifest,
)
from intake_app.bundle.receipt import make_receipt, parse_receipt
from intake_app.crypto import age, signing
from intake_app.crypto.canonical import canonical_json

KEY = nacl.signing.SigningKey(b"\x01" * 32)
VERIFY = signing.verify_key_bytes(KEY)
OFFICE = nacl.signing.SigningKey(b"\x02" * 32)
OFFICE_VERIFY = signing.verify_key_bytes(OFFICE)
RECIPIENT = age.recipient_for(age.generate_x25519()[0])


def manifest_bytes() -> bytes:
    items = [ManifestItem(f"item-{n}", 10 + n, "ab" * 32,
                          (ItemEntry(f"items/{n:032x}.age", 1, 10 + n, "cd" * 32),))
             for n in range(3)]
    manifest = build_manifest(bundle_id="0" * 32, set_id="1" * 32,
                              liaison_key_id=signing.key_id(VERIFY), counter=7,
                              created="2025-06-14T09:30:00Z", parts=1, recipients=[RECIPIENT],
                              items=items)
    return sign_manifest(manifest, KEY)


def test_manifest_round_trip_and_signature() -> None:
    data = manifest_bytes()
    manifest = parse_manifest(data)
    assert manifest.counter == 7 and [i.item_id for i in manifest.items] == [
        "item-0", "item-1", "item-2"]
    verify_manifest(data, VERIFY)
    with pytest.raises(ManifestError, match="signature"):
        verify_manifest(data, signing.verify_key_bytes(OFFICE))


def test_a_changed_manifest_field_breaks_the_signature() -> None:
    manifest = parse_manifest(manifest_bytes())
    changed = dataclasses.replace(manifest, counter=8)
    doc = changed.to_dict()
    doc["signature"] = parse_canonical_signature(manifest_bytes())
    data = canonical_json(doc)
    parse_manifest(data)  # well-formed …
    with pytest.raises(ManifestError):
        verify_manifest(data, VERIFY)  # … but not what the liaison signed


def parse_canonical_signature(data: bytes) -> str:
    import json

    return json.loads(data)["signature"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_manifest_parser_never_crashes_on_bytes(data: bytes) -> None:
    with pytest.raises(ManifestError):
        parse_manifest(data)


@settings(max_examples=300)
@given(st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_manifest_parser_refuses_any_single_byte_change(position: int, value: int) -> None:
    data = bytearray(manifest_bytes())
    position %= len(data)
    if data[position] == value:
        return
    data[position] = value
    try:
        parse_manifest(bytes(data))
        verify_manifest(bytes(data), VERIFY)
    except ManifestError:
        return
    pytest.fail("a changed manifest was accepted")


def test_receipt_round_trip() -> None:
    data = make_receipt(OFFICE, "a" * 32, "b" * 32, ["z-1", "a-2", "a-2"])
    receipt = parse_receipt(data, [OFFICE_VERIFY])
    assert receipt.item_ids == ("a-2", "z-1") and receipt.bundle_id == "a" * 32
    assert receipt.office_key_id == signing.key_id(OFFICE_VERIFY)


def test_receipt_from_an_unknown_office_key_is_refused() -> None:
    data = make_receipt(OFFICE, "a" * 32, "b" * 32, ["x"])
    with pytest.raises(ReceiptError, match="does not know"):
        parse_receipt(data, [VERIFY])


def test_forged_receipt_is_refused() -> None:
    data = make_receipt(OFFICE, "a" * 32, "b" * 32, ["x"])
    forged = data.replace(b'"items":["x"]', b'"items":["y"]')
    with pytest.raises(ReceiptError, match="signature"):
        parse_receipt(forged, [OFFICE_VERIFY])
    # A receipt signed by a key that merely claims the office key id.
    other = nacl.signing.SigningKey.generate()
    doc = __import__("json").loads(make_receipt(other, "a" * 32, "b" * 32, ["x"]))
    doc["office_key_id"] = signing.key_id(OFFICE_VERIFY)
    with pytest.raises(ReceiptError):
        parse_receipt(canonical_json(doc), [OFFICE_VERIFY])


@settings(max_examples=300)
@given(st.binary(max_size=1000))
def test_receipt_parser_never_crashes_on_bytes(data: bytes) -> None:
    with pytest.raises(ReceiptError):
        parse_receipt(data, [OFFICE_VERIFY])


@settings(max_examples=300)
@given(st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_receipt_parser_refuses_any_single_byte_change(position: int, value: int) -> None:
    data = bytearray(make_receipt(OFFICE, "a" * 32, "b" * 32, ["x", "y"]))
    position %= len(data)
    if data[position] == value:
        return
    data[position] = value
    with pytest.raises(ReceiptError):
        parse_receipt(bytes(data), [OFFICE_VERIFY])


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=6),
                    max_leaves=20))
def test_parsers_refuse_arbitrary_canonical_json(value: object) -> None:
    data = canonical_json(value if isinstance(value, dict) else {"v": value})
    with pytest.raises(ManifestError):
        parse_manifest(data)
    with pytest.raises(ReceiptError):
        parse_receipt(data, [OFFICE_VERIFY])
