"""Key cards: what a person hands over, reads aloud and checks; any alteration is refused."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.crypto import keycard, signing
from intake_app.crypto.keycard import KeyCardError, create_card, parse_card, verify_rotation
from intake_app.fs.outside import OutsideFileError

# Real recipients from `age-keygen`.
R1 = "age1z2kgg3uvl9g5a5sgj6ee3qzkzv6vymmry9neagrfd3ckck2da5jqxpwwad"
R2 = "age148j53fs3mtrrrs9v6v2gy0a2sv2rs8rnxk6enhkzh45qjygylf5qhjhhwm"
R3 = "age122mc4ndyc8gf6tg7zwr8axv5nra69qh0hr5088k39uhmuc3z2d6q428wcf"
WHEN = datetime(2025, 11, 22, 17, 30, tzinfo=UTC)

OFFICE = nacl.signing.SigningKey(bytes([1]) * 32)
NEXT_OFFICE = nacl.signing.SigningKey(bytes([2]) * 32)
STRANGER = nacl.signing.SigningKey(bytes([3]) * 32)

OFFICE_CARD = create_card(OFFICE, "office", "Centraal Meldpunt", [R1, R2], created=WHEN)
ROTATED_CARD = create_card(
    NEXT_OFFICE, "office", "Centraal Meldpunt", [R3], endorse_with=OFFICE, created=WHEN
)


def test_office_card_round_trip_and_is_readable_text(tmp_path: Path) -> None:
    card = parse_card(OFFICE_CARD)
    assert card.role == "office"
    assert card.name == "Centraal Meldpunt"
    assert card.recipients == (R1, R2)
    assert card.verify_key == bytes(OFFICE.verify_key)
    assert card.created == "2025-11-22T17:30:00Z"
    assert card.endorsement is None
    assert card.key_id == signing.key_id(card.verify_key)
    assert card.raw == OFFICE_CARD
    text = OFFICE_CARD.decode("utf-8")
    assert text.startswith("SEINPOST KEY CARD v1\n")
    assert f"fingerprint: {card.fingerprint}\n" in text
    assert len(OFFICE_CARD) < 1024
    path = tmp_path / "office.card"
    path.write_bytes(OFFICE_CARD)
    assert keycard.load_card(path) == card


def test_liaison_card_may_have_no_recipients() -> None:
    card = parse_card(create_card(STRANGER, "liaison", "Amira (Utrecht)", []))
    assert card.role == "liaison" and card.recipients == ()


def test_fingerprint_is_eight_groups_of_five_digits_and_fits_a_qr_code() -> None:
    card = parse_card(OFFICE_CARD)
    assert re.fullmatch(r"\d{5}( \d{5}){7}", card.fingerprint)
    assert card.qr_text == "SEINPOST-FP:" + card.fingerprint.replace(" ", "")
    # QR alphanumeric mode: digits, upper case and a few symbols only.
    assert re.fullmatch(r"[0-9A-Z $%*+\-./:]+", card.qr_text)


def test_fingerprint_covers_the_keys_not_the_name_or_time() -> None:
    base = parse_card(OFFICE_CARD)
    renamed = parse_card(
        create_card(OFFICE, "office", "Meldpunt", [R2, R1], created=WHEN + timedelta(days=3))
    )
    assert renamed.fingerprint == base.fingerprint
    other_recipients = parse_card(create_card(OFFICE, "office", "Centraal Meldpunt", [R1]))
    other_key = parse_card(create_card(STRANGER, "office", "Centraal Meldpunt", [R1, R2]))
    assert len({base.fingerprint, other_recipients.fingerprint, other_key.fingerprint}) == 3


def test_typed_or_scanned_fingerprint_matches() -> None:
    card = parse_card(OFFICE_CARD)
    digits = card.fingerprint.replace(" ", "")
    assert card.matches_fingerprint(card.fingerprint)
    assert card.matches_fingerprint(digits)
    assert card.matches_fingerprint("-".join(card.fingerprint.split()))
    assert card.matches_fingerprint(card.qr_text)
    wrong = digits[:-1] + ("0" if digits[-1] != "0" else "1")
    assert not card.matches_fingerprint(wrong)
    assert not card.matches_fingerprint(digits[:-5])
    assert not card.matches_fingerprint("")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_single_byte_change_is_refused(data: st.DataObject) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(OFFICE_CARD) - 1))
    value = data.draw(st.integers(min_value=0, max_value=255).filter(
        lambda v: v != OFFICE_CARD[position]))
    changed = bytearray(OFFICE_CARD)
    changed[position] = value
    with pytest.raises(KeyCardError):
        parse_card(bytes(changed))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_single_byte_change_of_a_rotated_card_is_refused(data: st.DataObject) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(ROTATED_CARD) - 1))
    value = data.draw(st.integers(min_value=0, max_value=255).filter(
        lambda v: v != ROTATED_CARD[position]))
    changed = bytearray(ROTATED_CARD)
    changed[position] = value
    with pytest.raises(KeyCardError):
        parse_card(bytes(changed))


@pytest.mark.parametrize("card", [OFFICE_CARD, ROTATED_CARD])
def test_every_truncation_and_insertion_is_refused(card: bytes) -> None:
    for length in range(len(card)):
        with pytest.raises(KeyCardError):
            parse_card(card[:length])
    for extra in (b"\n", b" ", b"x\n", b"\x00"):
        with pytest.raises(KeyCardError):
            parse_card(card + extra)


def test_windows_line_endings_and_bom_are_refused_with_a_clear_message() -> None:
    with pytest.raises(KeyCardError, match="line ends"):
        parse_card(OFFICE_CARD.replace(b"\n", b"\r\n"))
    with pytest.raises(KeyCardError, match="not a Seinpost key card"):
        parse_card(b"\xef\xbb\xbf" + OFFICE_CARD)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=6000))
def test_arbitrary_bytes_only_ever_raise_key_card_error(blob: bytes) -> None:
    with pytest.raises(KeyCardError):
        parse_card(blob)
    with pytest.raises(KeyCardError):
        parse_card(b"SEINPOST KEY CARD v1\n" + blob)


def _self_signed(head: str, key: nacl.signing.SigningKey = OFFICE) -> bytes:
    """A card body of our choosing with a genuine self-signature: tests the field checks."""
    data = head.encode("utf-8")
    sig = signing.sign(key, keycard.CARD_CONTEXT, data)
    return data + b"signature: " + base64.b64encode(sig) + b"\n"


def _lines_of(card: bytes) -> list[str]:
    return card.decode("utf-8").splitlines()[:-1]  # without the signature line


def _join(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def test_genuinely_signed_but_malformed_cards_are_refused() -> None:
    lines = _lines_of(OFFICE_CARD)
    assert _self_signed(_join(lines)) == OFFICE_CARD  # the helper reproduces a valid card
    cases = {
        "unknown field": [*lines[:3], "email: x@example.org", *lines[3:]],
        "role": [lines[0], "role: admin", *lines[2:]],
        "no recipient": [line for line in lines if not line.startswith("recipient:")],
        "reordered": [lines[0], lines[2], lines[1], *lines[3:]],
        "bad created": [*lines[:-2], "created: 2025-13-40T25:00:00Z", lines[-1]],
        "local time": [*lines[:-2], "created: 2025-11-22T18:30:00+01:00", lines[-1]],
        "wrong fingerprint": [*lines[:-1], "fingerprint: " + "12345 " * 7 + "12345"],
        "duplicate recipient": [*lines[:5], lines[5], *lines[5:]],
        "bad recipient": [*lines[:5], "recipient: age1notarecipient", *lines[6:]],
    }
    accepted = []
    for what, bad in cases.items():
        try:
            parse_card(_self_signed(_join(bad)))
        except KeyCardError:
            continue
        accepted.append(what)  # every other outcome (accepted, or another error) is a failure
    assert accepted == []


@pytest.mark.parametrize(
    "name",
    ["", " leading", "trailing ", "x" * 65, "line\nbreak", "tab\there", "bidi\u202eevil",
     "nbsp\u00a0name", "zero\u200bwidth", "e\u0301"],  # the last is not NFC
)
def test_names_that_could_mislead_are_refused(name: str) -> None:
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "office", name, [R1])


def test_unicode_names_are_fine() -> None:
    for name in ["Stichting Ĳssel", "مكتب", "中央办公室", "Zoë — Den Haag"]:
        assert parse_card(create_card(OFFICE, "liaison", name, [])).name == name


def test_creation_input_errors() -> None:
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "office", "Office", [])
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "boss", "Office", [R1])
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "liaison", "L", [], endorse_with=STRANGER)
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "office", "Office", [R1], endorse_with=OFFICE)
    with pytest.raises(KeyCardError):
        create_card(OFFICE, "office", "Office", [R1], created=datetime(2025, 1, 1))
    local = datetime(2025, 1, 1, 13, 0, tzinfo=timezone(timedelta(hours=1)))
    assert parse_card(create_card(OFFICE, "office", "O", [R1], created=local)).created == (
        "2025-01-01T12:00:00Z"
    )


def test_rotation_is_accepted_only_when_endorsed_by_the_current_key() -> None:
    current = parse_card(OFFICE_CARD)
    rotated = parse_card(ROTATED_CARD)
    assert rotated.endorsement is not None
    assert rotated.endorsement.key_id == current.key_id
    verify_rotation(current, rotated)

    unendorsed = parse_card(create_card(NEXT_OFFICE, "office", "Centraal Meldpunt", [R3]))
    with pytest.raises(KeyCardError, match="not endorsed"):
        verify_rotation(current, unendorsed)
    foreign = parse_card(
        create_card(NEXT_OFFICE, "office", "Centraal Meldpunt", [R3], endorse_with=STRANGER)
    )
    with pytest.raises(KeyCardError, match="another key"):
        verify_rotation(current, foreign)
    # The endorsement only counts for the card it was made on: moving it to another card fails.
    lines = _lines_of(ROTATED_CARD)
    moved = _self_signed(_join([*lines[:2], "name: Imposter", *lines[3:]]), NEXT_OFFICE)
    with pytest.raises(KeyCardError, match="endorsement"):
        parse_card(moved)
    with pytest.raises(KeyCardError):
        verify_rotation(rotated, current)  # no going back
    liaison = parse_card(create_card(STRANGER, "liaison", "L", []))
    with pytest.raises(KeyCardError):
        verify_rotation(current, liaison)


def test_load_card_errors_are_key_card_errors(tmp_path: Path) -> None:
    # Reading goes through the one outside-file reader; parsing is the card's own.
    with pytest.raises(KeyCardError) as unreadable:
        keycard.load_card(tmp_path / "missing.card")
    assert unreadable.value.code == "keycard.unreadable"
    big = tmp_path / "big.card"
    big.write_bytes(OFFICE_CARD + b"x" * 10_000_000)
    with pytest.raises(OutsideFileError) as caught:
        keycard.load_card(big)
    assert caught.value.code == "outside.too_large"
    near = tmp_path / "near.card"
    near.write_bytes(OFFICE_CARD + b"x" * 5000)
    with pytest.raises(KeyCardError, match="larger"):
        keycard.load_card(near)


# Format v1 as released: these bytes must parse, and be reproduced, forever.
GOLDEN_ROTATED_V1 = "".join(
    line + "\n"
    for line in (
        "SEINPOST KEY CARD v1",
        "role: office",
        "name: Centraal Meldpunt",
        "key-id: 08715ac930a34e4b4665d9e90a04acf8",
        "verify-key: gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=",
        "recipient: age122mc4ndyc8gf6tg7zwr8axv5nra69qh0hr5088k39uhmuc3z2d6q428wcf",
        "created: 2025-11-22T17:30:00Z",
        "fingerprint: 15102 53905 63917 54769 76736 50941 50343 21473",
        "endorsed-by: iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=",
        "endorsement: "
        "IOKg3/vyKwCcz2WXhnsT35K6llhfZiJZFMnuH9jip/c8DcNJ/9mwj2WpRbcF9UvROa0yYoMCCGAZZGeadOhzDw==",
        "signature: "
        "51SkaoBPI6USHX/LL/UKRGXwinEvzdV7Hh1mz6cS3dDDxguupErasVAqES6r8mRlFmwNLu69NPMYyQba9zpZBA==",
    )
).encode("ascii")


def test_golden_v1_card_parses_and_is_reproduced() -> None:
    card = parse_card(GOLDEN_ROTATED_V1)
    assert card.fingerprint == "15102 53905 63917 54769 76736 50941 50343 21473"
    assert card.key_id == "08715ac930a34e4b4665d9e90a04acf8"
    assert ROTATED_CARD == GOLDEN_ROTATED_V1
    verify_rotation(parse_card(OFFICE_CARD), card)
