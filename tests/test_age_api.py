"""The age API as callers use it: progress and cancel, streams, key strings, hostile bounds."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
from pathlib import Path

import pytest
from tools import require_tool

from intake_app.crypto import age
from intake_app.crypto.age import x25519
from intake_app.crypto.age.header import Stanza, encode_header
from intake_app.crypto.age.hkdf import payload_key
from intake_app.crypto.age.outputs import DirectOutput
from intake_app.crypto.age.payload import SEALED_BLOCK, PayloadSealer
from intake_app.fs.atomic import atomic_writer

CHUNK = 64 * 1024
IDENTITY, RECIPIENT = age.generate_x25519()


class Cancelled(Exception):
    pass


class RecordingFile(io.BytesIO):
    """A real in-memory file that also remembers every write, to inspect what was handed out."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []

    def write(self, data) -> int:  # type: ignore[override]
        self.writes.append(bytes(data))
        return super().write(data)


def sealed_bytes(data: bytes, **kwargs) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, **({"recipients": [RECIPIENT]} | kwargs))
    return out.getvalue()


def test_generated_keys_have_the_age_shape() -> None:
    identity, recipient = age.generate_x25519()
    assert identity.startswith("AGE-SECRET-KEY-1") and identity == identity.upper()
    assert recipient.startswith("age1") and len(recipient) == 62
    assert age.recipient_for(identity) == recipient
    with pytest.raises(age.KeyFormatError):
        age.recipient_for(identity.lower())  # age spells identities in capitals only


BAD_RECIPIENTS = {
    "empty": "",
    "too-short": "age1qqqq",
    "bad-checksum": RECIPIENT[:-1] + ("x" if RECIPIENT[-1] != "x" else "y"),
    "an-identity": IDENTITY,
    "upper-case": RECIPIENT.upper(),
    "mixed-case": "AgE1" + "q" * 58,
}


@pytest.mark.parametrize("bad", BAD_RECIPIENTS.values(), ids=BAD_RECIPIENTS.keys())
def test_bad_recipient_strings_are_refused(bad: str) -> None:
    with pytest.raises(age.KeyFormatError):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO(), recipients=[bad])


def test_low_order_recipient_is_refused() -> None:
    low_order = x25519.format_recipient(bytes(32))
    with pytest.raises(age.KeyFormatError):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO(), recipients=[low_order])


def test_encrypt_needs_exactly_one_kind_of_recipient() -> None:
    with pytest.raises(age.KeyFormatError):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO())
    with pytest.raises(age.KeyFormatError):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO(), recipients=[RECIPIENT], passphrase="pw")


def test_progress_counts_plaintext_bytes_per_chunk(tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK + 5)
    seen: list[int] = []
    sealed = sealed_bytes(data, progress=seen.append)
    assert seen == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 5]
    seen.clear()
    age.decrypt(io.BytesIO(sealed), io.BytesIO(), identities=[IDENTITY], progress=seen.append)
    assert seen == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 5]


@pytest.mark.parametrize("operation", ["encrypt", "decrypt"])
def test_cancel_from_progress_leaves_no_file(tmp_path: Path, operation: str) -> None:
    data = os.urandom(40 * CHUNK)
    source = tmp_path / "source"
    source.write_bytes(data if operation == "encrypt" else sealed_bytes(data))
    target = tmp_path / "target"

    def cancel_halfway(done: int) -> None:
        if done >= 20 * CHUNK:
            raise Cancelled

    with pytest.raises(Cancelled), source.open("rb") as src, atomic_writer(target) as dst:
        if operation == "encrypt":
            age.encrypt(src, dst, recipients=[RECIPIENT], progress=cancel_halfway)
        else:
            age.decrypt(src, dst, identities=[IDENTITY], progress=cancel_halfway)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source"]


def test_decrypt_hands_out_only_verified_chunks() -> None:
    data = os.urandom(25 * CHUNK)
    sealed = bytearray(sealed_bytes(data))
    header_and_nonce = len(sealed) - 25 * (CHUNK + 16)
    sealed[header_and_nonce + 20 * (CHUNK + 16) + 7] ^= 1  # damage chunk 20 (in the 2nd batch)
    dst = RecordingFile()
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(bytes(sealed)), dst, identities=[IDENTITY])
    written = b"".join(dst.writes)
    assert len(written) <= 20 * CHUNK
    assert written == data[: len(written)]


def test_truncated_payload_never_reads_as_clean_eof() -> None:
    sealed = sealed_bytes(os.urandom(3 * CHUNK))
    reader = age.open_decrypt(io.BytesIO(sealed[: -(CHUNK + 16)]), identities=[IDENTITY])
    with pytest.raises(age.PayloadError):
        while reader.read(4096):
            pass
    with pytest.raises(age.PayloadError):
        reader.read(4096)


def test_open_encrypt_finishes_on_close_and_not_on_error() -> None:
    good = io.BytesIO()
    with age.open_encrypt(good, recipients=[RECIPIENT]) as writer:
        writer.write(b"a" * CHUNK)
        writer.write(memoryview(b"b" * 10))
    out = io.BytesIO()
    age.decrypt(io.BytesIO(good.getvalue()), out, identities=[IDENTITY])
    assert out.getvalue() == b"a" * CHUNK + b"b" * 10

    broken = io.BytesIO()
    with pytest.raises(Cancelled), age.open_encrypt(broken, recipients=[RECIPIENT]) as writer:
        writer.write(b"a" * 3 * CHUNK)
        raise Cancelled
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(broken.getvalue()), io.BytesIO(), identities=[IDENTITY])


def test_armor_is_detected_and_wrapped_at_64_columns() -> None:
    sealed = sealed_bytes(os.urandom(1000), armor=True)
    lines = sealed.decode("ascii").splitlines()
    assert lines[0] == "-----BEGIN AGE ENCRYPTED FILE-----"
    assert lines[-1] == "-----END AGE ENCRYPTED FILE-----"
    assert all(len(line) == 64 for line in lines[1:-2]) and 0 < len(lines[-2]) <= 64
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed), out, identities=[IDENTITY])
    assert len(out.getvalue()) == 1000
    # Leading whitespace: `age` does not detect armor there, and neither do we; a caller that
    # says the file is armored gets the armor reader's rule, which allows it.
    with pytest.raises(age.ArmorError, match="whitespace before the armor"):
        age.decrypt(io.BytesIO(b"\n \t" + sealed), io.BytesIO(), identities=[IDENTITY])
    out = io.BytesIO()
    age.decrypt(io.BytesIO(b"\n \t" + sealed), out, identities=[IDENTITY], armor=True)
    assert len(out.getvalue()) == 1000
    with pytest.raises(age.HeaderError):
        age.decrypt(io.BytesIO(sealed), io.BytesIO(), identities=[IDENTITY], armor=False)


def test_unknown_stanzas_are_skipped() -> None:
    file_key, nonce = os.urandom(16), os.urandom(16)
    stanzas = [
        Stanza(("example.com/future", "arg"), os.urandom(100)),
        x25519.wrap(file_key, x25519.parse_recipient(RECIPIENT)),
    ]
    sealed = io.BytesIO()
    sealed.write(encode_header(stanzas, file_key) + nonce)
    output = DirectOutput(sealed.write, SEALED_BLOCK)
    sealer = PayloadSealer(payload_key(file_key, nonce), output)
    sealer.write(b"from the future")
    sealer.finish()
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed.getvalue()), out, identities=[IDENTITY])
    assert out.getvalue() == b"from the future"


def test_hostile_header_bounds_fail_fast() -> None:
    version = b"age-encryption.org/v1\n"
    endless_line = version + b"-> " + b"A" * (8 << 20)
    many_stanzas = version + b"-> x\n\n" * 5000 + b"--- " + b"A" * 43 + b"\n"
    huge_bodies = version + (b"-> x\n" + (b"A" * 64 + b"\n") * 1000 + b"\n") * 40
    for hostile in (endless_line, many_stanzas, huge_bodies, b"", version):
        with pytest.raises(age.HeaderError):
            age.decrypt(io.BytesIO(hostile), io.BytesIO(), identities=[IDENTITY])


def test_hostile_scrypt_work_factor_is_refused_before_any_key_derivation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Work, not time: the number of scrypt derivations run for a work factor of 2**40 is 0
    (the spy counts the calls and runs the real derivation, so behaviour is unchanged)."""
    real = hashlib.scrypt
    calls: list[dict] = []

    def counted(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    stanza = Stanza(("scrypt", "A" * 22, "40"), bytes(32))
    header = encode_header([stanza], os.urandom(16))
    with pytest.raises(age.HeaderError, match="work factor"):
        age.decrypt(io.BytesIO(header), io.BytesIO(), passphrase="pw")
    assert calls == []
    # The spy sees derivations when there are some: an acceptable work factor is derived once.
    sealed = sealed_bytes(b"x", recipients=[], passphrase="pw", work_factor=10)
    calls.clear()
    age.decrypt(io.BytesIO(sealed), io.BytesIO(), passphrase="pw")
    assert len(calls) == 1


def test_passphrase_round_trip_and_wrong_passphrase() -> None:
    sealed = sealed_bytes(b"secret", recipients=[], passphrase="pw", work_factor=10)
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed), out, passphrase="pw")
    assert out.getvalue() == b"secret"
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt(io.BytesIO(sealed), io.BytesIO(), passphrase="wrong")
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt(io.BytesIO(sealed), io.BytesIO(), identities=[IDENTITY])


def test_parse_identities_reads_age_keygen_files(tmp_path: Path) -> None:
    key_file = tmp_path / "key.txt"
    subprocess.run([require_tool("age-keygen"), "-o", str(key_file)], check=True,
                   capture_output=True)
    text = key_file.read_text()
    assert text.startswith("# created:")
    identities = age.parse_identities(text)
    assert len(identities) == 1 and identities[0] in text
    doubled = "\ufeff" + text.replace("\n", "\r\n") + "\n  \n" + IDENTITY + "\n"
    assert age.parse_identities(doubled) == [identities[0], IDENTITY]


def test_parse_identities_errors_do_not_repeat_the_line() -> None:
    secretish = IDENTITY[:-3] + "qqq"
    for text in (f"# c\n{secretish}\n", "hello there\n", "# only a comment\n", "", "x" * (2 << 20)):
        with pytest.raises(age.KeyFormatError) as caught:
            age.parse_identities(text)
        assert secretish not in str(caught.value) and "hello" not in str(caught.value)
