"""Bech32 (BIP 173, not bech32m) as age uses it for `age1…` and `AGE-SECRET-KEY-1…`.

Unlike BIP 173, age has no 90-character limit; we still bound the input length.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHAR_VALUES = {c: i for i, c in enumerate(CHARSET)}
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
MAX_LENGTH = 512


class Bech32Error(SeinpostError):
    """Not a valid Bech32 string (the message never repeats the input: it may be a secret)."""

    code = "age.bech32"


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATORS):
            if (top >> i) & 1:
                check ^= generator
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        raise Bech32Error("invalid padding in Bech32 data")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode `data` under the lowercase human-readable part `hrp`; the result is lowercase."""
    values = _convert_bits(data, 8, 5, pad=True)
    checksum_input = _hrp_expand(hrp) + values + [0] * 6
    polymod = _polymod(checksum_input) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Return (lowercase hrp, data bytes); reject mixed case, bad characters and bad checksums."""
    if len(text) > MAX_LENGTH:
        raise Bech32Error("Bech32 string too long")
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("Bech32 string mixes upper and lower case")
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise Bech32Error("Bech32 string has a character outside printable ASCII")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise Bech32Error("Bech32 separator missing or misplaced")
    hrp = text[:separator]
    try:
        values = [_CHAR_VALUES[c] for c in text[separator + 1 :]]
    except KeyError:
        raise Bech32Error("Bech32 data has a character outside the alphabet") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise Bech32Error("Bech32 checksum does not match")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))
