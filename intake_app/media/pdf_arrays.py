"""Strings inside PDF arrays, wherever the arrays hang, read for paths (review r11f F2).

`pdf_objects` reads the strings that are a dictionary's values; strings in arrays hold paths too:
a web capture's `/Names /URLS` keys (`file:///C:/Users/…/page.html`, the captured page's own
address), the layer panel's labels in `/OCProperties /D /Order`, the keys of `/Names /Dests`
(named destinations), anything under a program's private key. Every string in every array gets
the same rule as a dictionary's string (`pdf_objects.neutral_text`): the paths it holds are cut.
The liaison's own text and form values stay: arrays under `_CONTENT_KEYS` (a list box's `/V`)
and a choice field's options (`/Opt`), nested arrays in them too, direct or indirect.

Binary strings are never read as text (review r11m R11M-22): an `/Indexed` colour space's lookup
(`[/Indexed /DeviceRGB 255 <768 bytes>]`, the palette of a picture) is skipped whatever it holds,
and so is any string that does not read as text (`is_text`): a palette's grey (92,92,92) reads as
the `\\\\host` of a network path, and cutting it there left the picture undrawable.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Stream, String

from intake_app.media.result import UNREADABLE_PDF, NotCleanable

_LAYOUT_CONTROLS = frozenset("\t\n\r\f")

MAX_VISITED = 4_000_000
"""Dictionaries and arrays visited in one file (as `pdf_objects.MAX_VISITED`)."""
_KEPT = frozenset({"/Contents", "/V", "/DV", "/RC", "/RV", "/Opt"})
"""Keys whose arrays are the liaison's own text or a form's values: never rewritten."""


def is_text(text: str) -> bool:
    """Whether `text` (a PDF string as pikepdf reads it: UTF-16 after its byte-order mark, else
    PDFDocEncoding) is text a person or program wrote, not binary data: no control character
    other than tab, line and page breaks, no byte PDFDocEncoding leaves undefined (read as
    U+FFFD). NULs at the end (a C program's terminator) do not count."""
    return not any((ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 or char == "\ufffd")
                   and char not in _LAYOUT_CONTROLS for char in text.rstrip("\x00"))


def neutralise_array_strings(pdf: pikepdf.Pdf) -> None:
    """Cut the paths out of every string in every array of `pdf`, in place (never the arrays
    under `_KEPT` keys, an `/Indexed` lookup, nor a binary string: `is_text`). Each array
    is read once, nested arrays without recursion (a hostile
    file nests them thousands deep). Raises NotCleanable(UNREADABLE_PDF) beyond MAX_VISITED."""
    from intake_app.media.pdf_objects import neutral_text  # pdf_objects calls this module

    kept: set[tuple[int, int]] = set()  # indirect arrays hung under a _KEPT key somewhere
    found: list[tuple[Array, str]] = []
    visited = 0
    for obj in pdf.objects:
        if not isinstance(obj, Dictionary | Stream | Array):
            continue
        stack: list[tuple[object, str]] = [(obj, "")]
        while stack:
            container, key = stack.pop()
            visited += 1
            if visited > MAX_VISITED:
                raise NotCleanable(UNREADABLE_PDF)
            if isinstance(container, Array):
                found.append((container, key))
                children = [(item, key) for item in container]
            else:
                children = []
                for name in list(container.keys()):  # type: ignore[union-attr]
                    value = container.get(name)  # type: ignore[union-attr]
                    if isinstance(value, Array) and value.is_indirect and str(name) in _KEPT:
                        kept.add(value.objgen)
                    children.append((value, str(name)))
            stack.extend((child, name) for child, name in children
                         if isinstance(child, Dictionary | Array) and not child.is_indirect)
    for array, key in found:
        if key in _KEPT or (array.is_indirect and array.objgen in kept):
            continue
        lookup = 3 if len(array) == 4 and array[0] == pikepdf.Name.Indexed else -1
        for index, item in enumerate(list(array)):
            if isinstance(item, String) and index != lookup:
                text = str(item)
                new = neutral_text(key, text)
                if new != text:
                    array[index] = String(new)
