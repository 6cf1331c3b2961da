"""Review r11e K1–K3: a Word, Excel or PowerPoint template, macro-enabled file or slide show is
sealed as `.docx`, `.xlsx` or `.pptx`, and its `[Content_Types].xml` now says so too (Word and
Excel refuse a file whose extension does not match its main part's type); a VBA project (its
module text, names, paths) is removed, and the outcome says so.

Each file goes through the real path: attach (forecast), save (clean), seal, stock `age -d`,
`tar`; the sealed file is read with exiftool, part by part, and opened with python-docx,
openpyxl or python-pptx.
"""

# ruff: noqa: E501 (SpreadsheetML is kept as Excel writes it)

from __future__ import annotations

import io
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from media_kit import canaries, identifying_tags, parts
from office_kit import package
from office_types_kit import (
    MAIN_TYPES,
    VBA_TYPE,
    content_types,
    office_file,
    opens,
    plain_extension,
    seal,
)

from intake_app.media.result import OFFICE_MACROS_REMOVED

KINDS = [".dotx", ".xlsm", ".docm", ".dotm", ".xltx", ".xltm", ".xlam", ".potx", ".pptm",
         ".ppsx", ".potm", ".ppsm"]


@pytest.mark.parametrize("extension", KINDS)
def test_the_sealed_file_is_the_plain_document_its_extension_says_without_macros(
    tmp_path: Path, extension: str
) -> None:
    original = office_file(extension)
    assert content_types(original)[0] == MAIN_TYPES[extension]
    sealed = seal(tmp_path, {f"CANARY Jan{extension}": original})
    plain = plain_extension(extension)
    assert sealed.members == ["signal.json", f"attachments/01-attachment-1{plain}"]
    data = sealed.files[sealed.members[1]]
    main_type, declared = content_types(data)
    assert main_type == MAIN_TYPES[plain]
    assert not any("macroenabled" in t.lower() or ".template." in t or "slideshow" in t
                   or "vba" in t.lower() for t in declared), declared
    assert canaries(data) == [] and identifying_tags(data) == []
    opens(data, plain)
    macros = extension.endswith("m")
    notes = [OFFICE_MACROS_REMOVED] if macros else []
    assert (sealed.signal["attachments"][0]["cleaning"],
            sealed.signal["attachments"][0]["warnings"]) == ("cleaned", notes)
    # what the liaison read before saving and before sealing agree with what was sealed
    assert (sealed.forecasts[0].cleaning, sealed.forecasts[0].stored_name) == (
        "cleaned", f"CANARY Jan{plain}")
    assert (sealed.outcomes[0].code, sealed.outcomes[0].warnings) == ("media.cleaned", tuple(notes))
    if macros:
        assert VBA_TYPE in content_types(original)[1]


def test_an_excel_4_macro_sheet_goes_with_its_sheet_entry_and_its_names_and_later_names_move_down(
    tmp_path: Path,
) -> None:
    macro_sheet = ('<xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1">'
                   '<f>EXEC("C:\\Users\\CANARYjan\\run.exe")</f></c></row></sheetData></xm:macrosheet>')
    workbook = ('<sheets><sheet name="Macro1" sheetId="2" r:id="rIdM"/><sheet name="Blad1" sheetId="1" r:id="rIdSheet"/></sheets>'
                '<definedNames><definedName name="_xlnm.Auto_Open" localSheetId="0">Macro1!$A$1</definedName>'
                '<definedName name="_xlnm.Print_Area" localSheetId="1">Blad1!$A$1:$B$2</definedName></definedNames>')
    original = package("xlsx", parts={"xl/macrosheets/sheet1.xml": macro_sheet},
                       main_rels=(("rIdM", "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet", "macrosheets/sheet1.xml"),),
                       overrides={"xl/macrosheets/sheet1.xml": "application/vnd.ms-excel.macrosheet+xml"})
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    entries["xl/workbook.xml"] = re.sub(rb"<sheets>.*</sheets>", workbook.encode(), entries["xl/workbook.xml"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in entries.items():
            target.writestr(name, body)
    sealed = seal(tmp_path, {"a.xlsm": out.getvalue()})
    data = sealed.files["attachments/01-attachment-1.xlsx"]
    assert sealed.signal["attachments"][0]["warnings"] == [OFFICE_MACROS_REMOVED]
    assert canaries(data) == [] and identifying_tags(data) == []
    found = parts(data)
    assert not any("macrosheet" in name for name in found) and b"macrosheet" not in found["[Content_Types].xml"]
    assert re.findall(rb"<sheet [^>]*>|<definedName [^>]*>", found["xl/workbook.xml"]) == [
        b'<sheet name="Blad1" sheetId="1" r:id="rIdSheet"/>', b'<definedName name="_xlnm.Print_Area" localSheetId="0">']
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl warns of a sheet or name it cannot place
        book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Blad1"] and book["Blad1"].print_area == "'Blad1'!$A$1:$B$2"
