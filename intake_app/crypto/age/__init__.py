"""The age v1 file format (C2SP age): X25519 and passphrase recipients, STREAM payload, armor.

    age.generate_x25519() -> (identity, recipient)
    age.encrypt(src, dst, recipients=[...], passphrase=None, armor=False, progress=None)
    age.decrypt(src, dst, identities=[...], passphrase=None, progress=None)

`src`/`dst` are binary file objects. Write `dst` through `intake_app.fs.atomic.atomic_writer`
so that a failed or cancelled operation (an `AgeError`, or `progress` raising) leaves no file.
"""

from __future__ import annotations

from .core import decrypt, encrypt, open_decrypt, open_encrypt
from .errors import (
    AgeError,
    ArmorError,
    HeaderError,
    HMACError,
    KeyFormatError,
    NoIdentityMatchError,
    PayloadError,
)
from .file_objects import DecryptingReader, EncryptingWriter
from .identities import parse_identities
from .x25519 import generate as generate_x25519
from .x25519 import recipient_for

__all__ = [
    "AgeError",
    "ArmorError",
    "DecryptingReader",
    "EncryptingWriter",
    "HMACError",
    "HeaderError",
    "KeyFormatError",
    "NoIdentityMatchError",
    "PayloadError",
    "decrypt",
    "encrypt",
    "generate_x25519",
    "open_decrypt",
    "open_encrypt",
    "parse_identities",
    "recipient_for",
]
