"""A PDF picture's palette entries no pixel uses are set to 0 (review r11m R11M-22 with R11M-21).

The review's `pdf-indexed.pdf` kept "Jan Jansen JJLAPTOP" in a lookup's unused entries, told
"Cleaned". Where the samples can be read (raw, Flate, Flate with a PNG predictor) the entries no
sample uses become 0 and the picture draws the same; where they cannot (LZW) or the colour space
can be painted with by others (an indirect object) the lookup stays whole.
"""

from __future__ import annotations

import pdf_palette_kit as kit
import pytest

from intake_app.media.clean import clean_attachment


@pytest.mark.parametrize("layout", ["flate", "png-predictor", "raw", "4-bit"])
def test_unused_lookup_entries_become_zero_and_the_picture_draws_the_same(layout: str) -> None:
    original = kit.named_palette_pdf(layout)
    result = clean_attachment(original, "a.pdf")
    assert result.cleaning == "cleaned", result
    lookup = kit.lookup_of(result.data)
    assert lookup == kit.named_lookup()[:12] + bytes(768 - 12)
    assert kit.NAMED[:10] in kit.lookup_of(original)  # what was planted, read the same way
    assert kit.pixels_of(result.data) == kit.pixels_of(original)


@pytest.mark.parametrize("layout,shared", [("lzw", False), ("flate", True)],
                         ids=["samples-not-read", "colour-space-shared"])
def test_a_lookup_whose_use_cannot_be_read_stays_whole(layout: str, shared: bool) -> None:
    original = kit.named_palette_pdf(layout, shared=shared)
    result = clean_attachment(original, "a.pdf")
    assert kit.lookup_of(result.data) == kit.named_lookup()
    assert kit.pixels_of(result.data) == kit.pixels_of(original)
