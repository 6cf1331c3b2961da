"""What can go wrong with the local store, one class per thing the user must understand.

Messages are plain English for the command line; the UI translates by class. They never contain
signal content, keys or file contents.
"""

from __future__ import annotations

from intake_app.errors import Cancelled as Cancelled  # the one cancel error; importable here too
from intake_app.errors import SeinpostError


class StoreError(SeinpostError):
    """Base class of every store error."""

    code = "store.error"
    default_message = "The local store could not be used."


class StoreCorrupt(StoreError):
    code = "store.corrupt"
    default_message = (
        "The local store (store.db) is damaged or is not a Seinpost store. Nothing was changed "
        "and no sealed signal was touched; restore the profile from a backup."
    )


class StoreTooNew(StoreError):
    code = "store.too_new"
    default_message = (
        "The local store was written by a newer version of Seinpost. Nothing was changed; "
        "update Seinpost to open it."
    )


class StoreMissing(StoreError):
    code = "store.missing"
    default_message = "This profile has no local store yet: run `intake-app init` first."


class StoreExists(StoreError):
    code = "store.exists"
    default_message = "This profile already has a local store; it was left unchanged."


class RecordDamaged(StoreError):
    code = "store.record_damaged"
    default_message = (
        "A stored record could not be decrypted: it is damaged or belongs to another vault. "
        "Nothing was changed."
    )


class DraftNotFound(StoreError):
    code = "store.draft_not_found"
    codes = ("store.draft_not_found", "store.bad_id")
    default_message = "There is no draft with that id."


class ItemNotFound(StoreError):
    code = "store.item_not_found"
    default_message = "There is no sealed item with that id."


class DiskFull(StoreError):
    code = "disk_full"
    default_message = "The disk is full: nothing was lost; free space and try again."


class OfficeCardRejected(StoreError):
    code = "store.office_card_rejected"
    default_message = "The new office card is not signed by the current office key; not accepted."


class IdentityMissing(StoreError):
    code = "store.identity_missing"
    default_message = "This profile has no liaison key yet: run `intake-app init` first."


class AttachmentDamaged(StoreError):
    code = "store.attachment_damaged"
    default_message = (
        "A stored attachment is damaged, truncated or belongs to another vault. "
        "Nothing was changed."
    )


class TooManyAttachments(StoreError):
    code = "store.too_many_attachments"
    default_message = None  # the sentence, with the limit
