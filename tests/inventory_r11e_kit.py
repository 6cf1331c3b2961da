"""Builders for the inventory rows of review r11e (test_media_inventory.py): the ways Word shows a
document property the cleaner removes (O1–O4, O6); PDF pages outside the page tree (F1, F2) and
PostScript XObjects (F3)."""

# ruff: noqa: E501 (WordprocessingML is kept as Word writes it, one element a line)

from __future__ import annotations

import io
import re

import pikepdf
from office_kit import package
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

_CORE_NS = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
            "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'")


def _field(instruction: str, result: str) -> str:
    return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def property_fields() -> bytes:
    """INFO Author, a custom DOCPROPERTY, SAVEDATE and KEYWORDS, as Word leaves their results."""
    return package("docx", body=_field("INFO Author", "CANARY Jan Jansen") + _field("DOCPROPERTY Owner", "CANARY jan@example.nl")
                   + _field('SAVEDATE \\@ "d-M-yyyy"', "CANARY 12-5-2024") + _field("KEYWORDS", "CANARY trefwoorden"))


def bound_control() -> bytes:
    """Insert → Quick Parts → Document Property → Author."""
    return package("docx", body=(
        f'<w:sdt><w:sdtPr><w:alias w:val="Author"/><w:dataBinding w:prefixMappings="{_CORE_NS}" '
        'w:xpath="/ns1:coreProperties[1]/ns0:creator[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>'
        '<w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>CANARY Jan Jansen</w:t></w:r></w:p></w:sdtContent></w:sdt>'))


def shown(document: bytes) -> list[str]:
    """The text runs of a WordprocessingML part, in order."""
    return re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document.decode())


def _inline_content(document: pikepdf.Pdf) -> pikepdf.Stream:
    """A page's content: a `%` comment with a home folder and an inline JPEG with EXIF Artist."""
    exif = Image.Exif()
    exif[0x013B] = "CANARY Inline Jan Jansen"
    picture = io.BytesIO()
    Image.new("RGB", (8, 8)).save(picture, "JPEG", exif=exif.tobytes())
    return document.make_stream(b"% C:\\Users\\CANARYjjansen\\scan.pdf\nq 8 0 0 8 0 0 cm BI /W 8 /H 8 /CS /RGB /BPC 8 /F /DCT ID "
                                + picture.getvalue() + b" EI Q\n")


def _page(document: pikepdf.Pdf, kind: str) -> pikepdf.Dictionary:
    return document.make_indirect(Dictionary(Type=Name(kind), MediaBox=Array([0, 0, 200, 200]),
                                             Resources=Dictionary(), Contents=_inline_content(document)))


def template_page(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """An Acrobat form template (`/Names /Templates`): a page outside the page tree."""
    document.Root.Names = Dictionary(Templates=Dictionary(Names=Array([String("sjabloon"), _page(document, "/Template")])))


def deleted_page_in_outline(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A page deleted from the page tree that a bookmark still targets (its /Parent still set)."""
    gone = _page(document, "/Page")
    gone.Parent = document.Root.Pages
    item = document.make_indirect(Dictionary(Title=String("Bijlage"), Dest=Array([gone, Name.Fit])))
    outlines = document.make_indirect(Dictionary(Type=Name.Outlines, First=item, Last=item, Count=1))
    item.Parent = outlines
    document.Root.Outlines = outlines


def postscript_xobject(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A PostScript XObject and a form's /PS stand-in, with the DSC comments a driver writes."""
    ps = document.make_stream(b"%%Creator: CANARY Word Jan Jansen\n%%For: (CANARYjjansen)\n0 0 moveto\n",
                              Type=Name.XObject, Subtype=Name.PS)
    form = document.make_stream(b"0 0 1 1 re f", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 1, 1]),
                                PS=document.make_stream(b"%%For: (CANARYanna)\n"))
    page.obj.Resources = Dictionary(XObject=Dictionary(PS0=ps, Fm0=form))
    page.obj.Contents = document.make_stream(b"/PS0 Do /Fm0 Do")


def page_objects(document: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every page object in the file, in the tree or not."""
    return [o for o in document.objects if isinstance(o, Dictionary) and not isinstance(o, pikepdf.Stream)
            and o.get(Name.Type) in (Name.Page, Name.Template)]


def page_clean(page: pikepdf.Dictionary) -> bool:
    """The page's content has no comment, and its inline JPEG survived without EXIF."""
    content = page.Contents.read_bytes()
    return b"scan.pdf" not in content and content.lstrip().startswith(b"q 8") and b"BI" in content and b"\xff\xd8" in content and b"Exif" not in content


HEADERS = ('<headerFooter differentOddEven="1" differentFirst="1">'
           '<oddHeader>&amp;L&amp;"Calibri,Bold"Prepared by CANARY Jan Jansen &amp;D&amp;RPage &amp;P of &amp;N</oddHeader>'
           '<oddFooter>&amp;LC:\\Users\\CANARYjjansen\\Documents\\melding.xlsx&amp;C&amp;A</oddFooter>'
           '<evenHeader>&amp;CCANARY Stichting Utrecht Confidential</evenHeader>'
           '<firstFooter>&amp;C&amp;P&amp;&amp;&amp;N</firstFooter></headerFooter>')


def sheet_headers(headers: str = HEADERS) -> bytes:
    """Excel's built-in header presets and a typed path, as a worksheet keeps them."""
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Melding</t></is></c></row></sheetData>'
             f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{headers}</worksheet>')
    return package("xlsx", parts={"xl/worksheets/sheet1.xml": sheet})


def header_texts(sheet: bytes) -> list[str]:
    """The header and footer strings of a worksheet part, in order."""
    return re.findall(r"<(?:odd|even|first)(?:Header|Footer)>([^<]*)<", sheet.decode())
