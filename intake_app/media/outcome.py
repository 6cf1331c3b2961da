"""What happened to one attachment, as a code and sentences a person reads (window and CLI).

The engine API for every front end: `attachment_outcome(position, cleaning, warnings)` gives an
`AttachmentOutcome` whose `code` says precisely what happened: "media.cleaned" (cleaned fully:
no warning, or only notes on how, `result.NOTES`), "media.cleaned_with_exceptions" (stored as
"partly-cleaned", or "cleaned" by an older version: cleaned, except what the warnings that
follow name), "media.original_kept" or "media.not_cleanable".
Its `reason_codes` are the sentence keys of its warnings ("media.<warning code>"). All are keys
of `intake_app.sentences.SENTENCES`, so the window and the command lines say the same thing in
Dutch and English. An attachment is named by its position (1-based), never by its file name: a
name can itself identify a reporter.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.media.result import NOTES, WARNING_CODES, Cleaning
from intake_app.sentences import sentence

OUTCOME_CODES: dict[str, str] = {
    "cleaned": "media.cleaned",
    "partly-cleaned": "media.cleaned_with_exceptions",
    "original-kept": "media.original_kept",
    "not-cleanable": "media.not_cleanable",
}
"""`CleanResult.cleaning` -> sentence code of the outcome (a cleaned file with exceptions reads
CLEANED_WITH_EXCEPTIONS instead)."""
CLEANED_WITH_EXCEPTIONS = "media.cleaned_with_exceptions"

_LABELS = {
    "nl": "Bijlage {position}: {text}",
    "en": "Attachment {position}: {text}",
}


@dataclass(frozen=True)
class AttachmentOutcome:
    """One attachment's outcome before sealing.

    `position` counts from 1 in the order the attachments are sealed; `cleaning` is the stored
    outcome ("cleaned", "partly-cleaned", "original-kept", "not-cleanable"); `warnings` are
    stable warning codes (`media.result.WARNING_CODES`); `code` and `reason_codes` are sentence
    codes.
    """

    position: int
    cleaning: str
    warnings: tuple[str, ...]

    @property
    def code(self) -> str:
        """Sentence code of the outcome; an unknown stored value reads as not cleanable."""
        if self.cleaning in ("cleaned", "partly-cleaned") and self.exceptions:
            return CLEANED_WITH_EXCEPTIONS
        return OUTCOME_CODES.get(self.cleaning, OUTCOME_CODES["not-cleanable"])

    @property
    def exceptions(self) -> tuple[str, ...]:
        """The warnings that name something that may identify and stayed (not `NOTES`)."""
        return tuple(code for code in self.warnings if code not in NOTES)

    @property
    def is_clean(self) -> bool:
        """True only when the file was cleaned and nothing is left that may identify: no
        warning, or only notes on how it was cleaned (`result.NOTES`)."""
        return self.cleaning == "cleaned" and not self.exceptions

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """Sentence codes for the warnings, in order; unknown codes become "media.unknown"."""
        return tuple(
            f"media.{code}" if code in WARNING_CODES else "media.unknown" for code in self.warnings
        )

    def sentences(self, lang: str = "nl") -> list[str]:
        """The outcome sentence followed by one sentence per warning, in `lang` ("nl"/"en")."""
        return [sentence(self.code, lang), *(sentence(c, lang) for c in self.reason_codes)]

    def line(self, lang: str = "nl") -> str:
        """One line for a terminal: "Attachment 2: <outcome> <reasons>" (no file name)."""
        label = _LABELS.get(lang, _LABELS["en"])
        return label.format(position=self.position, text=" ".join(self.sentences(lang)))


def attachment_outcome(
    position: int, cleaning: Cleaning | str, warnings: tuple[str, ...] | list[str]
) -> AttachmentOutcome:
    """The outcome of the attachment at `position` (1-based) from its stored cleaning record."""
    return AttachmentOutcome(position, str(cleaning), tuple(warnings))
