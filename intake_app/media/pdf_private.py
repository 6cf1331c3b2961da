"""A program's private keys on a PDF's catalogue and pages (review r11f F6).

Editing and capture programs write keys of their own into the catalogue and onto pages
(`/Root /AcmeAuthor (Jan Jansen)`, a page's `/AcmeUser (jjansen)`, `/AcmeUser /jjansen`,
`/AcmeInfo << /User (jjansen) /Host /JJLAPTOP >>`). A key that ISO 32000-2 does not define for
that dictionary (Table 29, the catalogue; Table 31, a page) is removed when its value is a text
string, a name, or a dictionary or array written in place (direct): no viewer draws or
navigates by a value under a key it does not know, and a direct value is no other object's, so
nothing else changes. Numbers and booleans say nothing of a person and stay; so does a private
key pointing to an indirect object or a stream (another structure may point to the same
object): the paths in it are cut, XMP emptied elsewhere (`pdf-path-strings`,
`pdf-array-strings`, `pdf-xmp-filtered`).
"""

from __future__ import annotations

from pikepdf import Array, Dictionary, Name, Stream, String

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
    """Remove from a catalogue or page dictionary (by its /Type) every text string, name and
    direct dictionary or array under a key the standard does not define for it, in place; any
    other dictionary is left as it is."""
    kind = obj.get(Name.Type)
    known = CATALOGUE_KEYS if kind == Name.Catalog else PAGE_KEYS if kind == Name.Page else None
    if known is None or isinstance(obj, Stream):
        return
    for key in list(obj.keys()):
        value = obj.get(key)
        direct = isinstance(value, Dictionary | Array) and not value.is_indirect
        if str(key) not in known and (isinstance(value, String | Name) or direct):
            del obj[key]
