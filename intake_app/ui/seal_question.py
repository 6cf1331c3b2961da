"""The identifier warning of the seal question: which drafts, and what in them.

Review r12v F11: the warning that the text of one signal may identify someone (an e-mail address,
a phone number) named neither the signal nor the words, so with several drafts the liaison could not
tell which one to check. Each flagged draft is named now as its row in the list names it
(category, date), followed by each hit as typed. These are the liaison's own drafts, shown only
in this window (never logged, never written anywhere).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from intake_app.services.liaison import IdentifierWarning, LiaisonSession, summarise
from intake_app.ui.signal_table import category_text, period_text
from intake_app.ui.texts import identifier_kind_text

# A hit longer than this (a long profile link) is shown cut, ending in "…" (characters).
LONGEST_HIT = 40


def _field_text(fields: Mapping[str, Any], field: str) -> str:
    """The text of the free-text field named as IdentifierWarning.field names it."""
    value: Any = fields
    for part in field.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value if isinstance(value, str) else ""


def hit_text(fields: Mapping[str, Any], hit: IdentifierWarning) -> str:
    """The words of `hit` as the draft holds them, cut to LONGEST_HIT characters."""
    words = " ".join(_field_text(fields, hit.field)[hit.start:hit.end].split())
    return words if len(words) <= LONGEST_HIT else words[:LONGEST_HIT - 1] + "…"


def draft_name(fields: Mapping[str, Any]) -> str:
    """A draft as its row in the list shows it: its category, a comma, its date."""
    summary = summarise(fields)
    return f"{category_text(summary)}, {period_text(summary)[0]}"


def identifier_lines(session: LiaisonSession,
                     hits: Mapping[str, list[IdentifierWarning]]) -> list[str]:
    """One line per draft in `hits` with a hit: the draft as its row names it, then each hit's
    kind and words ([] when no draft has one)."""
    lines = []
    for draft_id, found in hits.items():
        if not found:
            continue
        fields = session.read_draft(draft_id)
        shown = [f"{identifier_kind_text(hit.kind)} “{hit_text(fields, hit)}”" for hit in found]
        lines.append("\u26a0 " + draft_name(fields) + ": " + "; ".join(shown))
    return lines
