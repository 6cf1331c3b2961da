"""Domain-separated Ed25519 signatures and key ids."""

from __future__ import annotations

import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.crypto import signing
from intake_app.errors import ContractError

SEED = bytes(range(32))
KEY = nacl.signing.SigningKey(SEED)
VK = bytes(KEY.verify_key)


def test_round_trip() -> None:
    sig = signing.sign(KEY, b"seinpost/test/v1", b"body")
    assert len(sig) == 64
    signing.verify(VK, b"seinpost/test/v1", b"body", sig)


def test_signature_for_one_context_never_verifies_in_another() -> None:
    sig = signing.sign(KEY, b"seinpost/receipt/v1", b"body")
    with pytest.raises(signing.SignatureError):
        signing.verify(VK, b"seinpost/manifest/v1", b"body", sig)


def test_context_body_boundary_cannot_shift() -> None:
    sig = signing.sign(KEY, b"ab", b"c")
    with pytest.raises(signing.SignatureError):
        signing.verify(VK, b"a", b"bc", sig)


def test_wrong_key_body_and_malformed_inputs_are_signature_errors() -> None:
    sig = signing.sign(KEY, b"ctx", b"body")
    other = bytes(nacl.signing.SigningKey.generate().verify_key)
    for key, body, signature in [
        (other, b"body", sig),
        (VK, b"bodY", sig),
        (VK[:31], b"body", sig),
        (VK, b"body", sig[:63]),
        (b"\x00" * 32, b"body", b"\x00" * 64),  # small-order key
        (VK, b"body", "not bytes"),
    ]:
        with pytest.raises(signing.SignatureError):
            signing.verify(key, b"ctx", body, signature)  # type: ignore[arg-type]


def test_empty_or_oversized_context_is_refused() -> None:
    with pytest.raises(ContractError):
        signing.sign(KEY, b"", b"body")
    with pytest.raises(ContractError):
        signing.sign(KEY, b"x" * 256, b"body")


def test_key_id_is_stable_short_hex() -> None:
    kid = signing.key_id(VK)
    assert len(kid) == 32 and int(kid, 16) >= 0
    # Pinned: manifests and the liaison registry store this value, it must never change.
    assert kid == signing.key_id(bytes(nacl.signing.SigningKey(SEED).verify_key))
    assert kid == "559f83ea3fcedad58f5ebf0cd482a41f"
    assert signing.key_id(bytes(nacl.signing.SigningKey.generate().verify_key)) != kid


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=64 * 8 - 1))
def test_any_bit_flip_in_signature_is_rejected(body: bytes, bit: int) -> None:
    sig = bytearray(signing.sign(KEY, b"ctx", body))
    sig[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(signing.SignatureError):
        signing.verify(VK, b"ctx", body, bytes(sig))
