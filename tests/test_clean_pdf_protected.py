"""A PDF protected only by an owner password (review r11f F1) is cleaned and saved without the
protection; one that needs a password to open is sealed as it is, and the forecast before
saving says the same as the outcome after."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from inventory_r11f_kit import protected_pdf
from media_kit import CANARY, canaries, exiftool
from pikepdf import Name

from intake_app.media.clean import clean_attachment
from intake_app.media.outcome import attachment_outcome
from intake_app.media.result import PDF_ENCRYPTED, PDF_PROTECTION_REMOVED
from intake_app.sentences import sentence
from intake_app.services.attach import forecast_attachment


@pytest.mark.parametrize("aes256", [True, False], ids=["aes256-r6", "rc4-r3"])
def test_a_pdf_with_only_an_owner_password_is_cleaned_and_saved_unprotected(
    tmp_path: Path, aes256: bool
) -> None:
    original = protected_pdf(user="", aes256=aes256)
    with pikepdf.open(io.BytesIO(original)) as pdf:
        assert pdf.is_encrypted and str(pdf.docinfo[Name.Author]).startswith("CANARY")
    path = tmp_path / "afschrift.pdf"
    path.write_bytes(original)
    forecast = forecast_attachment(path)
    result = clean_attachment(original, path.name)
    assert (forecast.cleaning, result.cleaning) == ("cleaned", "cleaned")
    assert result.warnings == (PDF_PROTECTION_REMOVED,)
    with pikepdf.open(io.BytesIO(result.data)) as pdf:
        assert not pdf.is_encrypted and Name.Encrypt not in pdf.trailer
        assert len(pdf.pages) == 1
    assert canaries(result.data) == []
    assert not any(CANARY.decode() in str(value) for value in exiftool(result.data).values())
    outcome = attachment_outcome(1, result.cleaning, result.warnings)
    assert outcome.is_clean
    for lang in ("nl", "en"):
        assert sentence("media.pdf_protection_removed", lang) in outcome.sentences(lang)


def test_a_pdf_that_needs_a_password_is_forecast_and_sealed_as_is(tmp_path: Path) -> None:
    original = protected_pdf(user="secret", aes256=True)
    path = tmp_path / "dossier.pdf"
    path.write_bytes(original)
    forecast = forecast_attachment(path)
    result = clean_attachment(original, path.name)
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", (PDF_ENCRYPTED,))
    assert (result.cleaning, result.warnings, result.data) == (
        "not-cleanable", (PDF_ENCRYPTED,), original)
    assert forecast.sentences("en") == [sentence("media.will_not_be_cleaned", "en"),
                                        sentence("media.pdf_encrypted", "en")]
