"""Identity files as `age-keygen` writes them: `AGE-SECRET-KEY-1…` lines and `#` comments."""

from __future__ import annotations

from .errors import KeyFormatError
from .x25519 import format_identity, parse_identity

MAX_IDENTITY_FILE = 1 << 20
MAX_IDENTITIES = 1024


def parse_identities(text: str) -> list[str]:
    """Every identity in `text`, normalised; comments and blank lines are skipped.

    Errors name the line number only: the line itself may hold a secret key.
    """
    if len(text) > MAX_IDENTITY_FILE:
        raise KeyFormatError("identity file is larger than the accepted bound")
    text = text.removeprefix("\ufeff")
    identities: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not line.startswith("AGE-SECRET-KEY-1"):
            raise KeyFormatError(f"identity file line {number} is not an age X25519 identity")
        try:
            secret = parse_identity(line)
        except KeyFormatError:
            raise KeyFormatError(f"identity file line {number} is a malformed identity") from None
        identities.append(format_identity(secret))
        if len(identities) > MAX_IDENTITIES:
            raise KeyFormatError("identity file has too many identities")
    if not identities:
        raise KeyFormatError("identity file holds no age identity")
    return identities
