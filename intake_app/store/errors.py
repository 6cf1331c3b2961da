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
    """store.db is damaged or is not a Seinpost store (code "store.corrupt")."""

    code = "store.corrupt"
    default_message = (
        "The local store (store.db) is damaged or is not a Seinpost store. Nothing was changed "
        "and no sealed signal was touched; restore the profile from a backup."
    )


class StoreLinked(StoreError):
    """store.db or one of its log files has a second name on the disk (a hard link), through
    which someone could keep a copy of what is written to it: refused before anything is read
    or written (code "store.linked", store/database.py `_check_one_name`)."""

    code = "store.linked"
    default_message = (
        "The local store (store.db) or its log file has a second name on this disk (a hard "
        "link), through which someone could keep a copy of everything written to it. Nothing "
        "was opened or changed; ask someone you trust for help before using this profile."
    )


class StoreLogPlanted(StoreError):
    """Where one of store.db's log files belongs (store.db-journal, -wal or -shm) lies a
    folder, a FIFO, a link or a device: not the store's, put there outside Seinpost (code
    "store.log_planted", `name` the log file's name). Refused before anything is read or
    written, whichever passphrase was typed; nothing is erased (review r7l R7L-7: it was
    called a damaged store)."""

    code = "store.log_planted"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"Where the local store's log file {name} belongs lies something that is not a "
            "file. Nothing was opened, changed or erased.", name=name)


class StoreReadOnly(StoreError):
    """store.db or one of its log files cannot be written by this user (its mode was changed,
    or the disk is read-only): refused before anything is read or written, whichever
    passphrase was typed (code "store.read_only", store/database.py `_check_writable`)."""

    code = "store.read_only"
    default_message = (
        "The local store (store.db) or its log file cannot be written: its permissions were "
        "changed outside Seinpost, or the disk is read-only. Nothing was opened or changed; "
        "ask someone you trust for help before using this profile."
    )


class StoreTooNew(StoreError):
    """store.db has a schema newer than this version knows (code "store.too_new")."""

    code = "store.too_new"
    default_message = (
        "The local store was written by a newer version of Seinpost. Nothing was changed; "
        "update Seinpost to open it."
    )


class StoreMissing(StoreError):
    """The profile has no store.db (code "store.missing"): its vault.json exists, so it was
    set up and store.db is gone (review r7k R7K-12)."""

    code = "store.missing"


class StoreExists(StoreError):
    """store.db already exists where a new one was to be created (code "store.exists")."""

    code = "store.exists"
    default_message = "This profile already has a local store; it was left unchanged."


class StoreLeftBehind(StoreError):
    """Set-up found the store of an earlier profile in the folder (store.db, sealed/, blobs/)
    that this app cannot show it erased, and will not overwrite it (code "store.left_behind",
    `folder`: the profile folder)."""

    code = "store.left_behind"


class SealedAfterErasure(StoreError):
    """Set-up over a proven erasure found sealed signals the erased profile still holds
    (code "store.sealed_after_erasure", `count` of them in the folder `folder`): age files to
    the office, which can still reach it, so set-up does not remove them unasked (review r7k,
    R7K-11; services/profile_setup.py, `discard_sealed`)."""

    code = "store.sealed_after_erasure"


class RecordDamaged(StoreError):
    """An encrypted record does not decrypt under this vault's key (code "store.record_damaged")."""

    code = "store.record_damaged"
    default_message = (
        "A stored record could not be decrypted: it is damaged or belongs to another vault. "
        "Nothing was changed."
    )


class DraftNotFound(StoreError):
    """No draft has that id, or the id is malformed (codes "store.draft_not_found",
    "store.bad_id").
    """

    code = "store.draft_not_found"
    codes = ("store.draft_not_found", "store.bad_id")
    default_message = "There is no draft with that id."


class ItemNotFound(StoreError):
    """No sealed item has that id (code "store.item_not_found")."""

    code = "store.item_not_found"
    default_message = "There is no sealed item with that id."


class DiskFull(StoreError):
    """The disk is full; nothing was lost (code "disk_full")."""

    code = "disk_full"
    default_message = "The disk is full: nothing was lost; free space and try again."


class OfficeCardRejected(StoreError):
    """A new office card is not endorsed by the current office key (code
    "store.office_card_rejected").
    """

    code = "store.office_card_rejected"
    default_message = "The new office card is not signed by the current office key; not accepted."


class IdentityMissing(StoreError):
    """The profile has no liaison signing key yet (code "store.identity_missing")."""

    code = "store.identity_missing"
    default_message = "This profile has no liaison key yet: run `intake-app init` first."


class AttachmentDamaged(StoreError):
    """An attachment blob is damaged, truncated or from another vault (code
    "store.attachment_damaged").
    """

    code = "store.attachment_damaged"
    default_message = (
        "A stored attachment is damaged, truncated or belongs to another vault. "
        "Nothing was changed."
    )


class TooManyAttachments(StoreError):
    """A draft already holds the most attachments allowed (code "store.too_many_attachments");
    the sentence names the limit.
    """

    code = "store.too_many_attachments"
    default_message = None  # the sentence, with the limit


class RecordTooLarge(StoreError):
    """A draft's fields take more than the store keeps in one record (code
    "store.record_too_large"); the sentence names the limit in bytes.
    """

    code = "store.record_too_large"
    default_message = None  # the sentence, with the limit


class UnknownItemStatus(StoreError):
    """A sealed item's state was asked for by a name that is not one (code
    "store.unknown_status")."""

    code = "store.unknown_status"
    default_message = "That is not a state a sealed signal can have."
