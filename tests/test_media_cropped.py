"""A picture cropped in an Office document stays whole, and the liaison reads plainly what that
means before sealing (issue 11, review r11b C4 and r11c: the choice is in docs/CLEANING.md,
`cropped-picture`).

The part cropped away is not shown in the document but is in the file: a face or a place beside
what the liaison sees. Seinpost does not cut it off (the evidence stays as it was sent, one
picture may be shown with several crops, a JPEG would lose quality); it says so, in both
languages, names what reaches the office and how to send only what is shown, and records the
file as partly cleaned.
"""

from __future__ import annotations

import inventory_office_names_kit as names
from inventory_picture_kit import pixels
from media_kit import parts

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import OFFICE_CROPPED_PICTURE_KEPT


def test_a_cropped_picture_stays_whole_and_the_liaison_is_told_what_reaches_the_office() -> None:
    result = clean_attachment(names.cropped_picture(), "a.docx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_CROPPED_PICTURE_KEPT,))
    whole = parts(result.data)["word/media/image1.png"]
    assert pixels(whole) == pixels(names.small_png((400, 100)))  # the part cropped away too
    outcome = attachment_outcome(1, result.cleaning, result.warnings)
    english = " ".join(outcome.sentences("en"))
    dutch = " ".join(outcome.sentences("nl"))
    assert english.startswith("Partly cleaned") and dutch.startswith("Deels opgeschoond")
    # what stays, where it goes, and what to do about it
    assert "not shown in the document" in english and "reaches the office whole" in english
    assert "a face or a place" in english and "crop the picture itself" in english
    assert "ziet u niet in het document" in dutch and "komt heel bij het bureau aan" in dutch
    assert "een gezicht of een plek" in dutch and "snijd de afbeelding dan zelf bij" in dutch
