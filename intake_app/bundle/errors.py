"""Error classes for bundles and receipts: each one carries a message a person can act on.

Messages name entries, parts and counters, never any signal content.
"""

from __future__ import annotations

from intake_app.errors import SeinpostError

#: What `bundle/manifest.py` finds malformed: code "bundle.manifest_malformed.<fault>".
MANIFEST_FAULTS = ("fields", "signature", "part_count", "recipients", "recipient_fingerprint",
                   "item_list", "item_order", "entry_named_twice", "bundle_id", "set_id",
                   "liaison_key_id", "counter", "created", "item_fields", "item_entries",
                   "entry_fields", "entry_name", "entry_kind", "entry_part", "entry_size",
                   "entry_hash", "item_size", "item_size_sum", "item_id", "item_hash")


class BundleError(SeinpostError):
    """Base of every bundle problem.

    A refusal that names its own code (one of the class's `codes`, with params: entry names,
    part numbers, counters, key ids, never content) is worded in any language by the one table
    (`intake_app/sentences/bundle.py`); one raised with only an English `detail` falls back to
    its class's sentence outside English (`reason`)."""

    code = "bundle.error"

    def reason(self, lang: str) -> str:
        """This refusal in `lang`: the English text itself in English (as raised), else the
        sentence of its code (the class's general one when it was raised with a detail only)."""
        return str(self) if lang == "en" else self.sentence(lang)


class NotABundleError(BundleError):
    """The file is not a Seinpost bundle at all (wrong kind of file)."""

    code = "bundle.not_a_bundle"
    codes = ("bundle.not_a_bundle", "bundle.not_a_bundle_file", "bundle.not_a_bundle_start",
             "bundle.not_a_bundle_zip")


class IncompleteBundleError(BundleError):
    """The file or set of parts is cut off or misses entries or parts."""

    code = "bundle.incomplete"
    codes = ("bundle.incomplete", "bundle.incomplete_manifest_not_last",
             "bundle.incomplete_entry_missing", "bundle.incomplete_cut_off",
             "bundle.incomplete_no_end_record", "bundle.incomplete_inside_entry",
             "bundle.incomplete_no_index", "bundle.incomplete_listed_missing",
             "bundle.incomplete_parts_missing", "bundle.incomplete_part_ended")


class DamagedBundleError(BundleError):
    """The bundle is there but some bytes are wrong; `entry` names the entry when known."""

    code = "bundle.damaged"
    codes = ("bundle.damaged", "bundle.damaged_entry_twice", "bundle.damaged_entry_unsigned",
             "bundle.damaged_entry_changed", "bundle.damaged_many_bundles",
             "bundle.damaged_item_undecryptable", "bundle.damaged_end_count",
             "bundle.damaged_end_position", "bundle.damaged_end_record",
             "bundle.damaged_directory_size", "bundle.damaged_directory_short",
             "bundle.damaged_directory", "bundle.damaged_directory_name",
             "bundle.damaged_directory_record", "bundle.damaged_directory_extra",
             "bundle.damaged_entry_twice_in_part", "bundle.damaged_entry_misplaced",
             "bundle.damaged_entry_header", "bundle.damaged_before_directory",
             "bundle.damaged_unexpected_entry", "bundle.damaged_index_too_large",
             "bundle.damaged_entry_crc", "bundle.damaged_index_malformed",
             "bundle.damaged_index_twice", "bundle.damaged_differs_from_index",
             "bundle.damaged_not_in_index", "bundle.damaged_part_twice",
             "bundle.damaged_parts_disagree", "bundle.damaged_entry_in_two_parts",
             "bundle.damaged_item_changed")

    def __init__(self, detail: str | None = None, entry: str | None = None, *,
                 code: str | None = None, **params: object) -> None:
        super().__init__(detail, code=code, **params)
        self.entry = entry  # an entry name of the container, never content


class ManifestError(BundleError):
    """The sealed manifest is unreadable, malformed, not signed right or does not fit the bundle."""

    code = "bundle.manifest"
    codes = ("bundle.manifest", "bundle.manifest_too_large", "bundle.manifest_undecryptable",
             "bundle.manifest_other_files", "bundle.manifest_unreadable",
             "bundle.manifest_unreadable_why", "bundle.manifest_signature",
             "bundle.manifest_unknown_format",
             *(f"bundle.manifest_malformed.{fault}" for fault in MANIFEST_FAULTS))


class BundleRejectedError(BundleError):
    """The office refuses the bundle (unknown or revoked liaison, replay, bad item, ...)."""

    code = "bundle.rejected"
    codes = ("bundle.rejected", "bundle.rejected_not_addressed", "bundle.rejected_unregistered",
             "bundle.rejected_revoked", "bundle.rejected_no_office_key",
             "bundle.rejected_replayed", "bundle.rejected_item_not_ours",
             "bundle.rejected_item_bad", "bundle.rejected_clash")


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
