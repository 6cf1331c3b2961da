"""The forecast reads an Office package's ZIP directory and says before saving what the cleaner
will refuse from it (review r11i L3, with R6's bound on all XML): a DOCX holding more XML than
`office_zip.MAX_XML_TOTAL`, or a compression bomb, was forecast "will be cleaned" and then
sealed as it is. No entry is inflated for the forecast; the forecast and the outcome agree."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

from office_kit import package
from test_media_office_child import big_docx

from intake_app.media.clean import clean_attachment
from intake_app.media.result import TOO_LARGE_TO_CLEAN, UNREADABLE_OFFICE_DOCUMENT
from intake_app.services.attach import forecast_attachment


def _bomb() -> bytes:
    """A DOCX with one entry of 8 MiB of zeros (1,000 times smaller compressed: over MAX_RATIO)."""
    original = io.BytesIO(package("docx"))
    with zipfile.ZipFile(original, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(8 * 1024 * 1024))
    return original.getvalue()


def _agree(tmp_path: Path, name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    path = tmp_path / name
    path.write_bytes(data)
    started = time.process_time()
    forecast = forecast_attachment(path)
    assert time.process_time() - started < 1.0  # the directory only: nothing inflated
    outcome = clean_attachment(data, name)
    assert (forecast.cleaning, forecast.warnings) == (
        "cleaned" if outcome.cleaning in ("cleaned", "partly-cleaned") else outcome.cleaning,
        () if outcome.cleaning != "not-cleanable" else outcome.warnings)
    return forecast.cleaning, forecast.warnings


def test_a_package_with_more_xml_than_the_bound_is_forecast_too_large(tmp_path: Path) -> None:
    assert _agree(tmp_path, "brief.docx", big_docx(16.5, headers=2)) == (
        "not-cleanable", (TOO_LARGE_TO_CLEAN,))


def test_a_compression_bomb_is_forecast_unreadable(tmp_path: Path) -> None:
    outcome = _agree(tmp_path, "brief.docx", _bomb())
    assert outcome == ("not-cleanable", (UNREADABLE_OFFICE_DOCUMENT,))


def test_an_ordinary_document_is_still_forecast_cleaned(tmp_path: Path) -> None:
    assert _agree(tmp_path, "brief.docx", package("docx")) == ("cleaned", ())


def test_a_directory_that_claims_more_entries_than_it_has_is_left_to_the_cleaner(
    tmp_path: Path,
) -> None:
    data = bytearray(package("docx"))
    at = data.rfind(b"PK\x05\x06")
    data[at + 8 : at + 12] = (60_000).to_bytes(2, "little") * 2  # this disk's and all entries
    assert _agree(tmp_path, "brief.docx", bytes(data)) == ("cleaned", ())  # zipfile lists 4
