from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.crypto.canonical import CanonicalError, canonical_json, parse_canonical


def test_round_trip_and_strictness() -> None:
    doc = {"b": [1, "x"], "a": {"z": None, "é": True}}
    data = canonical_json(doc)
    assert parse_canonical(data) == doc
    for bad in (b'{"a":1, "b":2}', b'{"b":1,"a":2}', b'{"a":1,"a":1}', b"[1]", b"\xff"):
        with pytest.raises(CanonicalError):
            parse_canonical(bad)


@pytest.mark.parametrize("data", [b'{"a":"\\ud800"}', b'{"a":' + b"9" * 5000 + b"}"])
def test_hostile_documents_raise_only_canonical_error(data: bytes) -> None:
    with pytest.raises(CanonicalError):
        parse_canonical(data)


@given(st.binary(max_size=200))
def test_any_bytes_parse_or_raise_canonical_error(data: bytes) -> None:
    try:
        parse_canonical(data)
    except CanonicalError:
        pass
