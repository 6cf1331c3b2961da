"""The states a signal goes through on the liaison's laptop, as one enum.

draft -> sealed -> exported -> delivered (receipt imported: purged, a tombstone remains);
a draft or a held item can be deleted. Stored as these lower-case strings (store schema 1), so
a `SignalState` compares equal to the text in the database and in older code.
"""

from __future__ import annotations

from enum import StrEnum


class SignalState(StrEnum):
    """Where a signal is: its draft, its sealed item, or the tombstone left after it."""

    DRAFT = "draft"
    SEALED = "sealed"
    EXPORTED = "exported"
    DELIVERED = "delivered"
    DELETED = "deleted"


#: The states of a sealed item (the items table), in the order a signal reaches them.
ITEM_STATES: tuple[SignalState, ...] = (SignalState.SEALED, SignalState.EXPORTED,
                                        SignalState.DELIVERED, SignalState.DELETED)
#: States whose sealed file is still on the laptop (and can be exported or deleted).
HELD: tuple[SignalState, ...] = (SignalState.SEALED, SignalState.EXPORTED)
#: States a person can still delete from the laptop.
DELETABLE: tuple[SignalState, ...] = (SignalState.DRAFT, *HELD)
