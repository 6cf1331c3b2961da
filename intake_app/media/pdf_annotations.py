"""What annotations drawn on a PDF's pages show: stamps, text boxes, ink, notes, marks, watermarks.

An annotation is drawn from its appearance streams (`/AP` `/N`, and `/R`, `/D` for the mouse),
form XObjects of their own. Their text is not hidden metadata, but a program can put a person
there that the liaison never typed: Acrobat's dynamic stamps print the stamper's identity name
and the time ("APPROVED by J. Jansen, 12:03"), a review tool writes the reviewer's name into a
callout, a print tool names the recipient in a watermark. Text that is part of the page's own
content stays, unwarned: it is the document (docs/CLEANING.md `pdf-page-content`).

What Seinpost does, per kind (docs/CLEANING.md `pdf-stamps` … `pdf-popup-appearances`):

- a pop-up's appearance only repeats its parent's author and date, and viewers draw pop-ups
  themselves: it is removed;
- a markup annotation (stamp, text box, ink, note, shape, highlight, caret, line, file or sound
  icon, redaction overlay, watermark, printer's marks, or a kind Seinpost does not know) whose
  appearance shows text or a picture stays, and its kind is named in a warning. An appearance
  "shows text or a picture" when a text-showing operator (`Tj`, `TJ`, `'`, `"`), an inline
  image, or an image XObject is in it or in anything it draws with, or when it cannot be read
  within bounds to tell. What it draws with is every resource that can put marks on the page
  (ISO 32000-2 §8): form XObjects (`Do`), tiling patterns' cells and shading patterns (`scn`,
  `SCN` with a pattern name), soft masks' groups (`gs` with an ExtGState's `/SMask /G`), and
  shadings (`sh`); a mesh shading (types 4–7) can paint any picture and counts as one. Type 3
  glyphs are drawn only by the text operators, which count already. Strokes and fills alone (a
  highlight, a box, an ink line, a gradient) are drawing;
- links, form fields (their values are the liaison's content), screens, movies, 3D, rich media
  and trap networks are not markup and are not looked at here.

Streams are read as `pdf_streams.decoded` reads them (bounded, Flate or plain), tokenized by
qpdf; at most `MAX_APPEARANCE_BYTES` over the whole file, beyond which every further
appearance counts as showing text (warned, never silently passed).
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf
from pikepdf import Dictionary, Name, Stream, Token, TokenFilter, TokenType

from intake_app.media.pdf_streams import decoded
from intake_app.media.result import (
    PDF_INK_KEPT,
    PDF_PAGE_MARKS_KEPT,
    PDF_STAMPS_KEPT,
    PDF_TEXT_BOXES_KEPT,
    PDF_WATERMARKS_KEPT,
)

MAX_APPEARANCE_BYTES = 64 * 1024 * 1024
"""Decoded appearance bytes tokenized in one file; a hostile file with many large ones costs
no more, it is warned about instead."""
MAX_FORM_DEPTH = 8
"""Forms, pattern cells and soft-mask groups drawn inside an appearance followed this deep;
deeper counts as showing text."""

_NOT_MARKUP = frozenset({"/Link", "/Widget", "/Screen", "/Movie", "/3D", "/RichMedia",
                         "/TrapNet", "/Popup"})
_KIND_WARNINGS = {
    "/Stamp": PDF_STAMPS_KEPT,
    "/FreeText": PDF_TEXT_BOXES_KEPT,
    "/Ink": PDF_INK_KEPT,
    "/Watermark": PDF_WATERMARKS_KEPT,
}
_SHOWING = frozenset({b"Tj", b"TJ", b"'", b'"'})
_DRAWING = {b"Do": "/XObject", b"scn": "/Pattern", b"SCN": "/Pattern", b"gs": "/ExtGState",
            b"sh": "/Shading"}
"""Operators that draw with a named resource (their last operand), and its resource category."""


class AppearanceReader:
    """Tells, per appearance stream, whether it shows text or a picture; one per file, so a
    stream shared by many annotations is read once and the byte budget counts the file."""

    def __init__(self) -> None:
        self.budget = MAX_APPEARANCE_BYTES
        self.known: dict[tuple[int, int], bool] = {}

    def shows_text_or_picture(self, stream: Stream, depth: int = 0) -> bool:
        """True if `stream` (a form XObject) or a form it draws shows text or a picture, or
        cannot be read within bounds to tell."""
        key = stream.objgen
        if key != (0, 0) and key in self.known:
            return self.known[key]
        if key != (0, 0):
            self.known[key] = True  # a form that draws itself: counted as showing, not looped
        found = self._read(stream, depth)
        if key != (0, 0):
            self.known[key] = found
        return found

    def _read(self, stream: Stream, depth: int) -> bool:
        data = decoded(stream)
        if data is None or len(data) > self.budget or depth > MAX_FORM_DEPTH:
            return True
        self.budget -= len(data)
        operators = _Operators()
        scratch = pikepdf.new()
        try:
            page = scratch.add_blank_page()
            page.obj.Contents = scratch.make_stream(data)
            page.get_filtered_contents(operators)
        except Exception:  # hostile input: what cannot be tokenized counts as showing text
            return True
        finally:
            scratch.close()
        if operators.shows:
            return True
        resources = stream.get(Name.Resources)
        if not isinstance(resources, Dictionary):
            resources = Dictionary()
        for kind, name in sorted(operators.used):
            entry = _resource(resources, Name(kind), name)
            if kind == "/XObject":
                if not isinstance(entry, Stream) or entry.get(Name.Subtype) != Name.Form:
                    return True  # an image, or a name that resolves to nothing Seinpost can read
                if self.shows_text_or_picture(entry, depth + 1):
                    return True
            elif kind == "/Pattern" and self._pattern_shows(entry, depth):
                return True
            elif kind == "/Shading" and _shading_shows(entry):
                return True
            elif kind == "/ExtGState" and self._soft_mask_shows(entry, depth):
                return True
        return False

    def _pattern_shows(self, pattern: object, depth: int) -> bool:
        """A tiling pattern's cell is a content stream of its own; a shading pattern paints its
        shading. Anything else (a missing name) cannot be told: counted as showing."""
        if isinstance(pattern, Stream) and pattern.get(Name.PatternType) == 1:
            return self.shows_text_or_picture(pattern, depth + 1)
        if isinstance(pattern, Dictionary) and pattern.get(Name.PatternType) == 2:
            return _shading_shows(pattern.get(Name.Shading))
        return True

    def _soft_mask_shows(self, state: object, depth: int) -> bool:
        """A graphics state's soft mask draws its group (`/SMask /G`) to shape what follows:
        text there reaches the page as the mask's shape."""
        mask = state.get(Name.SMask) if isinstance(state, Dictionary) else None
        if not isinstance(mask, Dictionary):
            return False  # no soft mask, or /None
        group = mask.get(Name.G)
        if not isinstance(group, Stream):
            return True
        return self.shows_text_or_picture(group, depth + 1)


def _resource(resources: Dictionary, kind: Name, name: str) -> object:
    """`resources[kind][name]`, or None."""
    category = resources.get(kind)
    return category.get(name) if isinstance(category, Dictionary) else None


def _shading_shows(shading: object) -> bool:
    """A mesh shading (types 4–7: free-form, lattice, Coons and tensor patches) can paint any
    picture; function, axial and radial shadings paint gradients. A shading that cannot be read
    counts as showing."""
    if isinstance(shading, Stream | Dictionary):
        kind = shading.get(Name.ShadingType)
        return not (isinstance(kind, int) and 1 <= int(kind) <= 3)
    return True


class _Operators(TokenFilter):
    """Records whether text is shown or an inline image drawn, and which resources are drawn
    with (`/Name Do`, `/Name scn`, `/Name SCN`, `/Name gs`, `/Name sh`) as (category, name);
    writes nothing back."""

    def __init__(self) -> None:
        super().__init__()
        self.shows = False
        self.used: set[tuple[str, str]] = set()
        self.last_name: str | None = None

    def handle_token(self, token: Token) -> list[Token]:
        kind = token.type_
        if kind == TokenType.inline_image or (
            kind == TokenType.word and token.raw_value in _SHOWING
        ):
            self.shows = True
        elif kind == TokenType.word and token.raw_value in _DRAWING and self.last_name:
            self.used.add((_DRAWING[token.raw_value], self.last_name))
        if kind == TokenType.name_:
            self.last_name = str(token.value)
        elif kind not in (TokenType.space, TokenType.comment):
            self.last_name = None
        return []


def appearance_streams(annotation: Dictionary) -> Iterator[Stream]:
    """Every appearance stream of an annotation: /N, /R and /D, each a stream or a dictionary of
    streams by appearance state."""
    appearances = annotation.get(Name.AP)
    if not isinstance(appearances, Dictionary):
        return
    for key in (Name.N, Name.R, Name.D):
        value = appearances.get(key)
        if isinstance(value, Stream):
            yield value
        elif isinstance(value, Dictionary):
            for state in list(value.keys()):
                entry = value.get(state)
                if isinstance(entry, Stream):
                    yield entry


def check_annotations(annotations: list[Dictionary]) -> list[str]:
    """Remove pop-ups' appearances; return the warning codes, one per kind of markup annotation
    whose appearance shows text or a picture (in a stable order, each once)."""
    reader = AppearanceReader()
    warnings: list[str] = []
    for annotation in annotations:
        subtype = annotation.get(Name.Subtype)
        kind = str(subtype) if isinstance(subtype, Name) else ""
        if kind == "/Popup":
            if Name.AP in annotation:
                del annotation[Name.AP]
            continue
        if kind in _NOT_MARKUP:
            continue
        warning = _KIND_WARNINGS.get(kind, PDF_PAGE_MARKS_KEPT)
        if warning in warnings:
            continue
        if any(reader.shows_text_or_picture(s) for s in appearance_streams(annotation)):
            warnings.append(warning)
    return sorted(warnings)
