"""The identifier warning of the seal question: which drafts, and what in them.

Review r12v F11: the warning that the text of one signal may identify someone (an e-mail address,
a phone number) named neither the signal nor the words, so with several drafts the liaison could not
tell which one to check. Each flagged draft is named now as its row in the list names it
(category, date), followed by each hit as typed. These are the liaison's own drafts, shown only
in this window (never logged, never written anywhere).

Finding them means decrypting and checking every draft to seal: `check_drafts`, which the
window runs in a worker when there are many (delivery_actions.py; review r12ab R1).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intake_app.services.liaison import (
    AttachmentOutcome,
    DraftSummary,
    IdentifierWarning,
    LiaisonSession,
    summarise,
)
from intake_app.ui.signal_table import category_text, period_text
from intake_app.ui.texts import identifier_kind_text

# A hit longer than this (a long profile link) is shown cut, ending in "…" (characters).
LONGEST_HIT = 40


@dataclass
class SealCheck:
    """What the seal question says of the drafts to seal, found by `check_drafts`.

    unfinished, ready: draft ids (in the order asked); flagged: per ready draft with an
    identifier hit, its summary and each hit's (kind, words as typed, cut to LONGEST_HIT);
    not_clean: (file name in the vault, outcome) of each attachment that will be sealed
    uncleaned. Plain data, made off the GUI thread for many drafts (delivery_actions.py)."""

    unfinished: list[str] = field(default_factory=list)
    ready: list[str] = field(default_factory=list)
    flagged: list[tuple[DraftSummary, list[tuple[str, str]]]] = field(default_factory=list)
    not_clean: list[tuple[str, AttachmentOutcome]] = field(default_factory=list)


def check_drafts(session: LiaisonSession, draft_ids: list[str],
                 progress: Callable[[int, int], None] = lambda _done, _total: None) -> SealCheck:
    """Which of `draft_ids` are complete, and in those the identifier hits and the attachments
    that are not clean: every draft decrypted and checked (about 0.5 ms each: 180-200 ms of
    the GUI thread for 400 drafts, review r12ab R1, so a worker runs it for many).
    `progress(done, total)` after each draft (a worker's: it may raise Cancelled). Raises
    what reading a draft raises (a damaged draft)."""
    check = SealCheck()
    for done, draft_id in enumerate(draft_ids, start=1):
        if session.draft_problems(draft_id):
            check.unfinished.append(draft_id)
        else:
            check.ready.append(draft_id)
            hits = session.check_identifiers(draft_id)
            if hits:
                fields = session.read_draft(draft_id)
                check.flagged.append((summarise(fields),
                                      [(hit.kind, hit_text(fields, hit)) for hit in hits]))
            # Each attachment that is not clean, with the engine's reason, by its name in the
            # vault (the liaison's own; the sealed item never holds it).
            check.not_clean += [
                (name, outcome)
                for name, outcome in zip(session.attachment_names(draft_id),
                                         session.attachment_outcomes(draft_id), strict=False)
                if not outcome.is_clean]
        progress(done, len(draft_ids))
    return check


def flagged_lines(check: SealCheck) -> list[str]:
    """One line per flagged draft of `check`: the draft as its row names it, then each hit's
    kind and words."""
    return [
        "\u26a0 " + summary_name(summary) + ": " + "; ".join(
            f"{identifier_kind_text(kind)} “{words}”" for kind, words in hits)
        for summary, hits in check.flagged]


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
    return summary_name(summarise(fields))


def summary_name(summary: DraftSummary) -> str:
    """A draft as its row in the list shows it, from its summary (draft_name)."""
    return f"{category_text(summary)}, {period_text(summary)[0]}"
