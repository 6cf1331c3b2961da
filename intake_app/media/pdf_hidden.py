"""What a PDF holds outside the places a viewer shows: its trailer, stray XMP, 3D models, comments.

Each rule works by kind, wherever the object hangs (docs/CLEANING.md rows `pdf-trailer`,
`pdf-xmp-anywhere`, `pdf-3d`, `pdf-content-comments`, `pdf-postscript`):

- the trailer keeps only the keys a reader needs to find the file's objects (`_TRAILER_KEYS`);
  any other key (a program's private one, a path) is dropped, and with it what only it reached.
  Its `/ID` goes too: the first element is permanent (ISO 32000-2 §14.4), the same in the
  maker's own copy, and qpdf would keep it; `pdf.clean_pdf` writes both elements afresh from
  the cleaned file's own bytes;
- an XMP packet is removed whatever key or array holds it: a stream with `/Type /Metadata` or
  `/Subtype /XML`, or whose decoded bytes start as XMP, is emptied and every dictionary entry
  that points at it removed (an embedded file is not looked into: it is warned about as a
  whole). "Start as XMP" is read as XMP writers write it (XMP Specification Part 1 §7.3,
  Part 3 §1.1): in UTF-8, UTF-16 or UTF-32 (with or without a byte order mark), after any XML
  declaration, comments and white space, the first element is `<?xpacket`, `x:xmpmeta`
  (`x:xapmeta`) or `rdf:RDF`, whatever their prefix;
- 3D annotations (`/Subtype /3D`) and 3D data streams (`/Type /3D`, `/Subtype /U3D` or `/PRC`)
  carry their own author, tool and file paths inside the model: the annotations are taken off
  their pages and the data emptied, with the warning `pdf_3d_removed`;
- `%` comments in content streams (pages, form XObjects, annotation appearances, patterns,
  Type 3 glyphs) are not drawn, but a program can write a path or name there: they are removed
  through qpdf's content tokenizer, every other byte stays. A stream that cannot be decoded
  within bounds is left to `pdf_inline`, which warns about it;
- PostScript XObjects (`/Subtype /PS`) and a form's `/PS` stand-in are only run by PostScript
  printers and carry DSC comments (`%%For: (user)`): the XObject becomes an empty form, the
  stand-in is removed (`pdf-postscript`);
- `%` comments in PostScript calculator functions (`/FunctionType 4`, ISO 32000-2 §7.10.5: a
  shading's colours, a separation's tint transform, a transfer function) are PostScript
  comments, not content-stream ones: removed to the end of their line (the language has no
  strings, so a `%` is always a comment). One that cannot be decoded within bounds is warned
  (`pdf_metadata_partly_removed`).
"""

from __future__ import annotations

import re
import zlib

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, Token, TokenFilter, TokenType

from intake_app.media.pdf_streams import content_streams, decoded, rewrite_tokens
from intake_app.media.pdf_xmp import decoded_whole, holds_xmp, searchable

_TRAILER_KEYS = frozenset({"/Size", "/Root", "/Encrypt", "/Prev", "/XRefStm"})
"""What a reader needs from the trailer (ISO 32000-2 §7.5.5); qpdf writes /Size, /Prev, the
cross-reference and a new /ID itself, and the encrypted files are refused before this runs."""
_XMP_START = re.compile(rb"<\?xpacket\b|<(?:[\w.-]+:)?(?:xmpmeta|xapmeta|RDF)\b")
_XML_PROLOGUE = re.compile(rb"\A(?:\s++|<\?xml\b.*?\?>|<!--.*?-->)*+", re.DOTALL)
"""White space, an XML declaration and comments before a packet's first element."""
_XMP_LOOK = 2048  # decoded bytes looked at for an XMP start (UTF-32 takes four a character)
_3D_SUBTYPES = frozenset({"/U3D", "/PRC"})


def scrub_trailer(pdf: pikepdf.Pdf) -> None:
    """Drop every trailer key a reader does not need, the document's /ID too (written afresh)."""
    for key in list(pdf.trailer.keys()):
        if str(key) not in _TRAILER_KEYS:
            del pdf.trailer[key]


def is_xmp(stream: Stream, drawn: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
           ) -> bool:
    """A metadata stream by its dictionary, by the first bytes of its content, or (a stream of
    no other kind, `pdf_xmp.searchable`; `drawn` the content streams' ids) by an XMP element
    anywhere in its content decoded through every filter (`pdf_xmp`)."""
    if stream.get(Name.Type) == Name.EmbeddedFile:
        return False  # an attached file is the liaison's evidence, warned about as a whole
    if stream.get(Name.Type) == Name.Metadata or stream.get(Name.Subtype) == Name.XML:
        return True
    head = _head(stream)
    if head is not None and _starts_as_xmp(head):
        return True
    if not searchable(stream, drawn):
        return False
    data = decoded_whole(stream)
    return data is not None and holds_xmp(data)


def _starts_as_xmp(head: bytes) -> bool:
    """Whether `head` (a stream's first decoded bytes) is the start of an XMP packet."""
    text = as_utf8(head)
    start = _XML_PROLOGUE.match(text)
    return _XMP_START.match(text, start.end() if start else 0) is not None


def as_utf8(head: bytes) -> bytes:
    """`head` as UTF-8, from UTF-16 or UTF-32 told by a byte order mark or by where the zero
    bytes of the first character fall (XML 1.0 Appendix F); a cut-off last character is
    dropped."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return head[len(mark):].decode(codec, errors="ignore").encode("utf-8")
    zeros = tuple(byte == 0 for byte in head[:4])
    codec = _ZERO_PATTERNS.get(zeros)
    if codec is None:
        return head
    return head.decode(codec, errors="ignore").encode("utf-8")


_BYTE_ORDER_MARKS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                     (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"),
                     (b"\xef\xbb\xbf", "utf-8"))
_ZERO_PATTERNS = {(True, True, True, False): "utf-32-be", (False, True, True, True): "utf-32-le",
                  (True, False, True, False): "utf-16-be", (False, True, False, True): "utf-16-le"}


def is_3d_data(stream: Stream) -> bool:
    """A 3D model stream (U3D or PRC), by /Type /3D or its /Subtype."""
    subtype = stream.get(Name.Subtype)
    return stream.get(Name.Type) == Name("/3D") or (
        isinstance(subtype, Name) and str(subtype) in _3D_SUBTYPES)


def remove_hidden_streams(pdf: pikepdf.Pdf) -> tuple[set[tuple[int, int]], bool]:
    """Empty every XMP and 3D data stream and take 3D annotations off the pages, in place.

    Returns the emptied streams' object ids (for `drop_references`) and whether anything 3D
    was removed (the caller warns `pdf_3d_removed`).
    """
    emptied: set[tuple[int, int]] = set()
    removed_3d = False
    drawn = {stream.objgen for stream in content_streams(pdf)}
    for obj in pdf.objects:
        if isinstance(obj, (Dictionary, Stream)) and isinstance(obj.get(Name.PS), Stream):
            del obj[Name.PS]  # a form's PostScript stand-in (ISO 32000-1 §8.10.1, gone in 2.0)
        if not isinstance(obj, Stream):
            continue
        if obj.get(Name.Subtype) == Name.PS:
            _neutralise_postscript(obj)
            continue
        if is_3d_data(obj):
            removed_3d = True
        elif not is_xmp(obj, drawn):
            continue
        for key in list(obj.keys()):
            if key != Name.Length:
                del obj[key]
        obj.write(b"")
        emptied.add(obj.objgen)
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        if not isinstance(annots, Array):
            continue
        kept = [a for a in annots if not (isinstance(a, Dictionary)
                                          and a.get(Name.Subtype) == Name("/3D"))]
        if len(kept) != len(annots):
            removed_3d = True
            page.obj.Annots = Array(kept)
    return emptied, removed_3d


def _neutralise_postscript(stream: Stream) -> None:
    """Turn a PostScript XObject (`/Subtype /PS`) into an empty form, in place.

    Only PostScript printers ran its code (ISO 32000-1 §8.8.2; PDF 2.0 removed the kind), and a
    program writes DSC comments there (`%%Creator`, `%%For: (user)`). An empty form keeps every
    `Do` that names it valid and draws nothing, as viewers already did.
    """
    for key in list(stream.keys()):
        if key != Name.Length:
            del stream[key]
    stream.Type = Name.XObject
    stream.Subtype = Name.Form
    stream.BBox = Array([0, 0, 0, 0])
    stream.write(b"")


def drop_references(obj: Dictionary | Stream, emptied: set[tuple[int, int]]) -> None:
    """Remove `obj`'s entries that point at a stream `remove_hidden_streams` emptied."""
    for key in list(obj.keys()):
        value = obj.get(key)
        if isinstance(value, Stream) and value.objgen in emptied:
            del obj[key]


def _head(stream: Stream) -> bytes | None:
    """The first decoded bytes of a plain or Flate stream (never more decompressed)."""
    filters = stream.get(Name.Filter)
    if isinstance(filters, Array) and len(filters) == 1:
        filters = filters[0]
    raw = stream.read_raw_bytes()
    if filters is None:
        return raw[:_XMP_LOOK]
    if filters != Name.FlateDecode or stream.get(Name.DecodeParms) is not None:
        return None
    try:
        return zlib.decompressobj().decompress(raw, _XMP_LOOK)
    except zlib.error:
        return None


class _NoComments(TokenFilter):
    """Every token passed through as it was, a comment replaced by a line end."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = False

    def handle_token(self, token: Token) -> Token:
        if token.type_ == TokenType.comment:
            self.changed = True
            return Token(TokenType.space, b"\n")
        return token


def remove_comments(stream: Stream) -> bool:
    """Remove `%` comments from a content stream, in place; other bytes stay as they were.

    Returns False when the stream cannot be decoded within bounds or tokenized, so comments
    may stay (the caller warns)."""
    data = decoded(stream)
    if data is None:
        return False
    if b"%" not in data:
        return True
    return rewrite_tokens(stream, data, _NoComments())


_POSTSCRIPT_COMMENT = re.compile(rb"%[^\r\n]*")


def remove_function_comments(pdf: pikepdf.Pdf) -> bool:
    """Remove `%` comments from every PostScript calculator function, in place; False when
    one cannot be decoded within bounds, so comments may stay (the caller warns)."""
    clean = True
    for obj in pdf.objects:
        if not isinstance(obj, Stream) or obj.get(Name.FunctionType) != 4:
            continue
        data = decoded(obj)
        if data is None:
            clean = False
        elif b"%" in data:
            obj.write(zlib.compress(_POSTSCRIPT_COMMENT.sub(b"", data)), filter=Name.FlateDecode)
    return clean
