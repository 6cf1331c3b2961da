"""What the liaison's list shows of a draft: its category, period and place, and what is missing.

Drafts are the liaison's own and readable while the vault is open (DESIGN.md §3.1), so the list
may show what they are about; sealed signals show only date, size and status. Never a word of
the testimony: the list is open on the screen while the next frightened person sits beside it
(review r12aa A3: a row read `No category yet — "My brother was called by someone from the
consulate…"`), so the description is not in the summary at all. Nothing here is written
anywhere: the summary lives in memory for the list.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_app.domain.signal import validate_signal

FINISHED = ("delivered", "deleted")


@dataclass(frozen=True)
class DraftSummary:
    """category: a code or None; period: {"kind", "start"/"month", "end"}; place: {"kind",
    "value"}; missing: how many fields must still be filled before sealing; urgency: a code
    or None. No word of the description (module docstring)."""

    category: str | None
    period: dict[str, Any]
    place: dict[str, Any]
    missing: int
    urgency: str | None = None


def summarise(fields: Mapping[str, Any], *, today: date | None = None) -> DraftSummary:
    """The list's view of one draft's (possibly unfinished) fields."""
    category = fields.get("category")
    period = fields.get("period")
    place = fields.get("place")
    urgency = fields.get("urgency")
    return DraftSummary(
        category=category if isinstance(category, str) else None,
        period=dict(period) if isinstance(period, Mapping) else {},
        place=dict(place) if isinstance(place, Mapping) else {},
        # Fields, not problems: a place with two problems is one field to fill.
        missing=len({error.field.split(".")[0] for error in validate_signal(fields, today=today)}),
        urgency=urgency if isinstance(urgency, str) else None,
    )


@dataclass(frozen=True)
class StoredAttachment:
    """An attachment in the vault as the editor lists it: `cleaning` is "cleaned",
    "original-kept" or "not-cleanable"; `warnings` are media warning codes. No key, no bytes."""

    id: str
    name: str
    cleaning: str
    warnings: tuple[str, ...]


class SummaryCache:
    """Draft summaries kept between two readings of the list, each with its draft's stamp
    (updated_at, size in bytes, today's date): a draft is decrypted and checked again only
    when it changed (or the day did: what is missing can depend on it). Reading and checking
    all 400 drafts of a busy liaison cost 190-380 ms of the window's GUI thread at every
    refresh (issue 12 "Quick"). In memory only, for as long as the session is open.

    Safe to share between two threads (the window reads what is kept on its GUI thread while
    a worker reads the drafts, ui/summary_reader.py): what is kept is changed under a lock,
    and no draft is read while holding it."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[tuple[str, int, date], DraftSummary]] = {}
        self._guard = threading.Lock()

    def summaries(self, drafts: Iterable[Any], read: Callable[[str], Mapping[str, Any]], *,
                  budget: int | None = None,
                  step: Callable[[], None] | None = None) -> dict[str, DraftSummary]:
        """The summary of every draft of `drafts` (DraftInfo: id, updated_at, size; oldest
        change first, as the store lists them), by id; `read(id)` gives a changed or new
        draft's fields (its errors pass through). Drafts are read newest change first.

        `budget`: at most this many drafts are read; the others not kept are left out of the
        answer (0: only what is kept). `step()` is called before each read (a worker's
        progress: it raises Cancelled to stop; what was read before is kept)."""
        today = date.today()
        drafts = list(drafts)
        with self._guard:
            kept = dict(self._kept)
        known: dict[str, tuple[tuple[str, int, date], DraftSummary]] = {}
        made: dict[str, tuple[tuple[str, int, date], DraftSummary]] = {}
        try:
            for draft in reversed(drafts):  # newest change first: the list shows those first
                stamp = (draft.updated_at, draft.size, today)
                old = kept.get(draft.id)
                if old is not None and old[0] == stamp:
                    known[draft.id] = old
                elif budget is None or len(made) < budget:
                    if step is not None:
                        step()
                    made[draft.id] = (stamp, summarise(read(draft.id)))
        finally:
            with self._guard:  # deleted and sealed drafts are forgotten
                live = {draft.id for draft in drafts}
                self._kept = {i: v for i, v in self._kept.items() if i in live} | made
        return {draft_id: summary for draft_id, (_stamp, summary) in (known | made).items()}

    def forget(self, draft_id: str) -> None:
        """Read `draft_id` again next time (its fields were just written)."""
        with self._guard:
            self._kept.pop(draft_id, None)
