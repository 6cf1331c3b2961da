"""Canonical unpadded base64 as the age header uses it (RFC 4648 §4, no `=`)."""

from __future__ import annotations

import base64
import binascii
import re

_RAW_B64 = re.compile(rb"[A-Za-z0-9+/]*")


def encode_raw(data: bytes) -> bytes:
    """Standard base64 of `data` without `=` padding, as ASCII bytes (age spec, "Header")."""
    return base64.b64encode(data).rstrip(b"=")


def decode_raw(text: bytes) -> bytes | None:
    """Decode canonical unpadded base64; None when it is not exactly that."""
    if not _RAW_B64.fullmatch(text) or len(text) % 4 == 1:
        return None
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return None
    # Non-canonical encodings have non-zero unused bits; re-encoding exposes them.
    if encode_raw(data) != text:
        return None
    return data
