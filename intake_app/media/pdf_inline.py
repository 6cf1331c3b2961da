"""JPEG pictures written inside a PDF's content (inline images, `BI … ID … EI`) lose their EXIF.

An inline image is a picture stored in the middle of a page's drawing operators instead of as an
object of its own; a `/DCT` one is a whole JPEG file, with the camera, place and owner in its
APPn segments like any photo. It is cleaned like a JPEG image object (`jpeg_clean`, without
orientation or profile: the PDF draws it by its own dictionary): only the segments a decoder
reads, and the picture data written anew from its coefficients by jpegtran, so nothing after a
scan stays; the coefficients, and so every pixel, stay as they were. Where jpegtran cannot
rebuild it, the segments are cleaned all the same and the stream is warned.

The content stream is read with qpdf's content tokenizer (pikepdf's `TokenFilter`), which hands
over every token with its original bytes and an inline image's data as one token. Only the
tokens of an inline JPEG are replaced; every other byte of the stream is written back as it
was, so nothing else on the page can change (a parse and unparse of whole instructions would
rewrite numbers and strings). A stream is only tokenized when it holds an inline JPEG at all,
and only as decoded within `pdf_streams.MAX_DECODED`.

What stays, and is warned about (`pdf-inline-images-unreadable` in docs/CLEANING.md): a content
stream that cannot be decoded within bounds or tokenized, and an inline JPEG that is wrapped in
another filter (`[/A85 /DCT]`), claims a JPEG 2000 filter, or cannot be walked as a JPEG (a
JPEG cut off inside its picture data is cleaned: what is there stays).
"""

from __future__ import annotations

import re

from pikepdf import Stream, Token, TokenFilter, TokenType

from intake_app.media.jpeg_clean import clean_jpeg
from intake_app.media.jpeg_segments import NotAJpeg
from intake_app.media.pdf_streams import decoded, rewrite_tokens

_INLINE_IMAGE_FILE = re.compile(
    rb"(?s)\bBI\b(?:(?!\b(?:ID|BI)\b).){0,2048}?/(?:DCT|DCTDecode|JPX|JPXDecode)\b")
"""A quick look for an inline image whose data may be a whole picture file; only a stream this
matches is tokenized."""
_DCT = {b"/DCT", b"/DCTDecode"}
_FILTER_KEYS = {b"/F", b"/Filter"}
_LENGTH_KEYS = {b"/L", b"/Length"}  # PDF 2.0: the data's length, which changes when it is cut
_SKIPPED = {TokenType.space, TokenType.comment}
_WHITESPACE = b" \t\r\n\f\x00"  # PDF's white-space characters


class _InlineJpegs(TokenFilter):
    """Pass every token through; an inline image's tokens are held from `BI` to its data and
    written back with a JPEG's metadata segments cut out."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Token] | None = None
        self.changed = False
        self.kept = False  # an inline picture file whose metadata stays (warned)

    def handle_token(self, token: Token) -> list[Token] | Token:
        kind = token.type_
        if self.held is None:
            if kind == TokenType.word and token.raw_value == b"BI":
                self.held = [token]
                return []
            return token
        self.held.append(token)
        if kind != TokenType.inline_image:
            if kind == TokenType.eof:  # a BI whose data the tokenizer did not find
                held, self.held = self.held, None
                self.kept = True
                return held
            return []
        held, self.held = self.held, None
        return self._cleaned(held)

    def _cleaned(self, held: list[Token]) -> list[Token]:
        """The held tokens (`BI`, the dictionary, `ID`, whitespace, the data), cleaned."""
        words = [t.raw_value for t in held if t.type_ not in _SKIPPED]
        filters = _filter_names(words)
        if not filters & {*_DCT, b"/JPX", b"/JPXDecode"}:
            return held  # raw or compressed samples: nothing but pixels
        data = held[-1].raw_value
        if data[-1:] and data[-1:] in _WHITESPACE:
            data = data[:-1]  # the separator before EI that qpdf's token includes
        try:
            if len(filters) != 1 or not filters <= _DCT or _declared_filters(words) != 1:
                raise NotAJpeg
            # a JPEG cut off inside its scan keeps what is there, as a viewer shows it
            picture = clean_jpeg(data, appearance=False, allow_truncated=True)
        except NotAJpeg:
            self.kept = True
            return held
        stripped = picture.data
        self.kept = self.kept or bool(picture.warnings)  # data not rebuilt: a tail may stay
        if stripped == data:
            return held  # nothing to cut: the stream stays byte for byte
        self.changed = True
        out = []
        length_next = False
        for token in held[:-1]:
            if length_next and token.type_ == TokenType.integer:
                token = Token(TokenType.integer, str(len(stripped)).encode())
                length_next = False
            elif token.type_ == TokenType.name_:
                length_next = token.raw_value in _LENGTH_KEYS
            out.append(token)
        out.append(Token(TokenType.inline_image, stripped + b"\n"))  # whitespace before EI
        return out


def _filter_names(words: list[bytes]) -> set[bytes]:
    """Every name in the value of the inline dictionary's /F (or /Filter) key."""
    names: set[bytes] = set()
    for index, word in enumerate(words):
        if word in _FILTER_KEYS and index + 1 < len(words):
            value = words[index + 1 :]
            if value[0] == b"[":
                value = value[1 : value.index(b"]")] if b"]" in value else value[1:]
            else:
                value = value[:1]
            names.update(v for v in value if v.startswith(b"/"))
    return names


def _declared_filters(words: list[bytes]) -> int:
    """How many filters the dictionary declares (a chain like [/A85 /DCT] counts 2)."""
    count = 0
    for index, word in enumerate(words):
        if word in _FILTER_KEYS and index + 1 < len(words):
            value = words[index + 1 :]
            if value[0] == b"[":
                count += len(value[1 : value.index(b"]")]) if b"]" in value else len(value)
            else:
                count += 1
    return count


def clean_inline_images(stream: Stream) -> bool:
    """Cut the metadata out of every inline JPEG in a content stream, in place.

    Returns False when the stream holds an inline picture file whose metadata stays (or cannot
    be read within bounds to tell): the caller warns. A stream without one is left untouched.
    """
    data = decoded(stream)
    if data is None:
        return False
    if _INLINE_IMAGE_FILE.search(data) is None:
        return True
    tokens = _InlineJpegs()
    return rewrite_tokens(stream, data, tokens) and not tokens.kept
