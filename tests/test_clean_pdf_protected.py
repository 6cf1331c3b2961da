"""A PDF protected only by an owner password (review r11f F1) is cleaned and saved without the
protection; one that needs a password to open is sealed as it is, and the forecast before
saving says the same as the outcome after, however the key `/Encrypt` is spelled, opening the
PDF without cleaning it and reading one without encryption a chunk at a time."""

from __future__ import annotations

import io
from pathlib import Path

import pdf_child_hooks
import pikepdf
import pytest
from inventory_r11f_kit import protected_pdf
from media_kit import CANARY, canaries, exiftool
from pikepdf import Name

from intake_app.fs import outside
from intake_app.media import pdf_child
from intake_app.media.clean import clean_attachment
from intake_app.media.forecast import SCAN_CHUNK
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


def _escaped_encrypt_key(original: bytes) -> bytes:
    """`original` with the trailer's `/Encrypt` spelled `/En#63rypt` (a name escape; qpdf reads
    both alike). The trailer follows the cross-reference table, so no object moves."""
    trailer = original.rindex(b"trailer")
    assert original.count(b"/Encrypt", trailer) == 1
    return original[:trailer] + original[trailer:].replace(b"/Encrypt", b"/En#63rypt")


def test_a_pdf_whose_encrypt_key_is_spelled_with_a_name_escape_is_forecast_as_it_is_sealed(
    tmp_path: Path,
) -> None:
    original = _escaped_encrypt_key(protected_pdf(user="secret", aes256=True))
    assert b"/Encrypt" not in original
    path = tmp_path / "dossier.pdf"
    path.write_bytes(original)
    forecast = forecast_attachment(path)
    result = clean_attachment(original, path.name)
    assert (result.cleaning, result.warnings, result.data) == (
        "not-cleanable", (PDF_ENCRYPTED,), original)
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", (PDF_ENCRYPTED,))


def test_the_forecast_of_a_protected_pdf_opens_it_and_never_runs_the_cleaner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cleaner's child hangs: a forecast that cleaned would wait for it and then, stopped,
    # could not tell that the file needs a password
    monkeypatch.setattr(pdf_child, "CHILD_TARGET", pdf_child_hooks.hang)
    monkeypatch.setattr(pdf_child, "wall_seconds", lambda size: 30.0)
    path = tmp_path / "dossier.pdf"
    path.write_bytes(protected_pdf(user="secret", aes256=False))
    forecast = forecast_attachment(path)
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", (PDF_ENCRYPTED,))


class _ReadSizes(io.BufferedReader):
    """A reader that notes the largest number of bytes asked of it in one read."""

    largest = 0

    def read(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        _ReadSizes.largest = max(_ReadSizes.largest, size if size is not None and size >= 0
                                 else 1 << 62)
        return super().read(size)


def test_the_forecast_reads_a_pdf_without_encryption_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = outside.open_outside

    def noting(path: Path, kind: outside.Kind, **kw: int) -> io.BufferedReader:
        plain = opened(path, kind, **kw)
        reader = _ReadSizes(plain.detach())
        reader.size = plain.size  # type: ignore[attr-defined]
        return reader

    monkeypatch.setattr(outside, "open_outside", noting)
    original = pikepdf.new()
    original.add_blank_page(page_size=(200, 200))
    original.pages[0].obj.Contents = original.make_stream(bytes(3 * SCAN_CHUNK))
    path = tmp_path / "groot.pdf"
    original.save(path, compress_streams=False)
    assert path.stat().st_size > 3 * SCAN_CHUNK
    assert forecast_attachment(path).cleaning == "cleaned"
    assert 0 < _ReadSizes.largest <= SCAN_CHUNK
