"""The age error classes: one per way a file can fail, so callers and vectors can tell them apart.

Messages name the failed rule, never file contents or secrets.
"""

from __future__ import annotations


class AgeError(Exception):
    """Any failure to read or write an age file."""


class HeaderError(AgeError):
    """The header is malformed (syntax, stanza shape, version, bounds)."""


class HMACError(AgeError):
    """A file key was found but the header MAC does not verify: the header was altered."""


class NoIdentityMatchError(AgeError):
    """None of the given identities or passphrases unwraps the file key."""


class PayloadError(AgeError):
    """The encrypted payload is damaged, truncated or has trailing data."""


class ArmorError(AgeError):
    """The ASCII armor is not the strict PEM form the age spec requires."""


class KeyFormatError(AgeError, ValueError):
    """A recipient, identity or identity file given by the caller is not valid."""
