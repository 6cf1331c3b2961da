"""Review r11k R11K-6 (issue 11, task q11b): a spreadsheet written by openpyxl (and so pandas'
`to_excel`) is told by its ZIP's central directory, and its forecast agrees with its outcome.

openpyxl writes `docProps/`, the theme and the sheet first and `xl/workbook.xml` and
`[Content_Types].xml` last, so the first 4 KiB that `sniff` read named neither: the file was
typed `application/zip`. A 4.8 MB export whose sheet part is 39 MB (over `MAX_XML_PART`) was
forecast "will be cleaned", then sealed as it was as `attachment-1.zip` with its creator; a
smaller one was cleaned but forecast to be stored as `.zip`. Now the central directory, at the
end of the file, names the package (`zip_directory`), and the forecast reads the declared part
sizes from it (`office_zip.checked_entries`). Each file goes the real path (forecast, attach,
seal, stock age, tar).
"""

# ruff: noqa: E501 (test names say what they check)

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
from office_types_kit import seal

from intake_app.media.office_zip import MAX_XML_PART

_SHEET = "xl/worksheets/sheet1.xml"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export(rows: int) -> bytes:
    """What `pandas.DataFrame.to_excel` writes through openpyxl: a write-only workbook, its
    creator "CANARY Creator"."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for index in range(rows):
        sheet.append([index, index * 2, "Amsterdam", 3.14159 * index, "abc"])
    book.properties.creator = "CANARY Creator"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_sheet_of(data: bytes, size: int) -> bytes:
    """`data` with its sheet's rows repeated to `size` bytes of XML, every entry in the order
    openpyxl wrote it (the sheet before the workbook and `[Content_Types].xml`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == _SHEET:
                start, end = body.index(b"<sheetData>") + 11, body.index(b"</sheetData>")
                rows = body[start:end]
                body = body[:start] + rows * (size // len(rows) + 1) + body[end:]
            target.writestr(info.filename, body)
    return out.getvalue()


def _names_in_head(data: bytes) -> bool:
    return any(name in data[:4096] for name in (b"xl/workbook.xml", b"[Content_Types].xml"))


def test_an_openpyxl_export_is_forecast_and_sealed_as_a_cleaned_xlsx(tmp_path: Path) -> None:
    original = _export(2_000)
    assert not _names_in_head(original)  # what made it a ZIP before
    sealed = seal(tmp_path, {"export.xlsx": original})
    forecast = sealed.forecasts[0]
    assert (forecast.media_type, forecast.cleaning, forecast.stored_name) == (_XLSX, "cleaned", "export.xlsx")  # before: export.zip
    assert sealed.members[1] == "attachments/01-attachment-1.xlsx"
    entry = sealed.signal["attachments"][0]
    assert (entry["media_type"], entry["cleaning"]) == (_XLSX, "cleaned")
    assert b"CANARY" not in zipfile.ZipFile(io.BytesIO(sealed.files[sealed.members[1]])).read("docProps/core.xml")


def test_an_export_with_a_sheet_over_the_part_bound_is_forecast_as_sealed_and_named_xlsx(tmp_path: Path) -> None:
    original = _with_sheet_of(_export(200), MAX_XML_PART + 1024)
    assert not _names_in_head(original)
    sealed = seal(tmp_path, {"groot.xlsx": original})
    forecast, entry = sealed.forecasts[0], sealed.signal["attachments"][0]
    assert (entry["cleaning"], entry["warnings"]) == ("not-cleanable", ["too_large_to_clean"])
    assert (forecast.cleaning, forecast.warnings) == ("not-cleanable", ("too_large_to_clean",))  # before: "will be cleaned"
    assert entry["media_type"] == _XLSX
    assert sealed.members[1] == "attachments/01-attachment-1.xlsx"  # before: .zip
    assert sealed.files[sealed.members[1]] == original  # as it is, and told so before saving


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in entries:
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(zipfile.ZipInfo(name), body, compress_type=method)
    return out.getvalue()


def test_the_central_directory_tells_opendocument_and_a_plain_zip_wherever_their_entries_lie() -> None:
    from intake_app.media.sniff import sniff_media_type

    padding = [(f"Pictures/{index}.bin", bytes(range(256)) * 40) for index in range(3)]
    late_mimetype = _zip([*padding, ("mimetype", b"application/vnd.oasis.opendocument.text")])
    plain = _zip([*padding, ("notes.txt", b"hallo")])

    def sniffed(data: bytes, name: str) -> str:
        return sniff_media_type(data[:4096], name, read_at=lambda at, count: data[at:at + count], size=len(data))

    assert sniffed(late_mimetype, "brief.zip") == "application/vnd.oasis.opendocument.text"
    assert sniffed(plain, "export.xlsx") == "application/zip"
    assert sniff_media_type(late_mimetype[:4096], "brief.odt") == "application/zip"  # the head alone
