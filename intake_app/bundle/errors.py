"""Error classes for bundles and receipts: each one carries a message a person can act on.

Messages name entries, parts and counters, never any signal content.
"""

from __future__ import annotations


class BundleError(Exception):
    """Base of every bundle problem."""


class NotABundleError(BundleError):
    """The file is not a Seinpost bundle at all (wrong kind of file)."""


class IncompleteBundleError(BundleError):
    """The file or set of parts is cut off or misses entries or parts."""


class DamagedBundleError(BundleError):
    """The bundle is there but some bytes are wrong; `entry` names the entry when known."""

    def __init__(self, message: str, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry


class ManifestError(BundleError):
    """The sealed manifest is unreadable, malformed, not signed right or does not fit the bundle."""


class BundleRejectedError(BundleError):
    """The office refuses the bundle (unknown or revoked liaison, replay, bad item, ...)."""


class BundleWriteError(BundleError):
    """Writing a bundle failed; nothing that looks complete was left behind."""


class ReceiptError(ValueError):
    """A receipt is malformed, altered, or not signed by a known office key."""
