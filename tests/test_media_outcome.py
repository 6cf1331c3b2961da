"""The engine API every front end uses to show an attachment's outcome before sealing."""

from __future__ import annotations

import pytest

from intake_app.media.outcome import CLEANED_WITH_EXCEPTIONS, OUTCOME_CODES, attachment_outcome
from intake_app.media.result import NOTES, WARNING_CODES
from intake_app.sentences import SENTENCES


@pytest.mark.parametrize(
    "code",
    [*OUTCOME_CODES.values(), CLEANED_WITH_EXCEPTIONS, *(f"media.{c}" for c in WARNING_CODES)],
)
def test_every_outcome_and_warning_has_a_dutch_and_an_english_sentence(code: str) -> None:
    assert SENTENCES[code]["nl"] and SENTENCES[code]["en"]
    assert SENTENCES[code]["nl"] != SENTENCES[code]["en"]


def test_an_outcome_names_the_attachment_by_position_and_gives_its_reasons() -> None:
    outcome = attachment_outcome(3, "not-cleanable", ("unreadable_image",))
    assert outcome.code == "media.not_cleanable"
    assert outcome.reason_codes == ("media.unreadable_image",)
    assert not outcome.is_clean
    assert outcome.line("en").startswith("Attachment 3: Could not be cleaned")
    assert outcome.line("nl").startswith("Bijlage 3: Kon niet worden opgeschoond")
    assert outcome.sentences("en")[1] == SENTENCES["media.unreadable_image"]["en"]


def test_a_clean_outcome_and_an_unknown_warning() -> None:
    assert attachment_outcome(1, "cleaned", ()).is_clean
    odd = attachment_outcome(1, "cleaned", ("from_a_newer_version",))
    assert odd.reason_codes == ("media.unknown",) and not odd.is_clean


def test_a_cleaned_file_with_exceptions_never_opens_with_cleaned_fully() -> None:
    outcome = attachment_outcome(2, "cleaned", ("image_cleaned_in_container",
                                                "office_embedded_objects_not_cleaned"))
    assert outcome.code == CLEANED_WITH_EXCEPTIONS and not outcome.is_clean
    assert outcome.exceptions == ("office_embedded_objects_not_cleaned",)
    for lang in ("nl", "en"):
        first, *reasons = outcome.sentences(lang)
        assert first == SENTENCES[CLEANED_WITH_EXCEPTIONS][lang]
        assert first != SENTENCES["media.cleaned"][lang]
        assert reasons == [SENTENCES[f"media.{code}"][lang] for code in outcome.warnings]
    assert outcome.line("en").startswith("Attachment 2: Partly cleaned")
    assert outcome.line("nl").startswith("Bijlage 2: Deels opgeschoond")


@pytest.mark.parametrize("note", sorted(NOTES))
def test_a_note_on_how_a_file_was_cleaned_keeps_it_cleaned_fully(note: str) -> None:
    outcome = attachment_outcome(1, "cleaned", (note,))
    assert outcome.code == "media.cleaned" and outcome.is_clean
    assert outcome.sentences("en")[1] == SENTENCES[f"media.{note}"]["en"]
