"""Review r11m R11M-4 (issue 11): spreadsheet content out of sight was told "Cleaned".

A value in a hidden row or column, a cell formatted `;;;` (shown blank, holding text), a defined
name holding text or a constant or hidden from the Name Manager, a pivot cache of values from an
outside source: each reached the office told "Cleaned". They are the liaison's content, kept as
they are (removing a hidden row or a name changes what formulas compute) and told with
`office_sheet_hidden_content_kept`, so the outcome is "partly cleaned". Each workbook is written
by openpyxl (or part by part as Excel writes it), cleaned by the product (`clean_attachment`, in
its bounded child; one through record, seal, stock age and tar), and the output is unzipped.
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from office_kit import OD, package, strict
from office_types_kit import seal
from openpyxl.workbook.defined_name import DefinedName

from intake_app.media.clean import clean_attachment
from intake_app.media.result import OFFICE_SHEET_HIDDEN_CONTENT_KEPT
from intake_app.sentences import sentence

SECRET = "CANARY Jan Jansen 06-12345678"
SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(change: Callable[[openpyxl.Workbook], None]) -> bytes:
    """A workbook with a shown table (A1:B2), changed by `change`, as openpyxl saves it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["B1"], sheet["A2"], sheet["B2"] = "Plaats", "Aantal", "Den Haag", 2
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def hidden_row(book: openpyxl.Workbook) -> None:
    book.active["A5"] = SECRET
    book.active.row_dimensions[5].hidden = True


def hidden_column(book: openpyxl.Workbook) -> None:
    book.active["D1"] = SECRET
    book.active.column_dimensions["D"].hidden = True


def blank_formatted_cell(book: openpyxl.Workbook) -> None:
    book.active["C3"] = SECRET
    book.active["C3"].number_format = ";;;"


def blank_formatted_number(book: openpyxl.Workbook) -> None:
    book.active["C3"] = 612345678
    book.active["C3"].number_format = '"";""'


def name_holding_text(book: openpyxl.Workbook) -> None:
    book.defined_names["Contactpersoon"] = DefinedName("Contactpersoon", attr_text=f'"{SECRET}"')


def hidden_name(book: openpyxl.Workbook) -> None:
    book.defined_names["bron"] = DefinedName("bron", hidden=True, attr_text="612345678")


HIDDEN = {
    "hidden row": hidden_row,
    "hidden column": hidden_column,
    "cell formatted ;;;": blank_formatted_cell,
    "number formatted to show nothing": blank_formatted_number,
    "name holding text": name_holding_text,
    "hidden name": hidden_name,
}


def outside_pivot_source() -> bytes:
    """An .xlsx whose pivot cache comes from a database connection: its items, listed in the
    cache definition, are values that no sheet of the workbook holds."""
    cache = (f'<pivotCacheDefinition xmlns="{SML}" refreshedVersion="8" recordCount="0" saveData="0">'
             '<cacheSource type="external" connectionId="1"/><cacheFields count="1"><cacheField name="Melder" numFmtId="0">'
             f'<sharedItems count="1"><s v="{SECRET}"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>')
    return package("xlsx", parts={"xl/pivotCache/pivotCacheDefinition1.xml": cache},
                   main_rels=(("rIdPC", OD + "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),))


def _cleaned(data: bytes) -> tuple[object, dict[str, str]]:
    result = clean_attachment(data, "lijst.xlsx")
    with zipfile.ZipFile(io.BytesIO(result.data)) as out:
        return result, {name: out.read(name).decode() for name in out.namelist()}


@pytest.mark.parametrize("kind", sorted(HIDDEN))
def test_spreadsheet_content_out_of_sight_is_kept_and_told(kind: str) -> None:
    result, found = _cleaned(workbook(HIDDEN[kind]))
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_SHEET_HIDDEN_CONTENT_KEPT,)), kind  # before: cleaned, ()
    kept = found["xl/worksheets/sheet1.xml"] + found["xl/workbook.xml"] + found.get("xl/sharedStrings.xml", "")
    assert SECRET in kept or "612345678" in kept, kind  # kept as it is: the liaison's content


def test_a_strict_workbook_with_a_hidden_row_is_told() -> None:
    result, found = _cleaned(strict(workbook(hidden_row)))
    assert OFFICE_SHEET_HIDDEN_CONTENT_KEPT in result.warnings
    assert "purl.oclc.org/ooxml/spreadsheetml" in found["xl/worksheets/sheet1.xml"]


def test_a_pivot_cache_of_values_from_outside_the_workbook_is_told() -> None:
    result, found = _cleaned(outside_pivot_source())
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_SHEET_HIDDEN_CONTENT_KEPT,))
    assert SECRET in found["xl/pivotCache/pivotCacheDefinition1.xml"]


def shown_only(book: openpyxl.Workbook) -> None:
    """What is not told: an empty hidden column (people hide unused ones), a zero hidden by a
    format that hides only zeros, a name that is a reference, Excel's own hidden filter name,
    a slicer's name (Excel writes `#N/A` as its value: an error, no data)."""
    sheet = book.active
    sheet.column_dimensions["F"].hidden = True
    sheet["C2"] = 0
    sheet["C2"].number_format = "0;-0;;@"
    sheet.auto_filter.ref = "A1:B2"
    book.defined_names["tabel"] = DefinedName("tabel", attr_text="Sheet!$A$1:$B$2")
    book.defined_names["Slicer_Plaats"] = DefinedName("Slicer_Plaats", attr_text="#N/A")


def test_shown_content_empty_hidden_columns_zero_hiding_formats_reference_and_slicer_names_are_not_told() -> None:
    original = workbook(shown_only)
    with zipfile.ZipFile(io.BytesIO(original)) as source:  # the cases are really in the file
        assert 'hidden="1"' in source.read("xl/worksheets/sheet1.xml").decode()
        assert "_xlnm._FilterDatabase" in source.read("xl/workbook.xml").decode()
    result, _ = _cleaned(original)
    assert (result.cleaning, result.warnings) == ("cleaned", ())


def test_a_workbook_with_a_hidden_row_is_told_before_sealing_and_sealed_with_it(tmp_path: Path) -> None:
    sealed = seal(tmp_path, {"lijst.xlsx": workbook(hidden_row)})
    entry = sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("partly-cleaned", [OFFICE_SHEET_HIDDEN_CONTENT_KEPT])
    assert OFFICE_SHEET_HIDDEN_CONTENT_KEPT in sealed.outcomes[0].warnings  # what the liaison is shown before sealing
    package_out = zipfile.ZipFile(io.BytesIO(sealed.files[sealed.members[1]]))
    assert 'hidden="1"' in package_out.read("xl/worksheets/sheet1.xml").decode()


def test_the_warning_names_what_to_look_for_in_both_languages() -> None:
    assert "verborgen rijen of kolommen" in sentence("media.office_sheet_hidden_content_kept", "nl")
    assert "Name Manager" in sentence("media.office_sheet_hidden_content_kept", "en")
