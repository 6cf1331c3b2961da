"""Builders for the inventory rows of issue 11's third review (r11c, test_media_inventory.py):
the PDF places a list of known starts, keys or operators did not reach, and descriptions that
are a device's name for a file. Every planted name, device, place or path contains CANARY.
"""

# ruff: noqa: E501 (one object a line, as the rows are)

from __future__ import annotations

import io
import re
import zlib

import pikepdf
from fontTools.misc import eexec
from inventory_office_names_kit import IMAGE_REL, small_png
from inventory_pdf_kit import HELVETICA, _type1_charstring, annotated, appearance, font_program_page
from office_kit import package
from pikepdf import Array, Dictionary, Name, String

PLANTED_ID = b"CANARY-doc-id-4f3a9c"


def document_id() -> bytes:
    """A PDF whose trailer /ID holds the maker's permanent id in both elements, saved as qpdf
    saves an edited file (it keeps the first element, ISO 32000-2 §14.4)."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(200, 200))
    document.trailer.ID = Array([String(PLANTED_ID), String(PLANTED_ID)])
    out = io.BytesIO()
    document.save(out, compress_streams=False, fix_metadata_version=False)
    return out.getvalue()


def ids(document: pikepdf.Pdf) -> list[bytes]:
    return [bytes(element) for element in document.trailer.ID]


XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>CANARY Anna Jansen</rdf:li>'
       '</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')


def xmp_declared(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """XMP under an application's private keys, starting with an XML declaration (and a comment),
    plain and Flate-compressed (X1)."""
    packet = ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- written by CANARY tool -->\n' + XMP).encode()
    document.Root.AcmeAppData = document.make_stream(packet)
    compressed = document.make_stream(b"")
    compressed.write(zlib.compress(packet.replace(b"Anna", b"Bert")), filter=Name.FlateDecode)
    # indirect: a direct array under a page's private key goes whole (pdf-private-text-keys)
    page.obj.AcmeHistory = document.make_indirect(Array([compressed]))


def xmp_utf16(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """XMP packets in UTF-16 (with a byte order mark, big-endian) and UTF-16LE without one (X2)."""
    packet = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>' + XMP
    document.Root.AcmeAppData = document.make_stream(b"\xfe\xff" + packet.encode("utf-16-be"))
    page.obj.AcmeXML = document.make_stream(packet.replace("Anna", "Bert").encode("utf-16-le"))


def function_comments(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A PostScript calculator function (FunctionType 4) of a shading with `%` comments that
    name a path and a person (P2); the shading is drawn on the page."""
    function = document.make_stream(b"{ % C:\\Users\\CANARYtype4\\Documents\\map.ai\n dup 0 exch % CANARY Jan\n}",
                                    FunctionType=4, Domain=Array([0, 1]), Range=Array([0, 1, 0, 1, 0, 1]))
    shading = Dictionary(ShadingType=2, ColorSpace=Name.DeviceRGB, Coords=Array([0, 0, 200, 0]), Function=function)
    page.obj.Resources = Dictionary(Shading=Dictionary(Sh0=shading))
    page.obj.Contents = document.make_stream(b"q 0 0 200 200 re W n /Sh0 sh Q")


def function_program(document: pikepdf.Pdf) -> bytes:
    return document.pages[0].obj.Resources.Shading.Sh0.Function.read_bytes()


def marked_content_names(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Marked content whose property list gives a file name as /Alt and /ActualText, written
    inline in the page content and in a form XObject, and one in the /Properties resources; a
    description a person typed stays (M1)."""
    form = document.make_stream(b"/Figure <</Alt (Screenshot 2024-05-12 at 14.30.12 CANARY) /MCID 2>> BDC 0 1 0 rg 0 0 9 9 re f EMC",
                                Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 9, 9]))
    page.obj.Resources = Dictionary(XObject=Dictionary(Fm0=form), Properties=Dictionary(MC0=Dictionary(Alt=String("CANARY_paspoort.png"))))
    page.obj.Contents = document.make_stream(
        b"/Figure <</Alt (IMG_20240512_143012_CANARY_Utrecht.jpg) /ActualText <FEFF0043 0041 004E 0041 0052 0059 002E 006A 0070 0067>>> BDC 0 0 1 rg 10 10 50 50 re f EMC\n"
        b"/Figure /MC0 BDC 1 0 0 rg 60 10 50 50 re f EMC\n"
        b"/Figure <</Alt (Kaart van de wijk)>> BDC q 1 0 0 1 120 10 cm /Fm0 Do Q EMC\n")


def marked_texts(document: pikepdf.Pdf) -> list[str]:
    """The descriptions as a reader finds them: inline in the page, in the form, and in /Properties."""
    found = []
    for data in (document.pages[0].obj.Contents.read_bytes(), document.pages[0].obj.Resources.XObject.Fm0.read_bytes()):
        for operands, operator in pikepdf.parse_content_stream(pikepdf.Stream(document, data)):
            if str(operator) == "BDC" and isinstance(operands[1], Dictionary):
                found += [str(operands[1][key]) for key in (Name.Alt, Name.ActualText) if key in operands[1]]
    return [*found, str(document.pages[0].obj.Resources.Properties.MC0.Alt)]


DEVICE_NAMES = ("Screenshot 2024-05-12 at 14.30.12 CANARY", "IMG_20240512_143012_CANARY", "WhatsApp Image 2024-05-12 at 14.30.12 CANARY",
                "CANARYmap.kmz", "image-CANARY.avif", "CANARY-foto.jpg.", "IMG_2045 CANARY.jpg (1)", "DSC0CANARY1234", "20240512_143012_CANARY")
TYPED = "Kaart van de wijk"
"""A description a person typed: it stays."""


def device_name_descriptions(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Figures whose /Alt is a name a camera, phone, screenshot tool or file system gave the
    file, without a known extension or with a system's copy suffix (N2); one typed one."""
    root = document.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    root.K = Array([Dictionary(Type=Name.StructElem, S=Name.Figure, P=root, Alt=String(text)) for text in (*DEVICE_NAMES, TYPED)])
    document.Root.StructTreeRoot = root


def structure_alts(document: pikepdf.Pdf) -> list[str]:
    return [str(element.Alt) for element in document.Root.StructTreeRoot.K]


_WP = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')


def _drawing(number: int, descr: str) -> str:
    return (f'<w:p><w:r><w:drawing><wp:inline {_WP}><wp:extent cx="9525" cy="9525"/><wp:docPr id="{number}" name="Picture {number}" descr="{descr}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="0" name="Picture {number}" descr="{descr}"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def device_name_pictures() -> bytes:
    """Word pictures whose description (`wp:docPr/@descr`, `pic:cNvPr/@descr`) is a camera's,
    phone's or screenshot tool's name for the file, without an extension (N1); one typed one."""
    body = "".join(_drawing(number, descr) for number, descr in enumerate((*DEVICE_NAMES, TYPED), start=1))
    return package("docx", body=body, parts={"word/media/image1.png": small_png()}, main_rels=(IMAGE_REL,))


def picture_descriptions(document_xml: bytes) -> list[str]:
    return [value.decode() for value in re.findall(rb'descr="([^"]*)"', document_xml)]


CELL_NAME = b"BT /F1 9 Tf 2 6 Td (GOEDGEKEURD CANARY Ilse Mulder 12:03) Tj ET"


def stamp_through_pattern(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A stamp whose appearance fills a box with a tiling pattern; the pattern's cell shows the
    stamper's name (S1). The appearance itself has no text operator."""
    cell = document.make_stream(CELL_NAME, Type=Name.Pattern, PatternType=1, PaintType=1, TilingType=1, BBox=Array([0, 0, 120, 20]),
                                XStep=120, YStep=20, Resources=Dictionary(Font=Dictionary(F1=HELVETICA)))
    annotated(document, page, "/Stamp", b"q /Pattern cs /P0 scn 0 0 120 20 re f Q", Name=Name.Approved)
    page.obj.Annots[0].AP.N.Resources = Dictionary(Pattern=Dictionary(P0=cell))


def stamp_through_soft_mask(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A stamp whose appearance paints a black box through a soft mask; the mask's group shows
    the stamper's name (S2)."""
    group = appearance(document, b"1 g " + CELL_NAME)
    group.Group = Dictionary(S=Name.Transparency, CS=Name.DeviceGray)
    state = Dictionary(Type=Name.ExtGState, SMask=Dictionary(Type=Name.Mask, S=Name.Luminosity, G=group))
    annotated(document, page, "/Stamp", b"q /GS0 gs 0 0 0 rg 0 0 120 20 re f Q", Name=Name.Approved)
    page.obj.Annots[0].AP.N.Resources = Dictionary(ExtGState=Dictionary(GS0=state))


def stamp_appearance(document: pikepdf.Pdf) -> bytes:
    return document.pages[0].obj.Annots[0].AP.N.read_bytes()


_BOX = [0, 500, "hsbw", 50, 0, "rmoveto", 400, 0, "rlineto", 0, 700, "rlineto", -400, 0, "rlineto", "closepath", "endchar"]
ZEROS = b"\n" + (b"0" * 64 + b"\n") * 8 + b"cleartomark\n"


def type1_with(*, clear_extra: bytes = b"", private_extra: bytes = b"", trailer_extra: bytes = b"", closefile_end: bytes = b"\n") -> tuple[bytes, int, int, int]:
    """A Type 1 program drawing "A" as a box, with `clear_extra` in its clear text's FontInfo,
    `private_extra` in its encrypted Private dictionary and `trailer_extra` after `cleartomark`;
    and its /Length1, /Length2, /Length3. `closefile_end` ends the encrypted part; with b"" the
    zeros follow it at once (as URW's fonts are written)."""
    notdef = _type1_charstring([0, 500, "hsbw", "endchar"])
    box = _type1_charstring(_BOX)
    clear = (b"%!PS-AdobeFont-1.0: Huisletter 001.000\n11 dict begin\n/FontInfo 8 dict dup begin\n/version (001.000) readonly def\n" + clear_extra +
             b"/ItalicAngle 0 def\n/isFixedPitch false def\nend readonly def\n/FontName /Huisletter def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
             b"dup 65 /A put\nreadonly def\n/PaintType 0 def\n/FontType 1 def\n/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n/FontBBox {0 0 500 700} readonly def\n"
             b"currentdict end\ncurrentfile eexec\n")
    private = (b"dup /Private 8 dict dup begin\n" + private_extra + b"/RD {string currentfile exch readstring pop} executeonly def\n/ND {noaccess def} executeonly def\n"
               b"/NP {noaccess put} executeonly def\n/MinFeature {16 16} def\n/password 5839 def\n/BlueValues [] def\n/lenIV 4 def\n/Subrs 0 array\nND\n"
               b"2 index /CharStrings 2 dict dup begin\n/.notdef " + str(len(notdef)).encode() + b" RD " + notdef + b" ND\n/A " + str(len(box)).encode() + b" RD " + box + b" ND\nend\nend\n"
               b"readonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile" + closefile_end)
    encrypted = eexec.encrypt(b"\x11\x22\x33\x44" + private, 55665)[0]
    rest = (ZEROS if closefile_end else ZEROS[1:]) + trailer_extra
    return clear + encrypted + rest, len(clear), len(encrypted), len(rest)


def _type1_page(**extra: bytes) -> object:
    def build(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
        program, length1, length2, length3 = type1_with(**extra)
        font_program_page(document, page, "/Type1", program, Length1=length1, Length2=length2, Length3=length3)
    return build


type1_after_cleartomark = _type1_page(trailer_extra=b"%%For: CANARY Jan Jansen\n{restore} if % CANARY licence 12345\n")
"""Text after `cleartomark`, the /Length3 part (T1)."""
type1_encrypted_comment = _type1_page(private_extra=b"%Licensed to CANARY Jan Jansen, order 12345\n/BlueScale 0.039625 def % CANARY\n")
"""`%` comments inside the eexec-encrypted Private dictionary (T2)."""
type1_name_values = _type1_page(clear_extra=b"/Notice /Licensed_to_CANARY_Jan_Jansen readonly def\n/Weight /CANARYBold def\n")
"""The licensee written as a name object, not a string, in the clear text (T3)."""


def font_program(document: pikepdf.Pdf) -> bytes:
    """The font program, its encrypted part decrypted and appended (what a reader can get at)."""
    stream = document.pages[0].obj.Resources.Font.F1.FontDescriptor.FontFile
    data = stream.read_bytes()
    length1, length2 = int(stream.Length1), int(stream.Length2)
    return data + eexec.decrypt(data[length1:length1 + length2], 55665)[0]


def font_stream(document: pikepdf.Pdf) -> bytes:
    """The font program as the PDF stores it (decoded)."""
    return document.pages[0].obj.Resources.Font.F1.FontDescriptor.FontFile.read_bytes()
