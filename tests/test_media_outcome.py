"""The engine API every front end uses to show an attachment's outcome before sealing."""

from __future__ import annotations

import pytest

from intake_app.media.outcome import OUTCOME_CODES, attachment_outcome
from intake_app.media.result import WARNING_CODES
from intake_app.sentences import SENTENCES


@pytest.mark.parametrize("code", [*OUTCOME_CODES.values(), *(f"media.{c}" for c in WARNING_CODES)])
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
