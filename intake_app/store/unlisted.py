"""Sealed files that no row of the store names: a sign that store.db was put back from an
older copy (review r7f G4), and files the office can still open.

A sealed item is written to `sealed/<id>.age` before the transaction that turns its draft into
an item row; a cut in between leaves the draft, and recovery removes the file
(local_store.py, `recover`). Item rows are never deleted (a delivered or deleted item keeps its
row, its file is removed). So a `sealed/<id>.age` with a well-formed id that names neither a
draft nor an item was sealed by a store that is not this one: in passphrase-only mode, where
nothing outside the profile remembers the current vault.json and store.db, someone put back an
older pair while `sealed/` stayed current. Recovery never removes such a file (it could be the
only copy of a signal); the unlock says it (`LocalStore.unlisted_sealed`, the sentence
`store.sealed_unlisted`), and the person may copy the files as they are (`copy_out`): they are
age-encrypted to the office, which opens them with its identity (docs/SECURITY.md), and the
liaison cannot read them, so the copy shows nothing of a signal. Anyone can seal a file to the
office's public card and plant it here: in keyring mode, where an older store.db is refused,
that is the likely reason, said by `store.sealed_unlisted_planted` (the session picks the
sentence, review r7j R7J-6), and every copy is said to be unsigned, for the office an
unverified copy.

They are not put into a bundle: a bundle's signed manifest vouches for its items, and a file
someone planted with a well-formed name (the office's recipient is public) must not travel
under the liaison's signature.
"""

from __future__ import annotations

from collections.abc import Iterable

from intake_app.fs.sealed_files import COPY_PREFIX, SealedCopies, copy_out, sealed_ids

__all__ = ["COPY_PREFIX", "SealedCopies", "copy_out", "find"]


def find(names: Iterable[str], known: set[str]) -> tuple[str, ...]:
    """The ids (32 hex, sorted) of the sealed file `names` (``<id>.age``) that `known` (every
    draft and item id of the store) does not hold. Other names are not sealed files this app
    writes and are left to recovery."""
    return tuple(sorted(sealed_ids(names) - known))
