"""Public key cards: a small signed text file that an office or a liaison hands to the other side.

A card is UTF-8 text with LF line endings, at most 4 KiB, readable in any editor::

    SEINPOST KEY CARD v1
    role: office
    name: Centraal Meldpunt
    key-id: 5f0c…(32 hex)
    verify-key: <Ed25519 verify key, base64>
    recipient: age1…                  (one line per age recipient; office cards need at least one)
    created: 2025-11-22T17:30:00Z
    fingerprint: 04417 92318 55120 73409 18862 30071 64925 11590
    endorsed-by: <previous office verify key, base64>     (rotated office cards only)
    endorsement: <previous office key's signature, base64> (rotated office cards only)
    signature: <the card's own Ed25519 signature, base64>

The `endorsement` signs every byte before it (context ``seinpost/keycard-endorsement/v1``); the
self-signature signs every byte before its own line (context ``seinpost/keycard/v1``). Parsing is
strict: exact field order and set, canonical base64, recomputed key id and fingerprint, both
signatures, and finally a byte-for-byte re-rendering, so any change to a card, down to a single
byte or a CRLF line ending, is refused with a `KeyCardError` that says what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing

from intake_app.crypto import age, signing
from intake_app.crypto import fingerprint as fp
from intake_app.crypto.age.x25519 import format_recipient, parse_recipient
from intake_app.errors import SeinpostError

MAX_CARD = 4096
MAX_NAME = 64
MAX_RECIPIENTS = 8
ROLES = ("office", "liaison")

HEADER = "SEINPOST KEY CARD v1"
CARD_CONTEXT = b"seinpost/keycard/v1"
ENDORSEMENT_CONTEXT = b"seinpost/keycard-endorsement/v1"

_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")  # ASCII only
_CREATED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class KeyCardError(SeinpostError):
    """A key card is malformed, altered, or not acceptable for what it is used for."""

    code = "keycard.invalid"
    codes = ("keycard.invalid", "keycard.unreadable")


def is_age_recipient(text: str) -> bool:
    """An age X25519 recipient (`age1…`) in its one canonical spelling: lower case, no spaces."""
    try:
        return format_recipient(parse_recipient(text)) == text
    except (age.AgeError, ValueError):
        return False


@dataclass(frozen=True)
class Endorsement:
    """The previous office key's signature on a rotated office card."""

    verify_key: bytes
    signature: bytes

    @property
    def key_id(self) -> str:
        """The key id of the endorsing (previous) signing key."""
        return signing.key_id(self.verify_key)


@dataclass(frozen=True)
class KeyCard:
    """A parsed, signature-checked key card (format in the module docstring).

    `role`: "office" or "liaison"; `name`: the display name; `recipients`: age recipient strings;
    `verify_key`: the 32-byte Ed25519 public key; `created`: UTC time, ISO 8601; `endorsement`:
    the previous key's signature after a rotation, if any; `key_id` and `fingerprint`: derived
    from the verify key; `raw`: the card file's bytes as read.
    """

    role: str
    name: str
    recipients: tuple[str, ...]
    verify_key: bytes
    created: str
    endorsement: Endorsement | None
    key_id: str
    fingerprint: str
    raw: bytes

    @property
    def fingerprint_digits(self) -> str:
        """The fingerprint without its spaces (decimal digits only)."""
        return self.fingerprint.replace(" ", "")

    @property
    def qr_text(self) -> str:
        """The text of this card's fingerprint QR code (see fingerprint.qr_text)."""
        return fp.qr_text(self.fingerprint_digits)

    def matches_fingerprint(self, typed: str) -> bool:
        """True when a fingerprint read aloud, typed or scanned is this card's."""
        return fp.matches(self.fingerprint_digits, typed)


def check_name(name: str) -> str:
    """Return `name` if it is a usable display name, else raise KeyCardError saying why."""
    if not isinstance(name, str):
        raise KeyCardError("name must be text")
    if unicodedata.normalize("NFC", name) != name:
        raise KeyCardError("name is not in Unicode normal form NFC")
    if not 1 <= len(name) <= MAX_NAME:
        raise KeyCardError(f"name must be 1 to {MAX_NAME} characters")
    if name != name.strip():
        raise KeyCardError("name must not start or end with spaces")
    for char in name:
        category = unicodedata.category(char)
        # Control, format (bidi overrides), unassigned and line/paragraph separators could
        # make a name display as something else; the only space allowed is U+0020.
        if category[0] == "C" or category in ("Zl", "Zp") or (category == "Zs" and char != " "):
            raise KeyCardError(f"name contains a character that is not allowed (U+{ord(char):04X})")
    return name


def _check_recipients(role: str, recipients: Sequence[str]) -> tuple[str, ...]:
    result = tuple(recipients)
    if role == "office" and not result:
        raise KeyCardError("an office card needs at least one age recipient")
    if len(result) > MAX_RECIPIENTS:
        raise KeyCardError(f"a card holds at most {MAX_RECIPIENTS} recipients")
    for recipient in result:
        if not isinstance(recipient, str) or not is_age_recipient(recipient):
            raise KeyCardError("recipient is not a valid age X25519 recipient (age1…)")
    if len(set(result)) != len(result):
        raise KeyCardError("a recipient is listed twice")
    return result


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int, what: str) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise KeyCardError(f"{what} is not valid base64") from exc
    if len(data) != size or _b64(data) != text:
        raise KeyCardError(f"{what} has the wrong length or is not canonical base64")
    return data


def _format_created(created: datetime | None) -> str:
    if created is None:
        created = datetime.now(UTC)
    if created.tzinfo is None:
        raise KeyCardError("creation time must carry a time zone")
    return created.astimezone(UTC).strftime(_CREATED_FORMAT)


def _check_created(text: str) -> str:
    if not _CREATED.fullmatch(text):
        raise KeyCardError("created is not a UTC time like 2025-01-31T12:00:00Z")
    try:
        datetime.strptime(text, _CREATED_FORMAT)
    except ValueError as exc:
        raise KeyCardError("created is not a valid date and time") from exc
    return text


def _render_head(role: str, name: str, verify_key: bytes, recipients: Sequence[str],
                 created: str, endorser: bytes | None) -> str:
    lines = [
        HEADER,
        f"role: {role}",
        f"name: {name}",
        f"key-id: {signing.key_id(verify_key)}",
        f"verify-key: {_b64(verify_key)}",
        *(f"recipient: {r}" for r in recipients),
        f"created: {created}",
        f"fingerprint: {fp.group(fp.fingerprint_digits(verify_key, recipients))}",
    ]
    if endorser is not None:
        lines.append(f"endorsed-by: {_b64(endorser)}")
    return "".join(line + "\n" for line in lines)


def create_card(
    signing_key: nacl.signing.SigningKey,
    role: str,
    name: str,
    recipients: Sequence[str],
    *,
    endorse_with: nacl.signing.SigningKey | None = None,
    created: datetime | None = None,
) -> bytes:
    """Render and sign a card; `endorse_with` (the current office key) marks a rotation."""
    if role not in ROLES:
        raise KeyCardError(f"role must be one of {', '.join(ROLES)}")
    check_name(name)
    recipients = _check_recipients(role, recipients)
    verify_key = signing.verify_key_bytes(signing_key)
    endorser = None
    if endorse_with is not None:
        if role != "office":
            raise KeyCardError("only office cards are endorsed")
        endorser = signing.verify_key_bytes(endorse_with)
        if endorser == verify_key:
            raise KeyCardError("a card cannot endorse its own key")
    text = _render_head(role, name, verify_key, recipients, _format_created(created), endorser)
    data = text.encode("utf-8")
    if endorse_with is not None:
        sig = signing.sign(endorse_with, ENDORSEMENT_CONTEXT, data)
        data += f"endorsement: {_b64(sig)}\n".encode("ascii")
    data += f"signature: {_b64(signing.sign(signing_key, CARD_CONTEXT, data))}\n".encode("ascii")
    if len(data) > MAX_CARD:
        raise KeyCardError(f"card would be larger than {MAX_CARD} bytes")
    return data


class _Lines:
    """A cursor over the card's lines that insists on one field label at a time."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.index = 0

    def peek_is(self, label: str) -> bool:
        return self.index < len(self.lines) and self.lines[self.index].startswith(label + ": ")

    def take(self, label: str) -> str:
        if not self.peek_is(label):
            raise KeyCardError(f"line {self.index + 1}: expected the field '{label}:'")
        value = self.lines[self.index][len(label) + 2 :]
        self.index += 1
        return value

    def offset(self) -> int:
        """Byte offset of the current line in the card (every line is followed by LF)."""
        return sum(len(line.encode("utf-8")) + 1 for line in self.lines[: self.index])


def parse_card(data: bytes) -> KeyCard:
    """Parse and verify a card from outside. Raises KeyCardError on any deviation."""
    if not isinstance(data, bytes | bytearray):
        raise KeyCardError("a card is bytes")
    data = bytes(data)
    if len(data) > MAX_CARD:
        raise KeyCardError(f"not a key card: larger than {MAX_CARD} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KeyCardError("not a key card: not UTF-8 text") from exc
    if "\r" in text:
        raise KeyCardError("card has CR characters (was it re-saved with Windows line ends?)")
    if not text.startswith(HEADER + "\n"):
        raise KeyCardError("not a Seinpost key card (first line differs)")
    if not text.endswith("\n"):
        raise KeyCardError("card is truncated (no final line end)")
    cursor = _Lines(text[:-1].split("\n"))
    cursor.index = 1
    role = cursor.take("role")
    if role not in ROLES:
        raise KeyCardError(f"role must be one of {', '.join(ROLES)}")
    name = check_name(cursor.take("name"))
    key_id = cursor.take("key-id")
    verify_key = _unb64(cursor.take("verify-key"), signing.VERIFY_KEY_SIZE, "verify-key")
    if key_id != signing.key_id(verify_key):
        raise KeyCardError("key-id does not match the verify key")
    recipients: list[str] = []
    while cursor.peek_is("recipient") and len(recipients) <= MAX_RECIPIENTS:
        recipients.append(cursor.take("recipient"))
    recipients_t = _check_recipients(role, recipients)
    created = _check_created(cursor.take("created"))
    digits = fp.fingerprint_digits(verify_key, recipients_t)
    if cursor.take("fingerprint") != fp.group(digits):
        raise KeyCardError("fingerprint line does not match the keys on the card")
    endorsement = None
    if cursor.peek_is("endorsed-by"):
        if role != "office":
            raise KeyCardError("only office cards carry an endorsement")
        endorser = _unb64(cursor.take("endorsed-by"), signing.VERIFY_KEY_SIZE, "endorsed-by")
        endorsed_part = data[: cursor.offset()]
        sig = _unb64(cursor.take("endorsement"), signing.SIGNATURE_SIZE, "endorsement")
        try:
            signing.verify(endorser, ENDORSEMENT_CONTEXT, endorsed_part, sig)
        except signing.SignatureError as exc:
            raise KeyCardError("the previous office key's endorsement does not verify") from exc
        endorsement = Endorsement(endorser, sig)
    signed_part = data[: cursor.offset()]
    signature = _unb64(cursor.take("signature"), signing.SIGNATURE_SIZE, "signature")
    if cursor.index != len(cursor.lines):
        raise KeyCardError(f"line {cursor.index + 1}: unexpected text after the signature")
    try:
        signing.verify(verify_key, CARD_CONTEXT, signed_part, signature)
    except signing.SignatureError as exc:
        raise KeyCardError("the card's signature does not verify: it was altered") from exc
    # Everything was checked field by field; re-rendering proves there is no second spelling.
    head = _render_head(role, name, verify_key, recipients_t, created,
                        endorsement.verify_key if endorsement else None)
    if not data.startswith(head.encode("utf-8")):
        raise KeyCardError("card is not in canonical form")
    return KeyCard(
        role=role,
        name=name,
        recipients=recipients_t,
        verify_key=verify_key,
        created=created,
        endorsement=endorsement,
        key_id=key_id,
        fingerprint=fp.group(digits),
        raw=data,
    )


def read_card_file(path: Path) -> bytes:
    """The bytes of a card file from outside, through the one outside-file reader
    (`intake_app/fs/outside.py`: never blocks on a FIFO, regular files only, bounded); a file
    too large to be a card is refused there or by `parse_card`.

    The one reader of card files for both tools and the window. Raises KeyCardError
    ("keycard.unreadable") when the file is missing or cannot be read, OutsideFileError when it
    is not a regular file (a FIFO, a device, a folder) or far too large.
    """
    from intake_app.fs import outside  # imported here: the crypto room loads without fs

    try:
        return outside.read_outside(path, outside.CARD)
    except outside.OutsideFileError as exc:
        if exc.code not in ("outside.missing", "outside.unreadable"):
            raise
        reason = "no such file" if exc.code == "outside.missing" else exc.params["reason"]
        raise KeyCardError(f"cannot read card file {path}: {reason}", code="keycard.unreadable",
                           path=str(path), reason=reason) from None


def load_card(path: Path) -> KeyCard:
    """Read (bounded, `read_card_file`) and parse (strict, `parse_card`) a card file."""
    return parse_card(read_card_file(path))


def verify_rotation(current: KeyCard, new: KeyCard) -> None:
    """Raise KeyCardError unless `new` is an office card endorsed by `current`'s key."""
    if current.role != "office" or new.role != "office":
        raise KeyCardError("key rotation is only for office cards")
    if new.endorsement is None:
        raise KeyCardError("the new office card is not endorsed by the current office key")
    if not signing_keys_equal(new.endorsement.verify_key, current.verify_key):
        raise KeyCardError("the new office card is endorsed by another key, not the current one")
    if signing_keys_equal(new.verify_key, current.verify_key):
        raise KeyCardError("the new office card has the same signing key as the current one")


def signing_keys_equal(a: bytes, b: bytes) -> bool:
    """Whether two public signing keys (bytes) are equal, compared in constant time."""
    return hmac.compare_digest(a, b)


def card_summary(card: KeyCard) -> str:
    """Human-readable lines for showing a card (office `card show`, liaison set-up)."""
    lines = [
        f"role:         {card.role}",
        f"name:         {card.name}",
        f"key id:       {card.key_id}",
        f"fingerprint:  {card.fingerprint}",
        *(f"recipient:    {r}" for r in card.recipients),
        f"created:      {card.created}",
    ]
    if card.endorsement is not None:
        lines.append(f"endorsed by:  previous office key {card.endorsement.key_id}")
    return "\n".join(lines)
