"""Builders for the inventory rows of review r11d (test_media_inventory.py): the names and
account ids only spreadsheets keep (E1–E4) and pictures whose data itself hid a CANARY.

Each spreadsheet is the test package with one feature written the way Excel writes it.
"""

# ruff: noqa: E501 (package parts are kept as Office writes them, one element a line)

from __future__ import annotations

import io
import re
import struct
import zlib

from office_kit import package

SID = "S-1-5-21-1004336348-1177238915-682003330-512345"
"""A Windows account id (domain part and relative id), as Excel writes it into a range's
security descriptor when someone is allowed to edit it."""
_SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Melding</t></is></c></row></sheetData>{}</worksheet>')
_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"


def _sheet(extra: str) -> bytes:
    return package("xlsx", parts={"xl/worksheets/sheet1.xml": _SHEET.format(extra)})


def custom_views() -> bytes:
    """Two users' personal views of a shared workbook (Excel names them after the user)."""
    views = "".join(
        f'<customWorkbookView name="CANARY {who} - Personal View" guid="{{1111111{n}-2222-3333-4444-555555555555}}" '
        f'personalView="1" windowWidth="800" windowHeight="600" activeSheetId="1"/>'
        for n, who in enumerate(("Jan Jansen", "Anna de Vries")))
    return package("xlsx", workbook_extra=f"<customWorkbookViews>{views}</customWorkbookViews>")


def view_names(workbook: bytes) -> list[str]:
    return re.findall(r'<customWorkbookView name="([^"]*)"', workbook.decode())


def scenario() -> bytes:
    """Scenario Manager: the last user, and the comment Excel fills in by default."""
    return _sheet('<scenarios current="0" show="0"><scenario name="Best" locked="1" count="1" '
                  'user="CANARY Jan Jansen" comment="Created by CANARY Jan Jansen on 12-5-2024">'
                  '<inputCells r="A1" val="2"/></scenario></scenarios>')


def scenario_kept(sheet: bytes) -> bool:
    text = sheet.decode()
    return ('<scenario name="Best" locked="1" count="1" user="Seinpost">' in text
            and '<inputCells r="A1" val="2"/>' in text and "comment=" not in text)


def range_permissions() -> bytes:
    """Allow Users to Edit Ranges with a permission: SDDL naming the account, in the attribute
    (Excel 2007) and in the element of Excel 2010's extension."""
    return _sheet(
        f'<protectedRanges><protectedRange name="Bereik1" sqref="A1:B2" securityDescriptor="O:WDG:WDD:(A;;CC;;;{SID})"/></protectedRanges>'
        f'<extLst><ext uri="{{FC87AEE6-9EDD-4A0A-B7FB-166176984837}}" xmlns:x14="{_X14}"><x14:protectedRanges>'
        '<x14:protectedRange name="Bereik2"><x14:securityDescriptor>O:WDG:WDD:(A;;CC;;;S-1-5-21-CANARY-1001)</x14:securityDescriptor>'
        '<xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">C1:D2</xm:sqref></x14:protectedRange>'
        "</x14:protectedRanges></ext></extLst>")


def ranges_kept(sheet: bytes) -> bool:
    text = sheet.decode()
    return ("S-1-5-21" not in text and "securityDescriptor" not in text
            and '<protectedRange name="Bereik1" sqref="A1:B2"/>' in text
            and 'name="Bereik2"' in text and ">C1:D2</xm:sqref>" in text)


# --- pictures whose data hides a CANARY (review r11d P1, P2, P4, P6, D3, T2) ---------------

TAIL = b"CANARY Jan Jansen C:/Users/jjansen/"
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def rows16(width: int = 8, height: int = 8) -> bytes:
    """Filter byte 0 and varied 16-bit RGB samples, `height` rows of `width` pixels."""
    return b"".join(b"\x00" + bytes((y * 37 + i * 11) % 256 for i in range(width * 6))
                    for y in range(height))


def png16(idat: bytes, *, before: bytes = b"", after: bytes = b"", interlace: int = 0,
          end: bool = True) -> bytes:
    """An 8 x 8 RGB PNG with 16 bits a sample (the container cleaner's; Pillow decodes it to 8)."""
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 16, 2, 0, 0, interlace))
    return (_SIGNATURE + header + before + idat + after
            + (chunk(b"IEND", b"") if end else b""))


def png_stream_tail() -> bytes:
    """P1: bytes after the zlib stream's end inside IDAT (a decoder stops at the end)."""
    return png16(chunk(b"IDAT", zlib.compress(rows16()) + TAIL))


def png_extra_row() -> bytes:
    """P4: a ninth row in an eight-row image, inside the stream (a decoder ignores it)."""
    return png16(chunk(b"IDAT", zlib.compress(rows16() + b"\x00" + TAIL.ljust(48, b"."), 0)))  # stored: the CANARY is readable


def png_later_idat() -> bytes:
    """A second IDAT after the stream's end, and a second run of IDAT after another chunk."""
    stream = zlib.compress(rows16())
    return png16(chunk(b"IDAT", stream[:20]) + chunk(b"IDAT", stream[20:]) + chunk(b"IDAT", TAIL),
                 after=chunk(b"gAMA", struct.pack(">I", 45455)) + chunk(b"IDAT", TAIL))


def png_suggested_palette() -> bytes:
    """P2: a palette (a suggestion for 8-bit screens) in an RGB image, holding a name."""
    return png16(chunk(b"IDAT", zlib.compress(rows16())),
                 before=chunk(b"PLTE", TAIL.ljust(36, b" ")))


def png_overlong_last_chunk() -> bytes:
    """P6: the last IDAT claims more than the file holds; text and EXIF follow its stream."""
    stream = zlib.compress(rows16())
    rest = chunk(b"tEXt", b"Author\x00" + TAIL) + chunk(b"eXIf", b"MM\x00*" + TAIL)
    overlong = struct.pack(">I", len(stream) + 4096) + b"IDAT" + stream
    return png16(overlong + rest, end=False)


def png_interlaced_tail() -> bytes:
    """An interlaced (Adam7) picture with bytes after its stream: its size is the passes'."""
    raw = b"".join(b"\x00" + bytes((p * 7 + i) % 256 for i in range(size))
                   for p, size in enumerate(_adam7_rows(8, 8, 6)))
    return png16(chunk(b"IDAT", zlib.compress(raw) + TAIL), interlace=1)


def _adam7_rows(width: int, height: int, pixel_bytes: int) -> list[int]:
    out = []
    for x0, y0, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
                           (1, 0, 2, 2), (0, 1, 1, 2)):
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        out += [columns * pixel_bytes] * rows if columns else []
    return out


def inflated(png: bytes) -> bytes:
    """Every IDAT body joined and inflated, as far as the stream goes (the image's samples)."""
    pos, stream = 8, b""
    while pos + 8 <= len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        if png[pos + 4 : pos + 8] == b"IDAT":
            stream += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return zlib.decompressobj().decompress(stream)


def chunk_kinds(png: bytes) -> list[bytes]:
    pos, kinds = 8, []
    while pos + 8 <= len(png):
        kinds.append(png[pos + 4 : pos + 8])
        pos += 12 + int.from_bytes(png[pos : pos + 4], "big")
    return kinds


def tiff16(strip: bytes, compression: int = 1, *, width: int = 4, height: int = 4,
           bits: int = 16, samples: int = 3) -> bytes:
    """A one-strip little-endian TIFF (RGB, 16 bits a sample: Pillow does not decode it
    faithfully, so it goes to the container cleaner) holding `strip` as its data."""
    entries = [(256, 3, 1, width), (257, 3, 1, height), (258, 3, samples, None),
               (259, 3, 1, compression), (262, 3, 1, 2 if samples == 3 else 1), (273, 4, 1, None),
               (277, 3, 1, samples), (278, 3, 1, height), (279, 4, 1, len(strip))]
    ifd = 8
    bits_at = ifd + 2 + len(entries) * 12 + 4
    strip_at = bits_at + 2 * samples
    out = b"II*\x00" + struct.pack("<IH", ifd, len(entries))
    for tag, kind, count, value in entries:
        if tag == 258:
            value = bits if samples == 1 else bits_at
        value = strip_at if tag == 273 else value
        packed = struct.pack("<HH", value, 0) if kind == 3 and count == 1 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    return out + b"\x00\x00\x00\x00" + struct.pack(f"<{samples}H", *[bits] * samples) + strip


def samples16(width: int = 4, height: int = 4) -> bytes:
    return bytes((i * 29 + 3) % 256 for i in range(width * height * 6))


def tiff_strip(tiff: bytes) -> bytes:
    """The one strip of a TIFF as tiff16 writes it, or as the cleaner writes it back."""
    from PIL import Image

    with Image.open(io.BytesIO(tiff)) as im:
        start, count = im.tag_v2[273], im.tag_v2[279]
    start = start[0] if isinstance(start, tuple) else start
    count = count[0] if isinstance(count, tuple) else count
    return tiff[start : start + count]


def pillow_strip(samples: bytes, width: int, height: int, compression: str) -> bytes:
    """`samples` (16-bit little-endian grey, `width` x `height`) as one strip compressed by
    libtiff through Pillow ("tiff_lzw", "tiff_adobe_deflate", "packbits", "lzma")."""
    from PIL import Image

    out = io.BytesIO()
    image = Image.frombytes("I;16", (width, height), samples)
    image.save(out, "TIFF", compression=compression, tiffinfo={278: height})
    return tiff_strip(out.getvalue())


def strip_samples(strip: bytes, compression: int, width: int, height: int) -> bytes:
    """What a decoder (libtiff through Pillow) reads from `strip`: 16-bit grey samples."""
    from PIL import Image

    with Image.open(io.BytesIO(tiff16(strip, compression, width=width, height=height,
                                      samples=1))) as im:
        return im.tobytes()


_TIFF_CODES = {"tiff_lzw": 5, "tiff_adobe_deflate": 8, "packbits": 32773, "lzma": 34925}


def tiff_compressed_tail(compression: str, width: int = 4, height: int = 4) -> bytes:
    """A 16-bit RGB strip compressed by libtiff, with TAIL after the compressed data's end."""
    strip = pillow_strip(samples16(width, height), width * 3, height, compression)
    return tiff16(strip + TAIL, _TIFF_CODES[compression], width=width, height=height)


def tiff_samples_kept(cleaned: bytes, compression: str, width: int = 4, height: int = 4) -> bool:
    strip = tiff_strip(cleaned)
    return (TAIL not in strip and strip_samples(strip, _TIFF_CODES[compression], width * 3, height)
            == samples16(width, height))


# --- JPEG inside PDF page content and TIFF pages: written anew by jpegtran ---------------

def pdf_inline_scan_tail(document: object, page: object) -> None:
    """An inline JPEG (`BI … /F /DCT … ID … EI`) with bytes after its scan's last block."""
    import inventory_jpeg_kit as jpegs

    page.obj.Contents = document.make_stream(  # type: ignore[attr-defined]
        b"q 48 0 0 32 0 0 cm BI /W 48 /H 32 /CS /RGB /BPC 8 /F /DCT ID "
        + jpegs.scan_tail_photo() + b" EI Q")


def tiff_pages(pages: list[tuple[list[tuple[int, int, list[int] | bytes]], bytes]]) -> bytes:
    """A little-endian TIFF of `pages`: each its entries (tag, type, values) and one strip; the
    strip's offset (273) and byte count (279) are written here."""
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    link = 4
    for entries, strip in pages:
        strip_at = len(out)
        out += strip + b"\x00" * (len(strip) % 2)
        rows = sorted([*entries, (273, 4, [strip_at]), (279, 4, [len(strip)])])
        values = {}
        for tag, kind, value in rows:
            raw = value if isinstance(value, bytes) else struct.pack(
                f"<{len(value)}{'H' if kind == 3 else 'I'}", *value)
            if len(raw) > 4:
                values[tag] = len(out)
                out += raw + b"\x00" * (len(raw) % 2)
            else:
                values[tag] = int.from_bytes(raw.ljust(4, b"\x00"), "little")
        struct.pack_into("<I", out, link, len(out))
        out += struct.pack("<H", len(rows))
        for tag, kind, value in rows:
            out += struct.pack("<HHII", tag, kind, len(value), values[tag])
        link = len(out)
        out += b"\x00\x00\x00\x00"
    return bytes(out)


def tiff_jpeg_page_scan_tail() -> bytes:
    """A two-page scan: a 16-bit colour page (so the file goes to the container cleaner) and a
    JPEG-compressed page whose strip has bytes after its scan's last block."""
    import inventory_jpeg_kit as jpegs

    deep = [(256, 3, [4]), (257, 3, [4]), (258, 3, [16, 16, 16]), (259, 3, [1]), (262, 3, [2]),
            (277, 3, [3]), (278, 3, [4])]
    jpeg = [(256, 3, [48]), (257, 3, [32]), (258, 3, [8, 8, 8]), (259, 3, [7]), (262, 3, [6]),
            (277, 3, [3]), (278, 3, [32]), (530, 3, [2, 2])]
    return tiff_pages([(deep, samples16()), (jpeg, jpegs.scan_tail_photo())])


def second_page_strip(tiff: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(tiff)) as im:
        im.seek(1)
        start, count = im.tag_v2[273], im.tag_v2[279]
    start = start[0] if isinstance(start, tuple) else start
    count = count[0] if isinstance(count, tuple) else count
    return tiff[start : start + count]


# --- review r11d J2, H2, K3/K4, M1: pictures cleaned by what they are --------------------

def _gps_exif(orientation: int = 1) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "CANARY Make"
    exif[0x0110] = "CANARY Model"
    exif[0x013B] = "CANARY Artist"
    if orientation != 1:
        exif[0x0112] = orientation
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 5.0, 7.0), 3: "E", 4: (4.0, 53.0, 1.0)})
    return exif.tobytes()


def _photo(size: tuple[int, int] = (40, 24)) -> object:
    from PIL import Image

    im = Image.radial_gradient("L").resize(size).convert("RGB")
    im.paste((0, 0, 255), (0, 0, 10, 8))  # a corner that shows which way is up
    return im


def phone_jpeg() -> bytes:
    """J2: a phone photo lying down (orientation 6) with camera, artist and GPS."""
    out = io.BytesIO()
    _photo().save(out, "JPEG", quality=90, exif=_gps_exif(6), comment=b"CANARY comment")
    return out.getvalue()


def avif_photo() -> bytes:
    """H2: an AVIF download with camera, artist and GPS in its EXIF."""
    out = io.BytesIO()
    _photo().save(out, "AVIF", quality=80, exif=_gps_exif())
    return out.getvalue()


def mpo_photo() -> bytes:
    """M1: a camera's multi-picture file (MPO: a second picture after the first, as a burst,
    a stereo pair or a gain map), with a camera and GPS."""
    out = io.BytesIO()
    _photo().save(out, "MPO", save_all=True, append_images=[_photo((20, 12))],
                  exif=_gps_exif())
    return out.getvalue()


def pictures_named_otherwise() -> bytes:
    """K3/K4: a PNG in a part named .jpeg and a JPEG in a part named .png (Word opens both)."""
    from office_kit import OD, jpeg_with_gps, png_with_text

    return package("docx", parts={"word/media/image1.jpeg": png_with_text(),
                                  "word/media/image2.png": jpeg_with_gps()},
                   main_rels=(("rI1", OD + "image", "media/image1.jpeg"),
                              ("rI2", OD + "image", "media/image2.png")))


def cut_off_jpeg() -> bytes:
    """A photo with a comment, cut off inside its picture data (a download that stopped)."""
    import inventory_jpeg_kit as jpegs

    data = jpegs.photo()
    return data[:2] + jpegs.segment(0xFE, b"CANARY Jan Jansen") + data[2:-60]


def cell_results() -> bytes:
    """CELL("filename") and INFO as Excel saves them: the formula and its last result, one of
    them shared down a column (review r11l R11L-8)."""
    return package("xlsx", parts={"xl/worksheets/sheet1.xml": _SHEET.format("").replace("</row></sheetData>", (
        '</row><row r="2"><c r="A2" t="str"><f>CELL("filename",A1)</f>'
        '<v>C:\\Users\\CANARYjjansen\\Documents\\[leden.xlsx]Sheet1</v></c>'
        '<c r="B2" t="str"><f>_xlfn.INFO("osversion")</f><v>CANARY Windows (64-bit) NT 10.00</v></c>'
        '<c r="C2" t="str"><f t="shared" ref="C2:C3" si="0">info("directory")</f>'
        '<v>C:\\Users\\CANARYjjansen\\Documents\\</v></c></row>'
        '<row r="3"><c r="C3" t="str"><f t="shared" si="0"/><v>C:\\Users\\CANARYjjansen\\</v></c>'
        '<c r="D3"><f>SUM(1,2)</f><v>3</v></c></row></sheetData>'))})


def cell_results_kept(sheet: bytes) -> bool:
    """The formulas stay; only the results of CELL and INFO went, SUM's is kept."""
    text = sheet.decode()
    return ('CELL("filename",A1)</f></c>' in text and 'INFO("osversion")</f></c>' in text
            and '<f t="shared" si="0" /></c>' in text.replace('"/>', '" />')
            and "<v>3</v>" in text and "Users" not in text)
