"""What can go wrong with the local store, one class per thing the user must understand.

Messages are plain English for the command line; the UI translates by class. They never contain
signal content, keys or file contents.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base class of every store error."""

    default_message = "The local store could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class StoreCorrupt(StoreError):
    default_message = (
        "The local store (store.db) is damaged or is not a Seinpost store. Nothing was changed "
        "and no sealed signal was touched; restore the profile from a backup."
    )


class StoreTooNew(StoreError):
    default_message = (
        "The local store was written by a newer version of Seinpost. Nothing was changed; "
        "update Seinpost to open it."
    )


class StoreMissing(StoreError):
    default_message = "This profile has no local store yet: run `intake-app init` first."


class StoreExists(StoreError):
    default_message = "This profile already has a local store; it was left unchanged."


class RecordDamaged(StoreError):
    default_message = (
        "A stored record could not be decrypted: it is damaged or belongs to another vault. "
        "Nothing was changed."
    )


class DraftNotFound(StoreError):
    default_message = "There is no draft with that id."


class ItemNotFound(StoreError):
    default_message = "There is no sealed item with that id."


class DiskFull(StoreError):
    default_message = "The disk is full: nothing was lost; free space and try again."


class Cancelled(StoreError):
    default_message = "Cancelled: nothing was changed."


class OfficeCardRejected(StoreError):
    default_message = "The new office card is not signed by the current office key; not accepted."


class IdentityMissing(StoreError):
    default_message = "This profile has no liaison key yet: run `intake-app init` first."


class AttachmentDamaged(StoreError):
    default_message = (
        "A stored attachment is damaged, truncated or belongs to another vault. "
        "Nothing was changed."
    )


class TooManyAttachments(StoreError):
    default_message = "A signal can have at most 99 attachments; nothing was added."
