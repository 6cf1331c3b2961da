"""Every spreadsheet element whose text is a formula loses another workbook's path and stays a
valid formula (review r11i L1, the kind; task p11a): a table's calculated column and totals row
formulas kept 'C:\\Users\\…\\[Budget.xlsx]Blad1'!A1 in a file told "Cleaned", while a cell's,
a rule's and a data validation's (formula1, formula2, Excel 2010's x14 form) were cut. A
table's displayName, its name in formulas (`T[K]`), was made "Seinpost" like a person's: every
table of a workbook got the same name, which Excel repairs by dropping them. Checked with
exiftool and by reading the parts."""

# ruff: noqa: E501 (package parts are kept as Excel writes them)

from __future__ import annotations

import io
import re
import zipfile

from media_kit import canaries, identifying_tags
from office_kit import OD, package

from intake_app.media.clean import clean_attachment

PATH = "'C:\\Users\\CANARYjjansen\\Documents\\[Budget.xlsx]Blad1'!A1"
CUT = "'removed-path[removed.xlsx]Blad1'!A1"
SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = (
    f'<worksheet {SML} xmlns:r="{OD[:-1]}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
    f'<dataValidations count="1"><dataValidation type="whole" operator="between" sqref="B1"><formula1>{PATH}</formula1><formula2>{PATH}</formula2></dataValidation></dataValidations>'
    '<tableParts count="2"><tablePart r:id="rIdT1"/><tablePart r:id="rIdT2"/></tableParts>'
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list">'
    f'<x14:formula1><xm:f>{PATH}</xm:f></x14:formula1><xm:sqref>C1</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>'
)


def _table(number: int) -> str:
    return (f'<table {SML} id="{number}" name="Tabel{number}" displayName="Tabel{number}" ref="A1:A3" totalsRowCount="1">'
            '<tableColumns count="1"><tableColumn id="1" name="Bedrag" totalsRowFunction="custom">'
            f"<calculatedColumnFormula>{PATH}*2</calculatedColumnFormula><totalsRowFormula>SUM({PATH})</totalsRowFormula>"
            "</tableColumn></tableColumns></table>")


def workbook() -> bytes:
    """A workbook whose sheet has two tables and data validations, each formula naming another
    workbook by its path."""
    table_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"
    sheet_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + "".join(f'<Relationship Id="rIdT{n}" Type="{OD}table" Target="../tables/table{n}.xml"/>' for n in (1, 2))
                  + "</Relationships>")
    return package("xlsx", parts={"xl/worksheets/sheet1.xml": SHEET, "xl/worksheets/_rels/sheet1.xml.rels": sheet_rels,
                                  "xl/tables/table1.xml": _table(1), "xl/tables/table2.xml": _table(2)},
                   overrides={"xl/tables/table1.xml": table_type, "xl/tables/table2.xml": table_type})


def pivot_workbook() -> bytes:
    """A workbook whose pivot cache has a calculated field (`cacheField/@formula`) naming another
    workbook by its path: an attribute, read for paths like any other, now kept a formula."""
    cache = (f'<pivotCacheDefinition {SML} refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet">'
             '<worksheetSource ref="A1:A2" sheet="Blad1"/></cacheSource><cacheFields count="1">'
             f'<cacheField name="Dubbel" numFmtId="0" formula="{PATH}*2" databaseField="0"/>'
             "</cacheFields></pivotCacheDefinition>")
    name = "xl/pivotCache/pivotCacheDefinition1.xml"
    return package("xlsx", parts={name: cache},
                   main_rels=(("rIdP", OD + "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),),
                   overrides={name: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"})


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml")}


def test_every_formula_of_a_sheet_and_its_tables_loses_the_path_and_stays_a_formula() -> None:
    original = workbook()
    assert canaries(original)
    result = clean_attachment(original, "budget.xlsx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    parts = _parts(result.data)
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert sheet.count(f">{CUT}<") == 3  # formula1, formula2, x14's xm:f
    for number in (1, 2):
        table = parts[f"xl/tables/table{number}.xml"]
        assert f"<calculatedColumnFormula>{CUT}*2</calculatedColumnFormula>" in table
        assert f"<totalsRowFormula>SUM({CUT})</totalsRowFormula>" in table


def test_a_tables_display_name_is_its_name_and_stays() -> None:
    parts = _parts(clean_attachment(workbook(), "budget.xlsx").data)
    names = [re.search(r'displayName="([^"]*)"', parts[f"xl/tables/table{n}.xml"]).group(1) for n in (1, 2)]
    assert names == ["Tabel1", "Tabel2"]


def test_a_calculated_fields_formula_attribute_loses_the_path_and_stays_a_formula() -> None:
    original = pivot_workbook()
    assert canaries(original)
    result = clean_attachment(original, "budget.xlsx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == [] and identifying_tags(result.data) == []
    cache = _parts(result.data)["xl/pivotCache/pivotCacheDefinition1.xml"]
    assert f'formula="{CUT}*2"' in cache, cache
