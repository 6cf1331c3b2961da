"""Office Open XML files lose their document properties and still open as the same document."""

# ruff: noqa: E501 (the package parts below are kept as Word writes them, one element a line)

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from office_kit import OD, SHEET, XML_HEAD, package
from openpyxl.formula.tokenizer import Tokenizer
from PIL import Image

from intake_app.media.clean import clean_attachment
from intake_app.media.forecast import forecast_cleaning
from intake_app.media.result import (
    OFFICE_EMBEDDED_MEDIA_NOT_CLEANED,
    TYPE_NOT_CLEANABLE,
    UNREADABLE_OFFICE_DOCUMENT,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="jpeg" ContentType="image/jpeg"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>"""
RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>
</Relationships>"""
DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>What was said at the meeting.</w:t></w:r></w:p></w:body></w:document>"""
CORE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:creator>Canary Author</dc:creator><cp:lastModifiedBy>Canary Editor</cp:lastModifiedBy>
<dc:title>Canary Title</dc:title>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created>
</cp:coreProperties>"""
APP = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Template>Canary Template.dotm</Template><TotalTime>42</TotalTime>
<Company>Canary Company</Company><Manager>Canary Manager</Manager></Properties>"""
CUSTOM = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner"><vt:lpwstr>Canary Custom</vt:lpwstr></property></Properties>"""
CANARIES = [
    b"Canary Author",
    b"Canary Editor",
    b"Canary Title",
    b"Canary Company",
    b"Canary Manager",
    b"Canary Template",
    b"Canary Custom",
    b"2024-01-02",
    b"CanaryThumb",
]


def document_rels(extra: dict[str, bytes]) -> dict[str, bytes]:
    """word/_rels/document.xml.rels pointing at each extra part under word/ (Seinpost drops
    parts that no relationship points to), typed by the part's folder as Word types them."""
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    entries = []
    for number, name in enumerate(n for n in extra if n.startswith("word/")):
        target = name.removeprefix("word/")
        kind = "image" if target.startswith("media/") else target.split(".")[0].rstrip("0123456789")
        entries.append(f'<Relationship Id="rIdX{number}" Type="{od}{kind}" Target="{target}"/>')
    if not entries:
        return {}
    body = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(entries) + "</Relationships>")
    return {"word/_rels/document.xml.rels": body.encode()}


def build_docx(extra: dict[str, bytes] | None = None) -> bytes:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/document.xml": DOCUMENT,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "docProps/custom.xml": CUSTOM,
        "docProps/thumbnail.jpeg": b"\xff\xd8\xff\xe0CanaryThumb",
        **(extra or {}),
        **document_rels(extra or {}),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            info.comment = b"Canary Author"
            package.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        package.comment = b"Canary Author"
    return out.getvalue()


def exiftool(data: bytes, folder: Path) -> dict[str, object]:
    """exiftool's view of a docx (it needs a real file to inflate the zip; test data only)."""
    path = folder / "document.docx"
    path.write_bytes(data)
    run = subprocess.run(["exiftool", "-j", "-a", "-G1", str(path)], capture_output=True)
    assert run.returncode == 0, run.stderr
    tags = json.loads(run.stdout)[0]
    # Without Archive::Zip (libarchive-zip-perl) exiftool cannot inflate the parts and only
    # warns: then it saw none of the properties, and "no canary" would prove nothing.
    problems = {k: v for k, v in tags.items() if k.endswith((":Error", ":Warning"))}
    assert problems == {}, problems
    assert tags["File:FileType"] == "DOCX"
    return tags


def everything_inside(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return b"".join(package.read(name) for name in package.namelist()) + data


def test_docx_properties_are_emptied_and_the_document_kept(tmp_path: Path) -> None:
    original = build_docx()
    seen = exiftool(original, tmp_path)  # exiftool reads the properties inside the parts
    assert (seen["XMP-dc:Creator"], seen["XML:Company"]) == ("Canary Author", "Canary Company")

    result = clean_attachment(original, "verslag.docx")

    assert (result.cleaning, result.media_type, result.warnings) == ("cleaned", DOCX, ())
    assert result.suggested_name == "verslag.docx"
    inside = everything_inside(result.data)
    for canary in CANARIES:
        assert canary not in inside
    assert "Canary" not in json.dumps(exiftool(result.data, tmp_path))
    with zipfile.ZipFile(io.BytesIO(result.data)) as package:
        assert package.testzip() is None
        names = package.namelist()
        assert "docProps/custom.xml" not in names and "docProps/thumbnail.jpeg" not in names
        # every XML part is written anew (comments and processing instructions never pass):
        # the same document, only the declaration's line end is Seinpost's own
        assert package.read("word/document.xml") == DOCUMENT.replace(b"?>\n", b"?>\r\n", 1)
        rels = package.read("_rels/.rels")
        assert b"custom-properties" not in rels and b"thumbnail" not in rels
        assert b"officeDocument" in rels and b"core-properties" in rels
        types = package.read("[Content_Types].xml")
        assert b"custom.xml" not in types and b"/word/document.xml" in types
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in package.infolist())


def test_comments_are_kept_and_their_authors_neutralised() -> None:
    comments = b'<w:comments xmlns:w="x"><w:comment w:author="Canary Reviewer"/></w:comments>'
    result = clean_attachment(build_docx({"word/comments.xml": comments}), "a.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    with zipfile.ZipFile(io.BytesIO(result.data)) as package:
        kept = package.read("word/comments.xml")
    assert b"Canary Reviewer" not in kept and b'w:author="Seinpost"' in kept


def test_a_docx_named_zip_is_still_recognised_by_its_content() -> None:
    result = clean_attachment(build_docx(), "bijlage.zip")
    assert (result.cleaning, result.media_type) == ("cleaned", DOCX)
    assert result.suggested_name == "bijlage.docx"


def test_plain_zip_is_not_cleanable() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("notes.txt", "hello")
    result = clean_attachment(out.getvalue(), "files.zip")
    assert (result.cleaning, result.media_type, result.warnings) == (
        "not-cleanable",
        "application/zip",
        (TYPE_NOT_CLEANABLE,),
    )


@pytest.mark.parametrize("data", [b"PK\x03\x04 fake zip secret", b"PK\x03\x04" + bytes(200)],
                         ids=["review-a5", "zeros"])
def test_a_broken_zip_archive_is_a_kind_seinpost_cannot_clean_not_a_damaged_office_file(
        data: bytes) -> None:
    """Review r12aa A5: `archief.zip` (20 bytes) was told "The Office document is damaged";
    named .docx the same bytes are one (test_hostile_office_files_are_sealed_as_is)."""
    result = clean_attachment(data, "archief.zip")
    assert (result.cleaning, result.data, result.warnings) == (
        "not-cleanable", data, (TYPE_NOT_CLEANABLE,))
    told = forecast_cleaning(data, "archief.zip", len(data))  # the line before it is stored
    assert (told.cleaning, told.warnings) == (result.cleaning, result.warnings)


def test_a_plain_zip_archive_is_forecast_as_it_turns_out() -> None:
    """It was forecast "will be cleaned" and then told "cannot clean this kind of file"."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("foto's/IMG_0001.txt", "hello")
    data = out.getvalue()
    told = forecast_cleaning(data, "fotos.zip", len(data))
    result = clean_attachment(data, "fotos.zip")
    assert (told.cleaning, told.warnings) == (result.cleaning, result.warnings) == (
        "not-cleanable", (TYPE_NOT_CLEANABLE,))
    docx = build_docx()  # named .zip, an Office package is still forecast and cleaned
    assert forecast_cleaning(docx, "bijlage.zip", len(docx)).cleaning == "cleaned"


def zip_bomb_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)):
            package.writestr(name, data)
        package.writestr("word/document.xml", b"\x00" * (64 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(build_docx({"_rels/.rels": b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'}), id="dtd"),
        pytest.param(build_docx()[:-30], id="truncated"),
        pytest.param(b"PK\x03\x04" + bytes(200), id="garbage"),
    ],
)
def test_hostile_office_files_are_sealed_as_is(data: bytes) -> None:
    result = clean_attachment(data, "x.docx")
    assert (result.cleaning, result.data) == ("not-cleanable", data)
    assert result.warnings == (UNREADABLE_OFFICE_DOCUMENT,)


def test_zip_bomb_is_refused_before_inflating() -> None:
    data = zip_bomb_docx()
    assert len(data) < 200_000
    result = clean_attachment(data, "bomb.docx")
    assert (result.cleaning, result.warnings) == ("not-cleanable", (UNREADABLE_OFFICE_DOCUMENT,))


def test_old_binary_word_file_is_not_cleanable() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    result = clean_attachment(data, "oud.doc")
    assert (result.cleaning, result.media_type, result.warnings) == (
        "not-cleanable",
        "application/msword",
        (TYPE_NOT_CLEANABLE,),
    )


def jpeg_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CanaryMake"
    out = io.BytesIO()
    Image.new("RGB", (16, 8), "green").save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_pictures_in_a_document_lose_their_exif_but_not_their_pixels() -> None:
    picture = jpeg_with_exif()
    result = clean_attachment(build_docx({"word/media/image1.jpeg": picture}), "foto's.docx")
    assert (result.cleaning, result.warnings) == ("cleaned", ())
    with zipfile.ZipFile(io.BytesIO(result.data)) as package:
        cleaned = package.read("word/media/image1.jpeg")
    assert b"CanaryMake" not in cleaned and b"Exif" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as after, Image.open(io.BytesIO(picture)) as before:
        assert after.tobytes() == before.tobytes()


def test_pictures_in_formats_seinpost_cannot_clean_are_kept_with_a_warning() -> None:
    emf = b"\x01\x00\x00\x00" + "Canary drawing".encode("utf-16-le")
    result = clean_attachment(build_docx({"word/media/image2.emf": emf}), "a.docx")
    assert (result.cleaning, result.warnings) == ("partly-cleaned",
                                                  (OFFICE_EMBEDDED_MEDIA_NOT_CLEANED,))


def sealed_formulas(data: bytes) -> list[str]:
    """The text of every cell formula, defined name and chart series formula in an xlsx."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as zipped:
        for name in zipped.namelist():
            text = zipped.read(name).decode("utf-8", "replace")
            for match in re.finditer(r"<(?:\w+:)?(?:f|definedName)\b[^>]*>([^<]*)</", text):
                found.append(html.unescape(match.group(1)))
    return found


def test_a_formula_whose_paths_are_cut_is_still_a_valid_formula() -> None:
    # review r11i L1: the cut left `'removed-path` (an unbalanced quote): Excel called it damaged
    book = "'C:\\Users\\CANARYjan\\Documents\\[Budget CANARY Jansen.xlsx]Blad 1'!$A$1"
    link = 'HYPERLINK("C:\\Users\\CANARYjan\\a ""CANARY"".docx","zie")'
    sheet = SHEET.replace(
        "</row>", f'<c r="B1"><f>{escape(book)}+1</f><v>3</v></c>'
        f'<c r="C1" t="str"><f>{escape(link)}</f><v>zie</v></c></row>')
    chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
             f"<c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>{escape(book)}"
             "</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>")
    original = package(
        "xlsx",
        workbook_extra=f'<definedNames><definedName name="bron">{escape(book)}</definedName>'
        "</definedNames>",
        parts={"xl/worksheets/sheet1.xml": XML_HEAD + sheet, "xl/charts/chart1.xml": chart},
        main_rels=(("rIdCh", OD + "chart", "charts/chart1.xml"),),
    )
    assert len(sealed_formulas(original)) == 4

    result = clean_attachment(original, "budget.xlsx")

    formulas = sealed_formulas(result.data)
    assert len(formulas) == 4 and b"CANARY" not in everything_inside(result.data)
    for formula in formulas:
        Tokenizer("=" + formula)  # raises TokenizerError on an unbalanced quote
    assert formulas.count("'removed-path[removed.xlsx]Blad 1'!$A$1") == 2
    assert "'removed-path[removed.xlsx]Blad 1'!$A$1+1" in formulas
    assert 'HYPERLINK("removed-path","zie")' in formulas
