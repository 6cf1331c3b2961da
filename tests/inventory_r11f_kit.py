"""Files for review r11f's PDF and colour-profile findings (docs/CLEANING.md rows and
tests/test_clean_pdf_r11f.py): each plants the canary where the review found it stayed."""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

CANARY = "CANARY"


def protected_pdf(*, user: str = "", aes256: bool = True) -> bytes:
    """One page, /Info /Author and XMP holding the canary, saved with an owner password and
    `user` as user password: AES-256 (R6) or RC4-128 (R3) (F1)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = [f"{CANARY} XMP Jan Jansen"]
    pdf.docinfo = pdf.make_indirect(Dictionary(Author=f"{CANARY}EncInfo Jan Jansen"))
    out = io.BytesIO()
    encryption = pikepdf.Encryption(owner="own", user=user, R=6 if aes256 else 3,
                                    aes=aes256, metadata=aes256)
    pdf.save(out, encryption=encryption)
    return out.getvalue()


def url_keys(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A web capture's `/Names /URLS` key: the captured local page's `file:` URL (F2, P4)."""
    pdf.Root.Names = Dictionary(URLS=Dictionary(Names=Array([
        String(f"file:///C:/Users/jjansen/{CANARY}URLS/page.html"),
        Dictionary(Type=Name("/SpiderContentSet"), S=Name("/SPS"))])))


def layer_labels(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A layer-panel label in `/OCProperties /D /Order` (CAD, GIS exports; F2, P15)."""
    layer = pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String("Wanden")))
    pdf.Root.OCProperties = Dictionary(OCGs=Array([layer]), D=Dictionary(Order=Array([Array([
        String(f"C:\\Users\\jjansen\\{CANARY}Order\\plattegrond.dwg"), layer])])))


def destination_keys(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A named destination whose name is a path (a `/Names /Dests` key; F2, P16), and an
    indirect array under a private key holding one (P9)."""
    pdf.Root.Names = Dictionary(Dests=Dictionary(Names=Array([
        String(f"C:\\Users\\jjansen\\{CANARY}Dest\\brief.docx"), Array([page.obj, Name.Fit])])))
    pdf.Root.AcmeList = pdf.make_indirect(Array([
        String(f"\\\\server\\home\\jjansen\\{CANARY}Arr\\scan.pdf")]))


def choice_field(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A list box whose options and chosen values look like paths: the liaison's own answers."""
    field = pdf.make_indirect(Dictionary(
        FT=Name.Ch, T="map", Type=Name.Annot, Subtype=Name.Widget, Rect=[0, 0, 90, 40], Ff=2**21,
        Opt=Array([String("C:\\Users\\opties\\a"), String("D:\\b")]),
        V=Array([String("C:\\Users\\opties\\a")])))
    page.obj.Annots = Array([field])
    pdf.Root.AcroForm = Dictionary(Fields=Array([field]))


def relative_link(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A link to a relative `/URI` beside the PDF on the author's disk (F7, R3), and links that
    stay: a web address, mail, a fragment."""
    def link(uri: str) -> Dictionary:
        return pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 9, 9],
                                            A=Dictionary(S=Name.URI, URI=String(uri))))
    page.obj.Annots = Array([link(f"../../jjansen/{CANARY}RelUri/Anna%20Jansen%20aangifte.pdf"),
                             link(f"{CANARY}-bijlage.pdf"), link("https://example.org/melding"),
                             link("mailto:meldpunt@example.org"), link("#page=2")])


XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>CANARY Jan '
       b'Jansen</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>'
       b'<?xpacket end="w"?>')


def _png_rows(data: bytes, width: int) -> bytes:
    """`data` as PNG predictor rows of `width` bytes, each with filter 2 (Up)."""
    data += b" " * (-len(data) % width)
    rows, previous = [], bytes(width)
    for start in range(0, len(data), width):
        row = data[start:start + width]
        rows.append(b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous, strict=True)))
        previous = row
    return b"".join(rows)


def xmp_behind_filters(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """XMP under private keys that its first bytes do not show (F5): Flate with a no-op
    `/DecodeParms` (P2), Flate with a PNG predictor, and after a program's header line (P14)."""
    import zlib

    parms = pikepdf.Stream(pdf, zlib.compress(XMP))
    parms.Filter, parms.DecodeParms = Name.FlateDecode, Dictionary(Predictor=1)
    page.obj.AcmeMeta = pdf.make_indirect(parms)
    png = pikepdf.Stream(pdf, zlib.compress(_png_rows(XMP, 16)))
    png.Filter = Name.FlateDecode
    png.DecodeParms = Dictionary(Predictor=12, Columns=16)
    pdf.Root.AcmePng = pdf.make_indirect(png)
    late = pikepdf.Stream(pdf, b"ACME-PRIVATE-DATA v1\n" + XMP)
    page.obj.AcmePriv = pdf.make_indirect(late)


def array_strings(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Every F2 place at once: a `/URLS` key, a layer label, a destination key, a private
    array (the names trees share `/Names`)."""
    layer_labels(pdf, page)
    destination_keys(pdf, page)
    url_keys_here = Dictionary(Names=Array([
        String(f"file:///C:/Users/jjansen/{CANARY}URLS/page.html"),
        Dictionary(Type=Name("/SpiderContentSet"), S=Name("/SPS"))]))
    pdf.Root.Names.URLS = url_keys_here


def profile_with_tails() -> bytes:
    """LittleCMS's sRGB profile (F4) whose `rTRC` is moved to the end and declared 32 bytes
    longer than its type reads, the tail naming a person and a computer, and whose `cprt` entry
    is turned into a colorant table (`clrt`) whose ink names hold the canary."""
    import struct

    from PIL import ImageCms

    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", profile[128:132])
    entries = {bytes(profile[132 + 12 * i:136 + 12 * i]): i for i in range(count)}
    i = entries[b"rTRC"]
    _, offset, size = struct.unpack(">4sII", profile[132 + 12 * i:144 + 12 * i])
    element = bytes(profile[offset:offset + size])
    tail = f"{CANARY}IccTail Jan Jansen MacBook".encode()
    start = len(profile)
    profile += element + tail + b"\0" * (-(len(element) + len(tail)) % 4)
    profile[132 + 12 * i:144 + 12 * i] = struct.pack(">4sII", b"rTRC", start, size + len(tail))
    clrt = b"clrt\0\0\0\0" + struct.pack(">I", 2) + b"".join(
        f"{CANARY} ink {n} Jan".encode().ljust(32, b"\0") + b"\0\x01" * 3 for n in (1, 2))
    j = entries[b"cprt"]
    start = len(profile)
    profile += clrt
    profile[132 + 12 * j:144 + 12 * j] = struct.pack(">4sII", b"clrt", start, len(clrt))
    profile[0:4] = struct.pack(">I", len(profile))
    return bytes(profile)


def jpeg_with_tailed_profile() -> bytes:
    """A JPEG attached alone carrying `profile_with_tails` (APP2)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 120, 200)).save(out, "JPEG", quality=95,
                                                   icc_profile=profile_with_tails())
    return out.getvalue()


def deep_png_with_tailed_profile() -> bytes:
    """A 16-bit RGB PNG (cleaned in its container) whose iCCP is `profile_with_tails`, stored
    (zlib level 0) so the canary is readable in the file's bytes."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    rows = b"".join(b"\x00" + b"\x12\x34" * 3 * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 16, 2, 0, 0, 0))
            + chunk(b"iCCP", b"prof\0\0" + zlib.compress(profile_with_tails(), 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def private_text_keys(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A program's own keys on the catalogue and a page holding a name, not a path (F6, P3):
    as text, as a name object, in a direct dictionary and array; beside a private number and an
    indirect dictionary that stay."""
    pdf.Root.AcmeAuthor = String(f"{CANARY}CatKey Jan Jansen")
    page.obj.AcmeUser = String(f"{CANARY}PageKey jjansen")
    page.obj.AcmeVersion = 3
    pdf.Root.AcmeMode = Name(f"/{CANARY}-JJLAPTOP")
    page.obj.AcmeAccount = Name(f"/{CANARY}jjansen")
    pdf.Root.AcmeInfo = Dictionary(User=String(f"{CANARY}Dict jjansen"), Host=Name(f"/{CANARY}WS"))
    page.obj.AcmeTags = Array([Name(f"/{CANARY}Tag"), String(f"{CANARY}Arr Jan Jansen")])
    pdf.Root.AcmeShared = pdf.make_indirect(Dictionary(Level=2))
