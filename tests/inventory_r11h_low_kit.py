"""Builders for the inventory rows of review r11h's lower findings (test_media_inventory.py):
links that name a cloud account (L1), PDF bookmarks named after source files (B1).

Every planted name, device, place or path contains CANARY (see media_kit).
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

import pikepdf
from inventory_office_names_kit import small_png
from media_kit import CANARY
from office_kit import OD, jpeg_with_gps, package, rels
from pikepdf import Array, Dictionary, Name, String
from PIL import Image

ACCOUNT_LINKS = (
    "https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing&authuser=CANARY.jansen@gmail.com",
    "https://drive.google.com/drive/folders/1XyZ?authuser=CANARY.jansen%40gmail.com",
    "https://www.dropbox.com/home/CANARY%20Jansen/Aangifte?preview=brief.docx",
    "https://dropbox.com/home/CANARY",
)
"""Links into the author's own cloud account: Google's `authuser=<e-mail>`, Dropbox's web view
of the owner's folders (review r11h L1)."""
KEPT_LINKS = (
    "https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing&authuser=1",
    "https://www.dropbox.com/s/abc123/brief.docx?dl=0",
)
"""Links that name no account: an account index, a Dropbox shared link."""


def account_links_docx() -> bytes:
    """A document with each link as an external hyperlink relationship."""
    rels = tuple((f"rIdLink{n}", OD + "hyperlink", escape(link), "External")
                 for n, link in enumerate(ACCOUNT_LINKS + KEPT_LINKS))
    body = "".join(f'<w:p><w:hyperlink r:id="{rel[0]}"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>'
                   for rel in rels)
    return package("docx", body=body, main_rels=rels)


def link_targets(rels_part: bytes) -> list[str]:
    """The targets of a relationships part's hyperlinks, in order."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(rels_part)
    return [rel.get("Target", "") for rel in root if rel.get("Type", "").endswith("/hyperlink")]


def account_links_pdf(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A page with one `/URI` link annotation per link."""
    page.obj.Annots = Array([document.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
        A=Dictionary(S=Name.URI, URI=String(link)))) for link in ACCOUNT_LINKS + KEPT_LINKS])


BOOKMARKS = (
    ("IMG_20240512_143012_CANARY_Jansen_Utrecht.jpg", 0),
    ("Scan 2024-05-12 14.30.12 CANARY", 1),
    ("Aangifte bij de politie", 1),
    ("WhatsApp Image 2024-05-12 at 14.30.12 CANARY", 2),
)
"""Bookmark titles as a combining tool writes them (one per source file, named after it), and
one a person typed; the second level under the typed one holds the WhatsApp picture."""
NEUTRAL_TITLES = [("Bookmark 1", 0), ("Bookmark 2", 1), ("Aangifte bij de politie", 1),
                  ("Bookmark 4", 2)]


def file_name_bookmarks(document: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Three pages and a bookmark per source file (B1)."""
    for _ in range(2):
        document.add_blank_page(page_size=(200, 200))
    with document.open_outline() as outline:
        items = [pikepdf.OutlineItem(title, page_number) for title, page_number in BOOKMARKS]
        items[2].children.append(items[3])
        outline.root.extend(items[:3])


def bookmark_titles(document: pikepdf.Pdf) -> list[tuple[str, int]]:
    """Every bookmark's title and the page it opens (from 0), depth first as a viewer lists
    them."""
    titles: list[tuple[str, int]] = []

    def walk(items: list[pikepdf.OutlineItem]) -> None:
        for item in items:
            titles.append((item.title, pikepdf.Page(item.destination[0]).index))
            walk(item.children)

    with document.open_outline() as outline:
        walk(outline.root)
    return titles


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SETTINGS_PART = (f'<w:settings xmlns:w="{W}"><w:docVars><w:docVar w:name="AuteurNaam" w:val="CANARY Jan Jansen"/>'
                 '<w:docVar w:name="Telefoon" w:val="06-CANARY-5678"/></w:docVars></w:settings>')
DOCVARIABLE_BODY = (
    '<w:p><w:r><w:t xml:space="preserve">Behandeld door: </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCVARIABLE AuteurNaam </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>CANARY Jan Jansen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:fldSimple w:instr=" DOCVARIABLE  Telefoon \\* MERGEFORMAT "><w:r><w:t>06-CANARY-5678</w:t></w:r></w:fldSimple></w:p>'
)


def docvariable_fields() -> bytes:
    """A letter as corporate templates make it: the author's name and phone in document
    variables, shown in the body by a complex and a simple DOCVARIABLE field (O1)."""
    return package("docx", body=DOCVARIABLE_BODY, parts={"word/settings.xml": SETTINGS_PART},
                   main_rels=(("rIdSettings", OD + "settings", "settings.xml"),))


def shown_results(document_part: bytes) -> list[str]:
    """The text of every `w:t` in a document part, in order."""
    from xml.etree import ElementTree

    return [t.text or "" for t in ElementTree.fromstring(document_part).iter(f"{{{W}}}t")]



def _inner_package() -> bytes:
    """The DrawingML original Word keeps in `o:gfxdata`: a package with the picture's
    description (the inserted file's path) and the photo with its EXIF (O3)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as inner:
        inner.writestr("_rels/.rels", rels(("rId1", OD + "officeDocument", "drawing1.xml")))
        inner.writestr("drawing1.xml", (
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><pic:nvPicPr>'
            '<pic:cNvPr id="1" name="Picture 1" descr="C:\\Users\\CANARYjjansen\\Pictures\\IMG_20240512_143012.jpg"/>'
            '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/></pic:blipFill></pic:pic>'))
        inner.writestr("_rels/drawing1.xml.rels", rels(("rId1", OD + "image", "media/image1.jpeg")))
        inner.writestr("media/image1.jpeg", jpeg_with_gps())
    return out.getvalue()


GFXDATA = base64.b64encode(_inner_package()).decode()


def vml_with_original() -> bytes:
    """A legacy VML picture as Word writes it in compatibility mode: `o:gfxdata` holds the
    DrawingML original as a base64 package (O3)."""
    body = (f'<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'id="Picture 1" o:spid="_x0000_i1025" type="#_x0000_t75" style="width:48pt;height:36pt" o:gfxdata="{GFXDATA}">'
            '<v:imagedata r:id="rIdImage" o:title=""/></v:shape></w:pict></w:r></w:p>')
    return package("docx", body=body, parts={"word/media/image1.png": small_png()},
                   main_rels=(("rIdImage", OD + "image", "media/image1.png"),))


def vml_shape_kept(document_part: bytes) -> bool:
    """The shape and its picture stay, the original (`gfxdata`) is gone."""
    return (b"gfxdata" not in document_part and b'o:spid="_x0000_i1025"' in document_part
            and b'r:id="rIdImage"' in document_part)


WIDTH, HEIGHT = 6, 4
PIXELS = b"".join(struct.pack("<HHH", x * 9000, y * 15000, 100)
                  for y in range(HEIGHT) for x in range(WIDTH))
TEXT = CANARY + b" Jan Jansen C:\\Users\\jjansen\\scan"
PADDED = TEXT + b"\0" * (len(TEXT) % 2)


def tiff16(changes: dict[int, tuple[int, int, bytes] | None]) -> bytes:
    """A 16-bit RGB TIFF (the container cleaner's case, as every 16-bit colour scan), 6×4,
    uncompressed, with `changes` replacing, adding (tag: (type, count, raw)) or removing (None)
    directory entries."""
    entries: dict[int, tuple[int, int, bytes]] = {
        256: (3, 1, struct.pack("<H", WIDTH)), 257: (3, 1, struct.pack("<H", HEIGHT)),
        258: (3, 3, struct.pack("<HHH", 16, 16, 16)), 259: (3, 1, struct.pack("<H", 1)),
        262: (3, 1, struct.pack("<H", 2)), 273: (4, 1, b""), 277: (3, 1, struct.pack("<H", 3)),
        278: (3, 1, struct.pack("<H", HEIGHT)), 279: (4, 1, struct.pack("<I", len(PIXELS))),
        282: (5, 1, struct.pack("<II", 300, 1)), 283: (5, 1, struct.pack("<II", 300, 1)),
        284: (3, 1, struct.pack("<H", 1)), 296: (3, 1, struct.pack("<H", 2)),
    }
    for tag, entry in changes.items():
        if entry is None:
            entries.pop(tag, None)
        else:
            entries[tag] = entry
    count = len(entries)
    values_at = 8 + 2 + 12 * count + 4
    values = bytearray()
    pixels_at = values_at + sum(len(raw) + len(raw) % 2 for _, _, raw in entries.values()
                                if len(raw) > 4)
    directory = struct.pack("<H", count)
    for tag in sorted(entries):
        kind, number, raw = entries[tag]
        if tag == 273:
            raw = struct.pack("<I", pixels_at)
        if len(raw) <= 4:
            directory += struct.pack("<HHI", tag, kind, number) + raw.ljust(4, b"\0")
        else:
            directory += struct.pack("<HHII", tag, kind, number, values_at + len(values))
            values += raw + b"\0" * (len(raw) % 2)
    return b"II*\x00" + struct.pack("<I", 8) + directory + b"\0\0\0\0" + bytes(values) + PIXELS


def tiff_with_long_tags() -> bytes:
    """BitsPerSample with the text after its three values, XResolution with more rationals, the
    old SubfileType as bytes (T1)."""
    return tiff16({258: (3, 3 + len(PADDED) // 2, struct.pack("<HHH", 16, 16, 16) + PADDED),
                   282: (5, 1 + (len(TEXT) + 7) // 8,
                         struct.pack("<II", 300, 1) + TEXT.ljust((len(TEXT) + 7) // 8 * 8, b"\0")),
                   255: (7, len(TEXT), TEXT)})


def tiff_strip(data: bytes) -> bytes:
    """The one strip of a TIFF as its tags place it."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        offset, length = im.tag_v2[273], im.tag_v2[279]
    offset = offset[0] if isinstance(offset, tuple) else offset
    length = length[0] if isinstance(length, tuple) else length
    return data[offset : offset + length]


PNG_WIDTH, PNG_HEIGHT = 6, 4


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_exif(orientation: int, *, prefixed: bool = False) -> bytes:
    """EXIF as an eXIf chunk holds it (from its TIFF header), or with JPEG's "Exif" name in
    front, as some writers put it there (Pillow reads both)."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = CANARY.decode() + " Jan Jansen"
    data = exif.tobytes()  # Pillow writes it as for a JPEG's APP1: "Exif\0\0" first
    return data if prefixed else data.removeprefix(b"Exif\x00\x00")


def png16_oriented(orientation: int, *, exif_after_pixels: bool = False, prefixed: bool = False) -> bytes:
    """A 16-bit RGB PNG (always cleaned in its container) with an eXIf: orientation, Artist."""
    rows = b"".join(b"\0" + b"".join(struct.pack(">HHH", x * 9000, y * 15000, 0)
                                     for x in range(PNG_WIDTH)) for y in range(PNG_HEIGHT))
    exif = png_chunk(b"eXIf", png_exif(orientation, prefixed=prefixed))
    pixels = png_chunk(b"IDAT", zlib.compress(rows))
    middle = pixels + exif if exif_after_pixels else exif + pixels
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", PNG_WIDTH, PNG_HEIGHT, 16, 2,
                                                                 0, 0, 0))
            + middle + png_chunk(b"IEND", b""))


def upright_size(data: bytes) -> tuple[int, int]:
    """A picture's size once turned by its EXIF orientation (Pillow's exif_transpose)."""
    from PIL import ImageOps

    with Image.open(io.BytesIO(data)) as im:
        return ImageOps.exif_transpose(im).size
