"""The liaison's own choices kept in the store: the window's idle auto-lock and when the list was
last cleared of finished signals.

Both are rows of the `settings` table covered by the authenticated row digest (contents.py's
`TRACKED_SETTINGS`): every write goes through `LocalStore.tracked`, so a row changed, added,
deleted or put back from an older copy outside Seinpost (someone with the powered-off laptop
raising the auto-lock to keep the window open longer, or hiding rows from the list) is refused at
the next unlock with the damaged-store sentence (StoreTampered). Stores made before they were
covered take them as found once, at their first unlock by this version (LocalStore._check_key,
the state's `rows_version` in trust.py). The services give them meaning (the allowed auto-lock
range, which rows a clear hides); this part only keeps them (part of LocalStore).
"""

from __future__ import annotations

from typing import Any

from intake_app.store import settings
from intake_app.store.contents import AUTO_LOCK, LIST_CLEARED_AT
from intake_app.store.core import StoreCore


class Preferences(StoreCore):
    """The auto-lock minutes and the list's cleared time (part of LocalStore)."""

    def auto_lock_setting(self) -> Any:
        """The stored auto-lock value as written (whole minutes), or None when it was never
        set; anything else found there is returned as it is for the caller to refuse."""
        with self.reading() as conn:
            return settings.get(conn, AUTO_LOCK)

    def set_auto_lock_setting(self, minutes: int) -> None:
        """Store the auto-lock time in whole minutes (the caller checked the range)."""
        with self.transaction() as conn, self.tracked(conn, [("settings", AUTO_LOCK)]):
            settings.put(conn, AUTO_LOCK, minutes)

    def list_cleared_at(self) -> str:
        """When the liaison last cleared finished signals off the list (UTC, ISO 8601), or ""
        when never."""
        with self.reading() as conn:
            value = settings.get(conn, LIST_CLEARED_AT)
        return value if isinstance(value, str) else ""

    def set_list_cleared_at(self, at: str) -> None:
        """Record `at` (UTC, ISO 8601, as utc_now gives) as the list's cleared time."""
        with self.transaction() as conn, self.tracked(conn, [("settings", LIST_CLEARED_AT)]):
            settings.put(conn, LIST_CLEARED_AT, at)
