"""Readers exactly as strict as the reference where it matters (issue 10, case 10).

Each case is checked against the real `age` 1.1.1 command too, so "the reference" is not a
guess: where it refuses, we refuse with the matching error class; where it decrypts, we do.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import nacl.signing
import pytest
from tools import require_tool

from intake_app.bundle import manifest as manifest_mod
from intake_app.bundle.errors import ManifestError
from intake_app.crypto import age, keycard, signing
from intake_app.crypto.age import core
from intake_app.crypto.keycard import KeyCardError

ARABIC_INDIC = "٢٠٢٥-01-02T03:04:05Z"  # the year in Arabic-Indic digits; strptime takes them


def _reference_decrypts(tmp_path: Path, data: bytes, identity: str) -> bool:
    (tmp_path / "key.txt").write_text(identity + "\n")
    (tmp_path / "file.age").write_bytes(data)
    done = subprocess.run([require_tool("age"), "-d", "-i", str(tmp_path / "key.txt"),
                           str(tmp_path / "file.age")], capture_output=True, check=False)
    return done.returncode == 0


def _ours(data: bytes, identity: str, armor: bool | None = None) -> bytes:
    out = io.BytesIO()
    age.decrypt(io.BytesIO(data), out, identities=[identity], armor=armor)
    return out.getvalue()


def test_key_card_created_with_arabic_indic_digits_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One card, one byte form: `\\d` also matched Arabic-Indic digits."""
    monkeypatch.setattr(keycard, "_format_created", lambda created: ARABIC_INDIC)
    card = keycard.create_card(nacl.signing.SigningKey.generate(), "liaison", "Amina", [])
    with pytest.raises(KeyCardError, match="created is not a UTC time"):
        keycard.parse_card(card)


def test_manifest_created_with_arabic_indic_digits_is_refused() -> None:
    key = nacl.signing.SigningKey.generate()
    _, recipient = age.generate_x25519()
    made = manifest_mod.build_manifest(
        bundle_id="1" * 32, set_id="2" * 32,
        liaison_key_id=signing.key_id(signing.verify_key_bytes(key)), counter=1,
        created=ARABIC_INDIC, parts=1, recipients=[recipient],
        items=[manifest_mod.ManifestItem("item-1", 3, "ab" * 32, (
            manifest_mod.ItemEntry("items/" + "c" * 32 + ".age", 1, 3, "ab" * 32),))])
    with pytest.raises(ManifestError):
        manifest_mod.parse_manifest(manifest_mod.sign_manifest(made, key))


@pytest.mark.parametrize("kept", [0, 1, 15])
def test_age_file_ending_before_or_inside_the_payload_nonce_is_a_header_failure(
        tmp_path: Path, kept: int) -> None:
    identity, recipient = age.generate_x25519()
    whole = io.BytesIO()
    age.encrypt(io.BytesIO(b"hello"), whole, recipients=[recipient])
    header_end = whole.getvalue().index(b"\n---") + 1
    header_end = whole.getvalue().index(b"\n", header_end) + 1
    cut = whole.getvalue()[: header_end + kept]
    with pytest.raises(age.HeaderError, match="nonce"):
        _ours(cut, identity)
    assert not _reference_decrypts(tmp_path, cut, identity)


def test_armored_file_with_leading_whitespace_is_an_armor_failure_when_detected(
        tmp_path: Path) -> None:
    identity, recipient = age.generate_x25519()
    armored = io.BytesIO()
    age.encrypt(io.BytesIO(b"hello"), armored, recipients=[recipient], armor=True)
    spaced = b" \r\n\t" + armored.getvalue()
    assert not _reference_decrypts(tmp_path, spaced, identity)  # age: "unexpected intro"
    with pytest.raises(age.ArmorError, match="whitespace before"):
        _ours(spaced, identity)
    # A caller that says the file IS armored gets the armor reader's rule (CCTV vector
    # armor_whitespace_outside): whitespace around the armor is allowed there.
    assert _ours(spaced, identity, armor=True) == b"hello"


def _with_unknown_stanzas(recipient: str, argument: str, count: int) -> bytes:
    original = core._recipient_stanzas

    def more(file_key, recipients, passphrase, work_factor):  # type: ignore[no-untyped-def]
        extra = [core.Stanza(("unknown-stanza", argument), b"body")] * count
        return extra + original(file_key, recipients, passphrase, work_factor)

    core._recipient_stanzas = more  # type: ignore[assignment]
    try:
        out = io.BytesIO()
        age.encrypt(io.BytesIO(b"hello"), out, recipients=[recipient])
    finally:
        core._recipient_stanzas = original  # type: ignore[assignment]
    return out.getvalue()


@pytest.mark.parametrize("length", [5_000, 70_000, 1 << 20])
def test_unknown_stanza_with_a_long_argument_line_decrypts_as_with_age(
        tmp_path: Path, length: int) -> None:
    identity, recipient = age.generate_x25519()
    data = _with_unknown_stanzas(recipient, "a" * length, 1)
    assert _reference_decrypts(tmp_path, data, identity)
    assert _ours(data, identity) == b"hello"


def test_an_age_header_with_ten_thousand_stanzas_is_refused_with_a_bound(tmp_path: Path) -> None:
    """Hostile classic: bounded work. (age 1.1.1 reads them all; we stop at MAX_STANZAS.)"""
    identity, recipient = age.generate_x25519()
    data = _with_unknown_stanzas(recipient, "x", 10_000)
    with pytest.raises(age.HeaderError, match="too many stanzas in the header"):
        _ours(data, identity)
