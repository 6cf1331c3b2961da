"""Marked-content property lists written inside content streams (docs/CLEANING.md
`pdf-marked-content-names`).

Marked content (ISO 32000-2 §14.6) tags a run of drawing: `/Figure <</Alt (…) /ActualText (…)>>
BDC … EMC`. The property list is either a name of the page's `/Properties` resources, a
dictionary that `pdf_objects` reaches with every other dictionary, or written inline in the
content stream itself, where no object walk sees it. Tagging tools write the inserted picture's
file name there as its description (`IMG_20240512_143012_…_Utrecht.jpg`). The inline ones get
the same rule as every dictionary (`pdf_objects.neutral_text`): a description (`/Alt`,
`/ActualText`, `/E`) that is a file's or device's name becomes `Picture`, any other string that
holds a path loses the path. Only those strings change; every other byte of the stream stays
(qpdf's content tokenizer, as for comments).
"""

from __future__ import annotations

import pikepdf
from pikepdf import Stream, String, Token, TokenFilter, TokenType

from intake_app.media.pdf_objects import neutral_text
from intake_app.media.pdf_streams import decoded, rewrite_tokens


def clean_property_lists(stream: Stream) -> bool:
    """Neutralise names and paths in the inline property lists of a content stream, in place.

    Returns False when the stream cannot be decoded within bounds or tokenized (the caller
    warns: names may stay)."""
    data = decoded(stream)
    if data is None:
        return False
    if b"<<" not in data:
        return True
    return rewrite_tokens(stream, data, _PropertyLists())


class _PropertyLists(TokenFilter):
    """Passes every token through; a string inside `<< … >>` is replaced by its neutral text.

    A content stream has dictionaries only as marked-content operands (inline images use
    `BI … ID`), so every `<<` opens a property list. The name right before a string is its key
    (a key is always a name, so a string is never one)."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = False
        self.depth = 0
        self.key: str | None = None

    def handle_token(self, token: Token) -> Token:
        kind = token.type_
        if kind == TokenType.dict_open:
            self.depth += 1
        elif kind == TokenType.dict_close:
            self.depth = max(0, self.depth - 1)
        if self.depth == 0 or kind in (TokenType.space, TokenType.comment):
            return token
        if kind == TokenType.name_:
            try:
                self.key = str(token.value)  # qpdf's reading: `/A#6Ct` is `/Alt`
            except UnicodeDecodeError:
                self.key = None  # a name no rule knows
            return token
        key, self.key = self.key, None
        if kind != TokenType.string:
            return token
        try:
            text = str(pikepdf.Object.parse(token.raw_value))
        except Exception:  # hostile input: a string qpdf tokenized but cannot read goes
            self.changed = True
            return Token(TokenType.string, b"")
        new = neutral_text(key or "", text)
        if new == text:
            return token
        self.changed = True
        return Token(TokenType.string, bytes(String(new)))  # the value; qpdf writes it escaped
