"""Refusals when the store's authenticated state does not hold (see store/trust.py).

Each one leaves everything as it is: nothing is purged, sealed, erased or trusted.
"""

from __future__ import annotations

from intake_app.store.errors import StoreError


class StoreTampered(StoreError):
    """store.db no longer carries this vault's seal (code "store.tampered")."""

    code = "store.tampered"
    default_message = (
        "The local store (store.db) was changed outside Seinpost: its records no longer carry "
        "this vault's seal. Nothing was sealed, purged or deleted; restore the profile from a "
        "backup."
    )


class StoreKeyMismatch(StoreError):
    """store.db belongs to another vault or was changed outside Seinpost (code
    "store.key_mismatch").
    """

    code = "store.key_mismatch"
    default_message = (
        "The local store (store.db) does not belong to this vault, or was changed outside "
        "Seinpost. Nothing was purged or deleted; restore the profile from a backup."
    )


class DuressProofOutdated(StoreKeyMismatch):
    """A duress unlock met a store whose duress proof is of the form before it covered the
    profile state (prepared by an older version, not renewed since): nothing is trusted, and
    the session answers as a wrong passphrase would (services/opening.py). Shown anywhere
    else, it is StoreKeyMismatch (same code)."""


class StoreRolledBack(StoreError):
    """store.db is older than the one the vault last used (code "store.rolled_back")."""

    code = "store.rolled_back"
    default_message = (
        "The local store (store.db) is older than the one this vault last used: an old copy was "
        "put back. Nothing was sealed, purged or deleted; restore the latest backup of the whole "
        "profile."
    )


class OfficeRecordOutdated(StoreError):
    """The stored office record is older than the last one accepted (code
    "store.office_record_outdated").
    """

    code = "store.office_record_outdated"
    default_message = (
        "The stored office card is older than the one this profile last accepted (an old copy "
        "was put back). Nothing will be sealed to it; restore the profile from a backup."
    )
