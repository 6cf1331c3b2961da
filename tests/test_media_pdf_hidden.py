"""The edges of pdf_hidden's rules: what they must not touch, and what is warned when they cannot
look (the rows themselves are in test_media_inventory.py)."""

from __future__ import annotations

import io

import pikepdf
from inventory_pdf_kit import XMP
from media_kit import canaries
from office_kit import pdf
from pikepdf import Array, Dictionary, Name, String

from intake_app.media.clean import clean_attachment
from intake_app.media.result import PDF_EMBEDDED_FILES_NOT_CLEANED, PDF_METADATA_PARTLY_REMOVED


def _contents(document: pikepdf.Pdf, page: pikepdf.Page, content: bytes, **kw: object) -> None:
    page.obj.Contents = document.make_stream(content, **kw)


def test_a_percent_sign_inside_a_string_is_text_not_a_comment_and_stays() -> None:
    content = b"BT /F1 9 Tf (50% korting) Tj ET % C:\\Users\\CANARYjan\\x.ai\n"
    result = clean_attachment(pdf(lambda d, p: _contents(d, p, content)), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        cleaned = document.pages[0].obj.Contents.read_bytes()
    assert cleaned == b"BT /F1 9 Tf (50% korting) Tj ET \n\n"
    assert canaries(result.data) == []


def test_a_content_stream_seinpost_cannot_decode_is_warned_as_partly_cleaned() -> None:
    hex_content = (b"% C:\\Users\\CANARYjan\\x.ai\n0 0 9 9 re f\n").hex().encode() + b">"
    result = clean_attachment(
        pdf(lambda d, p: _contents(d, p, hex_content, Filter=Name.ASCIIHexDecode)), "a.pdf")
    assert result.cleaning == "partly-cleaned"
    assert PDF_METADATA_PARTLY_REMOVED in result.warnings


def test_an_embedded_file_that_starts_as_xmp_is_kept_byte_for_byte_and_warned() -> None:
    def attach(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        data = document.make_stream(XMP, Type=Name.EmbeddedFile)
        spec = Dictionary(Type=Name.Filespec, F=String("x.xmp"), EF=Dictionary(F=data))
        document.Root.Names = Dictionary(EmbeddedFiles=Dictionary(Names=Array(["x.xmp", spec])))
    result = clean_attachment(pdf(attach), "a.pdf")
    assert PDF_EMBEDDED_FILES_NOT_CLEANED in result.warnings
    with pikepdf.open(io.BytesIO(result.data)) as document:
        assert document.Root.Names.EmbeddedFiles.Names[1].EF.F.read_bytes() == XMP


def test_a_field_widget_without_subtype_keeps_its_field_name() -> None:
    def field(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        widget = document.make_indirect(Dictionary(FT=Name.Tx, T=String("Naam"),
                                                   Rect=Array([0, 0, 9, 9]), P=page.obj))
        page.obj.Annots = Array([widget])
        document.Root.AcroForm = Dictionary(Fields=Array([widget]))
    result = clean_attachment(pdf(field), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        assert document.pages[0].obj.Annots[0].T == "Naam"


def test_a_description_that_is_not_a_file_name_stays() -> None:
    def figure(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        root = document.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        root.K = Array([Dictionary(Type=Name.StructElem, S=Name.Figure, P=root,
                                   Alt=String("Kaart van de wijk, versie 2.0"),
                                   T=String("Figuur 1"))])
        document.Root.StructTreeRoot = root
    result = clean_attachment(pdf(figure), "a.pdf")
    with pikepdf.open(io.BytesIO(result.data)) as document:
        element = document.Root.StructTreeRoot.K[0]
        assert (str(element.Alt), str(element.T)) == ("Kaart van de wijk, versie 2.0", "Figuur 1")
