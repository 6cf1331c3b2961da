"""What a PDF holds outside the places a viewer shows: its trailer, stray XMP, 3D models, comments.

Each rule works by kind, wherever the object hangs (docs/CLEANING.md rows `pdf-trailer`,
`pdf-xmp-anywhere`, `pdf-3d`, `pdf-content-comments`):

- the trailer keeps only the keys a reader needs to find the file's objects (`_TRAILER_KEYS`);
  any other key (a program's private one, a path) is dropped, and with it what only it reached;
- an XMP packet is removed whatever key or array holds it: a stream with `/Type /Metadata` or
  `/Subtype /XML`, or whose decoded bytes start as XMP (`<?xpacket`, `<x:xmpmeta`), is emptied
  and every dictionary entry that points at it removed (an embedded file is not looked into: it
  is warned about as a whole);
- 3D annotations (`/Subtype /3D`) and 3D data streams (`/Type /3D`, `/Subtype /U3D` or `/PRC`)
  carry their own author, tool and file paths inside the model: the annotations are taken off
  their pages and the data emptied, with the warning `pdf_3d_removed`;
- `%` comments in content streams (pages, form XObjects, annotation appearances, patterns,
  Type 3 glyphs) are not drawn, but a program can write a path or name there: they are removed
  through qpdf's content tokenizer, every other byte stays. A stream that cannot be decoded
  within bounds is left to `pdf_inline`, which warns about it.
"""

from __future__ import annotations

import zlib

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, Token, TokenFilter, TokenType

from intake_app.media.pdf_streams import decoded, rewrite_tokens

_TRAILER_KEYS = frozenset({"/Size", "/Root", "/ID", "/Encrypt", "/Prev", "/XRefStm"})
"""What a reader needs from the trailer (ISO 32000-2 §7.5.5); qpdf writes /Size, /Prev and the
cross-reference itself, and the encrypted files are refused before this runs."""
_XMP_STARTS = (b"<?xpacket", b"<x:xmpmeta", b"<x:xapmeta")
_XMP_LOOK = 256  # decoded bytes looked at for an XMP start (after white space and a BOM)
_3D_SUBTYPES = frozenset({"/U3D", "/PRC"})


def scrub_trailer(pdf: pikepdf.Pdf) -> None:
    """Drop every trailer key a reader does not need."""
    for key in list(pdf.trailer.keys()):
        if str(key) not in _TRAILER_KEYS:
            del pdf.trailer[key]


def is_xmp(stream: Stream) -> bool:
    """A metadata stream by its dictionary, or by the first bytes of its content."""
    if stream.get(Name.Type) == Name.EmbeddedFile:
        return False  # an attached file is the liaison's evidence, warned about as a whole
    if stream.get(Name.Type) == Name.Metadata or stream.get(Name.Subtype) == Name.XML:
        return True
    head = _head(stream)
    return head is not None and head.lstrip(b" \t\r\n\f\x00\xef\xbb\xbf").startswith(_XMP_STARTS)


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
    for obj in pdf.objects:
        if not isinstance(obj, Stream):
            continue
        if is_3d_data(obj):
            removed_3d = True
        elif not is_xmp(obj):
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
