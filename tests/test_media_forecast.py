"""The forecast the editor shows before saving agrees with what cleaning then does (issue 12,
review F4): for each kind of file, `forecast_cleaning` from the first bytes says "will be
cleaned" exactly when `clean_attachment` cleans it, and names the file as it will be stored."""

from __future__ import annotations

import io
import wave

import pytest
from office_kit import jpeg_with_gps, png_with_text
from test_end_to_end import pdf_with_author

from intake_app.media import sniff
from intake_app.media.clean import MAX_CLEAN_BYTES, clean_attachment
from intake_app.media.forecast import forecast_cleaning
from intake_app.sentences import sentence


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 800)
    return out.getvalue()


FILES = {
    "foto.jpg": jpeg_with_gps,
    "scan.png": png_with_text,
    "brief.pdf": lambda: pdf_with_author("CANARY"),
    "opname.wav": _wav,
    "notitie.xyz": lambda: b"Only a note, in plain text.\n",
    "raw.bin": lambda: bytes(range(256)) * 20,
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_forecast_says_cleaned_exactly_when_cleaning_cleans(name: str) -> None:
    data = FILES[name]()
    forecast = forecast_cleaning(data[: sniff.SNIFF_BYTES], name, len(data))
    result = clean_attachment(data, name)
    assert forecast.will_be_cleaned == (result.cleaning == "cleaned")
    assert forecast.cleaning == result.cleaning
    assert forecast.stored_name == result.suggested_name
    if not forecast.will_be_cleaned:
        assert forecast.warnings == result.warnings


def test_a_text_file_with_its_own_extension_is_said_to_be_stored_as_txt() -> None:
    forecast = forecast_cleaning(b"a note\n", "notitie.xyz", 7)
    assert forecast.stored_name == "notitie.txt"
    assert forecast.sentences("en") == [sentence("media.will_not_be_cleaned", "en"),
                                         sentence("media.type_not_cleanable", "en")]


def test_a_kept_original_and_a_file_too_large_are_forecast_as_the_attach_service_records() -> None:
    head = jpeg_with_gps()
    kept = forecast_cleaning(head, "foto.jpg", len(head), keep_original=True)
    assert (kept.cleaning, kept.warnings) == ("original-kept", ("original_kept_may_identify",))
    large = forecast_cleaning(head[: sniff.SNIFF_BYTES], "foto.jpg", MAX_CLEAN_BYTES + 1)
    assert (large.cleaning, large.warnings) == ("not-cleanable", ("too_large_to_clean",))
    assert "foto.jpg" not in repr(large)  # the liaison's own name stays out of logs
