"""Reviews r11e (side finding) and r11d O1: a file Seinpost cannot clean is sealed under its own
extension, not under another kind's. RTF, an e-mail message, PostScript (EPS) and a netpbm picture
written as text (P1-P3; review r11i L5) are text, and were sealed as `.txt` (SVG too: now cleaned, `test_sealed_svg.py`); an OpenDocument file (LibreOffice) is a
ZIP, and was sealed as `.zip`. The office received the raw source under a wrong name. Each is still told as not cleaned (it may identify),
before saving and before sealing, and what reached the office is the file byte for byte; an RTF
document by name, with what it keeps and how to have it cleaned.
"""

# ruff: noqa: E501 (file contents are kept whole)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from media_kit import exiftool
from office_types_kit import seal

from intake_app.media.result import RTF_NOT_CLEANED, TYPE_NOT_CLEANABLE
from intake_app.sentences import sentence

RTF = rb"{\rtf1\ansi\deff0{\info{\author CANARY Jan Jansen}{\operator CANARY jjansen}{\company CANARY BV}}{\fonttbl{\f0 Arial;}}\f0 Melding.\par}"
EML = (b"Return-Path: <jan@example.nl>\r\nReceived: from CANARY-laptop (10.0.0.7)\r\nFrom: CANARY Jan Jansen <jan@example.nl>\r\n"
       b"To: meldpunt@example.org\r\nSubject: Melding\r\nX-Originating-IP: [10.0.0.7]\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nMelding.\r\n")

EPS = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%Creator: CANARY Illustrator\n%%For: CANARY Jan Jansen\n%%Title: C:\\Users\\CANARYjjansen\\kaart.eps\n"
       b"%%BoundingBox: 0 0 10 10\n%%EndComments\nnewpath 0 0 moveto 10 10 lineto stroke\nshowpage\n%%EOF\n")
PGM = b"P2\n# CANARY Jan Jansen scanner\n2 2\n255\n0 64\n128 255\n"  # ASCII netpbm, as GIMP and scanners write it


def _opendocument(kind: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{kind}")  # stored, first
        package.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                         'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>'
                         "<meta:initial-creator>CANARY Jan Jansen</meta:initial-creator></office:meta></office:document-meta>",
                         compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", "<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


CASES = {
    "rtf": ("brief.txt", RTF, ".rtf", "RTF"),
    "eml": ("bericht.eml", EML, ".eml", "TXT"),  # exiftool reads a message as text
    "odt": ("verslag.odt", _opendocument("text"), ".odt", "ODT"),
    "ods": ("tabel.ods", _opendocument("spreadsheet"), ".ods", "ODS"),
    "odp": ("dia.odp", _opendocument("presentation"), ".odp", "ODP"),
    "eps": ("kaart.eps", EPS, ".eps", "EPS"),  # review r11i L5: sealed as .txt before
    "ps-named-txt": ("kaart.txt", EPS, ".ps", "EPS"),
    "pgm": ("scan.pgm", PGM, ".pgm", "PGM"),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_file_that_cannot_be_cleaned_is_sealed_under_its_own_extension_and_told(
    tmp_path: Path, kind: str
) -> None:
    name, original, extension, exif_type = CASES[kind]
    sealed = seal(tmp_path, {name: original})
    assert sealed.members == ["signal.json", f"attachments/01-attachment-1{extension}"]
    data = sealed.files[sealed.members[1]]
    assert data == original  # not cleaned: sealed as it is, and told so
    assert exiftool(data)["File:FileType"] == exif_type
    code = RTF_NOT_CLEANED if kind == "rtf" else TYPE_NOT_CLEANABLE  # RTF: said by name
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("not-cleanable", [code])
    forecast = sealed.forecasts[0]
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", (code,))
    assert Path(forecast.stored_name).suffix == extension
    assert (sealed.outcomes[0].code, sealed.outcomes[0].warnings) == ("media.not_cleanable", (code,))


def test_an_rtf_document_is_told_by_name_what_it_keeps_and_how_to_send_it_cleaned(
    tmp_path: Path,
) -> None:
    """Issue 11, left after r11f: an RTF was told only "Seinpost cannot clean this kind of
    file", although it keeps its author, company, revision authors and template path. Before
    saving and after, in both languages, the liaison now reads that it is kept as it is, what
    it keeps and to save it as PDF or .docx to have it cleaned."""
    sealed = seal(tmp_path, {"brief.rtf": RTF})
    assert sealed.files[sealed.members[1]] == RTF  # sealed as it is
    for lang in ("nl", "en"):
        told = sentence("media.rtf_not_cleaned", lang)
        assert "RTF" in told and "PDF" in told and ".docx" in told
        assert sealed.forecasts[0].sentences(lang) == [sentence("media.will_not_be_cleaned", lang), told]
        assert sealed.outcomes[0].sentences(lang)[0] == sentence("media.not_cleanable", lang)
        assert told in sealed.outcomes[0].sentences(lang)
    assert sentence("media.rtf_not_cleaned", "nl") != sentence("media.rtf_not_cleaned", "en")
