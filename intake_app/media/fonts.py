"""Names taken out of TrueType and OpenType fonts embedded in a PDF.

A font's `name` table (OpenType spec, "name — Naming table") holds, besides the family and
style a viewer needs, the copyright, the manufacturer, the designer, a description and the
licence text: a font bought for one person or office often reads "Licensed to Jan Jansen,
order 12345". The records a viewer uses to pick and show the font stay (`_KEPT_NAME_IDS`:
family, subfamily, full name, version, PostScript name, typographic family and subfamily);
every other record goes. An OpenType font with CFF outlines also loses its CFF table's Notice,
Copyright and names (`font_programs.strip_cff_strings`). Parsing is fontTools'; a font it cannot
read or write back is left as it is and reported (docs/CLEANING.md `pdf-fonts`).
"""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont

from intake_app.media.font_programs import strip_cff_strings

_KEPT_NAME_IDS = frozenset({1, 2, 4, 5, 6, 16, 17, 21, 22, 25})
MAX_FONT = 16 * 1024 * 1024
"""Bytes of one font program read; a larger one is kept and reported."""


def clean_font_names(font: bytes) -> bytes | None:
    """`font` (sfnt: TrueType or OpenType) without identifying name records; None if it cannot
    be read or written back."""
    if len(font) > MAX_FONT:
        return None
    try:
        parsed = TTFont(io.BytesIO(font), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
        changed = "CFF " in parsed and strip_cff_strings(parsed["CFF "].cff)
        if "name" in parsed:
            table = parsed["name"]
            kept = [record for record in table.names if record.nameID in _KEPT_NAME_IDS]
            changed = changed or len(kept) != len(table.names)
            table.names = kept
        if not changed:
            return font
        out = io.BytesIO()
        parsed.save(out, reorderTables=False)
        return out.getvalue()
    except Exception:  # hostile input: any failure means "kept, reported"
        return None
