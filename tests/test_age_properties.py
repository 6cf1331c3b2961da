"""Property tests: any size and recipient count round-trips; any single flipped bit is refused."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.crypto import age

CHUNK = 64 * 1024
KEYS = [age.generate_x25519() for _ in range(4)]

sizes = st.one_of(
    st.integers(min_value=0, max_value=300 * 1024),
    st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 1]),
)
fast = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def seal(data: bytes, recipients: list[str], armor: bool) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, recipients=recipients, armor=armor)
    return out.getvalue()


def unseal(sealed: bytes, identity: str) -> bytes:
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed), out, identities=[identity])
    return out.getvalue()


@fast
@given(
    size=sizes,
    count=st.integers(min_value=1, max_value=4),
    armor=st.booleans(),
    seed=st.binary(min_size=8, max_size=8),
)
def test_round_trip(size: int, count: int, armor: bool, seed: bytes) -> None:
    data = (seed * (size // 8 + 1))[:size] if size % 3 else os.urandom(size)
    sealed = seal(data, [r for _, r in KEYS[:count]], armor)
    for identity, _ in KEYS[:count]:
        assert unseal(sealed, identity) == data
    for identity, _ in KEYS[count:]:
        with pytest.raises(age.NoIdentityMatchError):
            unseal(sealed, identity)


@fast
@given(size=sizes, pieces=st.lists(st.integers(min_value=1, max_value=100_000), max_size=8))
def test_streaming_writer_and_reader_round_trip(size: int, pieces: list[int]) -> None:
    data = os.urandom(size)
    out = io.BytesIO()
    with age.open_encrypt(out, recipients=[KEYS[0][1]]) as writer:
        position = 0
        for piece in pieces:
            writer.write(data[position : position + piece])
            position += piece
        writer.write(data[position:])
    reader = age.open_decrypt(io.BytesIO(out.getvalue()), identities=[KEYS[0][0]])
    read_back = bytearray()
    for piece in [*pieces, 1 << 30]:
        read_back += reader.read(piece)
    assert bytes(read_back) == data
    assert reader.read(1) == b""


# One ciphertext per (size, armor) is enough: the bit position is what varies.
_SEALED = {
    (size, armor): seal(os.urandom(size), [r for _, r in KEYS[:2]], armor)
    for size in (0, 100, CHUNK, 2 * CHUNK + 10)
    for armor in (False, True)
}


@settings(max_examples=300, deadline=None)
@given(
    which=st.sampled_from(sorted(_SEALED)),
    where=st.floats(0, 1, exclude_max=True),
    bit=st.integers(0, 7),
)
def test_any_single_bit_flip_is_rejected(which: tuple[int, bool], where: float, bit: int) -> None:
    sealed = bytearray(_SEALED[which])
    sealed[int(where * len(sealed))] ^= 1 << bit
    with pytest.raises(age.AgeError):
        unseal(bytes(sealed), KEYS[1][0])


@settings(max_examples=40, deadline=None)
@given(cut=st.floats(0, 1, exclude_max=True))
def test_any_truncation_is_rejected(cut: float) -> None:
    sealed = _SEALED[(2 * CHUNK + 10, False)]
    with pytest.raises(age.AgeError):
        unseal(sealed[: int(cut * len(sealed))], KEYS[0][0])
