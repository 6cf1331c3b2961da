"""Bookmarks named after the files a PDF was combined from (review r11h B1).

Acrobat's Combine Files and the tools like it (PDFsam, Preview, online mergers) add one bookmark
per source file, titled with that file's name: a phone photo's `IMG_20240512_143012`, a scan's
`Scan 2024-05-12 14.30.12`, `WhatsApp Image 2024-05-12 at 14.30.12`, a name the author gave a
file after a person and a place. Such a title says when, where and with which device, like an
`/Alt` text that is a file's name (docs/CLEANING.md, "Descriptions that are names"). An outline
item (ISO 32000-2 §12.3.3) whose `/Title` is a file's or device's name (`paths.is_file_name`)
becomes `Bookmark <n>`, n its place among all bookmarks in reading order, so the panel still
lists one entry per part and each still opens its page; a title a person typed ("Aangifte",
"Bijlage 2: foto's van de straat") stays (only the paths in it are cut, `pdf-path-strings`).
"""

from __future__ import annotations

import pikepdf
from pikepdf import Dictionary, Name, String

from intake_app.media.paths import is_file_name

MAX_BOOKMARKS = 100_000
"""Outline items visited at most: a hostile file can chain /Next and /First without end."""
NEUTRAL_BOOKMARK = "Bookmark {number}"


def neutralise_bookmark_names(pdf: pikepdf.Pdf) -> int:
    """Give every bookmark whose title is a file's or device's name the title `Bookmark <n>`,
    in place; returns how many were renamed. Each item is visited once (by object), at most
    MAX_BOOKMARKS of them, depth first as a viewer lists them."""
    outlines = pdf.Root.get(Name.Outlines)
    if not isinstance(outlines, Dictionary):
        return 0
    seen: set[tuple[int, int]] = set()
    pending = [outlines.get(Name.First)]  # a stack of siblings' chains still to walk
    number = renamed = 0
    while pending and number < MAX_BOOKMARKS:
        item = pending.pop()
        if not isinstance(item, Dictionary):
            continue
        key = item.objgen
        if key != (0, 0):
            if key in seen:
                continue  # a loop in /Next or /First
            seen.add(key)
        number += 1
        title = item.get(Name.Title)
        if isinstance(title, String) and is_file_name(str(title)):
            item[Name.Title] = String(NEUTRAL_BOOKMARK.format(number=number))
            renamed += 1
        # the next sibling after the children: push it first so the children come first
        pending.append(item.get(Name.Next))
        pending.append(item.get(Name.First))
    return renamed
