"""PDF builders for the inventory rows of issue 11's review (test_media_inventory.py): each plants
one kind of identifying value where a list of known keys did not look."""

# ruff: noqa: E501 (one object a line, as the rows are)

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from PIL import Image, ImageCms


def link(document: pikepdf.Pdf, page: pikepdf.Page, *actions: Dictionary) -> None:
    page.obj.Annots = Array([document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]), A=action)) for action in actions])


def path_strings(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    link(document, page,
         Dictionary(S=Name.URI, URI=String("file:///C:/Users/CANARYamy/r.docx")),
         Dictionary(S=Name.URI, URI=String("https://d.docs.live.net/CANARY42/Documenten/r.docx")),
         Dictionary(S=Name.URI, URI=String("https://example.org/melding")))
    document.Root.URI = Dictionary(Base=String("file:///Volumes/CANARYben/"))
    document.Root.StructTreeRoot = document.make_indirect(Dictionary(Type=Name.StructTreeRoot, K=Dictionary(Type=Name.StructElem, S=Name.Figure, Alt=String("~/CANARYcy/foto.jpg"))))


def file_specs(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    link(document, page,
         Dictionary(S=Name.GoToR, D=Array([0, Name.Fit]), F=Dictionary(F=String("/C/Users/CANARYcat/o.pdf"), UF=String("C:\\Users\\CANARYcat\\o.pdf"))),
         Dictionary(S=Name.GoToR, D=Array([0, Name.Fit]), F=String("/Volumes/CANARYeve/o.pdf")),
         Dictionary(S=Name.GoToR, D=Array([0, Name.Fit]), F=String("verslagen/CANARYdan.pdf")))
    page.obj.Annots.append(document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, Rect=Array([0, 0, 9, 9]), FS=String("Macintosh HD:Users:CANARYbea:x.pdf"))))


def annotation_names(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    page.obj.Annots = Array([
        document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([0, 0, 9, 9]), Contents="Zie hier", Subj=String("CANARY Ned's note"), NM=String("CANARY-ned-0001"))),
        document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name("/Foo"), Rect=Array([0, 0, 9, 9]), T=String("CANARY Olga"), M=String("D:20240102CANARY"))),
        document.make_indirect(Dictionary(Rect=Array([0, 0, 9, 9]), T=String("CANARY Piet"), CreationDate=String("D:20240102CANARY"))),
    ])


def signature_without_type(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    signature = document.make_indirect(Dictionary(Filter=Name("/Adobe.PPKLite"), Name=String("CANARY Pam"), Location=String("CANARY town"), M=String("D:20240102CANARY")))
    field = document.make_indirect(Dictionary(FT=Name.Sig, T="Handtekening", V=signature, Type=Name.Annot, Subtype=Name.Widget, Rect=Array([0, 0, 0, 0]), P=page.obj))
    page.obj.Annots = Array([field])
    document.Root.AcroForm = Dictionary(Fields=Array([field]))


def private_keys(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    page.obj.LastModified = String("D:20240102030405CANARY")
    page.obj.DPart = Dictionary(DPM=Dictionary(Owner=String("CANARY Quentin")))
    document.Root.SpiderInfo = Dictionary(V=1.2, CS=Array([Dictionary(URL=String("https://CANARY.example/roy"))]))
    document.Root.OCProperties = Dictionary(OCGs=Array([document.make_indirect(Dictionary(Type=Name.OCG, Name=String("Laag 1"), Usage=Dictionary(CreatorInfo=Dictionary(Creator=String("CANARY Gus"), Subtype=Name.Artwork), User=Dictionary(Type=Name.Ind, Name=String("CANARY Gus2")))))]), D=Dictionary(ON=Array([])))
    document.Root.Threads = Array([document.make_indirect(Dictionary(Type=Name.Thread, I=Dictionary(Author=String("CANARY Hal"), CreationDate=String("D:2024CANARY"))))])
    document.Root.OutputIntents = Array([Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String("sRGB"), Info=String("CANARY Kim's printer"))])
    link(document, page, Dictionary(S=Name.Rendition, OP=0, JS=String("// CANARYida")))


def _profile_with_canary() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile.replace("sRGB built-in".encode("utf-16-be"), "CANARY MacBk.".encode("utf-16-be"))


def colour_profile(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    profile = document.make_stream(_profile_with_canary(), N=3)
    image = document.make_stream(b"\xff\x00\x00", Type=Name.XObject, Subtype=Name.Image, Width=1, Height=1, BitsPerComponent=8, ColorSpace=Array([Name.ICCBased, profile]))
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    document.Root.OutputIntents = Array([Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String("sRGB"), DestOutputProfile=document.make_stream(_profile_with_canary(), N=3))])


def colour_profile_unreadable(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    profile = document.make_stream(b"desc: CANARY Joe's MacBook Pro, calibrated", N=3)
    page.obj.Resources = Dictionary(ColorSpace=Dictionary(CS0=Array([Name.ICCBased, profile])))


XFA = b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">CANARY Abe</dc:creator></x:xmpmeta></xdp:xdp>'


def xfa(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    document.Root.AcroForm = Dictionary(Fields=Array([]), XFA=Array([String("xdp"), document.make_stream(XFA)]))


def xfa_needs_rendering(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    xfa(document, page)
    document.Root.NeedsRendering = True


def _jpeg_with_artist() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = "CANARY Inline"
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def inline_jpeg(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    page.obj.Contents = document.make_stream(b"q 8 0 0 8 0 0 cm BI /W 8 /H 8 /CS /RGB /BPC 8 /F /DCT ID " + _jpeg_with_artist() + b" EI Q")


def inline_jpeg_unwalkable(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """An inline JPEG with a restart marker where its header segments belong: not walked."""
    data = b"\xff\xd8\xff\xd0" + _jpeg_with_artist()[2:]
    page.obj.Contents = document.make_stream(b"q 8 0 0 8 0 0 cm BI /W 8 /H 8 /CS /RGB /BPC 8 /F /DCT ID " + data + b" EI Q")


def inline_images(document: pikepdf.Pdf) -> list[pikepdf.PdfInlineImage]:
    return [i.iimage for i in pikepdf.parse_content_stream(document.pages[0]) if isinstance(i, pikepdf.ContentStreamInlineImage)]


def truetype_with_licensee() -> bytes:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef"])
    builder.setupCharacterMap({})
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph()})
    builder.setupHorizontalMetrics({".notdef": (500, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Huisletter", "styleName": "Regular", "copyright": "CANARY Foundry for CANARY Lou", "licenseDescription": "Licensed to CANARY Lou, order 12345", "designer": "CANARY"})
    builder.setupOS2()
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def _font(document: pikepdf.Pdf, page: pikepdf.Page, program: bytes) -> None:
    descriptor = document.make_indirect(Dictionary(Type=Name.FontDescriptor, FontName=Name("/Huisletter"), Flags=32, FontBBox=Array([0, -200, 500, 800]), ItalicAngle=0, Ascent=800, Descent=-200, CapHeight=700, StemV=80, FontFile2=document.make_stream(program, Length1=len(program))))
    font = Dictionary(Type=Name.Font, Subtype=Name.TrueType, BaseFont=Name("/Huisletter"), FirstChar=32, LastChar=32, Widths=Array([500]), FontDescriptor=descriptor)
    page.obj.Resources = Dictionary(Font=Dictionary(F1=font))
    page.obj.Contents = document.make_stream(b"BT /F1 12 Tf 10 10 Td ( ) Tj ET")


def font(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    _font(document, page, truetype_with_licensee())


def font_unreadable(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    _font(document, page, b"\x00\x01\x00\x00name" + "Licensed to CANARY Lou".encode("utf-16-be"))
