"""Review r11m R11M-5, R11M-6 (issue 11): what a workbook remembers but no longer shows.

A shared workbook's change history (`xl/revisions/`) keeps every cell's old value and the names
of everyone who saved; a pivot cache keeps a copy of its source rows (`pivotCacheRecords`), and
when the source sheet was deleted its definition still lists every distinct source value. Each
reached the office told "Cleaned". Each file is built part by part as Excel writes it and goes
through the product's cleaning (`clean_attachment`, in its bounded child); the output is
unzipped and read part by part.
"""

# ruff: noqa: E501 (package parts are kept as Excel writes them, one element a line)

from __future__ import annotations

import io
import zipfile

from media_kit import canaries
from office_kit import OD, package

from intake_app.media.clean import clean_attachment

SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."
SHEET = (f'<worksheet xmlns="{SML}"><sheetData>{{rows}}</sheetData></worksheet>')
PIVOT_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Plaats</t></is></c><c r="B1" t="inlineStr"><is><t>Aantal</t></is></c></row>'
              '<row r="2"><c r="A2" t="inlineStr"><is><t>Den Haag</t></is></c><c r="B2"><v>2</v></c></row>')
SOURCE_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Plaats</t></is></c><c r="B1" t="inlineStr"><is><t>Melder</t></is></c></row>'
               '<row r="2"><c r="A2" t="inlineStr"><is><t>Den Haag</t></is></c><c r="B2" t="inlineStr"><is><t>anoniem</t></is></c></row>')
CACHE = (f'<pivotCacheDefinition xmlns="{SML}" {R} r:id="rIdRecords" refreshOnLoad="0" createdVersion="8" refreshedVersion="8" recordCount="2">'
         '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Bron"/></cacheSource>'
         '<cacheFields count="2"><cacheField name="Plaats" numFmtId="0"><sharedItems count="1"><s v="Den Haag"/></sharedItems></cacheField>'
         '<cacheField name="Melder" numFmtId="0"><sharedItems count="{count}">{melders}</sharedItems></cacheField></cacheFields></pivotCacheDefinition>')
RECORDS = (f'<pivotCacheRecords xmlns="{SML}" count="2"><r><x v="0"/><s v="CANARY Jan Jansen 06-12345678"/></r>'
           '<r><x v="0"/><s v="anoniem"/></r></pivotCacheRecords>')
PIVOT_TABLE = (f'<pivotTableDefinition xmlns="{SML}" name="Draaitabel1" cacheId="5" dataCaption="Waarden" createdVersion="8">'
               '<location ref="A1:B2" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
               '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField>'
               '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>'
               '<dataFields count="1"><dataField name="Aantal" fld="1" subtotal="count"/></dataFields></pivotTableDefinition>')


def _rels(*entries: tuple[str, str, str]) -> str:
    return ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{OD}{t}" Target="{target}"/>' for i, t, target in entries)
            + "</Relationships>")


def pivot_workbook(*, source_sheet: bool) -> bytes:
    """An .xlsx with a pivot table on sheet "Overzicht" whose cache holds its records; its source
    sheet "Bron" is still there (holding only what it now holds: the planted row was deleted
    after the last refresh) or was deleted (then the cache definition lists the planted name)."""
    sheets = '<sheet name="Overzicht" sheetId="1" r:id="rIdSheet"/>'
    main_rels: tuple[tuple[str, str, str], ...] = (("rIdCache", OD + "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),)
    parts: dict[str, bytes | str] = {
        "xl/worksheets/sheet1.xml": SHEET.format(rows=PIVOT_ROWS),
        "xl/worksheets/_rels/sheet1.xml.rels": _rels(("rIdPivot", "pivotTable", "../pivotTables/pivotTable1.xml")),
        "xl/pivotTables/pivotTable1.xml": PIVOT_TABLE,
        "xl/pivotTables/_rels/pivotTable1.xml.rels": _rels(("rIdC", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")),
        "xl/pivotCache/pivotCacheDefinition1.xml": CACHE.format(count=1 if source_sheet else 2, melders='<s v="anoniem"/>' if source_sheet else '<s v="CANARY Jan Jansen 06-12345678"/><s v="anoniem"/>'),
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": _rels(("rIdRecords", "pivotCacheRecords", "pivotCacheRecords1.xml")),
        "xl/pivotCache/pivotCacheRecords1.xml": RECORDS,
    }
    if source_sheet:
        sheets += '<sheet name="Bron" sheetId="2" r:id="rIdSource"/>'
        main_rels += (("rIdSource", OD + "worksheet", "worksheets/sheet2.xml"),)
        parts["xl/worksheets/sheet2.xml"] = SHEET.format(rows=SOURCE_ROWS)
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{SML}" {R}><sheets>{sheets}</sheets>'
                                '<pivotCaches><pivotCache cacheId="5" r:id="rIdCache"/></pivotCaches></workbook>')
    return package("xlsx", parts=parts, main_rels=main_rels, overrides={
        "xl/worksheets/sheet2.xml": CT + "worksheet+xml",
        "xl/pivotTables/pivotTable1.xml": CT + "pivotTable+xml",
        "xl/pivotCache/pivotCacheDefinition1.xml": CT + "pivotCacheDefinition+xml",
        "xl/pivotCache/pivotCacheRecords1.xml": CT + "pivotCacheRecords+xml",
    })


def shared_workbook() -> bytes:
    """An .xlsx shared with "Keep change history": a revision log holding the old value of A2
    (a name and address typed over), its header naming who saved, and the users' list."""
    headers = (f'<headers xmlns="{SML}" {R} guid="{{A1B2C3D4-0000-4000-8000-000000000001}}" shared="1" diskRevisions="1" revisionId="1" version="3">'
               '<header guid="{A1B2C3D4-0000-4000-8000-000000000001}" dateTime="2026-11-20T10:00:00" maxSheetId="2" userName="CANARY Jan Jansen" r:id="rIdLog">'
               '<sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header></headers>')
    log = (f'<revisions xmlns="{SML}"><rcc rId="1" sId="1"><oc r="A1" t="inlineStr"><is><t>CANARY Fatima El Amrani, Kerkstraat 12</t></is></oc>'
           '<nc r="A1" t="inlineStr"><is><t>Melding</t></is></nc></rcc></revisions>')
    users = (f'<users xmlns="{SML}" count="1"><userInfo guid="{{A1B2C3D4-0000-4000-8000-000000000002}}" name="CANARY Jan Jansen" id="1" dateTime="2026-11-20T10:00:00"/></users>')
    return package("xlsx", parts={
        "xl/revisions/revisionHeaders.xml": headers,
        "xl/revisions/_rels/revisionHeaders.xml.rels": _rels(("rIdLog", "revisionLog", "revisionLog1.xml")),
        "xl/revisions/revisionLog1.xml": log,
        "xl/revisions/userNames.xml": users,
    }, main_rels=(("rIdHeaders", OD + "revisionHeaders", "revisions/revisionHeaders.xml"),
                  ("rIdUsers", OD + "usernames", "revisions/userNames.xml")), overrides={
        "xl/revisions/revisionHeaders.xml": CT + "revisionHeaders+xml",
        "xl/revisions/revisionLog1.xml": CT + "revisionLog+xml",
        "xl/revisions/userNames.xml": CT + "userNames+xml",
    })


def _cleaned(data: bytes) -> tuple[object, dict[str, str]]:
    result = clean_attachment(data, "lijst.xlsx")
    with zipfile.ZipFile(io.BytesIO(result.data)) as out:
        return result, {name: out.read(name).decode() for name in out.namelist()}


def test_a_shared_workbooks_change_history_and_user_names_are_removed_with_their_references() -> None:
    result, found = _cleaned(shared_workbook())
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert not [name for name in found if "revisions/" in name]  # before: all three, told "Cleaned"
    assert "revision" not in found["xl/_rels/workbook.xml.rels"].lower()
    assert "usernames" not in found["xl/_rels/workbook.xml.rels"].lower()
    assert "revisions/" not in found["[Content_Types].xml"]
    assert canaries(result.data) == []
    assert "Melding" in found["xl/worksheets/sheet1.xml"]


def test_pivot_cache_records_are_removed_and_the_cache_says_it_saves_none() -> None:
    result, found = _cleaned(pivot_workbook(source_sheet=True))
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert "xl/pivotCache/pivotCacheRecords1.xml" not in found  # before: kept, with the deleted row
    assert canaries(result.data) == []
    cache = found["xl/pivotCache/pivotCacheDefinition1.xml"]
    assert 'saveData="0"' in cache and "r:id" not in cache
    assert "pivotCacheRecords" not in found.get("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", "")
    assert "pivotCacheRecords" not in found["[Content_Types].xml"]
    assert "xl/pivotTables/pivotTable1.xml" in found  # the table stays, on its cache
    assert '<pivotCache cacheId="5" r:id="rIdCache"/>' in found["xl/workbook.xml"]


def test_a_pivot_cache_whose_source_sheet_was_deleted_is_removed_with_its_table_and_the_cells_stay() -> None:
    result, found = _cleaned(pivot_workbook(source_sheet=False))
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert not [name for name in found if "pivot" in name.lower()]  # before: the cache listed the deleted sheet's names
    assert canaries(result.data) == []
    assert "pivotCache" not in found["xl/workbook.xml"]
    assert "pivot" not in found["[Content_Types].xml"].lower()
    assert "pivot" not in found.get("xl/worksheets/_rels/sheet1.xml.rels", "").lower()
    assert "Den Haag" in found["xl/worksheets/sheet1.xml"] and "<v>2</v>" in found["xl/worksheets/sheet1.xml"]


def test_the_originals_hold_what_the_cleaning_removes() -> None:
    """The builders plant what the tests look for (so a test cannot pass on an empty file)."""
    for data in (shared_workbook(), pivot_workbook(source_sheet=True), pivot_workbook(source_sheet=False)):
        assert canaries(data)
    with zipfile.ZipFile(io.BytesIO(pivot_workbook(source_sheet=False))) as original:
        assert b"CANARY" in original.read("xl/pivotCache/pivotCacheDefinition1.xml")
