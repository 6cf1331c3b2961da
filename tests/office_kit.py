"""Small Office Open XML and PDF files for the cleaning inventory, built part by part.

Every planted name, device, place or path contains CANARY (see media_kit). The packages are
the smallest Word, Excel and PowerPoint would open: content types, relationships, a main part.
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import zipfile

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships/"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MAIN = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
}
DOCUMENT = (
    f'<w:document {W} {R} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
    "<w:body>{body}<w:sectPr/></w:body></w:document>"
)
WORKBOOK = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'{R}>{{extra}}<sheets><sheet name="Blad1" sheetId="1" r:id="rIdSheet"/></sheets></workbook>'
)
SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Melding</t></is></c></row>'
         "</sheetData></worksheet>")
PRESENTATION = (
    '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    f'{R}><p:sldIdLst/></p:presentation>'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def rels(*entries: tuple[str, str, str] | tuple[str, str, str, str]) -> str:
    """A relationships part: (id, type, target[, "External"]) per relationship."""
    lines = []
    for entry in entries:
        mode = f' TargetMode="{entry[3]}"' if len(entry) > 3 else ""
        lines.append(f'<Relationship Id="{entry[0]}" Type="{entry[1]}" Target="{entry[2]}"{mode}/>')
    return (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(lines) + "</Relationships>")


def package(
    kind: str,
    *,
    body: str = "<w:p><w:r><w:t>Melding.</w:t></w:r></w:p>",
    workbook_extra: str = "",
    parts: dict[str, bytes | str] | None = None,
    main_rels: tuple[tuple[str, ...], ...] = (),
    package_rels: tuple[tuple[str, ...], ...] = (),
    overrides: dict[str, str] | None = None,
    zip_comment: bytes = b"",
) -> bytes:
    """A docx, xlsx or pptx with `parts` added and relationships to them."""
    main, main_type = MAIN[kind]
    folder = main.split("/")[0]
    files: dict[str, bytes | str] = {}
    if kind == "docx":
        files[main] = XML_HEAD + DOCUMENT.format(body=body)
    elif kind == "xlsx":
        files[main] = XML_HEAD + WORKBOOK.format(extra=workbook_extra)
        files["xl/worksheets/sheet1.xml"] = XML_HEAD + SHEET
        main_rels = (("rIdSheet", OD + "worksheet", "worksheets/sheet1.xml"), *main_rels)
    else:
        files[main] = XML_HEAD + PRESENTATION
    files[f"{folder}/_rels/{main.split('/')[1]}.rels"] = rels(*main_rels)  # type: ignore[arg-type]
    files["_rels/.rels"] = rels(("rIdMain", OD + "officeDocument", main), *package_rels)  # type: ignore[arg-type]
    files.update(parts or {})
    override = "".join(
        f'<Override PartName="/{name}" ContentType="{content_type}"/>'
        for name, content_type in {main: main_type, **(overrides or {})}.items()
    )
    files["[Content_Types].xml"] = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="emf" ContentType="image/x-emf"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
        '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
        + override + "</Types>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["[Content_Types].xml", *[n for n in files if n != "[Content_Types].xml"]]:
            data = files[name]
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.comment = zip_comment
            archive.writestr(info, data.encode() if isinstance(data, str) else data)
        archive.comment = zip_comment
    return out.getvalue()


STRICT = (  # Transitional -> ISO 29500 Strict, relationship types before namespaces
    (OD + "extended-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    (OD + "custom-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties"),
    (OD, "http://purl.oclc.org/ooxml/officeDocument/relationships/"),
    (OD[:-1], "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/customProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    ("<w:document ", '<w:document w:conformance="strict" '),
)


def strict(transitional: bytes) -> bytes:
    """The same package written as ISO 29500 Strict: Strict namespaces and relationship types
    (as Word's "Strict Open XML Document" saves it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(transitional)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = data.decode()
                for old, new in STRICT:
                    text = text.replace(old, new)
                data = text.encode()
            target.writestr(info, data)
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "CANARY Make"
    exif[0x0110] = "CANARY Model"
    exif.get_ifd(0x8825)[18] = "CANARY datum"
    out = io.BytesIO()
    Image.new("RGB", (16, 12), "teal").save(out, "JPEG", exif=exif, comment=b"CANARY comment")
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "CANARY Jan Jansen")
    info.add_itxt("Comment", "CANARY iTXt")
    out = io.BytesIO()
    Image.new("RGBA", (16, 12), (10, 20, 30, 128)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def pdf(build: object = None, *, info: bool = False) -> bytes:
    """A one-page PDF; `build(pdf, page)` plants what a row needs."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(200, 200))
    if info:
        document.docinfo = document.make_indirect(Dictionary(Author="CANARY Author",
                                                             Creator="CANARY Creator"))
    if callable(build):
        build(document, document.pages[0])
    out = io.BytesIO()
    document.save(out, compress_streams=False, static_id=True, fix_metadata_version=False)
    return out.getvalue()


__all__ = ["Array", "Dictionary", "Name", "String"]
