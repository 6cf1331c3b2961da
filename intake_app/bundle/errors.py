"""Error classes for bundles and receipts: each one carries a message a person can act on.

Messages name entries, parts and counters, never any signal content.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError


class BundleError(SeinpostError):
    """Base of every bundle problem."""

    code = "bundle.error"


class NotABundleError(BundleError):
    """The file is not a Seinpost bundle at all (wrong kind of file)."""

    code = "bundle.not_a_bundle"


class IncompleteBundleError(BundleError):
    """The file or set of parts is cut off or misses entries or parts."""

    code = "bundle.incomplete"


class DamagedBundleError(BundleError):
    """The bundle is there but some bytes are wrong; `entry` names the entry when known."""

    code = "bundle.damaged"

    def __init__(self, message: str, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry  # an entry name of the container, never content


class ManifestError(BundleError):
    """The sealed manifest is unreadable, malformed, not signed right or does not fit the bundle."""

    code = "bundle.manifest"


class BundleRejectedError(BundleError):
    """The office refuses the bundle (unknown or revoked liaison, replay, bad item, ...)."""

    code = "bundle.rejected"


class BundleWriteError(BundleError):
    """Writing a bundle failed; nothing that looks complete was left behind.

    Code "bundle.write_failed": nothing of the bundle can remain on the target. Code
    "bundle.write_left_behind" (params `files`: the file names, `folder`: the target): an
    incomplete file may remain there (its removal is not proven, e.g. the stick was pulled).
    """

    code = "bundle.write_failed"
    codes = ("bundle.write_failed", "bundle.write_left_behind")


class ReceiptError(SeinpostError):
    """A receipt is malformed, altered, or not signed by a known office key."""

    code = "receipt.invalid"


class ReceiptTimeInvalid(ReceiptError):
    """A receipt's `received` time is not a real UTC time as the office writes it
    (``YYYY-MM-DDTHH:MM:SSZ``, RFC 3339, a date that exists): ``9999-99-99T99:99:99Z``."""

    code = "receipt.bad_time"
    default_message = "the receipt's time is not a real date and time"


class PartSizeTooSmall(BundleError):
    """The chosen part size cannot hold the bundle's largest entry plus its headers."""

    code = "bundle.part_size_too_small"


class EmptyItemFile(BundleError):
    """A sealed item file to export is empty: the laptop's copy is damaged."""

    code = "bundle.empty_item"


class ItemFileChanged(BundleError):
    """A sealed item file to export is not the one sealed (its SHA-256 differs from the
    authenticated row): replaced or swapped outside Seinpost. `item_id` names the first,
    `item_ids` every one found changed at the same check (at least `item_id`)."""

    code = "bundle.item_changed"

    def __init__(self, item_id: str, item_ids: tuple[str, ...] = ()) -> None:
        self.item_id = item_id
        self.item_ids = tuple(dict.fromkeys((item_id, *item_ids)))
        super().__init__()
