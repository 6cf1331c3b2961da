"""The age error classes: one per way a file can fail, so callers and vectors can tell them apart.

Messages name the failed rule, never file contents or secrets.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError


class AgeError(SeinpostError):
    """Any failure to read or write an age file."""

    code = "age.error"


class HeaderError(AgeError):
    """The header is malformed (syntax, stanza shape, version, bounds)."""

    code = "age.header"


class HMACError(AgeError):
    """A file key was found but the header MAC does not verify: the header was altered."""

    code = "age.header_mac"


class NoIdentityMatchError(AgeError):
    """None of the given identities or passphrases unwraps the file key."""

    code = "age.no_identity"


class PayloadError(AgeError):
    """The encrypted payload is damaged, truncated or has trailing data."""

    code = "age.payload"


class ArmorError(AgeError):
    """The ASCII armor is not the strict PEM form the age spec requires."""

    code = "age.armor"


class KeyFormatError(AgeError):
    """A recipient, identity or identity file given by the caller is not valid."""

    code = "age.key_format"

