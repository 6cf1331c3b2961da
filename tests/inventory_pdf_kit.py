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
    document.Root.OutputIntents = Array([Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String("sRGB"), Info=String("CANARY Kim's printer"), OutputCondition=String("CANARY JJLAPTOP profile"))])
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


HELVETICA = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)


def appearance(document: pikepdf.Pdf, content: bytes, **resources: object) -> pikepdf.Stream:
    """A form XObject as an annotation's appearance: `content` drawn with Helvetica as /F1."""
    return document.make_stream(content, Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 120, 20]),
                                Resources=Dictionary(Font=Dictionary(F1=HELVETICA), **resources))


def annotated(document: pikepdf.Pdf, page: pikepdf.Page, subtype: str, content: bytes, **extra: object) -> Dictionary:
    """One annotation of `subtype` on the page whose normal appearance draws `content`."""
    annotation = document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name(subtype), Rect=Array([10, 10, 130, 30]), AP=Dictionary(N=appearance(document, content)), **extra))
    page.obj.Annots = Array([*page.obj.get(Name.Annots, Array()), annotation])
    return annotation


SHOWN_NAME = b"BT /F1 9 Tf 2 6 Td (GOEDGEKEURD CANARY Jan Jansen 2024-05-02 12:03) Tj ET"
"""An appearance that shows a name, as Acrobat's dynamic stamps draw the stamper's identity."""


def stamp(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    annotated(document, page, "/Stamp", SHOWN_NAME, Name=Name.Approved)


def text_box(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    annotated(document, page, "/FreeText", SHOWN_NAME, Contents="Gezien", DA="/F1 9 Tf 0 g")


def ink(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    annotated(document, page, "/Ink", b"1 w 2 2 m 40 18 l 80 4 l S " + SHOWN_NAME, InkList=Array([Array([12, 12, 50, 28, 90, 14])]))


def watermark(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    annotated(document, page, "/Watermark", SHOWN_NAME)


def page_mark(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A sticky note whose icon draws a form XObject that draws the name: found one level down."""
    inner = appearance(document, SHOWN_NAME)
    note = annotated(document, page, "/Text", b"q /Fm1 Do Q", Contents="Zie hier")
    note.AP.N.Resources.XObject = Dictionary(Fm1=inner)


def popup_appearance(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    parent = annotated(document, page, "/Text", b"0 0 1 rg 0 0 20 20 re f", Contents="Zie hier")
    annotated(document, page, "/Popup", b"BT /F1 9 Tf 2 6 Td (CANARY Jan Jansen  2024-05-02 12:03) Tj ET", Parent=parent)


def page_content(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Text in the page itself and a form XObject a PDF tool stamped into the page content."""
    stamped = appearance(document, SHOWN_NAME)
    page.obj.Resources = Dictionary(Font=Dictionary(F1=HELVETICA), XObject=Dictionary(Fm0=stamped))
    page.obj.Contents = document.make_stream(b"BT /F1 12 Tf 10 150 Td (Brief aan CANARY Jan Jansen) Tj ET q 1 0 0 1 10 100 cm /Fm0 Do Q")


def _type1_charstring(program: list[object]) -> bytes:
    from fontTools.misc import eexec
    from fontTools.misc.psCharStrings import T1CharString

    charstring = T1CharString(program=program)
    charstring.compile()
    return eexec.encrypt(b"\0\0\0\0" + charstring.bytecode, 4330)[0]  # lenIV 4


def type1_program(*, hidden: str | None = None) -> tuple[bytes, int, int, int]:
    """A Type 1 font program as a font editor writes it, and its /Length1, /Length2, /Length3:
    comments and FontInfo strings naming its maker and buyer, one glyph ("A", a box). With
    `hidden`, the encrypted Private dictionary holds that string too. Written by fontTools'
    t1Lib (which FreeType reads), the editor's comments added to its clear text."""
    from fontTools.misc import eexec
    from fontTools.t1Lib import T1Font

    notdef = _type1_charstring([0, 500, "hsbw", "endchar"])
    box = _type1_charstring([0, 500, "hsbw", 50, 0, "rmoveto", 400, 0, "rlineto", 0, 700, "rlineto", -400, 0, "rlineto", "closepath", "endchar"])
    clear = (b"%!PS-AdobeFont-1.0: Huisletter 001.000\n11 dict begin\n/FontInfo 8 dict dup begin\n/version (001.000) readonly def\n/Notice (Made for CANARY Lou \\(order 12345\\)) readonly def\n"
             b"/FullName (CANARY Full) readonly def\n/FamilyName <43414e415259> readonly def\n/Weight (Regular) readonly def\n/ItalicAngle 0 def\n/isFixedPitch false def\nend readonly def\n"
             b"/FontName /Huisletter def\n/Encoding StandardEncoding def\n/PaintType 0 def\n/FontType 1 def\n/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n"
             b"/FontBBox {0 0 500 700} readonly def\ncurrentdict end\ncurrentfile eexec\n")
    private = (b"dup /Private 8 dict dup begin\n/RD {string currentfile exch readstring pop} executeonly def\n/ND {noaccess def} executeonly def\n/NP {noaccess put} executeonly def\n"
               b"/MinFeature {16 16} def\n/password 5839 def\n/BlueValues [] def\n/lenIV 4 def\n/Subrs 0 array\nND\n"
               b"2 index /CharStrings 2 dict dup begin\n/.notdef " + str(len(notdef)).encode() + b" RD " + notdef + b" ND\n/A " + str(len(box)).encode() + b" RD " + box + b" ND\nend\nend\n"
               b"readonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile\n")
    font = T1Font.__new__(T1Font)
    font.encoding = "ascii"
    font.data = clear + eexec.encrypt(b"\0\0\0\0" + private, 55665)[0]
    font.parse()
    if hidden is not None:
        font.font["Private"]["Designer"] = hidden
    written = font.createData()
    first = written.index(b"\n") + 1
    written = written[:first] + b"%%Creator: CANARY Fontographer, Jan's copy\n%%CreationDate: Thu May 2 12:03:00 2024\n%%For: CANARY Lou\n" + written[first:]
    length1 = written.index(b"currentfile eexec ") + len(b"currentfile eexec ")
    length3 = len(written) - written.rindex(b"\n" + b"0" * 64 + b"\n")
    return written, length1, len(written) - length1 - length3, length3


CID_TTX = """<?xml version="1.0" encoding="UTF-8"?>
<ttFont sfntVersion="OTTO" ttLibVersion="4.68">
  <GlyphOrder><GlyphID id="0" name=".notdef"/><GlyphID id="1" name="cid00001"/></GlyphOrder>
  <CFF>
    <major value="1"/><minor value="0"/>
    <CFFFont name="Huisletter">
      <ROS Registry="Adobe" Order="Identity" Supplement="0"/>
      <Notice value="Made for CANARY Lou"/><FullName value="CANARY Full"/><FamilyName value="CANARY Fam"/>
      <CIDFontVersion value="0"/><CIDFontRevision value="0"/><CIDFontType value="0"/><CIDCount value="2"/>
      <FontBBox value="50 0 450 700"/>
      <FDArray><FontDict index="0"><FontMatrix value="0.001 0 0 0.001 0 0"/><FontName value="Huisletter-CANARY"/>
        <Private><defaultWidthX value="0"/><nominalWidthX value="0"/></Private></FontDict></FDArray>
      <FDSelect format="3"/>
      <CharStrings>
        <CharString name=".notdef" fdSelectIndex="0">500 endchar</CharString>
        <CharString name="cid00001" fdSelectIndex="0">500 50 hmoveto 400 700 -400 hlineto endchar</CharString>
      </CharStrings>
    </CFFFont>
    <GlobalSubrs/>
  </CFF>
</ttFont>"""
"""A CID-keyed CFF font (as /CIDFontType0C): names in its top and font dictionaries, CID 1 a box."""


def _opentype_cff() -> bytes:
    """An OpenType font with CFF outlines ("A" a box) whose CFF and name tables name its maker."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    box = T2CharStringPen(500, None)
    box.moveTo((50, 0))
    box.lineTo((450, 0))
    box.lineTo((450, 700))
    box.lineTo((50, 700))
    box.closePath()
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({65: "A"})
    builder.setupCFF("Huisletter", {"FullName": "CANARY Full", "Notice": "Made for CANARY Lou", "Copyright": "CANARY Foundry", "FamilyName": "CANARY Fam"}, {".notdef": T2CharStringPen(500, None).getCharString(), "A": box.getCharString()}, {})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "A": (500, 50)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Huisletter", "styleName": "Regular", "licenseDescription": "Licensed to CANARY Lou"})
    builder.setupOS2()
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def cff_programs() -> dict[str, bytes]:
    """The three CFF kinds a PDF embeds: bare (/Type1C), CID-keyed (/CIDFontType0C), OpenType."""
    from fontTools.ttLib import TTFont

    opentype = _opentype_cff()
    bare = TTFont(io.BytesIO(opentype)).getTableData("CFF ")
    cid = TTFont(sfntVersion="OTTO")
    cid.importXML(io.StringIO(CID_TTX))
    out = io.BytesIO()
    cid["CFF "].cff.compile(out, cid)
    return {"/Type1C": bare, "/CIDFontType0C": out.getvalue(), "/OpenType": opentype}


def font_program_page(document: pikepdf.Pdf, page: pikepdf.Page, kind: str, program: bytes, **lengths: int) -> None:
    """One page drawing "A" (or CID 1) 100 points high with a font whose program is `program`:
    kind "/Type1" (/FontFile), or a /FontFile3 subtype."""
    key = Name.FontFile if kind == "/Type1" else Name.FontFile3
    stream = document.make_stream(program, **lengths) if kind == "/Type1" else document.make_stream(program, Subtype=Name(kind))
    descriptor = document.make_indirect(Dictionary(Type=Name.FontDescriptor, FontName=Name("/Huisletter"), Flags=32, FontBBox=Array([0, 0, 500, 700]), ItalicAngle=0, Ascent=700, Descent=0, CapHeight=700, StemV=80, **{str(key)[1:]: stream}))
    if kind == "/CIDFontType0C":
        descendant = Dictionary(Type=Name.Font, Subtype=Name.CIDFontType0, BaseFont=Name("/Huisletter"), CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0), FontDescriptor=descriptor, DW=500)
        font = Dictionary(Type=Name.Font, Subtype=Name.Type0, BaseFont=Name("/Huisletter"), Encoding=Name("/Identity-H"), DescendantFonts=Array([descendant]))
        text = b"<0001>"
    else:
        font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/Huisletter"), FirstChar=65, LastChar=65, Widths=Array([500]), FontDescriptor=descriptor)
        text = b"(A)"
    page.obj.Resources = Dictionary(Font=Dictionary(F1=font))
    page.obj.Contents = document.make_stream(b"BT /F1 100 Tf 20 40 Td " + text + b" Tj ET")


def type1_font(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    program, length1, length2, length3 = type1_program()
    font_program_page(document, page, "/Type1", program, Length1=length1, Length2=length2, Length3=length3)


def cff_fonts(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """The three CFF kinds on three pages (the first is `page`)."""
    programs = cff_programs()
    pages = [page, document.add_blank_page(page_size=(200, 200)), document.add_blank_page(page_size=(200, 200))]
    for target, (kind, program) in zip(pages, programs.items(), strict=True):
        font_program_page(document, target, kind, program)


def type1_font_with_hidden_string(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A Type 1 font whose encrypted part holds a string of its own (not read, so removed)."""
    program, length1, length2, length3 = type1_program(hidden="CANARY Lou")
    font_program_page(document, page, "/Type1", program, Length1=length1, Length2=length2, Length3=length3)


def trailer_key(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A program's private trailer key holding a path (review r11b D1)."""
    document.trailer[Name("/AcmeSource")] = String("C:\\Users\\CANARYjan\\Documenten\\melding.indd")
    document.trailer[Name("/AcmeJob")] = document.make_indirect(Dictionary(Owner=String("CANARY Jan")))


def structure_file_names(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Structure elements whose /Alt, /ActualText, /E and /T are the inserted file's name (D2);
    a real description stays."""
    root = document.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    figure = Dictionary(Type=Name.StructElem, S=Name.Figure, P=root, Alt=String("IMG_20240512_143012_CANARY_Utrecht.jpg"), T=String("CANARY_paspoort.png"))
    span = Dictionary(Type=Name.StructElem, S=Name.Span, P=root, ActualText=String("CANARYscan.PDF"), E=String("Scan_CANARY.tiff"))
    described = Dictionary(Type=Name.StructElem, S=Name.Figure, P=root, Alt=String("Foto van de straat bij het gemeentehuis"))
    root.K = Array([figure, span, described])
    document.Root.StructTreeRoot = root


def structure_texts(document: pikepdf.Pdf) -> list[str]:
    return [str(e.get(k)) for e in document.Root.StructTreeRoot.K for k in (Name.Alt, Name.T, Name.ActualText, Name.E) if k in e]


COMMENT_PATH = b"% C:\\Users\\CANARYjan\\Ontwerp\\melding.ai"


def content_comments(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """`%` comments with a path in a page's content, a form XObject and an annotation's
    appearance (D3); the drawing around them stays."""
    form = document.make_stream(b"q " + COMMENT_PATH + b"\n0 0 5 5 re f Q", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 9, 9]))
    page.obj.Resources = Dictionary(XObject=Dictionary(Fm0=form))
    page.obj.Contents = document.make_stream(COMMENT_PATH + b"\nq 1 0 0 1 10 10 cm /Fm0 Do Q " + COMMENT_PATH.replace(b"melding", b"tweede") + b"\n0 0 m 9 9 l S\n")
    appearance = document.make_stream(b"0 0 1 rg " + COMMENT_PATH + b"\n0 0 9 9 re f", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 9, 9]))
    page.obj.Annots = Array([document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Square, Rect=Array([0, 0, 9, 9]), AP=Dictionary(N=appearance)))])


XMP = b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>CANARY Jan</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'


def xmp_elsewhere(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """XMP packets under private keys and in an array, typed, /Subtype /XML and untyped (D6)."""
    document.Root[Name("/AcmeMeta")] = document.make_stream(XMP, Type=Name.Metadata, Subtype=Name.XML)
    page.obj[Name("/AcmeXML")] = document.make_stream(XMP.replace(b"CANARY Jan", b"CANARY Piet"), Subtype=Name.XML)
    # indirect: a direct array under a page's private key goes whole (pdf-private-text-keys)
    page.obj[Name("/AcmeHistory")] = document.make_indirect(Array([document.make_stream(b"\n" + XMP.replace(b"CANARY Jan", b"CANARY Kees"))]))


def model_3d(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A 3D annotation with a U3D model that names its author and source path (D8), and a PRC
    model hung under a private key."""
    model = document.make_stream(b"U3D\x00 CANARY author C:\\Users\\CANARYjan\\model.max", Type=Name("/3D"), Subtype=Name("/U3D"))
    page.obj.Annots = Array([document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name("/3D"), Rect=Array([0, 0, 90, 90]), **{"/3DD": model}))])
    document.Root[Name("/AcmeModel")] = document.make_stream(b"PRC CANARY Piet", Subtype=Name("/PRC"))


def note_with_field_type(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A sticky note that also carries /FT: its /T is still its author (D7); a widget's /T
    (the field's name) stays."""
    page.obj.Annots = Array([
        document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, FT=Name.Tx, Rect=Array([0, 0, 9, 9]), Contents="Zie hier", T=String("CANARY Reviewer"))),
        document.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, Rect=Array([0, 0, 9, 9]), T=String("Naam"))),
    ])


NETWORK_PATHS = (
    "smb://nas.local/homes/CANARYjan/melding.pdf",
    "afp://server.local/CANARYjan/melding.pdf",
    "file:///System/Volumes/Data/Users/CANARYjan/melding.pdf",
    "C%3A%5CUsers%5CCANARYjan%5Cmelding.pdf",
    "https://cloud.example.org/remote.php/dav/files/CANARYjan/melding.pdf",
    "/System/Volumes/Data/Users/CANARYjan/melding.pdf",
)


def network_paths(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Links to shares, macOS's data volume, a percent-escaped drive and a Nextcloud folder."""
    link(document, page, *(Dictionary(S=Name.URI, URI=String(uri)) for uri in NETWORK_PATHS), Dictionary(S=Name.URI, URI=String("https://example.org/remote.php")))
