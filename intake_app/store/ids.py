"""The store's ids and times: random 128-bit ids in hex, UTC times with microseconds."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

from intake_app.store.errors import DraftNotFound

_ID = re.compile(r"[0-9a-f]{32}")


def new_id() -> str:
    """A random 128-bit id; the draft and the sealed item it becomes share it."""
    return secrets.token_hex(16)


def check_id(value: str) -> str:
    """Return `value` if it is a well-formed id (32 lower-case hex characters).

    Raises DraftNotFound with code "store.bad_id" otherwise.
    """
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise DraftNotFound("That is not a signal id (32 hexadecimal characters).",
                            code="store.bad_id")
    return value


def utc_now() -> str:
    """The current time in UTC as ISO 8601 with microseconds and a `Z`
    (for example "2026-11-29T13:40:00.000000Z").
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
