"""XMP packets in PDF streams found by their content, whatever filters wrap them (review r11f
F5): `pdf_hidden` empties a stream that holds one.

A program can keep its own XMP copy under a private key with no `/Type /Metadata` and no
`/Subtype /XML`, compressed with a `/DecodeParms` (a predictor), wrapped in ASCII85 or ASCIIHex
and Flate, and after a header line of its own. So a stream's data is decoded through its whole
filter chain (ASCIIHex, ASCII85, Flate with or without a predictor; RunLength and LZW through
qpdf for small streams), within `MAX_SEARCHED` bytes, and an XMP element (`x:xmpmeta`,
`x:xapmeta`, `rdf:RDF`, whatever their prefix) or an `<?xpacket` anywhere in it marks it.
Streams that are something else by their kind are never searched this way, only by their
first bytes (`pdf_hidden._starts_as_xmp`): what is drawn (page content, forms, patterns, Type 3
glyphs: text there is the document's), pictures, fonts, colour profiles, functions, embedded
files (warned about as a whole).
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Collection

import pikepdf
from pikepdf import Array, Name, Stream

MAX_SEARCHED = 16 * 1024 * 1024
"""Decoded bytes searched in one stream; a private XMP copy is a few KiB."""
_QPDF_RAW = 64 * 1024
"""Raw bytes of a stream whose other filters are left to qpdf (a bomb stays small)."""
_XMP_ANYWHERE = re.compile(rb"<\?xpacket\b|<(?:[\w.-]+:)?(?:xmpmeta|xapmeta|RDF)\b")
_NOT_SEARCHED_KEYS = (Name.FunctionType, Name.Length1, Name.Length2, Name.Length3, Name.N)
"""Functions, font programs, colour profiles (`/N` components): known kinds, not metadata."""
_NOT_SEARCHED_TYPES = (Name.EmbeddedFile, Name.ObjStm, Name.XRef)
_NOT_SEARCHED_SUBTYPES = frozenset({"/Image", "/Form", "/Type1C", "/CIDFontType0C",
                                    "/OpenType", "/PS"})


def searchable(stream: Stream, drawn: Collection[tuple[int, int]]) -> bool:
    """Whether `stream` may be searched for XMP anywhere: not drawn (`drawn`: object ids of
    content streams) and of no kind that holds something else (`_NOT_SEARCHED_*`)."""
    if stream.objgen in drawn or stream.get(Name.Type) in _NOT_SEARCHED_TYPES:
        return False
    if stream.get(Name.PatternType) is not None or any(k in stream for k in _NOT_SEARCHED_KEYS):
        return False
    subtype = stream.get(Name.Subtype)
    return not (isinstance(subtype, Name) and str(subtype) in _NOT_SEARCHED_SUBTYPES)


def holds_xmp(data: bytes) -> bool:
    """Whether decoded stream bytes hold an XMP packet anywhere (UTF-8, or UTF-16 / UTF-32,
    read as `pdf_hidden` reads a packet's start)."""
    from intake_app.media.pdf_hidden import as_utf8

    if _XMP_ANYWHERE.search(data) is not None:
        return True
    text = as_utf8(data)
    return text is not data and _XMP_ANYWHERE.search(text) is not None


def decoded_whole(stream: Stream) -> bytes | None:
    """The stream's data through its whole filter chain within MAX_SEARCHED; None when a filter
    cannot be decoded so (or the data is damaged)."""
    filters = stream.get(Name.Filter)
    names = [filters] if isinstance(filters, Name) else list(filters or [])
    parms = stream.get(Name.DecodeParms)
    parm_list = list(parms) if isinstance(parms, Array) else [parms] * len(names)
    raw = stream.read_raw_bytes()
    if not all(str(name) in _OWN for name in names):
        if len(raw) > _QPDF_RAW:
            return None
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            return None
        return data[:MAX_SEARCHED]
    data = raw
    try:
        for name, parm in zip(names, parm_list, strict=False):
            data = _OWN[str(name)](data, parm)
            if data is None:
                return None
    except (ValueError, zlib.error, binascii.Error):
        return None
    return data[:MAX_SEARCHED]


def _hex(data: bytes, _parm: object) -> bytes:
    text = re.sub(rb"\s", b"", data).split(b">", 1)[0]
    return binascii.unhexlify(text + b"0" * (len(text) % 2))


def _a85(data: bytes, _parm: object) -> bytes:
    text = re.sub(rb"\s", b"", data)
    text = text.removeprefix(b"<~").split(b"~>", 1)[0]
    return base64.a85decode(text)


def _flate(data: bytes, parm: object) -> bytes | None:
    out = zlib.decompressobj().decompress(data, MAX_SEARCHED)
    predictor = parm.get(Name.Predictor, 1) if isinstance(parm, pikepdf.Dictionary) else 1
    if predictor == 1:
        return out
    if not 10 <= int(predictor) <= 15:
        return None  # TIFF predictor 2: not for text
    columns = int(parm.get(Name.Columns, 1)) * int(parm.get(Name.Colors, 1))
    width = max(1, columns * int(parm.get(Name.BitsPerComponent, 8)) // 8)
    return _png_unfilter(out, width)


def _png_unfilter(data: bytes, width: int) -> bytes:
    """PNG row filters undone (PNG §9), one byte a pixel (how XMP text would be written)."""
    rows, previous = [], bytearray(width)
    for start in range(0, len(data) - width, width + 1):
        kind, row = data[start], bytearray(data[start + 1:start + 1 + width])
        for i in range(len(row)):
            left = row[i - 1] if i else 0
            up, corner = previous[i], previous[i - 1] if i else 0
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                near = min((abs(p - left), 0, left), (abs(p - up), 1, up),
                           (abs(p - corner), 2, corner))[2]
                row[i] = (row[i] + near) & 0xFF
        rows.append(bytes(row))
        previous = row
    return b"".join(rows)


_OWN = {"/FlateDecode": _flate, "/Fl": _flate, "/ASCIIHexDecode": _hex, "/AHx": _hex,
        "/ASCII85Decode": _a85, "/A85": _a85}
