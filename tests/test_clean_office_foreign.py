"""Markup of programs Office does not know leaves an Office file (review r11i R8, issue 11).

A document-management system or add-in writes in a namespace of its own, declared ignorable
(`mc:Ignorable`), or in an extension (`extLst/ext`): consumers may ignore both, and Word drops
them when it saves. They reached the office whole from a file told "Cleaned", a home-folder path
and a user's name included. Each case is its own small file, cleaned and checked with exiftool
and by reading every part; Office's own ignorable markup and extensions stay."""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import zipfile

import pytest
from media_kit import canaries, identifying_tags
from office_kit import package

from intake_app.media.clean import clean_attachment

_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_JJ = 'xmlns:jj="urn:acme:dms"'


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package_:
        return package_.read(name).decode()


CASES = {
    "ignorable-attributes-and-element": (lambda: package("docx", body=(
        f'<w:p {_JJ} {_MC} mc:Ignorable="jj" jj:user="CANARY Jan Jansen" jj:host="JJLAPTOP">'
        "<jj:meta>CANARY Jan Jansen SN12345 C:\\Users\\jjansen\\brief.docx</jj:meta>"
        "<w:r><w:t>Hallo</w:t></w:r></w:p>")), "word/document.xml", ["<w:t>Hallo</w:t>"]),
    "ignorable-wrapper-whose-content-is-read": (lambda: package("docx", body=(
        f'<w:p {_JJ} {_MC} mc:Ignorable="jj" mc:ProcessContent="jj:wrap">'
        '<jj:wrap jj:owner="CANARY jjansen">voor<w:r><w:t>Inhoud</w:t></w:r>na</jj:wrap>'
        "<w:r><w:t>Slot</w:t></w:r></w:p>")), "word/document.xml",
        ['mc:ProcessContent="jj:wrap">voor<w:r><w:t>Inhoud</w:t></w:r>na<w:r><w:t>Slot</w:t></w:r></w:p>']),
    "choice-that-requires-a-program": (lambda: package("docx", body=(
        f'<w:p {_JJ} {_MC}><mc:AlternateContent><mc:Choice Requires="jj"><jj:box jj:by="CANARY Jan"/></mc:Choice>'
        "<mc:Fallback><w:r><w:t>Terugval</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>")),
        "word/document.xml", ["<mc:Fallback><w:r><w:t>Terugval</w:t></w:r></mc:Fallback>"]),
    "workbook-extension-of-an-add-in": (lambda: package("xlsx", workbook_extra=(
        '<extLst><ext uri="{7F2A1C3B-0000-4000-8000-000000000001}" xmlns:acme="urn:acme:addin">'
        '<acme:info user="CANARY Jan Jansen" machine="JJLAPTOP"><acme:path>C:\\Users\\jjansen\\deck.xlsx</acme:path></acme:info></ext>'
        '<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        '<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>')), "xl/workbook.xml",
        ['<x15:workbookPr chartTrackingRefBase="1"/>']),
}


@pytest.mark.parametrize(("make", "part", "kept"), CASES.values(), ids=CASES.keys())
def test_a_programs_own_markup_goes_and_the_document_stays(make, part: str, kept: list[str]) -> None:
    original = make()
    assert "CANARY" in _part(original, part)
    result = clean_attachment(original, "brief" + (".xlsx" if part.startswith("xl/") else ".docx"))
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    text = _part(result.data, part)
    assert "JJLAPTOP" not in text and "jjansen" not in text
    assert all(piece in text for piece in kept), text


def test_offices_own_ignorable_markup_stays() -> None:
    original = package("docx", body='<w:p w14:paraId="1A2B3C4D"><w:r><w:t>Hallo</w:t></w:r></w:p>')
    text = _part(clean_attachment(original, "brief.docx").data, "word/document.xml")
    assert "w14:paraId=" in text and "<w:t>Hallo</w:t>" in text
