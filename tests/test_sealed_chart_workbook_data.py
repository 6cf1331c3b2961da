"""Review r11m R11M-15 (issue 11): a chart's embedded workbook carried data the chart does not show.

A chart in a Word document or a PowerPoint slide draws the numbers cached in its part; the
workbook behind "Edit Data" travels with it (`*/embeddings/Microsoft_Excel_Worksheet.xlsx`),
and people paste whole sheets there. Its metadata was already cleaned (recursively), but an extra
sheet and cells outside the chart's ranges reached the office told "Cleaned". Now such data is
kept (it is the liaison's) and told with `office_sheet_hidden_content_kept`. The embedded
workbook is written by openpyxl, the chart as Word writes it; each document goes through the
product's cleaning (`clean_attachment`, in its bounded child) and the output is unzipped, the
embedded workbook too.
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import openpyxl
import pytest
from media_kit import canaries, parts
from office_kit import OD, package

from intake_app.media.clean import clean_attachment
from intake_app.media.result import OFFICE_SHEET_HIDDEN_CONTENT_KEPT

SECRET = "CANARY Jan Jansen 06-12345678"
CHART = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/>'
         "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>{sheet}!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>Meldingen</c:v></c:pt></c:strCache></c:strRef></c:tx>"
         "<c:cat><c:strRef><c:f>{sheet}!$A$2:$A$3</c:f><c:strCache><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>Den Haag</c:v></c:pt><c:pt idx=\"1\"><c:v>Utrecht</c:v></c:pt></c:strCache></c:strRef></c:cat>"
         "<c:val><c:numRef><c:f>{sheet}!$B$2:$B$3</c:f><c:numCache><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>4</c:v></c:pt><c:pt idx=\"1\"><c:v>2</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>"
         '</c:barChart></c:plotArea></c:chart><c:externalData r:id="rIdData"/></c:chartSpace>')
DATA_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rIdData" Type="{OD}package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>')
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"


def chart_workbook(extra: Callable[[openpyxl.Workbook], None] | None = None, sheet: str = "Blad1") -> bytes:
    """The chart's data as Word's "Edit Data" leaves it (A1:B3 on `sheet`), plus `extra`."""
    book = openpyxl.Workbook()
    data = book.active
    data.title = sheet
    for row in ((None, "Meldingen"), ("Den Haag", 4), ("Utrecht", 2)):
        data.append(row)
    if extra is not None:
        extra(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def extra_sheet(book: openpyxl.Workbook) -> None:
    book.create_sheet("Bronnen")["A1"] = SECRET


def cell_beside_the_range(book: openpyxl.Workbook) -> None:
    book.active["D7"] = SECRET


def document(kind: str, workbook: bytes, sheet: str = "Blad1") -> bytes:
    """A .docx or .pptx with one chart fed by `workbook`."""
    folder = {"docx": "word", "pptx": "ppt"}[kind]
    chart = CHART.replace("{sheet}", sheet if sheet.isalnum() else f"'{sheet}'")
    body = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
            '<wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="Grafiek 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    extra = {"body": body} if kind == "docx" else {}
    return package(kind, parts={
        f"{folder}/charts/chart1.xml": chart,
        f"{folder}/charts/_rels/chart1.xml.rels": DATA_RELS,
        f"{folder}/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook,
    }, main_rels=(("rIdChart", OD + "chart", "charts/chart1.xml"),),
        overrides={f"{folder}/charts/chart1.xml": CHART_TYPE}, **extra)


def _cleaned(kind: str, data: bytes) -> tuple[object, dict[str, bytes]]:
    result = clean_attachment(data, f"verslag.{kind}")
    return result, parts(result.data)


@pytest.mark.parametrize("kind", ["docx", "pptx"])
@pytest.mark.parametrize("extra", [extra_sheet, cell_beside_the_range], ids=["extra sheet", "cell beside the chart's range"])
def test_a_charts_workbook_holding_data_the_chart_does_not_show_is_told(kind: str, extra: Callable[[openpyxl.Workbook], None]) -> None:
    result, found = _cleaned(kind, document(kind, chart_workbook(extra)))
    assert (result.cleaning, result.warnings) == ("partly-cleaned", (OFFICE_SHEET_HIDDEN_CONTENT_KEPT,))  # before: cleaned, ()
    folder = {"docx": "word", "pptx": "ppt"}[kind]
    embedded = found[f"{folder}/embeddings/Microsoft_Excel_Worksheet.xlsx"]
    assert SECRET.encode() in b"".join(body for name, body in parts(embedded).items() if name)  # kept: the liaison's data


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_a_charts_workbook_holding_only_what_the_chart_shows_is_cleaned_without_a_word(kind: str) -> None:
    result, found = _cleaned(kind, document(kind, chart_workbook()))
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    assert canaries(result.data) == []
    folder = {"docx": "word", "pptx": "ppt"}[kind]
    with zipfile.ZipFile(io.BytesIO(found[f"{folder}/embeddings/Microsoft_Excel_Worksheet.xlsx"])) as inner:
        assert "xl/workbook.xml" in inner.namelist()  # still the workbook behind "Edit Data"


def test_a_quoted_sheet_name_in_the_charts_formulas_is_read() -> None:
    result, _ = _cleaned("docx", document("docx", chart_workbook(sheet="Mijn blad"), sheet="Mijn blad"))
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    result, _ = _cleaned("docx", document("docx", chart_workbook(cell_beside_the_range, sheet="Mijn blad"), sheet="Mijn blad"))
    assert result.warnings == (OFFICE_SHEET_HIDDEN_CONTENT_KEPT,)


def test_a_chart_formula_that_is_not_a_plain_range_is_told() -> None:
    odd = document("docx", chart_workbook())
    with zipfile.ZipFile(io.BytesIO(odd)) as source:
        files = {name: source.read(name) for name in source.namelist()}
    files["word/charts/chart1.xml"] = files["word/charts/chart1.xml"].replace(b"Blad1!$B$2:$B$3", b"Blad1!Meldingen")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in files.items():
            target.writestr(name, body)
    result, _ = _cleaned("docx", out.getvalue())
    assert result.warnings == (OFFICE_SHEET_HIDDEN_CONTENT_KEPT,)
