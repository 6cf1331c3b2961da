"""The entity declarations an SVG may have and still be cleaned: short plain strings.

Illustrator's "Save As SVG" declares its namespace URIs as entities in the DOCTYPE
(`<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">`) and uses them in attributes
(`xmlns:i="&ns_ai;"`). Before review r11h F1 every SVG declaring an entity was refused, so the
usual Illustrator file was sealed as it was, its private data (`i:pgf`) and linked-file paths
with it, although the forecast had said "will be cleaned". Such entities are safe to expand when
each is an internal general entity whose value is plain text (no reference, no markup): nothing
nests, so nothing multiplies (no "billion laughs"), and what the references expand to is
counted before the document is parsed.

`check_entities(data)` reads the prologue alone with expat through defusedxml's parser (expat's
own declaration events, so no spelling of a declaration escapes) and raises
NotCleanable(UNREADABLE_SVG) for anything else: a parameter or external or unparsed entity, a
value with `&`, `%` or `<`, more than MAX_ENTITIES declarations, a value over MAX_VALUE
characters, or references that would expand to more than MAX_EXPANDED characters over the whole
document. The document is then parsed by
defusedxml with internal entities allowed (external ones stay forbidden). The forecast asks the
same of the file's first bytes (`refused_in_head`), so it says "will not be cleaned" exactly
for the declarations the cleaner refuses.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import ParseError  # the error type only; parsing is defusedxml's

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from intake_app.errors import Cancelled
from intake_app.media.result import UNREADABLE_SVG, NotCleanable

MAX_ENTITIES = 64
"""Declarations accepted (Illustrator writes eight)."""
MAX_VALUE = 1024
"""Characters of one entity's value (a namespace URI is under a hundred)."""
MAX_EXPANDED = 4 * 1024 * 1024
"""Characters all references in the document may expand to together."""


class _PrologueRead(Cancelled):
    """The root element started: every declaration has been seen, and the read is cancelled
    before expat expands a reference. Control flow only, caught in `check_entities`; a
    `Cancelled` so that it stays under the one error root with a sentence of its own."""


def check_entities(data: bytes, *, whole: bool = True) -> bool:
    """Whether the SVG `data` declares entities (all safe, as the module says); raises
    NotCleanable(UNREADABLE_SVG) when one is not, or when they would expand too far.

    `whole=False`: `data` is the file's first bytes (the forecast's): a prologue cut off is
    not an error, and the references, which come after it, are not counted."""
    values: dict[str, str] = {}

    def declared(name: str, parameter: int, value: str | None, *_rest: object) -> None:
        if parameter or value is None or len(values) >= MAX_ENTITIES or len(value) > MAX_VALUE \
                or any(mark in value for mark in "&%<"):
            raise NotCleanable(UNREADABLE_SVG)
        values[name] = value

    def started(*_args: object) -> None:
        raise _PrologueRead

    # defusedxml's parser (external entities stay forbidden), its expat handlers replaced: the
    # declarations are checked as expat reads them, and reading stops at the root element
    reader = DefusedXMLParser(forbid_dtd=False, forbid_entities=False)
    reader.parser.EntityDeclHandler = declared
    reader.parser.StartElementHandler = started
    try:
        reader.feed(data)
        if whole:
            reader.close()  # no root element: not an SVG
    except _PrologueRead:
        pass
    except (ParseError, DefusedXmlException) as exc:
        raise NotCleanable(UNREADABLE_SVG) from exc
    if not values or not whole:
        return bool(values)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\0" in data[:4]:
        raise NotCleanable(UNREADABLE_SVG)  # UTF-16 or -32: the references are not counted here
    expanded = sum(len(values[m.group(1).decode("utf-8", "replace")])
                   for m in _REFERENCE.finditer(data)
                   if m.group(1).decode("utf-8", "replace") in values)
    if expanded > MAX_EXPANDED:
        raise NotCleanable(UNREADABLE_SVG)
    return True


_REFERENCE = re.compile(rb"&([^\s&;#<>]+);")
"""A general entity reference (`&name;`); character references (`&#…;`) are not entities."""


def refused_in_head(head: bytes) -> bool:
    """Whether the SVG whose first bytes (its prologue, `sniff.wants_more`) are `head` declares
    entities the cleaner refuses (`check_entities`)."""
    try:
        check_entities(head, whole=False)
    except NotCleanable:
        return True
    return False
