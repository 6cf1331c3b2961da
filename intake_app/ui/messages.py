"""One place that turns core errors into translated sentences for the liaison.

The core raises typed errors with English messages for the command line; the GUI shows these
translations instead, chosen by error class, so a Dutch user never reads an English sentence.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from intake_app.bundle.errors import BundleWriteError
from intake_app.crypto.keycard import KeyCardError
from intake_app.domain.signal_errors import SignalValidationError
from intake_app.services import transfer_errors as transfer
from intake_app.services.attach import AttachmentUnreadable
from intake_app.services.liaison import FingerprintMismatch
from intake_app.store import errors as store_errors
from intake_app.vault import errors as vault_errors


def _describe_transfer(exc: BaseException) -> str | None:
    """Export, receipt and office-card refusals: what happened and that nothing was lost."""
    if isinstance(exc, BundleWriteError):
        return QCoreApplication.translate(
            "Messages",
            "The bundle could not be written: the stick is full, was removed or cannot be "
            "written to. Nothing was exported and nothing was lost.",
        )
    if isinstance(exc, transfer.NothingToExport):
        return QCoreApplication.translate("Messages", "There are no sealed signals to export.")
    if isinstance(exc, transfer.NotExportable):
        return QCoreApplication.translate(
            "Messages", "Some of the chosen signals were already delivered or deleted."
        )
    if isinstance(exc, transfer.ReceiptRejected):
        reasons = {
            "bad_signature": QCoreApplication.translate(
                "Messages",
                "This receipt is not signed by the office, or it was changed. It was refused; "
                "nothing was erased.",
            ),
            "other_liaison": QCoreApplication.translate(
                "Messages", "This receipt is meant for another liaison. Nothing was erased."
            ),
            "unknown_items": QCoreApplication.translate(
                "Messages",
                "This receipt names signals this laptop never exported. It was refused; nothing "
                "was erased.",
            ),
        }
        return reasons.get(
            exc.reason,
            QCoreApplication.translate(
                "Messages", "This file is not a Seinpost receipt. Nothing was erased."
            ),
        )
    if isinstance(exc, transfer.RotationRejected):
        if exc.reason == "not_endorsed":
            return QCoreApplication.translate(
                "Messages",
                "This new office card is not signed by the office card you have. It was "
                "refused; new signals are still sealed for the current office card.",
            )
        return QCoreApplication.translate(
            "Messages", "This file is not an office card. Nothing was changed."
        )
    if isinstance(exc, transfer.TransferError):
        return QCoreApplication.translate(
            "Messages", "The export could not be done. Nothing was lost."
        )
    return None


def _describe_store(exc: BaseException) -> str | None:
    if isinstance(exc, store_errors.TooManyAttachments):
        return QCoreApplication.translate(
            "Messages", "A signal can have at most 99 attachments; nothing was added."
        )
    if isinstance(exc, AttachmentUnreadable):
        return QCoreApplication.translate(
            "Messages",
            "The file changed while it was being attached; nothing was added. Try again.",
        )
    if isinstance(exc, store_errors.StoreCorrupt | store_errors.StoreTooNew):
        return QCoreApplication.translate(
            "Messages", "The signal store on this laptop cannot be read. Nothing was overwritten."
        )
    if isinstance(exc, store_errors.RecordDamaged | store_errors.AttachmentDamaged):
        return QCoreApplication.translate(
            "Messages", "A stored draft or attachment is damaged and cannot be opened."
        )
    if isinstance(exc, store_errors.DiskFull):
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was lost: free some space and try again."
        )
    return None


def describe_error(exc: BaseException) -> str:
    """A clear, translated sentence for `exc`; never the content of a signal."""
    transfer_text = _describe_transfer(exc)
    if transfer_text is not None:
        return transfer_text
    if isinstance(exc, vault_errors.WrongPassphrase):
        left = getattr(exc, "attempts_left", None)
        if left == 1:
            return QCoreApplication.translate(
                "Messages",
                "Wrong passphrase. Careful: one more wrong attempt erases this vault for good.",
            )
        if left is not None:
            return QCoreApplication.translate(
                "Messages",
                "Wrong passphrase. %n attempt(s) left before the vault is erased.",
                "",
                left,
            )
        return QCoreApplication.translate(
            "Messages", "Wrong passphrase. Nothing was changed; try again."
        )
    if isinstance(exc, vault_errors.VaultWiped):
        return QCoreApplication.translate(
            "Messages", "This vault was erased. Its signals cannot be recovered on this laptop."
        )
    if isinstance(exc, vault_errors.DeviceSecretMissing):
        return QCoreApplication.translate(
            "Messages",
            "This profile's key is missing from the system keyring, so it cannot be opened here. "
            "Nothing was deleted.",
        )
    if isinstance(exc, vault_errors.KeyringUnavailable):
        return QCoreApplication.translate(
            "Messages",
            "The system keyring is not available right now. Log in to your desktop session and "
            "try again; nothing was deleted.",
        )
    if isinstance(exc, vault_errors.VaultCorrupt):
        return QCoreApplication.translate(
            "Messages", "The profile's key file is damaged. Nothing was overwritten."
        )
    if isinstance(exc, vault_errors.InvalidSetting):
        return QCoreApplication.translate("Messages", "That setting is outside the allowed range.")
    if isinstance(exc, vault_errors.InvalidPassphrase):
        return QCoreApplication.translate("Messages", "That passphrase cannot be used.")
    if isinstance(exc, FingerprintMismatch):
        return QCoreApplication.translate(
            "Messages",
            "The fingerprint you typed does not match this office card. Check it with the office; "
            "nothing was set up.",
        )
    if isinstance(exc, KeyCardError):
        return QCoreApplication.translate("Messages", "This is not a valid, unaltered office card.")
    store_text = _describe_store(exc)
    if store_text is not None:
        return store_text
    if isinstance(exc, SignalValidationError):
        return QCoreApplication.translate(
            "Messages", "Some fields need attention; see the marked fields."
        )
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was lost: free some space and try again."
        )
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Messages", "Seinpost may not write there. Choose another folder."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages", "The file or folder could not be read or written. Nothing was lost."
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). Nothing was lost."
    ).replace("%1", type(exc).__name__)
