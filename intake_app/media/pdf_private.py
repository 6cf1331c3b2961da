"""A program's private keys on a PDF's catalogue and pages (review r11f F6, issue 11 i11-i).

Editing and capture programs write keys of their own into the catalogue and onto pages
(`/Root /AcmeAuthor (Jan Jansen)`, a page's `/AcmeUser (jjansen)`, `/AcmeUser /jjansen`,
`/AcmeInfo << /User (jjansen) /Host /JJLAPTOP >>`, or the same behind a reference:
`/AcmeInfo 12 0 R`). A key that ISO 32000-2 does not define for that dictionary (Table 29, the
catalogue; Table 31, a page) is removed when its value is a text string, a name, a dictionary,
an array or a stream, written in place or indirect: no viewer draws or navigates by a value
under a key it does not know. Only the entry goes: an indirect object no other entry reaches is
then not written at all (qpdf writes what the trailer reaches), and one another structure also
uses stays there, under that structure's rules. Numbers and booleans say nothing of a person
and stay. Before (task i11-i) an indirect value stayed whole: a name inside `/AcmeInfo 12 0 R`
reached the office from a file told "cleaned".

Annotations other than widgets are held to the same rule (issue 11's task b11): a key that no
annotation type of ISO 32000-2 defines (Tables 166 to 194, 3D and rich media: `ANNOTATION_KEYS`)
goes when its value is text, a name, a dictionary, an array or a stream. macOS Preview keeps
its own copy of each note under `/AAPL:AKExtras` (an archive of the note with its author),
review tools their user's columns and groups (`/BSIColumnData`); a standard viewer reads none
of them. Widgets are form fields: their dictionaries merge field and annotation keys, and form
tools add their own, so they are left as they are (a field's values are the liaison's).
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
ANNOTATION_KEYS = frozenset({
    # every annotation (Table 166) and markup annotations (Table 170)
    "/Type", "/Subtype", "/Rect", "/Contents", "/P", "/NM", "/M", "/F", "/AP", "/AS",
    "/Border", "/C", "/StructParent", "/OC", "/AF", "/ca", "/CA", "/BM", "/Lang", "/T",
    "/Popup", "/RC", "/CreationDate", "/IRT", "/Subj", "/RT", "/IT", "/ExData",
    # the kinds (Tables 172 to 194): text, link, free text, line, square and circle, polygon
    # and polyline, caret, stamp, ink, popup, file attachment, sound, movie, screen, printer's
    # mark, trap network, watermark, redaction; 3D (Table 309) and rich media (Table 334)
    "/Open", "/Name", "/State", "/StateModel", "/A", "/Dest", "/H", "/PA", "/QuadPoints",
    "/BS", "/DA", "/Q", "/DS", "/CL", "/BE", "/RD", "/LE", "/L", "/IC", "/LL", "/LLE", "/Cap",
    "/LLO", "/CP", "/Measure", "/CO", "/Vertices", "/Path", "/Sy", "/InkList", "/Parent",
    "/FS", "/Sound", "/Movie", "/MK", "/AA", "/MN", "/LastModified", "/Version",
    "/AnnotStates", "/FontFauxing", "/FixedPrint", "/RO", "/OverlayText", "/Repeat", "/3DD",
    "/3DV", "/3DA", "/3DI", "/3DB", "/3DU", "/RichMediaContent", "/RichMediaSettings",
})
"""Every key an annotation of any kind may have (ISO 32000-2:2020 Tables 166 to 194, 309, 334)."""


def drop_private_text(obj: Dictionary | Stream, *, annotation: bool = False) -> None:
    """Remove from a catalogue or page dictionary (by its /Type), or an annotation other than
    a widget (`annotation`, as the caller decided), every text string, name, dictionary, array
    and stream, written in place or indirect, under a key the standard does not define for it,
    in place; any other dictionary is left as it is."""
    kind = obj.get(Name.Type)
    known = CATALOGUE_KEYS if kind == Name.Catalog else PAGE_KEYS if kind == Name.Page else (
        ANNOTATION_KEYS if annotation else None)
    if known is None or isinstance(obj, Stream):
        return
    for key in list(obj.keys()):
        if str(key) not in known and isinstance(obj.get(key), String | Name | Dictionary
                                                | Array | Stream):
            del obj[key]  # the entry only: an object another structure uses stays there
