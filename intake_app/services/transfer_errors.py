"""What can go wrong taking signals to the office and back: export, receipts, office key rotation.

One class per thing the liaison must understand, so the GUI can map each class (and its
`reason` code) to a translated text. The English messages are for the command line; they name
ids and counts, never signal content.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.errors import ContractError, SeinpostError


class TransferError(SeinpostError):
    """Base of the export, receipt and rotation refusals. Nothing was changed."""

    code = "transfer.error"
    default_message = "Nothing was changed."


class NothingToExport(TransferError):
    """There are no sealed signals to export."""

    code = "transfer.nothing_to_export"
    default_message = "There are no sealed signals to export."


class NotExportable(TransferError):
    """Some of the asked ids cannot be exported; `reason` is "unknown", "delivered" or
    "deleted" (for the first such id), `item_ids` lists all of them."""

    code = "transfer.not_exportable.unknown"
    codes = ("transfer.not_exportable.unknown", "transfer.not_exportable.delivered",
             "transfer.not_exportable.deleted")

    def __init__(self, reason: str, item_ids: Sequence[str]) -> None:
        self.reason = reason
        self.code = f"transfer.not_exportable.{reason}"
        self.item_ids = tuple(item_ids)
        what = {
            "unknown": "is not a sealed signal on this laptop",
            "delivered": "was already delivered to the office and purged",
            "deleted": "was deleted",
        }[reason]
        first = self.item_ids[0] if self.item_ids else "?"
        more = f" (and {len(self.item_ids) - 1} more)" if len(self.item_ids) > 1 else ""
        super().__init__(f"Signal {first}{more} {what}: nothing was exported.",
                         first=first, more=len(self.item_ids) - 1)


class TooManyItems(TransferError):
    """More signals were chosen than one bundle may hold (`limit`)."""

    code = "transfer.too_many_items"

    def __init__(self, limit: int) -> None:
        super().__init__(f"One bundle holds at most {limit} signals: choose fewer. "
                         "Nothing was exported.", limit=limit)


class BadPartSize(TransferError):
    """The chosen part size cannot hold this bundle."""

    code = "transfer.bad_part_size"
    default_message = ("The part size is too small for this bundle: choose a larger one. "
                       "Nothing was exported.")


class ReceiptRejected(TransferError):
    """A receipt that is not accepted; nothing was marked delivered or purged.

    `reason`: "not_a_receipt" (not a receipt, malformed, too large), "bad_signature" (altered,
    forged, or signed by a known office key not allowed for its bundle), "unknown_key" (signed
    by an office key this profile does not know yet: the office's new card may be missing, or it
    is forged), "other_liaison" (for
    another liaison's key), "unknown_items" (names a bundle this laptop never exported,
    or signals not exported in the bundle it names), "bad_time" (its `received` time is not a
    real UTC time, bundle/manifest.py `is_utc_time`).
    """

    REASONS = ("not_a_receipt", "bad_signature", "unknown_key", "other_liaison", "unknown_items",
               "bad_time")
    code = "transfer.receipt_rejected.not_a_receipt"
    codes = (*(f"transfer.receipt_rejected.{reason}" for reason in REASONS),
             "transfer.receipt_rejected.too_large")

    def __init__(self, reason: str, detail: str, *, code: str | None = None) -> None:
        if reason not in self.REASONS:
            raise ContractError("unknown receipt refusal reason")
        self.reason = reason
        self.code = f"transfer.receipt_rejected.{reason}"
        super().__init__(f"The receipt was not accepted: {detail}. Nothing was purged.",
                         code=code)


class RotationRejected(TransferError):
    """A new office card that is not accepted; the current card stays in use.

    `reason`: "not_a_card" (unreadable or malformed), "not_office" (a liaison's card),
    "not_endorsed" (not signed by any office key this laptop knows), "missing" (endorsed by an
    office key this laptop lacks: `key_id` names it; the card(s) in between are missing),
    "older" (older than the current office card).
    """

    REASONS = ("not_a_card", "not_office", "not_endorsed", "missing", "older")
    code = "transfer.rotation_rejected.not_a_card"
    codes = tuple(f"transfer.rotation_rejected.{reason}" for reason in REASONS)

    def __init__(self, reason: str, detail: str, **params: object) -> None:
        if reason not in self.REASONS:
            raise ContractError("unknown rotation refusal reason")
        self.reason = reason
        self.code = f"transfer.rotation_rejected.{reason}"
        super().__init__(f"The new office card was not accepted: {detail}. "
                         "Signals are still sealed to the current office card.", **params)


class SealedItemMissing(TransferError):
    """A sealed signal's file is missing or changed on this laptop; nothing was exported."""

    code = "export.sealed_item_missing"

    def __init__(self, item_id: str) -> None:
        self.item_id = item_id
        super().__init__(
            f"The sealed file of signal {item_id} is missing or was changed outside Seinpost; "
            "nothing was exported. Export the other signals, and restore the profile from a "
            "backup for this one."
        )
