"""Key fingerprints that two people can read to each other, write on paper, or put in a QR code.

What is fingerprinted: the keys and nothing else, namely the Ed25519 verify key and the age
recipients (sorted, so their order on the card does not matter). The display name and the
creation time are left out on purpose: they are covered by the card's own signature, only the key
holder can change them, and a card re-issued for the same keys (a corrected name, say) keeps the
fingerprint people already compared. A different key always gives a different fingerprint.

Form: SHA-512 over a label and the keys; the first 40 bytes, five bytes at a time, each taken
modulo 100000, give 8 groups of 5 decimal digits (about 133 bits), e.g.
``04417 92318 55120 73409 18862 30071 64925 11590``. Digits read aloud in any language and survive
handwriting. The QR form ``SEINPOST-FP:`` followed by the 40 digits uses only characters of the QR
alphanumeric mode, so it fits a small code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Sequence

from intake_app.errors import SeinpostError

GROUPS = 8
GROUP_DIGITS = 5
QR_PREFIX = "SEINPOST-FP:"

_LABEL = b"seinpost/fingerprint/v1\x00"
_DIGITS = GROUPS * GROUP_DIGITS
# What a person may type between digit groups: spaces, dashes, dots, newlines.
_SEPARATORS = re.compile(r"[\s\-.]+")


class FingerprintError(SeinpostError):
    """A typed or scanned fingerprint is not 40 digits."""

    code = "fingerprint.invalid"


def fingerprint_digits(verify_key: bytes, recipients: Sequence[str]) -> str:
    """The 40 fingerprint digits, without separators."""
    material = bytearray(_LABEL)
    material += len(verify_key).to_bytes(2, "big") + bytes(verify_key)
    for recipient in sorted(recipients):
        encoded = recipient.encode("ascii")
        material += len(encoded).to_bytes(2, "big") + encoded
    digest = hashlib.sha512(bytes(material)).digest()
    groups = (
        int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 10**GROUP_DIGITS for i in range(GROUPS)
    )
    return "".join(f"{group:0{GROUP_DIGITS}d}" for group in groups)


def group(digits: str) -> str:
    """``0441792318…`` → ``04417 92318 …`` for reading aloud."""
    return " ".join(digits[i : i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def qr_text(digits: str) -> str:
    """The text a fingerprint QR code holds: QR_PREFIX followed by the fingerprint's digits."""
    return QR_PREFIX + digits


def western_digits(text: str) -> str:
    """`text` with every decimal digit of any script written 0-9, and full-width forms as their
    plain ones (Unicode NFKC). A liaison with an Arabic, Persian or Chinese keyboard layout
    types ٠١٢, ۰۱۲ or ０１２ for 012; they read the same digits (review r12ac-5: the window's
    Check did nothing, `init` stopped with an internal error, and the office called a
    matching liaison card swapped)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(value) if (value := unicodedata.decimal(char, None)) is not None
                   else char for char in text)


def normalize(text: str) -> str:
    """The 40 digits of a fingerprint as typed (any grouping, digits of any script) or scanned
    from its QR code."""
    text = western_digits(text).strip()
    if text.upper().startswith(QR_PREFIX):
        text = text[len(QR_PREFIX) :]
    digits = _SEPARATORS.sub("", text)
    if len(digits) != _DIGITS or not digits.isascii() or not digits.isdigit():
        raise FingerprintError(f"a fingerprint is {GROUPS} groups of {GROUP_DIGITS} digits")
    return digits


def matches(expected_digits: str, typed: str) -> bool:
    """True when `typed` (grouped, ungrouped or QR text) is the fingerprint `expected_digits`."""
    try:
        candidate = normalize(typed)
    except FingerprintError:
        return False
    return hmac.compare_digest(candidate.encode("ascii"), expected_digits.encode("ascii"))
