"""Every age test vector in tests/vectors/age/ gives exactly the outcome it expects.

Decryption goes through atomic_writer, as the product does: a failure must leave no output file,
so unauthenticated or partial plaintext is never presented as a good file.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from intake_app.crypto import age
from intake_app.fs.atomic import atomic_writer

VECTORS = Path(__file__).parent / "vectors" / "age"

EXPECTED_ERROR = {
    "header failure": age.HeaderError,
    "HMAC failure": age.HMACError,
    "no match": age.NoIdentityMatchError,
    "payload failure": age.PayloadError,
    "armor failure": age.ArmorError,
}


@dataclass
class Vector:
    expect: str
    payload_sha256: str | None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    body: bytes = b""


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        expect=fields["expect"][0],
        payload_sha256=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        armored=fields.get("armored") == ["yes"],
        body=body,
    )


def decrypt_file(vector: Vector, tmp_path: Path, passphrase: str | None, armor: bool | None):
    source = tmp_path / "vector.age"
    source.write_bytes(vector.body)
    target = tmp_path / "plain.out"
    with source.open("rb") as src, atomic_writer(target) as dst:
        age.decrypt(src, dst, identities=vector.identities, passphrase=passphrase, armor=armor)
    return target


NAMES = sorted(p.name for p in VECTORS.iterdir() if p.is_file())


def test_vector_directory_is_present():
    assert len(NAMES) >= 80


@pytest.mark.parametrize("name", NAMES)
def test_vector(name: str, tmp_path: Path) -> None:
    vector = load_vector(VECTORS / name)
    for passphrase in vector.passphrases or [None]:
        if vector.expect == "success":
            target = decrypt_file(vector, tmp_path, passphrase, vector.armored)
            assert hashlib.sha256(target.read_bytes()).hexdigest() == vector.payload_sha256
            continue
        with pytest.raises(age.AgeError) as caught:
            decrypt_file(vector, tmp_path, passphrase, vector.armored)
        # Exactly the expected class: e.g. a payload failure must not surface as a header one.
        assert type(caught.value) is EXPECTED_ERROR[vector.expect], caught.value
        # Nothing is left that could be mistaken for a decrypted file.
        assert sorted(p.name for p in tmp_path.iterdir()) == ["vector.age"]


@pytest.mark.parametrize("name", [n for n in NAMES if load_vector(VECTORS / n).armored])
def test_armored_vectors_detected_without_a_hint(name: str, tmp_path: Path) -> None:
    vector = load_vector(VECTORS / name)
    if vector.body[:1] in (b" ", b"\t", b"\r", b"\n"):
        # `age` detects armor only at the first byte and refuses leading whitespace; without a
        # hint so do we (issue 10). With armor=True the vector's own verdict holds (above).
        with pytest.raises(age.ArmorError, match="whitespace before the armor"):
            decrypt_file(vector, tmp_path, None, None)
    elif vector.expect == "success":
        target = decrypt_file(vector, tmp_path, None, None)
        assert hashlib.sha256(target.read_bytes()).hexdigest() == vector.payload_sha256
    else:
        with pytest.raises(age.AgeError):
            decrypt_file(vector, tmp_path, None, None)


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("stream_")])
def test_streaming_reader_matches_vector(name: str, tmp_path: Path) -> None:
    """open_decrypt gives the same verdict, and never a clean EOF on a damaged payload."""
    vector = load_vector(VECTORS / name)
    source = tmp_path / "vector.age"
    source.write_bytes(vector.body)
    with source.open("rb") as src:
        reader = age.open_decrypt(src, identities=vector.identities)
        if vector.expect == "success":
            data = reader.read()
            assert hashlib.sha256(data).hexdigest() == vector.payload_sha256
        else:
            with pytest.raises(EXPECTED_ERROR[vector.expect]):
                while reader.read(1000):
                    pass
            with pytest.raises(EXPECTED_ERROR[vector.expect]):
                reader.read(1000)
