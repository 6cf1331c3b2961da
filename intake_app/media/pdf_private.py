"""A program's private text keys on a PDF's catalogue and pages (review r11f F6).

Editing and capture programs write keys of their own into the catalogue and onto pages
(`/Root /AcmeAuthor (Jan Jansen)`, a page's `/AcmeUser (jjansen)`). A key that ISO 32000-2 does
not define for that dictionary (Table 29, the catalogue; Table 31, a page) and whose value is a
text string is removed: no viewer draws or navigates by a string under a key it does not know,
and a string references no other object, so nothing else changes. Private keys holding other
values (numbers, names, dictionaries, streams) stay; the paths in them are cut elsewhere
(`pdf-path-strings`, `pdf-array-strings`).
"""

from __future__ import annotations

from pikepdf import Dictionary, Name, Stream, String

CATALOGUE_KEYS = frozenset({
    "/Type", "/Version", "/Extensions", "/Pages", "/PageLabels", "/Names", "/Dests",
    "/ViewerPreferences", "/PageLayout", "/PageMode", "/Outlines", "/Threads", "/OpenAction",
    "/AA", "/URI", "/AcroForm", "/Metadata", "/StructTreeRoot", "/MarkInfo", "/Lang",
    "/SpiderInfo", "/OutputIntents", "/PieceInfo", "/OCProperties", "/Perms", "/Legal",
    "/Requirements", "/Collection", "/NeedsRendering", "/DSS", "/AF", "/DPartRoot",
})
"""The catalogue's keys (ISO 32000-2:2020 Table 29)."""
PAGE_KEYS = frozenset({
    "/Type", "/Parent", "/LastModified", "/Resources", "/MediaBox", "/CropBox", "/BleedBox",
    "/TrimBox", "/ArtBox", "/BoxColorInfo", "/Contents", "/Rotate", "/Group", "/Thumb", "/B",
    "/Dur", "/Trans", "/Annots", "/AA", "/Metadata", "/PieceInfo", "/StructParents", "/ID",
    "/PZ", "/SeparationInfo", "/Tabs", "/TemplateInstantiated", "/PresSteps", "/UserUnit",
    "/VP", "/AF", "/OutputIntents", "/DPart",
})
"""A page's keys (ISO 32000-2:2020 Table 31)."""


def drop_private_text(obj: Dictionary | Stream) -> None:
    """Remove from a catalogue or page dictionary (by its /Type) every text string under a key
    the standard does not define for it, in place; any other dictionary is left as it is."""
    kind = obj.get(Name.Type)
    known = CATALOGUE_KEYS if kind == Name.Catalog else PAGE_KEYS if kind == Name.Page else None
    if known is None or isinstance(obj, Stream):
        return
    for key in list(obj.keys()):
        if str(key) not in known and isinstance(obj.get(key), String):
            del obj[key]
